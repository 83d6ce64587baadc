import { describe, expect, it } from 'vitest';
import { replan, schedule } from './schedule.ts';
import type { MeetingInput, Schedule, SchedulingError, SchedulingInput } from './types.ts';

const MINUTE = 60_000;

/** `count` 20-minute slots every 30 minutes from 9:00 (epoch ms of an arbitrary day). */
function slots(count: number) {
  const nine = Date.UTC(2026, 9, 15, 14, 0);
  return Array.from({ length: count }, (_, i) => ({
    id: `s${i}`,
    start: nine + i * 30 * MINUTE,
    end: nine + (i * 30 + 20) * MINUTE,
  }));
}

function tables(count: number) {
  return Array.from({ length: count }, (_, t) => ({ id: `t${t}` }));
}

function people(...ids: string[]) {
  return ids.map((id) => ({ id }));
}

/** Meetings from "A-B" (or "A-B-C" for a team) strings, priority 1 unless given as "A-B:3". */
function meetings(...specs: string[]): MeetingInput[] {
  return specs.map((spec, i) => {
    const [who = '', priority] = spec.split(':');
    return { id: `m${i}`, people: who.split('-'), priority: priority ? Number(priority) : 1 };
  });
}

function event(partial: Partial<SchedulingInput> & Pick<SchedulingInput, 'meetings'>): SchedulingInput {
  return { slots: slots(2), tables: tables(2), people: people('A', 'B', 'C', 'D', 'E', 'F'), ...partial };
}

function solved(input: SchedulingInput): Schedule {
  const result = schedule(input);
  if (!result.ok) {
    throw new Error(JSON.stringify(result.errors));
  }
  return result.schedule;
}

function errors(input: SchedulingInput): SchedulingError[] {
  const result = schedule(input);
  return result.ok ? [] : result.errors;
}

function where(result: Schedule, meeting: string) {
  return result.placements.find((p) => p.meeting === meeting);
}

describe('schedule', () => {
  it('gives each meeting a slot and a table, never one person or one table twice in a slot', () => {
    // Six people who all want to meet each other: 15 meetings, 5 slots, 3 tables. It only fits if every
    // person meets in every slot and every table is used every time (a round-robin tournament).
    const all = ['A', 'B', 'C', 'D', 'E', 'F'];
    const pairs = all.flatMap((a, i) => all.slice(i + 1).map((b) => `${a}-${b}`));
    const result = solved(event({ slots: slots(5), tables: tables(3), meetings: meetings(...pairs) }));
    expect(result.placed).toBe(15);
    expect(result.unplaced).toEqual([]);
    const taken = new Set(result.placements.map((p) => `${p.slot} ${p.table}`));
    expect(taken.size).toBe(15);
    expect(result.weight).toBe(result.bound);
  });

  it('places at most two meetings of a trio in two slots', () => {
    const result = solved(event({ meetings: meetings('A-B', 'B-C', 'A-C') }));
    expect(result.placed).toBe(2);
    expect(result.unplaced).toEqual([expect.objectContaining({ reason: 'crowded' })]);
  });

  it('never puts more meetings in a slot than it has tables', () => {
    const result = solved(event({ tables: tables(1), meetings: meetings('A-B', 'C-D', 'E-F') }));
    expect(result.placed).toBe(2);
    expect(result.placements.map((p) => p.table)).toEqual(['t0', 't0']);
    expect(new Set(result.placements.map((p) => p.slot)).size).toBe(2);
  });

  it('does not use a table in a slot it is out for', () => {
    const result = solved(
      event({
        slots: slots(1),
        tables: [{ id: 'stage', unavailable: ['s0'] }, { id: 't1' }],
        meetings: meetings('A-B', 'C-D'),
      }),
    );
    expect(result.placements).toEqual([expect.objectContaining({ table: 't1' })]);
  });

  it('maximizes the sum of priorities: one priority-3 meeting outweighs the two ordinary ones it blocks', () => {
    const result = solved(event({ slots: slots(1), meetings: meetings('A-B:3', 'A-C', 'B-D') }));
    expect(result.placements.map((p) => p.meeting)).toEqual(['m0']);
    expect(result.weight).toBe(3);
  });

  it('gives a busy person’s scarce slots to the heaviest requests', () => {
    const result = solved(event({ meetings: meetings('A-B', 'A-C:2', 'A-D', 'A-E:2') }));
    expect(result.placements.map((p) => p.meeting).sort()).toEqual(['m1', 'm3']);
  });

  it('drops one heavy meeting for two that together weigh more', () => {
    // A can only give two slots. A-B and A-C (3 each) together make 6 and leave B-C no slot; one of them
    // with A-D (2) leaves room for B-C (2): 7.
    const result = solved(
      event({
        slots: slots(3),
        people: [
          { id: 'A', available: ['s0', 's1'] },
          { id: 'B', available: ['s0', 's1'] },
          ...people('C', 'D'),
        ],
        meetings: meetings('B-C:2', 'A-B:3', 'A-C:3', 'A-D:2'),
      }),
    );
    expect(result.weight).toBe(7);
    expect(result.unplaced).toHaveLength(1);
    expect(['m1', 'm2']).toContain(result.unplaced[0]?.meeting);
  });

  it('moves a meeting out of a full slot for one that can only meet there', () => {
    // One table. D-E fits only in s0 and A-B only in s1, so the heavy A-C must take s1 and leave out A-B.
    const result = solved(
      event({
        tables: tables(1),
        people: [...people('A', 'C', 'D'), { id: 'B', available: ['s1'] }, { id: 'E', available: ['s0'] }],
        meetings: meetings('D-E:2', 'A-B', 'A-C:3'),
      }),
    );
    expect(result.weight).toBe(5);
    expect(where(result, 'm0')?.slot).toBe('s0');
    expect(where(result, 'm2')?.slot).toBe('s1');
  });

  it('meets only when all the people are available, and says why a meeting cannot be placed', () => {
    const result = solved(
      event({
        slots: slots(3),
        people: [
          { id: 'A', available: ['s0'] },
          { id: 'B', available: ['s1', 's2'] },
          { id: 'C', available: ['s2'] },
        ],
        meetings: meetings('A-B', 'B-C'),
      }),
    );
    expect(result.placements).toEqual([{ meeting: 'm1', slot: 's2', table: 't0' }]);
    expect(result.unplaced).toEqual([{ meeting: 'm0', reason: 'no_common_slot' }]);
  });

  it('books every person of a team meeting', () => {
    const result = solved(event({ slots: slots(1), meetings: meetings('A-B-C:2', 'C-D') }));
    expect(result.placements.map((p) => p.meeting)).toEqual(['m0']);
  });

  it('keeps a meeting the organizer pinned, at its table, and plans the others around it', () => {
    const result = solved(
      event({
        meetings: meetings('A-B', 'A-C', 'D-E', 'D-F'),
        tables: tables(1),
        pins: [{ meeting: 'm0', slot: 's1', table: 't0' }],
      }),
    );
    expect(where(result, 'm0')).toEqual({ meeting: 'm0', slot: 's1', table: 't0' });
    // One table: the pin leaves s0 only, for one of the others.
    expect(result.placed).toBe(2);
    expect(result.placements.find((p) => p.meeting !== 'm0')?.slot).toBe('s0');
  });
});

