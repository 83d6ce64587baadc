import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../../../test/harness.ts';
import { createWorld, type World } from '../../../../test/world.ts';
import { freshEvent, freshRegistration } from '../scene.ts';

interface Detail {
  id: string;
  version: number;
  status: string;
  cancelledDates: string[];
  next: { date: string; startsAt: string } | null;
  occurrences: {
    date: string;
    startsAt: string;
    cancelled: boolean;
    registered: number;
    waitlisted: number;
  }[];
  canManage: boolean;
  canAttend: boolean;
  hasMeetings: boolean;
}

const roundtable = {
  kind: 'roundtable',
  titleKo: '월례 라운드테이블',
  titleEn: 'Monthly roundtable',
  startsOn: '2027-01-21',
  startTime: '07:30',
  endTime: '09:00',
  rrule: 'FREQ=MONTHLY;BYDAY=3TH;COUNT=12',
  capacity: 40,
  audience: 'public',
  questions: [
    {
      id: 'diet',
      labelKo: '식이 제한',
      labelEn: 'Dietary needs',
      kind: 'choice',
      options: [{ value: 'none', labelKo: '없음', labelEn: 'None' }],
      required: false,
    },
  ],
  speakers: [{ name: 'Jane Kim', titleKo: '대표', titleEn: 'CEO' }],
};

