import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionHeaders } from '../../test/fixtures.ts';
import { createTestApp, dialects, type TestApp } from '../../test/harness.ts';
import { nextOccurrence, occurrencesBetween } from '../modules/gatherings/occurrences.ts';
import type { EventReport } from '../modules/gatherings/report/schema.ts';
import { seedDemoFederation } from './demo.ts';

const LOGINS = [
  'admin@dari.local',
  'staff@kaccdallas.org',
  'owner@hanmart.example',
  'owner@gogihouse.example',
  'partner@securekorea.example',
  'liaison@dallaspolice.example',
];

describe.each(dialects)('the gatherings demo seed on %s', (dialect) => {
  let t: TestApp;
  const now = new Date();
  beforeAll(async () => {
    t = await createTestApp(dialect);
    await seedDemoFederation(t.handle.db);
  });
  afterAll(() => t.close());

  const events = () => t.handle.db.selectFrom('events').selectAll().orderBy('kind', 'desc').execute();

  it('seeds a monthly roundtable that started in the past and goes on into the coming months', async () => {
    const [roundtable] = await events();
    expect(roundtable).toMatchObject({
      kind: 'roundtable',
      start_time: '07:30',
      end_time: '09:00',
      time_zone: 'America/Chicago',
      rrule: 'FREQ=MONTHLY;BYDAY=3TH',
      audience: 'members',
      capacity: 40,
      waitlist: 1,
    });
    expect(roundtable?.venue_address).toContain('Dallas, TX');
    expect(roundtable?.title_ko).toMatch(/[가-힣]/);
    expect(JSON.parse(roundtable?.questions ?? '[]')).toHaveLength(1);
    const all = occurrencesBetween(
      roundtable!,
      new Date(Date.parse(roundtable!.starts_on) - 86_400_000),
      now,
    );
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect(new Date(`${roundtable?.starts_on}T12:00:00Z`).getUTCDay()).toBe(4);
    expect(nextOccurrence(roundtable!, now)).not.toBeNull();
  });

  it('gives the last past roundtable a report with real numbers, minutes and follow-ups', async () => {
    const [roundtable] = await events();
    const last = occurrencesBetween(
      roundtable!,
      new Date(Date.parse(roundtable!.starts_on) - 86_400_000),
      now,
    )
      .filter((o) => o.endsAt <= now)
      .at(-1);
    const staff = await t.handle.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'staff@kaccdallas.org')
      .executeTakeFirstOrThrow();
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/organizations/kacc-dallas/events/${roundtable?.id}/occurrences/${last?.date}/report`,
      headers: await sessionHeaders(t.handle.db, staff.id),
    });
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json<EventReport>();
    expect(report.totals).toEqual({
      registered: 16,
      attended: 12,
      noShows: 4,
      attendancePercent: 75,
      waitlisted: 0,
      cancelled: 1,
      meetingsScheduled: 0,
      meetingsHeld: 0,
      leads: 0,
      introductions: 3,
      partnerships: 2,
    });
    expect(report.survey).toMatchObject({ responses: 9, averageRating: 4.4, wouldReturnPercent: 89 });
    expect(report.survey.comments.length).toBe(4);
    const minutes = await t.handle.db
      .selectFrom('event_minutes')
      .selectAll()
      .where('event_id', '=', roundtable!.id)
      .executeTakeFirstOrThrow();
    expect(minutes.occurrence).toBe(last?.date);
    expect(JSON.parse(minutes.follow_ups)).toHaveLength(3);
  });

  it('seeds next spring’s public expo with sponsors, booths, sessions and B2B settings', async () => {
    const expo = (await events()).find((e) => e.kind === 'expo');
    expect(expo).toMatchObject({ audience: 'public', rrule: null });
    expect(Date.parse(expo!.starts_on)).toBeGreaterThan(now.getTime());
    expect(Date.parse(expo!.starts_on)).toBeLessThan(now.getTime() + 540 * 86_400_000);
    const exhibitors = await t.handle.db
      .selectFrom('expo_exhibitors')
      .selectAll()
      .where('event_id', '=', expo!.id)
      .execute();
    expect(exhibitors.length).toBeGreaterThanOrEqual(8);
    expect(new Set(exhibitors.map((e) => e.tier)).size).toBe(5);
    expect(exhibitors.every((e) => e.booth && e.business_id)).toBe(true);
    const sessions = await t.handle.db
      .selectFrom('expo_sessions')
      .selectAll()
      .where('event_id', '=', expo!.id)
      .execute();
    expect(sessions.length).toBeGreaterThanOrEqual(3);
    const settings = await t.handle.db
      .selectFrom('b2b_settings')
      .selectAll()
      .where('event_id', '=', expo!.id)
      .executeTakeFirstOrThrow();
    expect(settings).toMatchObject({
      slot_minutes: 20,
      day_start: '10:00',
      day_end: '16:00',
      table_count: 20,
    });
  });

  it('registers none of the demo logins for anything', async () => {
    const registered = await t.handle.db
      .selectFrom('event_registrations')
      .select('email')
      .where((eb) => eb.or([eb('email', 'in', LOGINS), eb('user_id', 'is not', null)]))
      .execute();
    expect(registered).toEqual([]);
  });
});