describe('schedule rejects bad input with a code', () => {
  const base = () => event({ meetings: meetings('A-B') });

  it('overlapping slots, empty slots, slots outside the hours, no slots', () => {
    const [first, second] = slots(2);
    if (!first || !second) {
      throw new Error('two slots');
    }
    expect(
      errors({ ...base(), slots: [first, { ...second, id: 'late', start: first.end - MINUTE }] }),
    ).toEqual([{ code: 'slots_overlap', field: 'slots', id: 'late', other: 's0' }]);
    expect(errors({ ...base(), slots: [first, { ...second, end: second.start }] })).toEqual([
      { code: 'empty_range', field: 'slots', id: 's1' },
    ]);
    expect(errors({ ...base(), hours: [{ start: first.start, end: first.end }] })).toEqual([
      { code: 'slot_outside_hours', field: 'slots', id: 's1' },
    ]);
    expect(errors({ ...base(), hours: [{ start: first.end, end: first.start }] })).toContainEqual({
      code: 'empty_range',
      field: 'hours',
    });
    expect(errors({ ...base(), slots: [] })).toContainEqual({ code: 'no_slots', field: 'slots' });
  });

  it('no tables', () => {
    expect(errors({ ...base(), tables: [] })).toEqual([{ code: 'no_tables', field: 'tables' }]);
  });

  it('duplicate ids, duplicate requests, sizes and priorities', () => {
    expect(errors({ ...base(), people: people('A', 'B', 'A') })).toEqual([
      { code: 'duplicate_id', field: 'people', id: 'A' },
    ]);
    expect(errors(event({ meetings: meetings('A-B', 'C-D', 'B-A') }))).toEqual([
      { code: 'duplicate_request', field: 'meetings', id: 'm2', other: 'm0' },
    ]);
    expect(errors(event({ meetings: meetings('A', 'B-B', 'A-B-C-D-E-F-G') }))).toEqual([
      { code: 'meeting_size', field: 'meetings', id: 'm0' },
      { code: 'meeting_size', field: 'meetings', id: 'm1' },
      { code: 'meeting_size', field: 'meetings', id: 'm2' },
      { code: 'unknown_person', field: 'meetings', id: 'm2', other: 'G' },
    ]);
    expect(errors(event({ meetings: meetings('A-B:0', 'C-D:1.5') }))).toEqual([
      { code: 'invalid_priority', field: 'meetings', id: 'm0' },
      { code: 'invalid_priority', field: 'meetings', id: 'm1' },
    ]);
  });

  it('unknown people and slots', () => {
    expect(errors(event({ meetings: meetings('A-Z') }))).toEqual([
      { code: 'unknown_person', field: 'meetings', id: 'm0', other: 'Z' },
    ]);
    expect(errors({ ...base(), people: [{ id: 'A', available: ['s9'] }, { id: 'B' }] })).toEqual([
      { code: 'unknown_slot', field: 'people', id: 'A', other: 's9' },
    ]);
    expect(errors({ ...base(), tables: [{ id: 't0', unavailable: ['s9'] }] })).toEqual([
      { code: 'unknown_slot', field: 'tables', id: 't0', other: 's9' },
    ]);
  });

  it('pins that name nothing, cannot be honoured or collide', () => {
    const pins = (...list: [string, string, string][]) =>
      list.map(([meeting, slot, table]) => ({ meeting, slot, table }));
    const two = event({ meetings: meetings('A-B', 'A-C', 'D-E') });
    expect(errors({ ...two, pins: pins(['m9', 's0', 't0']) })).toEqual([
      { code: 'unknown_meeting', field: 'pins', id: 'm9' },
    ]);
    expect(errors({ ...two, pins: pins(['m0', 's0', 't9']) })).toEqual([
      { code: 'unknown_table', field: 'pins', id: 'm0', other: 't9' },
    ]);
    expect(
      errors({
        ...two,
        people: [{ id: 'A', available: ['s1'] }, ...people('B', 'C', 'D', 'E')],
        pins: pins(['m0', 's0', 't0']),
      }),
    ).toEqual([{ code: 'pin_unavailable', field: 'pins', id: 'm0' }]);
    expect(errors({ ...two, pins: pins(['m0', 's0', 't0'], ['m1', 's0', 't1']) })).toEqual([
      { code: 'pin_conflict', field: 'pins', id: 'm1' },
    ]);
    expect(errors({ ...two, pins: pins(['m0', 's0', 't0'], ['m2', 's0', 't0']) })).toEqual([
      { code: 'pin_conflict', field: 'pins', id: 'm2' },
    ]);
    expect(errors({ ...two, pins: pins(['m0', 's0', 't0'], ['m0', 's1', 't0']) })).toEqual([
      { code: 'pin_conflict', field: 'pins', id: 'm0' },
    ]);
  });
});

