import {
  MAX_MEETING_PEOPLE,
  MAX_PRIORITY,
  type SchedulingError,
  type SchedulingInput,
  type TimeRange,
} from './types.ts';

/**
 * The input checked and turned into dense indices for the solver: slot s, person p and meeting m are
 * positions in the input's arrays; per-meeting lists are stored flat (start offsets + values).
 */
export interface Model {
  slotIds: string[];
  tableIds: string[];
  meetingIds: string[];
  slotCount: number;
  personCount: number;
  meetingCount: number;
  /** tableUsable[t * slotCount + s] = 1 when table t can be used in slot s. */
  tableUsable: Uint8Array;
  /** Usable tables per slot: the most meetings a slot can hold. */
  capacity: Int32Array;
  /** available[p * slotCount + s] = 1 when person p can meet in slot s. */
  available: Uint8Array;
  weight: Int32Array;
  peopleStart: Int32Array;
  peopleOf: Int32Array;
  /** The slots where all of a meeting's people are available and some table is usable. */
  feasibleStart: Int32Array;
  feasibleSlots: Int32Array;
  /** Per meeting: the pinned slot and table index, or -1. */
  pinnedSlot: Int32Array;
  pinnedTable: Int32Array;
}

export type Compiled = { ok: true; model: Model } | { ok: false; errors: SchedulingError[] };

function isRange(r: TimeRange): boolean {
  return Number.isFinite(r.start) && Number.isFinite(r.end) && r.end > r.start;
}

/** Index of each id; duplicates reported once each against `field`. */
function indexIds(
  items: readonly { id: string }[],
  field: SchedulingError['field'],
  errors: SchedulingError[],
): Map<string, number> {
  const index = new Map<string, number>();
  items.forEach((item, i) => {
    if (index.has(item.id)) {
      errors.push({ code: 'duplicate_id', field, id: item.id });
    } else {
      index.set(item.id, i);
    }
  });
  return index;
}

function checkSlots(input: SchedulingInput, errors: SchedulingError[]): void {
  if (input.slots.length === 0) {
    errors.push({ code: 'no_slots', field: 'slots' });
  }
  const hours = input.hours ?? [];
  for (const h of hours) {
    if (!isRange(h)) {
      errors.push({ code: 'empty_range', field: 'hours' });
    }
  }
  const valid = input.slots.filter((slot) => {
    if (!isRange(slot)) {
      errors.push({ code: 'empty_range', field: 'slots', id: slot.id });
      return false;
    }
    return true;
  });
  if (input.hours) {
    for (const slot of valid) {
      if (!hours.some((h) => slot.start >= h.start && slot.end <= h.end)) {
        errors.push({ code: 'slot_outside_hours', field: 'slots', id: slot.id });
      }
    }
  }
  // Sorted by start, a slot overlaps an earlier one exactly when it starts before the latest end so far.
  const sorted = [...valid].sort((a, b) => a.start - b.start);
  let latest = sorted[0];
  for (const slot of sorted.slice(1)) {
    if (latest && slot.start < latest.end) {
      errors.push({ code: 'slots_overlap', field: 'slots', id: slot.id, other: latest.id });
    }
    if (!latest || slot.end > latest.end) {
      latest = slot;
    }
  }
}

