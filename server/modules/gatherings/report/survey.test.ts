import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMembership, createOrganization, createUser, sessionHeaders } from '../../../../test/fixtures.ts';
import { createTestApp, dialects, type TestApp } from '../../../../test/harness.ts';
import { freshEvent, freshRegistration } from '../scene.ts';
import { inviteToSurveys } from './invitations.ts';

const PAST = '2026-05-13';
const FUTURE = '2099-05-14';

describe.each(dialects)('the satisfaction survey on %s', (dialect) => {
  let t: TestApp;
  let org: { id: string; slug: string };
  let admin: Record<string, string>;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    org = await createOrganization(t.handle.db);
    const user = await createUser(t.handle.db, { locale: 'en' });
    await addMembership(t.handle.db, org.id, user.id, 'admin');
    admin = await sessionHeaders(t.handle.db, user.id);
  });
  afterAll(() => t.close());

  /** A members-only meeting on `date` and one registration for it. */
  async function occurrence(date: string, overrides: Parameters<typeof freshRegistration>[2] = {}) {
    const id = await freshEvent(t.handle.db, org.id, {
      kind: 'roundtable',
      audience: 'members',
      starts_on: date,
    });
    const registration = await freshRegistration(t.handle.db, id, { occurrence: date, ...overrides });
    return {
      registrationId: registration.id,
      ticketCode: registration.ticketCode,
      url: `/api/v1/organizations/${org.slug}/events/${id}/occurrences/${date}/survey`,
    };
  }
  const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, payload, headers });
  const responses = (registrationId: string) =>
    t.handle.db
      .selectFrom('event_survey_responses')
      .selectAll()
      .where('registration_id', '=', registrationId)
      .execute();

  it('takes one answer with the ticket code (even for a members-only meeting) and refuses a second, in Korean', async () => {
    const o = await occurrence(PAST);
    const before = await t.app.inject({ method: 'GET', url: `${o.url}?code=${o.ticketCode}` });
    expect(before.json()).toMatchObject({ open: true, answered: false, results: null });
    const first = await post(o.url, {
      code: o.ticketCode,
      rating: 5,
      wouldReturn: true,
      comment: '  Great  ',
    });
    expect(first.statusCode, first.body).toBe(201);
    const second = await post(
      o.url,
      { code: o.ticketCode, rating: 1, wouldReturn: false },
      { 'accept-language': 'ko' },
    );
    expect(second.statusCode).toBe(409);
    expect(second.json().error.fields.survey).toContain('이미 설문에 응답하셨습니다');
    expect(await responses(o.registrationId)).toMatchObject([
      { rating: 5, would_return: 1, comment: 'Great' },
    ]);
    const after = await t.app.inject({ method: 'GET', url: `${o.url}?code=${o.ticketCode}` });
    expect(after.json()).toMatchObject({ answered: true, registration: { status: 'registered' } });
  });

  it('refuses bad answers with a field message and stores nothing', async () => {
    const o = await occurrence(PAST);
    for (const [payload, field] of [
      [{ rating: 6, wouldReturn: true }, 'rating'],
      [{ rating: 0, wouldReturn: true }, 'rating'],
      [{ rating: 3.5, wouldReturn: true }, 'rating'],
      [{ rating: 3 }, 'wouldReturn'],
      [{ rating: 3, wouldReturn: true, comment: 'x'.repeat(2001) }, 'comment'],
    ] as const) {
      const res = await post(o.url, { ...payload, code: o.ticketCode }, { 'accept-language': 'ko' });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
      expect(res.json().error.fields[field]).toBeTruthy();
    }
    expect(await responses(o.registrationId)).toEqual([]);
  });

  it('opens when the meeting starts, never for a cancelled registration or a code of another meeting', async () => {
    const early = await occurrence(FUTURE);
    const notYet = await post(early.url, { code: early.ticketCode, rating: 4, wouldReturn: true });
    expect(notYet.statusCode).toBe(409);
    expect(notYet.json().error.fields.survey).toContain('2099-05-14 09:00');
    const cancelled = await occurrence(PAST, { status: 'cancelled' });
    const refused = await post(cancelled.url, { code: cancelled.ticketCode, rating: 4, wouldReturn: true });
    expect(refused.statusCode).toBe(409);
    const other = await occurrence(PAST);
    const wrong = await post(other.url, { code: cancelled.ticketCode, rating: 4, wouldReturn: true });
    expect(wrong.statusCode).toBe(404);
    expect(await responses(early.registrationId)).toEqual([]);
    expect(await responses(cancelled.registrationId)).toEqual([]);
  });

  it('lets a signed-in member answer their own registration; organizers read the results', async () => {
    const member = await createUser(t.handle.db);
    await addMembership(t.handle.db, org.id, member.id, 'member');
    const headers = await sessionHeaders(t.handle.db, member.id);
    const o = await occurrence(PAST, { user_id: member.id });
    const res = await post(o.url, { rating: 3, wouldReturn: false, comment: 'Shorter, please' }, headers);
    expect(res.statusCode, res.body).toBe(201);
    const mine = await t.app.inject({ method: 'GET', url: o.url, headers });
    expect(mine.json()).toMatchObject({ answered: true, results: null });
    const results = await t.app.inject({ method: 'GET', url: o.url, headers: admin });
    expect(results.json()).toMatchObject({
      registration: null,
      open: false,
      results: {
        responses: 1,
        averageRating: 3,
        wouldReturnPercent: 0,
        comments: [{ comment: 'Shorter, please' }],
      },
    });
  });

  it('invites attendees once after the meeting ends, in their language, and catches up after downtime', async () => {
    // 18:00–20:00 in Dallas (CDT) on 10 June: the meeting ends at 01:00 UTC on the 11th.
    const date = '2026-06-10';
    const id = await freshEvent(t.handle.db, org.id, {
      kind: 'roundtable',
      audience: 'members',
      starts_on: date,
      start_time: '18:00',
      end_time: '20:00',
      title_ko: '6월 라운드테이블',
      title_en: 'June roundtable',
    });
    const at = (iso: string) => new Date(iso);
    const checkedIn = { occurrence: date, checked_in_at: '2026-06-10T23:05:00.000Z' };
    const ko = await freshRegistration(t.handle.db, id, {
      ...checkedIn,
      locale: 'ko',
      name: '박서연',
      email: 'ko@example.test',
    });
    await freshRegistration(t.handle.db, id, {
      ...checkedIn,
      locale: 'en',
      name: 'Sam',
      email: 'en@example.test',
    });
    await freshRegistration(t.handle.db, id, { occurrence: date, email: 'noshow@example.test' });
    const answered = await freshRegistration(t.handle.db, id, { ...checkedIn, email: 'done@example.test' });
    await t.handle.db
      .insertInto('event_survey_responses')
      .values({
        registration_id: answered.id,
        event_id: id,
        occurrence: date,
        rating: 4,
        would_return: 1,
        created_at: '2026-06-11T00:30:00.000Z',
      })
      .execute();
    const mails = () =>
      t.handle.db
        .selectFrom('outbox')
        .select(['to_address', 'subject', 'body_text', 'locale'])
        .where('organization_id', '=', org.id)
        .orderBy('to_address')
        .execute();

    expect(await inviteToSurveys(t.app, at('2026-06-11T00:59:00.000Z'))).toBe(0);
    // Two instances at once: one invitation each all the same.
    const runs = await Promise.all([
      inviteToSurveys(t.app, at('2026-06-11T01:30:00.000Z')),
      inviteToSurveys(t.app, at('2026-06-11T01:30:00.000Z')),
    ]);
    expect(runs[0]! + runs[1]!).toBe(2);
    expect(await inviteToSurveys(t.app, at('2026-06-11T02:30:00.000Z'))).toBe(0);
    const sent = await mails();
    expect(sent.map((m) => m.to_address)).toEqual(['en@example.test', 'ko@example.test']);
    expect(sent[0]?.subject).toBe('How was “June roundtable”? (1 minute)');
    expect(sent[1]?.subject).toBe('“6월 라운드테이블” 어떠셨나요? (1분)');
    expect(sent[1]?.body_text).toContain(
      `/events/${org.slug}/${id}/survey?date=${date}&code=${encodeURIComponent(ko.ticketCode)}`,
    );
    expect(sent[1]?.body_text).toContain('2026년 6월 10일');

    // A server down for three days catches up; one down for a month does not mail old meetings.
    const late = await freshEvent(t.handle.db, org.id, { kind: 'roundtable', starts_on: '2026-07-01' });
    await freshRegistration(t.handle.db, late, {
      occurrence: '2026-07-01',
      checked_in_at: '2026-07-01T14:00:00.000Z',
    });
    const stale = await freshEvent(t.handle.db, org.id, { kind: 'roundtable', starts_on: '2026-05-01' });
    await freshRegistration(t.handle.db, stale, {
      occurrence: '2026-05-01',
      checked_in_at: '2026-05-01T14:00:00.000Z',
    });
    expect(await inviteToSurveys(t.app, at('2026-07-04T12:00:00.000Z'))).toBe(1);
    expect(await mails()).toHaveLength(3);
  });
});
