import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../../../test/harness.ts';
import { expoScene, freshAttendee, freshRequest, writeSettings } from './scene.ts';

const settings = { slotMinutes: 20, dayStart: '09:00', dayEnd: '12:00', breaks: [], tableCount: 3 };

describe.each(dialects)('B2B meetings on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const inject = (
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    headers: Record<string, string>,
    payload?: object,
  ) =>
    t.app.inject({
      method,
      url,
      headers: { ...headers, 'accept-language': 'en' },
      ...(payload ? { payload } : {}),
    });

  describe('settings', () => {
    it.each([
      ['zero tables', { tableCount: 0 }, 'tableCount', 'at least one table'],
      [
        'overlapping breaks',
        {
          breaks: [
            { start: '10:00', end: '10:40' },
            { start: '10:20', end: '11:00' },
          ],
        },
        'breaks.1',
        'overlaps',
      ],
      [
        'a slot before the event opens',
        { dayStart: '08:00' },
        'dayStart',
        'outside the event’s hours (09:00–17:00)',
      ],
      ['a slot after the event closes', { dayEnd: '18:00' }, 'dayEnd', 'outside'],
      ['a day with no slot', { slotMinutes: 120, dayEnd: '10:00' }, 'slotMinutes', 'No 120-minute slot'],
    ])('refuses %s with a translated field error and saves nothing', async (_name, change, field, text) => {
      const s = await expoScene(t.handle.db);
      const res = await inject('PUT', `${s.url}/settings`, s.adminHeaders, { ...settings, ...change });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.fields[field]).toContain(text);
      const after = await inject('GET', `${s.url}/settings`, {});
      expect(after.json().configured).toBe(false);
    });

    it('derives the slots, skipping breaks, in the event’s zone', async () => {
      const s = await expoScene(t.handle.db);
      const body = { ...settings, slotMinutes: 30, breaks: [{ start: '10:00', end: '11:00' }] };
      const res = await inject('PUT', `${s.url}/settings`, s.adminHeaders, body);
      expect(res.statusCode, res.body).toBe(200);
      const slots = res.json().slots as { id: string; startsAt: string }[];
      expect(slots.map((x) => x.id)).toEqual(['09:00', '09:30', '11:00', '11:30']);
      // 2027-05-13 is daylight time in Dallas: 09:00 CDT = 14:00 UTC.
      expect(slots[0]?.startsAt).toBe('2027-05-13T14:00:00.000Z');
    });
  });

  describe('requests', () => {
    it('needs both sides: only the recipient accepts, one request per pair, an introduction between businesses', async () => {
      const s = await expoScene(t.handle.db);
      const a = await freshAttendee(t.handle.db, s.eventId, {
        name: 'Ana',
        organizationId: s.org.id,
        withBusiness: true,
      });
      const b = await freshAttendee(t.handle.db, s.eventId, {
        name: 'Bo',
        organizationId: s.org.id,
        withBusiness: true,
      });
      const asked = await inject('POST', `${s.url}/requests`, a.headers, {
        recipientRegistrationId: b.registrationId,
        message: 'Hello',
      });
      expect(asked.statusCode, asked.body).toBe(201);
      const id = asked.json().outgoing[0].id as string;
      const again = await inject('POST', `${s.url}/requests`, b.headers, {
        recipientRegistrationId: a.registrationId,
        message: '',
      });
      expect(again.statusCode).toBe(409);
      expect(again.json().error.fields.recipientRegistrationId).toContain('already');
      const self = await inject('POST', `${s.url}/requests`, a.headers, {
        recipientRegistrationId: a.registrationId,
        message: '',
      });
      expect(self.statusCode).toBe(400);
      const byRequester = await inject('POST', `${s.url}/requests/${id}/accept`, a.headers);
      expect(byRequester.statusCode).toBe(403);
      const accepted = await inject('POST', `${s.url}/requests/${id}/accept`, b.headers);
      expect(accepted.statusCode, accepted.body).toBe(200);
      expect(accepted.json().incoming[0].status).toBe('accepted');
      const twice = await inject('POST', `${s.url}/requests/${id}/decline`, b.headers);
      expect(twice.statusCode).toBe(409);
      const intro = await t.handle.db
        .selectFrom('introductions')
        .selectAll()
        .where('event_id', '=', s.eventId)
        .executeTakeFirstOrThrow();
      expect([intro.requester_business_id, intro.recipient_business_id, intro.stage]).toEqual([
        a.businessId,
        b.businessId,
        'accepted',
      ]);
    });

    it('suggests people whose offers meet my needs, with the pillars named, and not those I already asked', async () => {
      const s = await expoScene(t.handle.db, 3);
      const [me, seller, asked] = s.people as [
        (typeof s.people)[0],
        (typeof s.people)[0],
        (typeof s.people)[0],
      ];
      const pillars = await t.handle.db
        .selectFrom('pillars')
        .select(['id', 'name_en'])
        .orderBy('position')
        .execute();
      const [p1, p2] = pillars as [{ id: string; name_en: string }, { id: string; name_en: string }];
      const put = (who: typeof me, offers: string[], needs: string[]) =>
        inject('PUT', `${s.url}/me`, who.headers, { offers, needs, availableSlots: null });
      expect((await put(me, [p2.id], [p1.id])).statusCode).toBe(200);
      await put(seller, [p1.id], [p2.id]);
      await put(asked, [p1.id], []);
      await inject('POST', `${s.url}/requests`, me.headers, {
        recipientRegistrationId: asked.registrationId,
        message: '',
      });
      const res = await inject('GET', `${s.url}/suggestions`, me.headers);
      expect(res.statusCode, res.body).toBe(200);
      const items = res.json().items as { person: { registrationId: string }; reasons: string[] }[];
      expect(items.map((i) => i.person.registrationId)).toEqual([seller.registrationId]);
      expect(items[0]?.reasons).toEqual([
        `Offers what you need: ${p1.name_en}`,
        `Needs what you offer: ${p2.name_en}`,
      ]);
      const bad = await inject('PUT', `${s.url}/me`, me.headers, {
        offers: ['nope'],
        needs: [],
        availableSlots: null,
      });
      expect(bad.statusCode).toBe(400);
    });
  });

  describe('schedule', () => {
    it('runs once per version: of two runs with the same version, one gets a 409', async () => {
      const s = await expoScene(t.handle.db, 4);
      await writeSettings(t.handle.db, s.eventId);
      const [a, b, c, d] = s.people.map((p) => p.registrationId) as [string, string, string, string];
      await freshRequest(t.handle.db, s.eventId, a, b);
      await freshRequest(t.handle.db, s.eventId, c, d);
      const runs = await Promise.all([
        inject('POST', `${s.url}/schedule`, s.adminHeaders, { version: 0 }),
        inject('POST', `${s.url}/schedule`, s.adminHeaders, { version: 0 }),
      ]);
      expect(runs.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      const lost = runs.find((r) => r.statusCode === 409);
      expect(lost?.json().error.code).toBe('stale_version');
      const grid = await inject('GET', `${s.url}/schedule`, s.adminHeaders);
      expect(grid.json()).toMatchObject({ version: 1, placed: 2, accepted: 2 });
      const meetings = await t.handle.db
        .selectFrom('b2b_meetings')
        .selectAll()
        .where('event_id', '=', s.eventId)
        .execute();
      expect(meetings).toHaveLength(2);
    });

    it('re-plans a cancellation without moving anyone else, and fills the freed place', async () => {
      const s = await expoScene(t.handle.db, 4);
      // One slot, one table: only one of the two meetings fits until the other is cancelled.
      await writeSettings(t.handle.db, s.eventId, 1, 60);
      await t.handle.db
        .updateTable('b2b_settings')
        .set({ day_end: '10:00' })
        .where('event_id', '=', s.eventId)
        .execute();
      const [a, b, c, d] = s.people as [
        (typeof s.people)[0],
        (typeof s.people)[0],
        (typeof s.people)[0],
        (typeof s.people)[0],
      ];
      const first = await freshRequest(t.handle.db, s.eventId, a.registrationId, b.registrationId);
      const second = await freshRequest(t.handle.db, s.eventId, c.registrationId, d.registrationId);
      const run = await inject('POST', `${s.url}/schedule`, s.adminHeaders, { version: 0 });
      expect(run.json()).toMatchObject({ placed: 1, accepted: 2 });
      expect(run.json().unplaced[0].reason).toBe('crowded');
      const placed = run.json().meetings[0].requestId as string;
      const [owner] = placed === first ? [a] : [c];
      const cancelled = await inject('DELETE', `${s.url}/requests/${placed}`, owner?.headers ?? {});
      expect(cancelled.statusCode, cancelled.body).toBe(200);
      const grid = (await inject('GET', `${s.url}/schedule`, s.adminHeaders)).json();
      expect(grid.version).toBe(2);
      expect(grid.meetings.map((m: { requestId: string }) => m.requestId)).toEqual([
        placed === first ? second : first,
      ]);
    });

    it('keeps the others at their slot and table when a meeting is cancelled', async () => {
      const s = await expoScene(t.handle.db, 8);
      await writeSettings(t.handle.db, s.eventId, 2, 30);
      const ids = s.people.map((p) => p.registrationId);
      const requests: string[] = [];
      for (let i = 0; i < ids.length; i++) {
        for (const j of [i + 1, i + 3]) {
          if (j < ids.length) {
            requests.push(await freshRequest(t.handle.db, s.eventId, ids[i] ?? '', ids[j] ?? ''));
          }
        }
      }
      await inject('POST', `${s.url}/schedule`, s.adminHeaders, { version: 0 });
      const before = await t.handle.db
        .selectFrom('b2b_meetings')
        .selectAll()
        .where('event_id', '=', s.eventId)
        .execute();
      const gone = before[0];
      const request = await t.handle.db
        .selectFrom('b2b_requests')
        .selectAll()
        .where('id', '=', gone?.request_id ?? '')
        .executeTakeFirstOrThrow();
      const side = s.people.find((p) => p.registrationId === request.requester_id);
      expect(
        (await inject('DELETE', `${s.url}/requests/${request.id}`, side?.headers ?? {})).statusCode,
      ).toBe(200);
      const after = await t.handle.db
        .selectFrom('b2b_meetings')
        .selectAll()
        .where('event_id', '=', s.eventId)
        .execute();
      const now = new Map(after.map((m) => [m.request_id, `${m.slot_start}#${m.table_number}`]));
      for (const m of before.slice(1)) {
        expect(now.get(m.request_id)).toBe(`${m.slot_start}#${m.table_number}`);
      }
      expect(now.has(request.id)).toBe(false);
    });

    it('takes the meetings of someone whose registration is cancelled off the schedule, keeping the others', async () => {
      const s = await expoScene(t.handle.db, 4);
      await writeSettings(t.handle.db, s.eventId, 2, 30);
      const [a, b, c, d] = s.people.map((p) => p.registrationId);
      const leaving = await freshRequest(t.handle.db, s.eventId, a ?? '', b ?? '');
      const staying = await freshRequest(t.handle.db, s.eventId, c ?? '', d ?? '');
      expect((await inject('POST', `${s.url}/schedule`, s.adminHeaders, { version: 0 })).statusCode).toBe(
        200,
      );
      const seat = async (id: string) =>
        t.handle.db.selectFrom('b2b_meetings').selectAll().where('request_id', '=', id).executeTakeFirst();
      const before = await seat(staying);
      expect(await seat(leaving)).toBeDefined();

      const url = s.url.replace(/\/meetings$/, '');
      const cancel = await inject(
        'DELETE',
        `${url}/occurrences/2027-05-13/registrations/${a}`,
        s.people[0]?.headers ?? {},
      );
      expect(cancel.statusCode, cancel.body).toBe(200);
      expect(await seat(leaving)).toBeUndefined();
      const after = await seat(staying);
      expect([after?.slot_start, after?.table_number]).toEqual([before?.slot_start, before?.table_number]);
      const grid = await inject('GET', `${s.url}/schedule`, s.adminHeaders);
      expect(grid.json().version).toBe(2);
    });

    it('weighs a sponsor’s meeting and a strong pillar match higher, and tells both people their place', async () => {
      const db = t.handle.db;
      const s = await expoScene(db);
      await writeSettings(db, s.eventId, 1, 60);
      await db
        .updateTable('b2b_settings')
        .set({ day_end: '10:00' })
        .where('event_id', '=', s.eventId)
        .execute();
      const sponsor = await freshAttendee(db, s.eventId, {
        name: 'Sponsor',
        organizationId: s.org.id,
        withBusiness: true,
      });
      await db
        .insertInto('expo_exhibitors')
        .values({
          id: `x-${s.eventId}`,
          event_id: s.eventId,
          business_id: sponsor.businessId,
          name_ko: '후원사',
          name_en: 'Sponsor',
          tier: 'gold',
          booth: null,
          logo_path: null,
          created_at: new Date().toISOString(),
          updated_at: new Date().toISOString(),
        })
        .execute();
      const [p1, p2] = (await db.selectFrom('pillars').select('id').orderBy('position').execute()).map(
        (p) => p.id,
      );
      const [a, b, c] = [
        await freshAttendee(db, s.eventId, { name: 'A' }),
        await freshAttendee(db, s.eventId, { name: 'B' }),
        await freshAttendee(db, s.eventId, { name: 'C' }),
      ];
      await inject('PUT', `${s.url}/me`, a.headers, { offers: [p1], needs: [p2], availableSlots: null });
      await inject('PUT', `${s.url}/me`, b.headers, { offers: [p2], needs: [p1], availableSlots: null });
      const plain = await freshRequest(db, s.eventId, a.registrationId, c.registrationId);
      const strong = await freshRequest(db, s.eventId, a.registrationId, b.registrationId);
      const sponsored = await freshRequest(db, s.eventId, sponsor.registrationId, c.registrationId);
      const run = await inject('POST', `${s.url}/schedule`, s.adminHeaders, { version: 0 });
      const priorities = Object.fromEntries(
        [...run.json().meetings, ...run.json().unplaced].map((m: { requestId: string; priority: number }) => [
          m.requestId,
          m.priority,
        ]),
      );
      expect([priorities[plain], priorities[strong], priorities[sponsored]]).toEqual([1, 2, 2]);
      // One table, one slot: a priority-2 meeting takes it.
      expect(run.json().meetings.map((m: { requestId: string }) => m.requestId)).not.toContain(plain);
      const placed = run.json().meetings[0].people.map((p: { name: string }) => p.name) as string[];
      const told = await db
        .selectFrom('notifications')
        .select(['user_id', 'kind'])
        .where('kind', '=', 'b2b.placed')
        .execute();
      const users = [a, b, c, sponsor]
        .filter((p, i) => placed.includes(['A', 'B', 'C', 'Sponsor'][i] ?? ''))
        .map((p) => p.userId);
      expect(told.filter((n) => users.includes(n.user_id))).toHaveLength(2);
    });

    it('re-plans when the settings change, keeping what still fits and bumping the version', async () => {
      const s = await expoScene(t.handle.db, 4);
      await inject('PUT', `${s.url}/settings`, s.adminHeaders, { ...settings, slotMinutes: 30 });
      const [a, b, c, d] = s.people as [
        (typeof s.people)[0],
        (typeof s.people)[0],
        (typeof s.people)[0],
        (typeof s.people)[0],
      ];
      const ab = await freshRequest(t.handle.db, s.eventId, a.registrationId, b.registrationId);
      const cd = await freshRequest(t.handle.db, s.eventId, c.registrationId, d.registrationId);
      await inject('PUT', `${s.url}/requests/${ab}/placement`, s.adminHeaders, {
        slot: '11:30',
        table: 3,
        version: 0,
      });
      await inject('PUT', `${s.url}/requests/${cd}/placement`, s.adminHeaders, {
        slot: '09:00',
        table: 1,
        version: 1,
      });
      await inject('POST', `${s.url}/schedule`, s.adminHeaders, { version: 2 });
      // The day now ends at 11:00 with two tables: the 11:30 meeting loses its place and is planned again.
      const changed = await inject('PUT', `${s.url}/settings`, s.adminHeaders, {
        ...settings,
        slotMinutes: 30,
        dayEnd: '11:00',
        tableCount: 2,
      });
      expect(changed.statusCode, changed.body).toBe(200);
      const grid = (await inject('GET', `${s.url}/schedule`, s.adminHeaders)).json();
      expect(grid.version).toBe(4);
      const where = Object.fromEntries(
        grid.meetings.map((m: { requestId: string; slot: string; table: number }) => [
          m.requestId,
          `${m.slot}#${m.table}`,
        ]),
      );
      expect(where[cd]).toBe('09:00#1');
      expect(where[ab]).toBeDefined();
      expect(where[ab]).not.toBe('11:30#3');
    });

    it('moves a meeting by hand, refusing a busy table, a busy person, an absent person and a stale version', async () => {
      const s = await expoScene(t.handle.db, 5);
      await writeSettings(t.handle.db, s.eventId, 2, 60);
      const [a, b, c, d, e] = s.people as [
        (typeof s.people)[0],
        (typeof s.people)[0],
        (typeof s.people)[0],
        (typeof s.people)[0],
        (typeof s.people)[0],
      ];
      await inject('PUT', `${s.url}/me`, e.headers, { offers: [], needs: [], availableSlots: ['11:00'] });
      const ab = await freshRequest(t.handle.db, s.eventId, a.registrationId, b.registrationId);
      const cd = await freshRequest(t.handle.db, s.eventId, c.registrationId, d.registrationId);
      const ae = await freshRequest(t.handle.db, s.eventId, a.registrationId, e.registrationId);
      const ac = await freshRequest(t.handle.db, s.eventId, a.registrationId, c.registrationId);
      const place = (id: string, slot: string, table: number, version: number) =>
        inject('PUT', `${s.url}/requests/${id}/placement`, s.adminHeaders, { slot, table, version });
      const first = await place(ab, '09:00', 1, 0);
      expect(first.statusCode, first.body).toBe(200);
      expect(first.json().meetings[0]).toMatchObject({
        requestId: ab,
        slot: '09:00',
        table: 1,
        pinned: true,
      });
      const tableBusy = await place(cd, '09:00', 1, 1);
      expect(tableBusy.statusCode).toBe(400);
      expect(tableBusy.json().error.fields.table).toBe('Table 1 is taken at 09:00.');
      const personBusy = await place(ac, '09:00', 2, 1);
      expect(personBusy.json().error.fields.slot).toContain('already has a meeting at 09:00');
      const absent = await place(ae, '10:00', 2, 1);
      expect(absent.json().error.fields.slot).toBe(`${'Person 4'} is not available at 10:00.`);
      const stale = await place(cd, '10:00', 1, 0);
      expect(stale.statusCode).toBe(409);
      const run = await inject('POST', `${s.url}/schedule`, s.adminHeaders, { version: 1 });
      expect(run.statusCode, run.body).toBe(200);
      const pinned = (run.json().meetings as { requestId: string; slot: string; table: number }[]).find(
        (m) => m.requestId === ab,
      );
      expect(pinned).toMatchObject({ slot: '09:00', table: 1 });
      expect(run.json().placed).toBe(4);
      const unpin = await inject('DELETE', `${s.url}/requests/${ab}/placement?version=2`, s.adminHeaders);
      expect(unpin.statusCode, unpin.body).toBe(200);
      expect(unpin.json()).toMatchObject({ version: 3, placed: 3 });
    });
  });

  describe('agenda', () => {
    it('gives my meetings as JSON, a PDF and an .ics file in America/Chicago', async () => {
      const s = await expoScene(t.handle.db, 2);
      await writeSettings(t.handle.db, s.eventId, 3, 30);
      const [a, b] = s.people as [(typeof s.people)[0], (typeof s.people)[0]];
      const id = await freshRequest(t.handle.db, s.eventId, a.registrationId, b.registrationId);
      await inject('PUT', `${s.url}/requests/${id}/placement`, s.adminHeaders, {
        slot: '10:30',
        table: 2,
        version: 0,
      });
      const agenda = await inject('GET', `${s.url}/agenda`, a.headers);
      expect(agenda.json().items[0]).toMatchObject({
        slot: '10:30',
        table: 2,
        startsAt: '2027-05-13T15:30:00.000Z',
        other: { name: 'Person 1' },
      });
      const pdf = await inject('GET', `${s.url}/agenda.pdf`, a.headers);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      const ics = await inject('GET', `${s.url}/agenda.ics`, a.headers);
      expect(ics.headers['content-type']).toContain('text/calendar');
      const calendar = new ICAL.Component(ICAL.parse(ics.body));
      const zone = calendar.getFirstSubcomponent('vtimezone');
      expect(zone?.getFirstPropertyValue('tzid')).toBe('America/Chicago');
      ICAL.TimezoneService.register(zone as ICAL.Component);
      const vevents = calendar.getAllSubcomponents('vevent');
      expect(vevents).toHaveLength(1);
      const event = new ICAL.Event(vevents[0]);
      expect(vevents[0]?.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('America/Chicago');
      expect(event.startDate.zone.tzid).toBe('America/Chicago');
      expect(event.startDate.toJSDate().toISOString()).toBe('2027-05-13T15:30:00.000Z');
      expect(event.endDate.toJSDate().toISOString()).toBe('2027-05-13T16:00:00.000Z');
      expect(event.location).toBe('Table 2');
      expect(ics.body).toMatch(/DTSTAMP:\d{8}T\d{6}Z/);
    });

    it('tells someone who is not registered so', async () => {
      const s = await expoScene(t.handle.db);
      const me = await inject('GET', `${s.url}/me`, s.adminHeaders);
      expect(me.json().registrationId).toBeNull();
      const agenda = await inject('GET', `${s.url}/agenda`, s.adminHeaders);
      expect(agenda.statusCode).toBe(403);
      expect(agenda.json().error.fields.registration).toContain('Register for the expo first');
    });
  });
});