/** Checks the input; on success, the dense model the solver works on. */
export function compile(input: SchedulingInput): Compiled {
  const errors: SchedulingError[] = [];
  checkSlots(input, errors);
  if (input.tables.length === 0) {
    errors.push({ code: 'no_tables', field: 'tables' });
  }
  const slotIndex = indexIds(input.slots, 'slots', errors);
  const tableIndex = indexIds(input.tables, 'tables', errors);
  const personIndex = indexIds(input.people, 'people', errors);
  const meetingIndex = indexIds(input.meetings, 'meetings', errors);
  const S = input.slots.length;
  const P = input.people.length;
  const M = input.meetings.length;
  const T = input.tables.length;

  const tableUsable = new Uint8Array(T * S).fill(1);
  input.tables.forEach((table, t) => {
    for (const slotId of table.unavailable ?? []) {
      const s = slotIndex.get(slotId);
      if (s === undefined) {
        errors.push({ code: 'unknown_slot', field: 'tables', id: table.id, other: slotId });
      } else {
        tableUsable[t * S + s] = 0;
      }
    }
  });
  const capacity = new Int32Array(S);
  for (let t = 0; t < T; t++) {
    for (let s = 0; s < S; s++) {
      capacity[s] = (capacity[s] ?? 0) + (tableUsable[t * S + s] ?? 0);
    }
  }

  const available = new Uint8Array(P * S);
  input.people.forEach((person, p) => {
    if (!person.available) {
      available.fill(1, p * S, (p + 1) * S);
      return;
    }
    for (const slotId of person.available) {
      const s = slotIndex.get(slotId);
      if (s === undefined) {
        errors.push({ code: 'unknown_slot', field: 'people', id: person.id, other: slotId });
      } else {
        available[p * S + s] = 1;
      }
    }
  });

  const weight = new Int32Array(M);
  const peopleStart = new Int32Array(M + 1);
  const peopleOf: number[] = [];
  const byPeople = new Map<string, string>();
  input.meetings.forEach((meeting, m) => {
    const priority = meeting.priority ?? 1;
    if (!Number.isInteger(priority) || priority < 1 || priority > MAX_PRIORITY) {
      errors.push({ code: 'invalid_priority', field: 'meetings', id: meeting.id });
    }
    weight[m] = priority;
    const distinct = new Set(meeting.people);
    if (distinct.size !== meeting.people.length || distinct.size < 2 || distinct.size > MAX_MEETING_PEOPLE) {
      errors.push({ code: 'meeting_size', field: 'meetings', id: meeting.id });
    }
    for (const personId of distinct) {
      const p = personIndex.get(personId);
      if (p === undefined) {
        errors.push({ code: 'unknown_person', field: 'meetings', id: meeting.id, other: personId });
      } else {
        peopleOf.push(p);
      }
    }
    peopleStart[m + 1] = peopleOf.length;
    const key = [...distinct].sort().join('\u0000');
    const first = byPeople.get(key);
    if (first !== undefined) {
      errors.push({ code: 'duplicate_request', field: 'meetings', id: meeting.id, other: first });
    } else {
      byPeople.set(key, meeting.id);
    }
  });

  const pinnedSlot = new Int32Array(M).fill(-1);
  const pinnedTable = new Int32Array(M).fill(-1);
  for (const pin of input.pins ?? []) {
    const m = meetingIndex.get(pin.meeting);
    const s = slotIndex.get(pin.slot);
    const t = tableIndex.get(pin.table);
    if (m === undefined) {
      errors.push({ code: 'unknown_meeting', field: 'pins', id: pin.meeting });
    } else if (s === undefined) {
      errors.push({ code: 'unknown_slot', field: 'pins', id: pin.meeting, other: pin.slot });
    } else if (t === undefined) {
      errors.push({ code: 'unknown_table', field: 'pins', id: pin.meeting, other: pin.table });
    } else if ((pinnedSlot[m] ?? -1) !== -1) {
      errors.push({ code: 'pin_conflict', field: 'pins', id: pin.meeting });
    } else {
      pinnedSlot[m] = s;
      pinnedTable[m] = t;
    }
  }
  if (errors.length > 0) {
    return { ok: false, errors };
  }
  checkPins(
    input,
    S,
    available,
    tableUsable,
    peopleStart,
    Int32Array.from(peopleOf),
    pinnedSlot,
    pinnedTable,
    errors,
  );
  if (errors.length > 0) {
    return { ok: false, errors };
  }

  const people = Int32Array.from(peopleOf);
  const feasibleStart = new Int32Array(M + 1);
  const feasible: number[] = [];
  for (let m = 0; m < M; m++) {
    for (let s = 0; s < S; s++) {
      let ok = (capacity[s] ?? 0) > 0;
      for (let i = peopleStart[m] ?? 0; ok && i < (peopleStart[m + 1] ?? 0); i++) {
        ok = (available[(people[i] ?? 0) * S + s] ?? 0) === 1;
      }
      if (ok) {
        feasible.push(s);
      }
    }
    feasibleStart[m + 1] = feasible.length;
  }
  return {
    ok: true,
    model: {
      slotIds: input.slots.map((s) => s.id),
      tableIds: input.tables.map((t) => t.id),
      meetingIds: input.meetings.map((m) => m.id),
      slotCount: S,
      personCount: P,
      meetingCount: M,
      tableUsable,
      capacity,
      available,
      weight,
      peopleStart,
      peopleOf: people,
      feasibleStart,
      feasibleSlots: Int32Array.from(feasible),
      pinnedSlot,
      pinnedTable,
    },
  };
}

/** Pins must be usable on their own and must not collide with one another. */
function checkPins(
  input: SchedulingInput,
  S: number,
  available: Uint8Array,
  tableUsable: Uint8Array,
  peopleStart: Int32Array,
  peopleOf: Int32Array,
  pinnedSlot: Int32Array,
  pinnedTable: Int32Array,
  errors: SchedulingError[],
): void {
  const personTaken = new Map<number, number>();
  const tableTaken = new Map<number, number>();
  for (let m = 0; m < pinnedSlot.length; m++) {
    const s = pinnedSlot[m] ?? -1;
    const t = pinnedTable[m] ?? -1;
    if (s === -1) {
      continue;
    }
    const id = input.meetings[m]?.id;
    let usable = (tableUsable[t * S + s] ?? 0) === 1;
    let clash = tableTaken.has(t * S + s);
    tableTaken.set(t * S + s, m);
    for (let i = peopleStart[m] ?? 0; i < (peopleStart[m + 1] ?? 0); i++) {
      const key = (peopleOf[i] ?? 0) * S + s;
      usable &&= (available[key] ?? 0) === 1;
      clash ||= personTaken.has(key);
      personTaken.set(key, m);
    }
    if (!usable) {
      errors.push({ code: 'pin_unavailable', field: 'pins', id });
    } else if (clash) {
      errors.push({ code: 'pin_conflict', field: 'pins', id });
    }
  }
}