describe('replan', () => {
  // A meets B, C and D; only two slots, so one of them waits.
  const input = event({ tables: tables(2), meetings: meetings('A-B', 'A-C', 'A-D', 'E-F') });
  const before = solved(input);

  function replanned(after: SchedulingInput) {
    const result = replan(after, before.placements);
    if (!result.ok) {
      throw new Error(JSON.stringify(result.errors));
    }
    return result;
  }

  it('fills the place of a cancelled meeting and moves nobody else', () => {
    expect(before.placed).toBe(3);
    const waiting = before.unplaced[0]?.meeting ?? '';
    const cancelled = before.placements.find((p) => p.meeting !== 'm3')?.meeting ?? '';
    const { schedule: after, changes } = replanned({
      ...input,
      meetings: input.meetings.filter((m) => m.id !== cancelled),
    });
    for (const p of before.placements.filter((x) => x.meeting !== cancelled)) {
      expect(where(after, p.meeting)).toEqual(p);
    }
    expect(where(after, waiting)?.slot).toBe(before.placements.find((p) => p.meeting === cancelled)?.slot);
    expect(changes).toEqual({ kept: 2, moved: [], dropped: [], added: [waiting] });
  });

  it('moves only the meeting whose person is no longer available then', () => {
    const ef = where(before, 'm3');
    const other = ef?.slot === 's0' ? 's1' : 's0';
    const { schedule: after, changes } = replanned({
      ...input,
      people: input.people.map((p) => (p.id === 'E' ? { id: 'E', available: [other] } : p)),
    });
    expect(where(after, 'm3')?.slot).toBe(other);
    expect(changes.moved).toEqual(['m3']);
    expect(changes.kept).toBe(2);
  });

  it('keeps a meeting in its slot at another table when its table is taken away', () => {
    const ef = where(before, 'm3');
    const { schedule: after, changes } = replanned({
      ...input,
      tables: [
        ...tables(2).map((t) => (t.id === ef?.table ? { ...t, unavailable: [ef.slot] } : t)),
        { id: 't2' },
      ],
    });
    expect(where(after, 'm3')?.slot).toBe(ef?.slot);
    expect(where(after, 'm3')?.table).not.toBe(ef?.table);
    expect(changes.moved).toEqual(['m3']);
  });

  it('reports a meeting that no longer fits as dropped, and ignores placements of cancelled meetings', () => {
    const result = replan({ ...input, tables: tables(1) }, [
      ...before.placements,
      { meeting: 'gone', slot: 's0', table: 't0' },
    ]);
    expect(result.ok && result.schedule.placed).toBe(2);
    expect(result.ok && result.changes.dropped.length).toBe(1);
  });

  it('rejects bad input like schedule', () => {
    expect(replan({ ...input, tables: [] }, before.placements)).toEqual({
      ok: false,
      errors: [{ code: 'no_tables', field: 'tables' }],
    });
  });
});
