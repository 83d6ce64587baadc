import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBusiness } from '../../../test/fixtures.ts';
import { newId, now } from '../../platform/auth/secrets.ts';
import { createTestApp, dialects, type TestApp } from '../../../test/harness.ts';
import { freshIntroduction } from './authorization.cases.ts';
import { createScene, type Scene } from './scene.ts';
import { expireUnanswered, remindUnanswered } from './sweeps.ts';

const DAY = 86_400_000;

describe.each(dialects)('introductions on %s', (dialect) => {
  let t: TestApp;
  let s: Scene;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    s = await createScene(t.handle.db);
  });

  const post = (url: string, headers: Record<string, string>, payload?: object) =>
    t.app.inject({ method: 'POST', url: `/api/v1${url}`, headers, ...(payload ? { payload } : {}) });
  const get = (url: string, headers: Record<string, string>) =>
    t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers });
  const ask = (payload: object = {}) =>
    post('/introductions', s.headers.a, {
      fromSlug: s.businessA.slug,
      toSlug: s.businessB.slug,
      message: 'We need better cameras',
      ...payload,
    });
  const askedId = async () => {
    const res = await ask();
    expect(res.statusCode, res.body).toBe(201);
    return (res.json() as { introduction: { id: string } }).introduction.id;
  };
  const notificationsOf = (userId: string) =>
    t.handle.db.selectFrom('notifications').selectAll().where('user_id', '=', userId).execute();

  it('creates a request, tells both owner and staff of the partner, and shows no contact yet', async () => {
    const res = await ask();
    expect(res.statusCode, res.body).toBe(201);
    const { introduction } = res.json();
    expect(introduction).toMatchObject({
      stage: 'requested',
      direction: 'sent',
      contact: null,
      canRespond: false,
    });
    expect(introduction.other).toEqual({
      slug: s.businessB.slug,
      nameKo: '시큐어 코리아',
      nameEn: 'Secure Korea',
    });
    expect(introduction.timeline).toEqual([
      expect.objectContaining({ stage: 'requested', actor: 'Ana Owner' }),
    ]);
    for (const user of [s.users.b, s.users.bStaff]) {
      expect((await notificationsOf(user.id)).map((n) => n.kind)).toEqual(['introduction.requested']);
    }
    const asB = await get(`/introductions/${introduction.id}`, s.headers.b);
    expect(asB.json()).toMatchObject({ direction: 'received', canRespond: true, contact: null });
    expect(asB.body).not.toContain('214-555-0100');
    const list = await get(`/introductions?business=${s.businessB.slug}`, s.headers.bStaff);
    expect(list.json()).toEqual([
      expect.objectContaining({ id: introduction.id, direction: 'received', stage: 'requested' }),
    ]);
  });

  it('answers a double click with the same introduction, also when both clicks race', async () => {
    const [first, second] = await Promise.all([ask(), ask()]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([200, 201]);
    expect(first.json().introduction.id).toBe(second.json().introduction.id);
    const again = await ask();
    expect(again.statusCode).toBe(200);
    // The other side asking back is the same pair too.
    const back = await post('/introductions', s.headers.b, {
      fromSlug: s.businessB.slug,
      toSlug: s.businessA.slug,
      message: 'Hi',
    });
    expect(back.json().introduction.id).toBe(first.json().introduction.id);
    const rows = await t.handle.db
      .selectFrom('introductions')
      .select('id')
      .where('requester_business_id', '=', s.businessA.id)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('shares contact details with both sides only after acceptance', async () => {
    const id = await askedId();
    expect((await post(`/introductions/${id}/accept`, s.headers.a)).statusCode).toBe(403);
    const accepted = await post(`/introductions/${id}/accept`, s.headers.bStaff);
    expect(accepted.statusCode, accepted.body).toBe(200);
    const asA = (await get(`/introductions/${id}`, s.headers.a)).json();
    expect(asA.contact).toEqual({
      phone: '214-555-0199',
      email: `${s.businessB.slug}@example.test`,
      name: '김파트너',
    });
    const asB = (await get(`/introductions/${id}`, s.headers.b)).json();
    expect(asB.contact).toEqual({
      phone: '214-555-0100',
      email: `${s.businessA.slug}@example.test`,
      name: 'Ana Owner',
    });
    // An org admin follows the pipeline but is not a party to the exchange.
    expect((await get(`/introductions/${id}`, s.headers.admin)).json().contact).toBeNull();
    expect((await notificationsOf(s.users.a.id)).map((n) => n.kind)).toEqual(['introduction.accepted']);
  });

  it('lets exactly one of a racing accept and decline win', async () => {
    const id = await askedId();
    const [accept, decline] = await Promise.all([
      post(`/introductions/${id}/accept`, s.headers.b),
      post(`/introductions/${id}/decline`, s.headers.bStaff),
    ]);
    const statuses = [accept.statusCode, decline.statusCode].sort();
    expect(statuses).toEqual([200, 409]);
    const winner = accept.statusCode === 200 ? 'accepted' : 'declined';
    const row = await t.handle.db
      .selectFrom('introductions')
      .select('stage')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.stage).toBe(winner);
    const events = await t.handle.db
      .selectFrom('introduction_events')
      .select('stage')
      .where('introduction_id', '=', id)
      .execute();
    expect(events.map((e) => e.stage).sort()).toEqual([winner, 'requested'].sort());
  });

  it('refuses to accept a declined introduction, with a translated reason', async () => {
    const id = await askedId();
    expect((await post(`/introductions/${id}/decline`, s.headers.b)).statusCode).toBe(200);
    const res = await post(`/introductions/${id}/accept`, s.headers.b);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.fields.stage).toBe(
      '이 소개는 이미 “거절됨” 상태라 수락하거나 거절할 수 없습니다.',
    );
  });

  it('walks the stages to a won partnership and rejects every invalid transition', async () => {
    const id = await askedId();
    const stage = (headers: Record<string, string>, value: string) =>
      post(`/introductions/${id}/stage`, headers, { stage: value });
    const close = (headers: Record<string, string>) =>
      post(`/introductions/${id}/close`, headers, {
        outcome: 'won',
        valueCents: 250000,
        note: 'Cameras installed',
      });
    expect((await stage(s.headers.a, 'met')).statusCode).toBe(409);
    expect((await close(s.headers.a)).statusCode).toBe(409);
    expect((await post(`/introductions/${id}/accept`, s.headers.b)).statusCode).toBe(200);
    expect((await stage(s.headers.a, 'active')).statusCode).toBe(409);
    const met = await stage(s.headers.a, 'met');
    expect(met.statusCode, met.body).toBe(200);
    expect((await stage(s.headers.b, 'met')).statusCode).toBe(409);
    expect((await stage(s.headers.b, 'active')).statusCode).toBe(200);
    const closed = await close(s.headers.b);
    expect(closed.json()).toMatchObject({
      stage: 'closed',
      outcome: 'won',
      valueCents: 250000,
      closeNote: 'Cameras installed',
    });
    expect((await close(s.headers.a)).statusCode).toBe(409);
    expect((await stage(s.headers.a, 'met')).statusCode).toBe(409);
    const bad = await post(`/introductions/${id}/stage`, s.headers.a, { stage: 'closed' });
    expect(bad.statusCode).toBe(400);
    expect(closed.json().timeline.map((e: { stage: string }) => e.stage)).toEqual([
      'requested',
      'accepted',
      'met',
      'active',
      'closed',
    ]);
    // Each side heard of each move the other made.
    expect((await notificationsOf(s.users.a.id)).map((n) => n.kind).sort()).toEqual(
      ['introduction.accepted', 'introduction.closed', 'introduction.stage'].sort(),
    );
    expect((await notificationsOf(s.users.b.id)).map((n) => n.kind).sort()).toEqual(
      ['introduction.requested', 'introduction.stage'].sort(),
    );
  });

  it('reminds once after 3 days and expires after 14; an expired one cannot be accepted', async () => {
    const id = await askedId();
    const start = Date.now();
    const reminders = async () =>
      (await notificationsOf(s.users.b.id)).filter((n) => n.kind === 'introduction.reminder').length;
    const stage = async () => (await get(`/introductions/${id}`, s.headers.a)).json().stage as string;
    await remindUnanswered(t.app, new Date(start + 2 * DAY));
    expect(await reminders()).toBe(0);
    expect(await remindUnanswered(t.app, new Date(start + 3 * DAY + 60_000))).toBeGreaterThanOrEqual(1);
    expect(await reminders()).toBe(1);
    await remindUnanswered(t.app, new Date(start + 4 * DAY));
    expect(await reminders()).toBe(1);
    await expireUnanswered(t.app, new Date(start + 13 * DAY));
    expect(await stage()).toBe('requested');
    expect(await expireUnanswered(t.app, new Date(start + 14 * DAY + 60_000))).toBeGreaterThanOrEqual(1);
    const detail = (await get(`/introductions/${id}`, s.headers.a)).json();
    expect(detail.stage).toBe('expired');
    expect(detail.timeline.map((e: { stage: string }) => e.stage)).toEqual(['requested', 'expired']);
    expect((await notificationsOf(s.users.a.id)).map((n) => n.kind)).toEqual(['introduction.expired']);
    const res = await post(`/introductions/${id}/accept`, s.headers.b);
    expect(res.statusCode).toBe(409);
  });

  it('refuses to accept a request past its expiry even before the sweep has run', async () => {
    const id = await askedId();
    await t.handle.db
      .updateTable('introductions')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', id)
      .execute();
    const res = await post(`/introductions/${id}/accept`, s.headers.b);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.fields.stage).toContain('만료됨');
  });

  it('caps requests at 10 a day per business', async () => {
    for (let i = 0; i < 10; i += 1) {
      const target = await createBusiness(t.handle.db, { organizationIds: [s.org.id] });
      const res = await ask({ toSlug: target.slug });
      expect(res.statusCode, res.body).toBe(201);
    }
    const res = await ask();
    expect(res.statusCode).toBe(429);
    expect(res.json().error.code).toBe('rate_limited');
    expect(res.json().error.fields.fromSlug).toContain('10');
  });

  it('refuses requests to a business that blocked yours, until it lifts the block', async () => {
    const block = await post(`/businesses/${s.businessB.slug}/blocks`, s.headers.b, {
      targetSlug: s.businessA.slug,
    });
    expect(block.statusCode).toBe(204);
    // Blocking twice is fine.
    expect(
      (await post(`/businesses/${s.businessB.slug}/blocks`, s.headers.b, { targetSlug: s.businessA.slug }))
        .statusCode,
    ).toBe(204);
    expect((await ask()).statusCode).toBe(403);
    const lift = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/businesses/${s.businessB.slug}/blocks/${s.businessA.slug}`,
      headers: s.headers.b,
    });
    expect(lift.statusCode).toBe(204);
    expect((await ask()).statusCode).toBe(201);
  });

  it('declines waiting requests between the two when one blocks the other, leaving accepted ones', async () => {
    const asked = await askedId();
    const other = await createBusiness(t.handle.db, { organizationIds: [s.org.id], ownerId: s.users.a.id });
    const byB = await freshIntroduction(t.handle.db, s.businessB.id, other.id);
    const accepted = await freshIntroduction(t.handle.db, other.id, s.businessB.id, 'accepted');
    const elsewhere = await freshIntroduction(t.handle.db, other.id, s.businessA.id);
    const blockA = await post(`/businesses/${s.businessB.slug}/blocks`, s.headers.b, {
      targetSlug: s.businessA.slug,
    });
    expect(blockA.statusCode, blockA.body).toBe(204);
    const detail = (await get(`/introductions/${asked}`, s.headers.a)).json();
    expect(detail.stage).toBe('declined');
    expect(detail.timeline).toEqual([
      expect.objectContaining({ stage: 'requested', note: '' }),
      expect.objectContaining({
        stage: 'declined',
        actor: '김파트너',
        note: 'Closed because one of the two businesses blocked introductions with the other.',
      }),
    ]);
    // The Korean-reading partner sees the same note in Korean.
    const asB = (await get(`/introductions/${asked}`, s.headers.b)).json();
    expect(asB.timeline[1].note).toBe('두 사업체 중 한 곳이 상대 사업체와의 소개를 차단하여 종료되었습니다.');
    expect((await notificationsOf(s.users.a.id)).map((n) => n.kind)).toContain('introduction.declined');
    // B's own request to the business it blocks ends too, without telling that business it was declined.
    const before = (await notificationsOf(s.users.a.id)).length;
    const blockOther = await post(`/businesses/${s.businessB.slug}/blocks`, s.headers.b, {
      targetSlug: other.slug,
    });
    expect(blockOther.statusCode).toBe(204);
    const stageOf = async (id: string) =>
      (
        await t.handle.db
          .selectFrom('introductions')
          .select('stage')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).stage;
    expect(await stageOf(byB)).toBe('declined');
    expect(await stageOf(accepted)).toBe('accepted');
    expect(await stageOf(elsewhere)).toBe('requested');
    expect(await notificationsOf(s.users.a.id)).toHaveLength(before);
  });

  it('keeps an optional short decline note in the timeline, and rejects long or unknown fields', async () => {
    const id = await askedId();
    const long = await post(`/introductions/${id}/decline`, s.headers.b, { note: 'x'.repeat(501) });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.fields.note).toBeTruthy();
    expect((await post(`/introductions/${id}/decline`, s.headers.b, { reason: 'no' })).statusCode).toBe(400);
    expect((await get(`/introductions/${id}`, s.headers.a)).json().stage).toBe('requested');
    const declined = await post(`/introductions/${id}/decline`, s.headers.b, {
      note: '  Fully booked this quarter  ',
    });
    expect(declined.statusCode, declined.body).toBe(200);
    const asA = (await get(`/introductions/${id}`, s.headers.a)).json();
    expect(asA.timeline.at(-1)).toMatchObject({ stage: 'declined', note: 'Fully booked this quarter' });
  });

  it('turns requests away from a partner at its weekly capacity, with a clear message', async () => {
    await t.handle.db
      .updateTable('businesses')
      .set({ weekly_intro_capacity: 1 })
      .where('id', '=', s.businessB.id)
      .execute();
    const other = await createBusiness(t.handle.db, { organizationIds: [s.org.id] });
    await freshIntroduction(t.handle.db, other.id, s.businessB.id, 'declined');
    const res = await ask();
    expect(res.statusCode).toBe(409);
    expect(res.json().error.fields.toSlug).toBe(
      'This partner has reached its limit of 1 new introductions this week. Please try again next week.',
    );
  });

  it('rejects unknown fields, self-introductions, unknown targets and needs of third businesses', async () => {
    expect((await ask({ extra: 1 })).statusCode).toBe(400);
    expect((await ask({ toSlug: s.businessA.slug })).statusCode).toBe(400);
    expect((await ask({ toSlug: 'nobody-here' })).statusCode).toBe(404);
    const third = await createBusiness(t.handle.db, { organizationIds: [s.org.id] });
    const pillar = await t.handle.db.selectFrom('pillars').select('id').executeTakeFirstOrThrow();
    const needId = newId();
    await t.handle.db
      .insertInto('needs')
      .values({
        id: needId,
        business_id: third.id,
        pillar_id: pillar.id,
        description_ko: '',
        description_en: 'Bookkeeping',
        urgency: 'low',
        created_at: now(),
      })
      .execute();
    const res = await ask({ needId });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.needId).toBe('This need or offer belongs to neither business.');
    const rows = await t.handle.db
      .selectFrom('introductions')
      .select('id')
      .where('requester_business_id', '=', s.businessA.id)
      .execute();
    expect(rows).toEqual([]);
  });
});
