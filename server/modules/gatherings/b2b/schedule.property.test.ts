import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../../../test/harness.ts';
import { expoScene, freshRequest } from './scene.ts';

/**
 * The engine's own property tests check its guarantees on its input; these check that the routes keep them:
 * whatever people's slots, the accepted requests and the organizer's moves by hand, what the schedule route
 * writes never double-books a person or a table, honours every slot given, keeps the pins, and a cancellation
 * moves no one else.
 */
const SLOTS = ['09:00', '09:20', '09:40', '10:00', '10:20', '10:40'];

const instance = fc.record({
  people: fc.integer({ min: 3, max: 7 }),
  tables: fc.integer({ min: 1, max: 3 }),
  availability: fc.array(fc.option(fc.subarray(SLOTS, { minLength: 1 }), { nil: null }), {
    minLength: 7,
    maxLength: 7,
  }),
  pairs: fc.uniqueArray(fc.tuple(fc.nat(6), fc.nat(6)), {
    maxLength: 14,
    selector: ([a, b]) => [Math.min(a, b), Math.max(a, b)].join(),
  }),
  moves: fc.array(
    fc.record({ pick: fc.nat(20), slot: fc.constantFrom(...SLOTS), table: fc.integer({ min: 1, max: 3 }) }),
    { maxLength: 3 },
  ),
  cancel: fc.nat(20),
});

describe.each(dialects)('The schedule routes keep the engine’s guarantees on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('on random expos: no double-booking, availability honoured, pins kept, cancellations local', async () => {
    await fc.assert(
      fc.asyncProperty(instance, async (x) => {
        const db = t.handle.db;
        const s = await expoScene(db, x.people);
        const call = (
          method: 'GET' | 'POST' | 'PUT' | 'DELETE',
          path: string,
          headers = s.adminHeaders,
          payload?: object,
        ) => t.app.inject({ method, url: `${s.url}${path}`, headers, ...(payload ? { payload } : {}) });
        const put = await call('PUT', '/settings', s.adminHeaders, {
          slotMinutes: 20,
          dayStart: '09:00',
          dayEnd: '11:00',
          breaks: [],
          tableCount: x.tables,
        });
        expect(put.statusCode, put.body).toBe(200);
        const available = new Map<string, string[] | null>();
        for (const [i, person] of s.people.entries()) {
          const slots = x.availability[i] ?? null;
          available.set(person.registrationId, slots);
          await call('PUT', '/me', person.headers, { offers: [], needs: [], availableSlots: slots });
        }
        const requests: { id: string; people: string[] }[] = [];
        for (const [a, b] of x.pairs) {
          const from = s.people[a % x.people]?.registrationId ?? '';
          const to = s.people[b % x.people]?.registrationId ?? '';
          if (from !== to && !requests.some((r) => r.people.includes(from) && r.people.includes(to))) {
            requests.push({ id: await freshRequest(db, s.eventId, from, to), people: [from, to] });
          }
        }
        let version = 0;
        const pins = new Map<string, string>();
        for (const move of x.moves) {
          const request = requests[move.pick % Math.max(1, requests.length)];
          if (!request) {
            break;
          }
          const res = await call('PUT', `/requests/${request.id}/placement`, s.adminHeaders, {
            slot: move.slot,
            table: move.table,
            version,
          });
          expect([200, 400]).toContain(res.statusCode);
          if (res.statusCode === 200) {
            version++;
            pins.set(request.id, `${move.slot}#${move.table}`);
          }
        }
        const run = await call('POST', '/schedule', s.adminHeaders, { version });
        expect(run.statusCode, run.body).toBe(200);
        const check = async () => {
          const rows = await db
            .selectFrom('b2b_meetings')
            .selectAll()
            .where('event_id', '=', s.eventId)
            .execute();
          const seats = new Set<string>();
          const busy = new Set<string>();
          for (const m of rows) {
            expect(m.table_number).toBeLessThanOrEqual(x.tables);
            expect(SLOTS).toContain(m.slot_start);
            const seat = `${m.slot_start}#${m.table_number}`;
            expect(seats.has(seat)).toBe(false);
            seats.add(seat);
            for (const person of requests.find((r) => r.id === m.request_id)?.people ?? []) {
              expect(busy.has(`${person}@${m.slot_start}`)).toBe(false);
              busy.add(`${person}@${m.slot_start}`);
              const slots = available.get(person);
              expect(slots === null || slots === undefined || slots.includes(m.slot_start)).toBe(true);
            }
          }
          return new Map(rows.map((m) => [m.request_id, `${m.slot_start}#${m.table_number}`]));
        };
        const placed = await check();
        for (const [id, seat] of pins) {
          expect(placed.get(id)).toBe(seat);
        }
        const gone = [...placed.keys()][x.cancel % Math.max(1, placed.size)];
        const request = requests.find((r) => r.id === gone);
        if (request) {
          const side = s.people.find((p) => p.registrationId === request.people[0]);
          const res = await call('DELETE', `/requests/${request.id}`, side?.headers ?? {});
          expect(res.statusCode, res.body).toBe(200);
          const after = await check();
          for (const [id, seat] of placed) {
            if (id !== gone) {
              expect(after.get(id)).toBe(seat);
            }
          }
        }
      }),
      { numRuns: 12, seed: 20261130 },
    );
  }, 120_000);
});