describe.each(dialects)('Events on %s', (dialect) => {
  let t: TestApp;
  let world: World;
  const url = () => `/api/v1/organizations/${world.org.slug}/events`;
  const countEvents = async () =>
    Number(
      (
        await t.handle.db
          .selectFrom('events')
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .where('organization_id', '=', world.org.id)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const create = (payload: Record<string, unknown>, headers = world.headers.admin) =>
    t.app.inject({ method: 'POST', url: url(), headers, payload });
  const detail = async (id: string, headers = world.headers.admin) =>
    (await t.app.inject({ method: 'GET', url: `${url()}/${id}`, headers })).json<Detail>();

  beforeAll(async () => {
    t = await createTestApp(dialect);
    world = await createWorld(t.handle.db);
  });
  afterAll(() => t.close());

  it('creates a monthly roundtable with its coming occurrences in Chicago time', async () => {
    const res = await create(roundtable);
    expect(res.statusCode, res.body).toBe(201);
    const event = res.json<Detail & { timeZone: string; waitlist: boolean; reminderHours: number }>();
    expect(event.timeZone).toBe('America/Chicago');
    expect(event.waitlist).toBe(true);
    expect(event.reminderHours).toBe(24);
    expect(event.version).toBe(1);
    expect(event.canManage).toBe(true);
    expect(event.hasMeetings).toBe(false);
    expect(event.next).toMatchObject({ date: '2027-01-21', startsAt: '2027-01-21T13:30:00.000Z' });
    expect(event.occurrences).toHaveLength(12);
    expect(event.occurrences[6]).toMatchObject({ date: '2027-07-15', startsAt: '2027-07-15T12:30:00.000Z' });
  });

  it('keeps what is left empty empty: a one-off event without a limit', async () => {
    const res = await create({ ...roundtable, rrule: null, capacity: null, pillarId: null });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ rrule: null, capacity: null, pillarId: null });
    expect(res.json<Detail>().occurrences.map((o) => o.date)).toEqual(['2027-01-21']);
  });

  it('refuses bad input field by field, in the caller’s language, and saves nothing', async () => {
    const before = await countEvents();
    const cases: [Record<string, unknown>, string][] = [
      [{ endTime: '07:00' }, 'endTime'],
      [{ startTime: '25:00' }, 'startTime'],
      [{ rrule: 'FREQ=FORTNIGHTLY' }, 'rrule'],
      [{ rrule: 'FREQ=HOURLY' }, 'rrule'],
      [{ timeZone: 'America/Gotham' }, 'timeZone'],
      [{ capacity: 0 }, 'capacity'],
      [{ startsOn: '2027-02-30' }, 'startsOn'],
      [{ titleKo: '  ' }, 'titleKo'],
      [{ questions: [...roundtable.questions, ...roundtable.questions] }, 'questions'],
      [{ questions: [{ ...roundtable.questions[0], options: [] }] }, 'questions'],
      [{ pillarId: 'no-such-pillar' }, 'pillarId'],
    ];
    for (const [change, field] of cases) {
      const res = await create({ ...roundtable, ...change });
      expect(res.statusCode, JSON.stringify(change)).toBe(400);
      const body = res.json<{ error: { code: string; fields: Record<string, string> } }>();
      expect(body.error.code).toBe('validation_failed');
      expect(body.error.fields[field], JSON.stringify(change)).toBeTruthy();
    }
    const korean = await t.app.inject({
      method: 'POST',
      url: url(),
      headers: { ...world.headers.token, 'accept-language': 'ko' },
      payload: { ...roundtable, endTime: '07:00' },
    });
    expect(korean.json<{ error: { fields: Record<string, string> } }>().error.fields.endTime).toContain(
      '시작',
    );
    expect(await countEvents()).toBe(before);
  });

  it('changes an event from its version, and refuses a stale one (409) without changing it', async () => {
    const id = (await create(roundtable)).json<Detail>().id;
    const patch = (payload: Record<string, unknown>) =>
      t.app.inject({ method: 'PATCH', url: `${url()}/${id}`, headers: world.headers.admin, payload });
    const changed = await patch({ version: 1, venueName: 'Hall B', endTime: '09:30' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json<Detail & { venueName: string }>()).toMatchObject({ version: 2, venueName: 'Hall B' });
    const stale = await patch({ version: 1, venueName: 'Hall C' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ error: { code: string } }>().error.code).toBe('stale_version');
    const invalid = await patch({ version: 2, endTime: '07:00' });
    expect(invalid.statusCode).toBe(400);
    expect(await detail(id)).toMatchObject({ version: 2, venueName: 'Hall B', endTime: '09:30' });
  });

  it("shows members-only events to the organization's people only (404 for others)", async () => {
    const hidden = await freshEvent(t.handle.db, world.org.id, { audience: 'members', title_en: 'Board' });
    for (const headers of [{}, world.headers.otherAdmin, world.headers.otherToken]) {
      expect((await t.app.inject({ method: 'GET', url: `${url()}/${hidden}`, headers })).statusCode).toBe(
        404,
      );
      const list = await t.app.inject({ method: 'GET', url: url(), headers });
      expect(list.json<{ id: string }[]>().map((e) => e.id)).not.toContain(hidden);
    }
    const member = await detail(hidden, world.headers.member);
    expect(member).toMatchObject({ canAttend: true, canManage: false });
    const list = await t.app.inject({ method: 'GET', url: url(), headers: world.headers.member });
    expect(list.json<{ id: string }[]>().map((e) => e.id)).toContain(hidden);
  });

  it('lists coming events by next occurrence, and past ones from an earlier day', async () => {
    const later = await freshEvent(t.handle.db, world.org.id, { starts_on: '2027-09-01' });
    const sooner = await freshEvent(t.handle.db, world.org.id, { starts_on: '2027-03-01' });
    const past = await freshEvent(t.handle.db, world.org.id, { starts_on: '2025-03-01' });
    const ids = async (query = '') =>
      (await t.app.inject({ method: 'GET', url: `${url()}${query}` }))
        .json<{ id: string }[]>()
        .map((e) => e.id);
    const coming = await ids('?from=2027-01-01');
    expect(coming.indexOf(sooner)).toBeLessThan(coming.indexOf(later));
    expect(coming).not.toContain(past);
    expect(await ids('?from=2025-01-01&to=2025-12-31')).toEqual([past]);
  });

  it('gives each listed event its last date held, skipping a cancelled one (null before the first)', async () => {
    const monthly = await freshEvent(t.handle.db, world.org.id, {
      starts_on: '2025-01-10',
      rrule: 'FREQ=MONTHLY;COUNT=3',
      cancelled_dates: JSON.stringify(['2025-03-10']),
    });
    const coming = await freshEvent(t.handle.db, world.org.id, { starts_on: '2027-06-01' });
    type Dated = { date: string; startsAt: string; endsAt: string } | null;
    const listed = async (query: string) =>
      (await t.app.inject({ method: 'GET', url: `${url()}${query}`, headers: world.headers.admin })).json<
        { id: string; next: Dated; last: Dated }[]
      >();
    const past = (await listed('?from=2025-01-01&to=2025-12-31')).find((e) => e.id === monthly);
    expect(past?.next).toBeNull();
    // 09:00 in Chicago in February (CST, UTC−6).
    expect(past?.last).toEqual({
      date: '2025-02-10',
      startsAt: '2025-02-10T15:00:00.000Z',
      endsAt: '2025-02-10T23:00:00.000Z',
    });
    const later = (await listed('?from=2027-01-01')).find((e) => e.id === coming);
    expect(later?.last).toBeNull();
    expect(later?.next?.date).toBe('2027-06-01');
  });

  it('cancels an occurrence, then the event, telling each registered person in their own language', async () => {
    const id = (await create({ ...roundtable, audience: 'members' })).json<Detail>().id;
    await freshRegistration(t.handle.db, id, {
      occurrence: '2027-02-18',
      email: 'kim@example.com',
      locale: 'ko',
    });
    await freshRegistration(t.handle.db, id, {
      occurrence: '2027-02-18',
      email: 'lee@example.com',
      locale: 'en',
      status: 'waitlisted',
    });
    await freshRegistration(t.handle.db, id, {
      occurrence: '2027-02-18',
      email: 'gone@example.com',
      status: 'cancelled',
    });
    await freshRegistration(t.handle.db, id, {
      occurrence: '2027-03-18',
      email: 'park@example.com',
      locale: 'ko',
    });
    const outbox = () =>
      t.handle.db
        .selectFrom('outbox')
        .select(['to_address', 'subject', 'body_text', 'locale'])
        .where('organization_id', '=', world.org.id)
        .orderBy('to_address')
        .execute();
    const cancel = (payload: Record<string, unknown>) =>
      t.app.inject({ method: 'POST', url: `${url()}/${id}/cancel`, headers: world.headers.admin, payload });

    expect((await detail(id)).occurrences[1]).toMatchObject({ registered: 1, waitlisted: 1 });
    expect((await cancel({ date: '2027-02-19', version: 1 })).statusCode).toBe(404);
    const first = await cancel({ date: '2027-02-18', version: 1 });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json<Detail>()).toMatchObject({ version: 2, cancelledDates: ['2027-02-18'] });
    expect(first.json<Detail>().occurrences[1]).toMatchObject({ date: '2027-02-18', cancelled: true });
    const mails = await outbox();
    expect(mails.map((m) => m.to_address)).toEqual(['kim@example.com', 'lee@example.com']);
    expect(mails[0]?.subject).toContain('월례 라운드테이블');
    expect(mails[0]?.subject).toContain('2027년 2월 18일');
    expect(mails[1]?.subject).toContain('Monthly roundtable');
    expect(mails[1]?.body_text).toContain(`/events/${world.org.slug}/${id}?date=2027-02-18`);

    const again = await cancel({ date: '2027-02-18', version: 1 });
    expect(again.json<Detail>()).toMatchObject({ version: 2, cancelledDates: ['2027-02-18'] });
    expect(await outbox()).toHaveLength(2);

    expect((await cancel({ version: 1 })).statusCode).toBe(409);
    const whole = await cancel({ version: 2 });
    expect(whole.json<Detail>()).toMatchObject({ status: 'cancelled', next: null, version: 3 });
    const after = await outbox();
    expect(after.map((m) => m.to_address)).toEqual([
      'kim@example.com',
      'lee@example.com',
      'park@example.com',
    ]);
    expect((await cancel({ version: 3 })).json<Detail>().version).toBe(3);
    expect(await outbox()).toHaveLength(3);
  });

  it('records minutes and follow-ups per occurrence, for the organization’s people to read', async () => {
    const id = (await create(roundtable)).json<Detail>().id;
    const minutes = `${url()}/${id}/occurrences/2027-01-21/minutes`;
    const empty = await t.app.inject({ method: 'GET', url: minutes, headers: world.headers.member });
    expect(empty.json()).toMatchObject({ minutesKo: '', followUps: [], updatedAt: null, canEdit: false });
    const body = {
      minutesKo: '12개 업체 참석',
      minutesEn: '12 businesses came',
      followUps: [
        { id: 'f1', text: 'Send the deck', owner: 'Jane', dueOn: '2027-01-28', done: false },
        { id: 'f2', text: 'Book the room', owner: '', dueOn: null, done: true },
      ],
    };
    const put = (payload: Record<string, unknown>, path = minutes) =>
      t.app.inject({ method: 'PUT', url: path, headers: world.headers.admin, payload });
    expect((await put(body)).statusCode).toBe(200);
    const read = await t.app.inject({ method: 'GET', url: minutes, headers: world.headers.member });
    expect(read.json()).toMatchObject({ ...body, date: '2027-01-21' });
    const twice = await put({ ...body, followUps: [...body.followUps, ...body.followUps], minutesEn: 'x' });
    expect(twice.statusCode).toBe(400);
    expect((await put(body, `${url()}/${id}/occurrences/2027-01-22/minutes`)).statusCode).toBe(404);
    expect((await put(body, `${url()}/${id}/occurrences/soon/minutes`)).statusCode).toBe(404);
    const unchanged = await t.app.inject({ method: 'GET', url: minutes, headers: world.headers.admin });
    expect(unchanged.json()).toMatchObject({ minutesEn: '12 businesses came', canEdit: true });
  });
});
