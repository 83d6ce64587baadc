import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../../../test/harness.ts';
import { createMatrixWorld, type MatrixWorld } from '../../../../test/world.ts';
import { localToUtc } from '../occurrences.ts';
import { freshEvent, freshRegistration } from '../scene.ts';
import { TICKET_PREFIX } from '../shapes.ts';
import { sendEventReminders } from './reminders.ts';

const DATE = '2027-05-13';
/** 9:00 in Dallas on the expo's day: 14:00 UTC (daylight time). */
const STARTS = localToUtc(DATE, '09:00', 'America/Chicago');
const hoursBefore = (hours: number) => new Date(STARTS.getTime() - hours * 3_600_000);

interface CheckIn {
  registration: { name: string };
  checkedInAt: string;
  alreadyCheckedIn: boolean;
  counts: { checkedIn: number; registered: number };
}

describe.each(dialects)('the door, tickets and reminders on %s', (dialect) => {
  let t: TestApp;
  let w: MatrixWorld;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    w = await createMatrixWorld(t.handle.db);
  });

  const base = (eventId: string) => `/api/v1/organizations/${w.org.slug}/events/${eventId}`;
  const scan = (eventId: string, code: string, date = DATE, headers = w.headers.admin) =>
    t.app.inject({
      method: 'POST',
      url: `${base(eventId)}/occurrences/${date}/check-ins`,
      payload: { code },
      headers,
    });
  const registration = (id: string) =>
    t.handle.db.selectFrom('event_registrations').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  it('checks a ticket in once: the second scan answers the first time and counts nothing twice', async () => {
    const eventId = await freshEvent(t.handle.db, w.org.id);
    const { id, ticketCode } = await freshRegistration(t.handle.db, eventId, {
      name: 'Kim',
      company: 'Han Mart',
    });
    const first = await scan(eventId, `${TICKET_PREFIX}${ticketCode}`);
    expect(first.statusCode, first.body).toBe(200);
    const one = first.json<CheckIn>();
    expect(one).toMatchObject({
      alreadyCheckedIn: false,
      registration: { name: 'Kim', company: 'Han Mart' },
    });
    expect(one.counts).toMatchObject({ checkedIn: 1, registered: 1 });
    const second = (await scan(eventId, ` ${ticketCode} `)).json<CheckIn>();
    expect(second).toMatchObject({ alreadyCheckedIn: true, checkedInAt: one.checkedInAt });
    expect(second.counts.checkedIn).toBe(1);
    expect((await registration(id)).checked_in_by).toBe(w.users.admin.id);
  });

  it('checks in once when the same ticket is scanned at two doors at the same time', async () => {
    const eventId = await freshEvent(t.handle.db, w.org.id);
    const { ticketCode } = await freshRegistration(t.handle.db, eventId);
    const scans = await Promise.all(Array.from({ length: 8 }, () => scan(eventId, ticketCode)));
    const answers = scans.map((s) => s.json<CheckIn>());
    expect(answers.filter((a) => !a.alreadyCheckedIn)).toHaveLength(1);
    expect(new Set(answers.map((a) => a.checkedInAt)).size).toBe(1);
  });

  it('refuses a ticket of another event or another day, naming it, and changes nothing', async () => {
    const here = await freshEvent(t.handle.db, w.org.id, { rrule: 'FREQ=WEEKLY;COUNT=3' });
    const there = await freshEvent(t.handle.db, w.org.id, {
      title_en: 'Cyber Roundtable',
      title_ko: '사이버 라운드테이블',
    });
    const other = await freshRegistration(t.handle.db, there);
    const res = await scan(here, `${TICKET_PREFIX}${other.ticketCode}`);
    expect(res.statusCode).toBe(409);
    expect(res.json<{ error: { code: string; message: string } }>().error).toMatchObject({
      code: 'ticket_other_event',
      message: expect.stringContaining('Cyber Roundtable'),
    });
    const nextWeek = await freshRegistration(t.handle.db, here, { occurrence: '2027-05-20' });
    const korean = await scan(here, nextWeek.ticketCode, DATE, {
      ...w.headers.admin,
      'accept-language': 'ko',
    });
    expect(korean.statusCode).toBe(409);
    expect(korean.json<{ error: { message: string } }>().error.message).toContain('2027-05-20');
    expect((await registration(other.id)).checked_in_at).toBeNull();
    expect((await registration(nextWeek.id)).checked_in_at).toBeNull();
  });

  it('answers 404 for an unknown code and 409 for a waitlisted or cancelled ticket', async () => {
    const eventId = await freshEvent(t.handle.db, w.org.id);
    expect((await scan(eventId, `${TICKET_PREFIX}nothing-here`)).statusCode).toBe(404);
    for (const status of ['waitlisted', 'cancelled'] as const) {
      const { id, ticketCode } = await freshRegistration(t.handle.db, eventId, { status });
      const res = await scan(eventId, ticketCode);
      expect(res.statusCode).toBe(409);
      expect(res.json<{ error: { fields: Record<string, string> } }>().error.fields.code).toContain(
        status === 'waitlisted' ? 'waitlist' : 'cancelled',
      );
      expect((await registration(id)).checked_in_at).toBeNull();
    }
  });

  it('shows a ticket to whoever holds its code, and cancels it there', async () => {
    const eventId = await freshEvent(t.handle.db, w.org.id, {
      audience: 'members',
      capacity: 1,
      waitlist: 1,
    });
    const { id, ticketCode } = await freshRegistration(t.handle.db, eventId);
    const waiting = await freshRegistration(t.handle.db, eventId, { status: 'waitlisted' });
    const url = `${base(eventId)}/tickets/${encodeURIComponent(ticketCode)}`;
    const seen = await t.app.inject({ method: 'GET', url });
    expect(seen.statusCode).toBe(200);
    expect(seen.json<{ id: string; status: string }>()).toMatchObject({ id, status: 'registered' });
    const elsewhere = await freshEvent(t.handle.db, w.org.id);
    expect(
      (await t.app.inject({ method: 'GET', url: `${base(elsewhere)}/tickets/${ticketCode}` })).statusCode,
    ).toBe(404);
    const cancelled = await t.app.inject({ method: 'DELETE', url });
    expect(cancelled.json<{ status: string }>().status).toBe('cancelled');
    expect((await registration(waiting.id)).status).toBe('registered');
  });

  describe('reminders', () => {
    const remind = (at: Date) => sendEventReminders(t.app, at);
    const remindersTo = (email: string) =>
      t.handle.db
        .selectFrom('outbox')
        .select(['subject', 'body_text'])
        .where('to_address', '=', email)
        .execute();

    it('are sent once, reminder_hours before, in the registrant’s language and the event’s zone', async () => {
      const eventId = await freshEvent(t.handle.db, w.org.id, {
        reminder_hours: 24,
        venue_name: 'KACC Hall',
      });
      const korean = await freshRegistration(t.handle.db, eventId, { locale: 'ko', name: '김민수' });
      const english = await freshRegistration(t.handle.db, eventId, { locale: 'en' });
      await remind(hoursBefore(25));
      expect((await registration(korean.id)).reminded_at).toBeNull();
      await Promise.all([remind(hoursBefore(23)), remind(hoursBefore(23)), remind(hoursBefore(22))]);
      await remind(hoursBefore(1));
      const { email: koEmail } = await registration(korean.id);
      const [mail, ...more] = await remindersTo(koEmail);
      expect(more).toHaveLength(0);
      expect(mail?.subject).toContain('알림: 스마트 비즈니스 엑스포');
      expect(mail?.body_text).toMatch(/2027년 5월 13일 목요일 (오전|AM) 9:00/);
      expect(mail?.body_text).toContain('KACC Hall');
      expect(mail?.body_text).toContain(`ticket=${encodeURIComponent(korean.ticketCode)}`);
      const english1 = await remindersTo((await registration(english.id)).email);
      expect(english1).toHaveLength(1);
      expect(english1[0]?.body_text).toMatch(/Thursday, May 13, 2027.*9:00\sAM/);
    });

    it('catch up after downtime, but not after the start, nor for cancelled occurrences or events', async () => {
      const eventId = await freshEvent(t.handle.db, w.org.id, {
        reminder_hours: 48,
        rrule: 'FREQ=WEEKLY;COUNT=3',
        cancelled_dates: JSON.stringify(['2027-05-20']),
      });
      const late = await freshRegistration(t.handle.db, eventId);
      const cancelledDay = await freshRegistration(t.handle.db, eventId, { occurrence: '2027-05-20' });
      const called = await freshEvent(t.handle.db, w.org.id, { reminder_hours: 48, status: 'cancelled' });
      const calledOff = await freshRegistration(t.handle.db, called);
      await remind(new Date(STARTS.getTime() + 60_000));
      expect((await registration(late.id)).reminded_at).toBeNull();
      await remind(hoursBefore(2));
      expect((await registration(late.id)).reminded_at).toBe(hoursBefore(2).toISOString());
      await remind(new Date('2027-05-19T10:00:00Z'));
      expect((await registration(cancelledDay.id)).reminded_at).toBeNull();
      expect((await registration(calledOff.id)).reminded_at).toBeNull();
    });
  });
});
