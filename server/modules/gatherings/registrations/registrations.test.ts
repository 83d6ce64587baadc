import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createUser, addMembership, sessionHeaders } from '../../../../test/fixtures.ts';
import { createTestApp, dialects, type TestApp } from '../../../../test/harness.ts';
import { createMatrixWorld, type MatrixWorld } from '../../../../test/world.ts';
import { newId } from '../../../platform/auth/secrets.ts';
import type { RegistrationQuestion } from '../shapes.ts';
import { freshEvent } from '../scene.ts';

const DATE = '2027-05-13';

const questions: RegistrationQuestion[] = [
  { id: 'diet', labelKo: '식사 제한', labelEn: 'Dietary needs', kind: 'text', options: [], required: false },
  {
    id: 'track',
    labelKo: '관심 분야',
    labelEn: 'Track',
    kind: 'choice',
    required: true,
    options: [
      { value: 'safety', labelKo: '안전', labelEn: 'Safety' },
      { value: 'cyber', labelKo: '사이버', labelEn: 'Cyber' },
    ],
  },
  {
    id: 'topics',
    labelKo: '주제',
    labelEn: 'Topics',
    kind: 'multi',
    required: false,
    options: [
      { value: 'pos', labelKo: 'POS', labelEn: 'POS' },
      { value: 'loans', labelKo: '대출', labelEn: 'Loans' },
    ],
  },
];

interface View {
  id: string;
  status: string;
  name: string;
  email: string;
  company: string;
  waitlistPosition: number | null;
  ticketCode: string;
  ticketQr: string;
  ticketPath: string;
  answers: Record<string, unknown>;
}

