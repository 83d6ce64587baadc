import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../../../test/harness.ts';
import { createWorld, type World } from '../../../../test/world.ts';
import { freshEvent } from '../scene.ts';

/** The third Thursdays of 2027: the roundtable's dates. */
const THIRD_THURSDAYS = [
  '2027-01-21',
  '2027-02-18',
  '2027-03-18',
  '2027-04-15',
  '2027-05-20',
  '2027-06-17',
  '2027-07-15',
  '2027-08-19',
  '2027-09-16',
  '2027-10-21',
  '2027-11-18',
  '2027-12-16',
];

const roundtable = {
  kind: 'roundtable',
  titleKo: '월례 라운드테이블',
  titleEn: 'Monthly roundtable',
  agendaKo: '회원 소개와 협력 논의',
  agendaEn: 'Member introductions and partnerships',
  venueName: 'Korean Cultural Center',
  venueAddress: '2560 Royal Ln, Dallas, TX',
  startsOn: '2027-01-21',
  startTime: '07:30',
  endTime: '09:00',
  timeZone: 'America/Chicago',
  rrule: 'FREQ=MONTHLY;BYDAY=3TH;COUNT=12',
  audience: 'public',
};

/** The calendar's events, with every VTIMEZONE it carries registered so that TZIDs resolve. */
function parse(text: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(zone);
  }
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

/** Each occurrence as its local date and its instant (ISO, UTC). */
function expand(event: ICAL.Event, max = 50): { date: string; at: string }[] {
  const iterator = event.iterator();
  const found: { date: string; at: string }[] = [];
  for (let next = iterator.next(); next && found.length < max; next = iterator.next()) {
    const date = next.toString().slice(0, 10);
    found.push({ date, at: next.toJSDate().toISOString() });
  }
  return found;
}

describe.each(dialects)('Event calendars (.ics) on %s', (dialect) => {
  let t: TestApp;
  let world: World;
  let eventId: string;
  const url = () => `/api/v1/organizations/${world.org.slug}`;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    world = await createWorld(t.handle.db);
    const created = await t.app.inject({
      method: 'POST',
      url: `${url()}/events`,
      headers: world.headers.admin,
      payload: roundtable,
    });
    expect(created.statusCode, created.body).toBe(201);
    eventId = created.json<{ id: string }>().id;
  });
  afterAll(() => t.close());

  it('writes the recurrence in Chicago time, right across daylight saving time', async () => {
    const res = await t.app.inject({ method: 'GET', url: `${url()}/events/${eventId}/event.ics` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.body).toContain('BEGIN:VTIMEZONE');
    expect(res.body).toContain('DTSTART;TZID=America/Chicago:20270121T073000');
    expect(res.body).toContain('RRULE:FREQ=MONTHLY;BYDAY=3TH;COUNT=12');
    const [event] = parse(res.body);
    expect(event?.uid).toBe(`event-${eventId}@dari`);
    expect(event?.startDate.zone?.tzid).toBe('America/Chicago');
    expect(event?.location).toBe('Korean Cultural Center, 2560 Royal Ln, Dallas, TX');
    expect(event?.description).toContain('Member introductions');
    expect(event?.description).toContain(`/events/${world.org.slug}/${eventId}`);
    const occurrences = expand(event as ICAL.Event);
    expect(occurrences.map((o) => o.date)).toEqual(THIRD_THURSDAYS);
    expect(occurrences[0]?.at).toBe('2027-01-21T13:30:00.000Z');
    expect(occurrences[6]?.at).toBe('2027-07-15T12:30:00.000Z');
  });

  it("describes the event in the caller's language", async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `${url()}/events/${eventId}/event.ics`,
      headers: { 'accept-language': 'ko' },
    });
    const [event] = parse(res.body);
    expect(event?.summary).toBe('월례 라운드테이블');
    expect(event?.description).toContain('회원 소개와 협력 논의');
  });

  it('leaves a cancelled occurrence out (EXDATE) and marks a cancelled event', async () => {
    const detail = await t.app.inject({ method: 'GET', url: `${url()}/events/${eventId}` });
    const version = detail.json<{ version: number }>().version;
    const cancelled = await t.app.inject({
      method: 'POST',
      url: `${url()}/events/${eventId}/cancel`,
      headers: world.headers.admin,
      payload: { date: '2027-07-15', version },
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const ics = await t.app.inject({ method: 'GET', url: `${url()}/events/${eventId}/event.ics` });
    expect(ics.body).toContain('EXDATE;TZID=America/Chicago:20270715T073000');
    const dates = expand(parse(ics.body)[0] as ICAL.Event).map((o) => o.date);
    expect(dates).toEqual(THIRD_THURSDAYS.filter((d) => d !== '2027-07-15'));

    const oneOff = await freshEvent(t.handle.db, world.org.id, { status: 'cancelled' });
    const file = await t.app.inject({ method: 'GET', url: `${url()}/events/${oneOff}/event.ics` });
    const [event] = parse(file.body);
    expect(event?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event?.isRecurring()).toBe(false);
    expect(event?.startDate.toJSDate().toISOString()).toBe('2027-05-13T14:00:00.000Z');
  });

  it("feeds the public events to anyone and members-only ones to the organization's people", async () => {
    const members = await freshEvent(t.handle.db, world.org.id, {
      kind: 'team_meeting',
      title_en: 'Action team',
      audience: 'members',
      time_zone: 'Asia/Seoul',
      start_time: '19:00',
      end_time: '20:30',
    });
    const uids = async (headers: Record<string, string>) => {
      const res = await t.app.inject({ method: 'GET', url: `${url()}/calendar.ics`, headers });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
      return parse(res.body).map((e) => e.uid);
    };
    const anonymous = await uids({});
    expect(anonymous).toContain(`event-${eventId}@dari`);
    expect(anonymous).not.toContain(`event-${members}@dari`);
    expect(await uids(world.headers.otherAdmin)).not.toContain(`event-${members}@dari`);
    expect(await uids(world.headers.member)).toContain(`event-${members}@dari`);

    const feed = await t.app.inject({
      method: 'GET',
      url: `${url()}/calendar.ics`,
      headers: world.headers.member,
    });
    const seoul = parse(feed.body).find((e) => e.uid === `event-${members}@dari`);
    expect(seoul?.startDate.zone?.tzid).toBe('Asia/Seoul');
    expect(seoul?.startDate.toJSDate().toISOString()).toBe('2027-05-13T10:00:00.000Z');
  });

  it('hides a members-only event and its file from outsiders (404)', async () => {
    const members = await freshEvent(t.handle.db, world.org.id, { audience: 'members' });
    for (const headers of [{}, world.headers.otherAdmin]) {
      const res = await t.app.inject({ method: 'GET', url: `${url()}/events/${members}/event.ics`, headers });
      expect(res.statusCode).toBe(404);
    }
  });
});