describe.each(dialects)('registrations on %s', (dialect) => {
  let t: TestApp;
  let w: MatrixWorld;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());
  let tag = '';
  beforeEach(async () => {
    w = await createMatrixWorld(t.handle.db);
    tag = newId().slice(0, 8);
  });
  const email = (n: number) => `guest${n}-${tag}@example.com`;

  const url = (eventId: string, date = DATE) =>
    `/api/v1/organizations/${w.org.slug}/events/${eventId}/occurrences/${date}/registrations`;
  const register = (eventId: string, payload: object, headers: Record<string, string> = {}, date = DATE) =>
    t.app.inject({ method: 'POST', url: url(eventId, date), payload, headers });
  const visitor = (n: number, extra: object = {}) => ({ name: `Guest ${n}`, email: email(n), ...extra });
  const count = async (eventId: string) =>
    (
      await t.handle.db
        .selectFrom('event_registrations')
        .select('status')
        .where('event_id', '=', eventId)
        .execute()
    )
      .map((r) => r.status)
      .sort();
  const outbox = (to: string) =>
    t.handle.db.selectFrom('outbox').selectAll().where('to_address', '=', to).orderBy('created_at').execute();

  it('checks answers against the questions, naming each question, and saves nothing when one is wrong', async () => {
    const eventId = await freshEvent(t.handle.db, w.org.id, { questions: JSON.stringify(questions) });
    const missing = await register(
      eventId,
      visitor(1, { answers: { diet: 'x'.repeat(1001), topics: ['pos', 'golf'], shoe: 'x' } }),
    );
    expect(missing.statusCode).toBe(400);
    const fields = missing.json<{ error: { code: string; fields: Record<string, string> } }>().error.fields;
    expect(fields['answers.track']).toContain('Track');
    expect(fields['answers.diet']).toContain('1000');
    expect(fields['answers.topics']).toContain('Topics');
    expect(fields['answers.shoe']).toBeDefined();
    const korean = await register(eventId, visitor(1, { answers: { track: 'golf' } }), {
      'accept-language': 'ko',
    });
    expect(
      korean.json<{ error: { fields: Record<string, string> } }>().error.fields['answers.track'],
    ).toContain('관심 분야');
    const two = await register(eventId, visitor(1, { answers: { track: ['safety', 'cyber'] } }));
    expect(two.statusCode).toBe(400);
    expect(await count(eventId)).toEqual([]);

    const ok = await register(
      eventId,
      visitor(1, { answers: { track: 'cyber', topics: ['loans', 'pos', 'pos'], diet: '  none ' } }),
    );
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json<View>().answers).toEqual({ track: 'cyber', topics: ['loans', 'pos'], diet: 'none' });
  });

  it('refuses a date the event does not happen on, a cancelled occurrence and an ended one', async () => {
    const weekly = await freshEvent(t.handle.db, w.org.id, {
      rrule: 'FREQ=WEEKLY;COUNT=4',
      cancelled_dates: JSON.stringify(['2027-05-20']),
    });
    expect((await register(weekly, visitor(1), {}, '2027-05-14')).statusCode).toBe(400);
    const cancelled = await register(weekly, visitor(1), {}, '2027-05-20');
    expect(cancelled.statusCode).toBe(400);
    expect(cancelled.json<{ error: { fields: Record<string, string> } }>().error.fields.date).toContain(
      'cancelled',
    );
    expect((await register(weekly, visitor(1), {}, '2027-05-27')).statusCode).toBe(201);
    const past = await freshEvent(t.handle.db, w.org.id, { starts_on: '2025-01-09' });
    expect((await register(past, visitor(1), {}, '2025-01-09')).statusCode).toBe(400);
    const called = await freshEvent(t.handle.db, w.org.id, { status: 'cancelled' });
    expect((await register(called, visitor(1))).statusCode).toBe(400);
  });

  it('registers signed-in people with their account, for one of their own businesses only', async () => {
    const eventId = await freshEvent(t.handle.db, w.org.id, { audience: 'members' });
    const anonymous = await register(eventId, visitor(1));
    expect(anonymous.statusCode).toBe(404);
    const stranger = await register(eventId, {}, w.headers.staff);
    expect(stranger.statusCode).toBe(404);
    const foreign = await register(eventId, { businessSlug: w.otherBusiness.slug }, w.headers.owner);
    expect(foreign.statusCode).toBe(400);
    expect(
      foreign.json<{ error: { fields: Record<string, string> } }>().error.fields.businessSlug,
    ).toBeDefined();
    const res = await register(
      eventId,
      { name: 'Someone Else', businessSlug: w.business.slug },
      w.headers.owner,
    );
    expect(res.statusCode, res.body).toBe(201);
    const view = res.json<View>();
    expect(view.name).toBe('Owner');
    expect(view.email).toBe(w.users.owner.email.toLowerCase());
    expect(view.company).toBe('Test Store');
    const mine = await t.app.inject({ method: 'GET', url: `${url(eventId)}/mine`, headers: w.headers.owner });
    expect(mine.json<{ registration: View }>().registration.id).toBe(view.id);
    const none = await t.app.inject({
      method: 'GET',
      url: `${url(eventId)}/mine`,
      headers: w.headers.member,
    });
    expect(none.json<{ registration: View | null }>().registration).toBeNull();
  });

  it('gives the same registration back to the same e-mail, and brings a cancelled one back', async () => {
    const eventId = await freshEvent(t.handle.db, w.org.id, { capacity: 1, waitlist: 1 });
    const first = await register(eventId, visitor(1));
    expect(first.statusCode).toBe(201);
    const again = await register(eventId, { name: 'Guest One', email: ` ${email(1).toUpperCase()} ` });
    expect(again.statusCode).toBe(200);
    expect(again.json<View>().id).toBe(first.json<View>().id);
    expect(await count(eventId)).toEqual(['registered']);
    expect(await outbox(email(1))).toHaveLength(1);

    const { id, ticketCode } = first.json<View>();
    await t.app.inject({ method: 'DELETE', url: `${url(eventId)}/${id}`, headers: w.headers.admin });
    expect((await register(eventId, visitor(2))).json<View>().status).toBe('registered');
    const back = await register(eventId, visitor(1));
    expect(back.statusCode).toBe(200);
    expect(back.json<View>()).toMatchObject({ id, ticketCode, status: 'waitlisted', waitlistPosition: 1 });
  });

  it('fills places, then the waitlist in order, and promotes the first waiting when someone cancels', async () => {
    const eventId = await freshEvent(t.handle.db, w.org.id, { capacity: 2, waitlist: 1 });
    const views: View[] = [];
    for (const n of [1, 2, 3, 4]) {
      views.push((await register(eventId, visitor(n))).json<View>());
    }
    expect(views.map((v) => [v.status, v.waitlistPosition])).toEqual([
      ['registered', null],
      ['registered', null],
      ['waitlisted', 1],
      ['waitlisted', 2],
    ]);
    const [first, , third, fourth] = views as [View, View, View, View];
    const cancel = () =>
      t.app.inject({ method: 'DELETE', url: `${url(eventId)}/${first.id}`, headers: w.headers.admin });
    expect((await cancel()).json<View>().status).toBe('cancelled');
    expect((await cancel()).statusCode).toBe(200);
    const list = await t.app.inject({ method: 'GET', url: url(eventId), headers: w.headers.admin });
    const body = list.json<{ counts: Record<string, number>; items: View[] }>();
    expect(body.counts).toMatchObject({
      registered: 2,
      waitlisted: 1,
      cancelled: 1,
      checkedIn: 0,
      capacity: 2,
    });
    expect(body.items.find((i) => i.id === third.id)?.status).toBe('registered');
    expect(body.items.find((i) => i.id === fourth.id)?.waitlistPosition).toBe(1);
    const mails = await outbox(email(3));
    expect(mails.map((m) => m.subject)).toEqual([
      expect.stringContaining('On the waitlist'),
      expect.stringContaining('A place for you'),
    ]);
  });

  it('answers 409 event_full without a waitlist and saves nothing', async () => {
    const eventId = await freshEvent(t.handle.db, w.org.id, { capacity: 1, waitlist: 0 });
    expect((await register(eventId, visitor(1))).statusCode).toBe(201);
    const full = await register(eventId, visitor(2), { 'accept-language': 'ko' });
    expect(full.statusCode).toBe(409);
    expect(full.json<{ error: { code: string; message: string } }>().error).toMatchObject({
      code: 'event_full',
      message: expect.stringContaining('정원'),
    });
    expect(await count(eventId)).toEqual(['registered']);
  });

  it.each([0, 1])(
    'never fills past capacity under 40 parallel registrations (waitlist %i)',
    async (waitlist) => {
      const eventId = await freshEvent(t.handle.db, w.org.id, { capacity: 7, waitlist });
      const answers = await Promise.all(Array.from({ length: 40 }, (_, n) => register(eventId, visitor(n))));
      const statuses = answers.map((r) => r.statusCode);
      expect(statuses.filter((s) => s === 201)).toHaveLength(waitlist ? 40 : 7);
      expect(statuses.filter((s) => s === 409)).toHaveLength(waitlist ? 0 : 33);
      const rows = await count(eventId);
      expect(rows.filter((s) => s === 'registered')).toHaveLength(7);
      expect(rows.filter((s) => s === 'waitlisted')).toHaveLength(waitlist ? 33 : 0);
      if (waitlist) {
        const positions = answers.map((r) => r.json<View>().waitlistPosition).filter((p) => p !== null);
        expect(positions.sort((a, b) => a - b)).toEqual(Array.from({ length: 33 }, (_, i) => i + 1));
      }
    },
  );

  it('e-mails a Korean registrant in Korean, with the ticket QR attached and the ticket link', async () => {
    const korean = await createUser(t.handle.db, { name: '김민수', locale: 'ko' });
    await addMembership(t.handle.db, w.org.id, korean.id, 'member');
    const eventId = await freshEvent(t.handle.db, w.org.id, {
      venue_name: '한인문화센터',
      reminder_hours: 24,
    });
    const res = await register(eventId, {}, await sessionHeaders(t.handle.db, korean.id));
    const view = res.json<View>();
    expect(view.ticketQr.startsWith('data:image/svg+xml;base64,')).toBe(true);
    expect(Buffer.from(view.ticketQr.split(',')[1] ?? '', 'base64').toString()).toContain('<svg');
    const [mail] = await outbox(korean.email.toLowerCase());
    expect(mail?.subject).toContain('입장권: 스마트 비즈니스 엑스포');
    expect(mail?.subject).toContain('2027년 5월 13일');
    expect(mail?.body_text).toContain('한인문화센터');
    expect(mail?.body_text).toContain(`${view.ticketPath}`);
    expect(view.ticketPath).toBe(
      `/events/${w.org.slug}/${eventId}?date=${DATE}&ticket=${encodeURIComponent(view.ticketCode)}`,
    );
    const png = fs.readFileSync(path.join(t.uploadDir, 'outbox', mail?.id ?? '', 'ticket.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });
});
