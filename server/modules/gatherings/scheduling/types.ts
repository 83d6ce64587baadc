/**
 * The B2B meeting scheduler's vocabulary: what the organizer and the attendees set (slots, tables,
 * availability, accepted requests, meetings moved by hand) and what comes back (each meeting's slot and table).
 * Everything is referred to by the caller's ids; times are numbers in one unit (the routes use epoch
 * milliseconds): the engine only compares them. docs/scheduling.md explains the model and the method.
 */

/** A half-open time range [start, end). */
export interface TimeRange {
  start: number;
  end: number;
}

export interface SlotInput extends TimeRange {
  id: string;
}

export interface TableInput {
  id: string;
  /** Slots in which this table cannot be used (e.g. kept for a sponsor's session). */
  unavailable?: readonly string[];
}

export interface PersonInput {
  id: string;
  /** The slots this attendee can meet in; omitted: every slot. */
  available?: readonly string[];
}

/** An accepted meeting request: two people, or a small team of each company (2 to 6 people in all). */
export interface MeetingInput {
  id: string;
  people: readonly string[];
  /** Positive integer weight (default 1): a priority-2 meeting counts as two ordinary ones. */
  priority?: number;
}

/** A meeting the organizer moved by hand: it stays exactly there and is never moved by the engine. */
export interface PinInput {
  meeting: string;
  slot: string;
  table: string;
}

export interface SchedulingInput {
  /** The event's opening hours (one range a day); omitted: any time. Every slot must lie inside one. */
  hours?: readonly TimeRange[];
  slots: readonly SlotInput[];
  tables: readonly TableInput[];
  people: readonly PersonInput[];
  meetings: readonly MeetingInput[];
  pins?: readonly PinInput[];
}

export interface SchedulingOptions {
  /**
   * Wall-clock budget in milliseconds (default 800), from the call. The greedy pass always completes; the
   * improvement phases stop at the budget if they have not stopped by themselves.
   */
  timeBudgetMs?: number;
}

export interface Placement {
  meeting: string;
  slot: string;
  table: string;
}

/**
 * Why a meeting is not on the schedule: `no_common_slot` — its people share no slot in which a table is
 * free of other constraints (no schedule can place it); `crowded` — it could fit on its own, but the slots
 * it could use are taken by meetings worth at least as much.
 */
export type UnplacedReason = 'no_common_slot' | 'crowded';

export interface Schedule {
  placements: Placement[];
  unplaced: { meeting: string; reason: UnplacedReason }[];
  /** Number of meetings placed. */
  placed: number;
  /** The objective: the sum of the placed meetings' priorities. */
  weight: number;
  /**
   * A cheap upper bound on the weight of any feasible schedule (placeable meetings, table capacity,
   * each person's slots): `weight === bound` proves this schedule optimal.
   */
  bound: number;
  /** False when the time budget ran out before the improvement phase found nothing more to do. */
  converged: boolean;
}

/** What a re-plan changed, for telling the people concerned. */
export interface ReplanChanges {
  /** Placed before, at the same slot and table now. */
  kept: number;
  /** Placed before, at another slot or table now (its slot or table became unusable). */
  moved: string[];
  /** Placed before, still requested, but not placed now. */
  dropped: string[];
  /** Not placed before (or new), placed now. */
  added: string[];
}

export type SchedulingErrorCode =
  /** No slot at all. */
  | 'no_slots'
  /** No table at all. */
  | 'no_tables'
  /** A slot or an opening-hours range that ends before (or when) it starts, or has no finite times. */
  | 'empty_range'
  /** Two slots overlap in time (`id` and `other`). */
  | 'slots_overlap'
  /** A slot not inside any of the event's opening-hours ranges. */
  | 'slot_outside_hours'
  /** Two slots, tables, people or meetings share one id. */
  | 'duplicate_id'
  /** Two meetings between the same people (`id` and `other`). */
  | 'duplicate_request'
  /** A meeting with fewer than 2 or more than 6 people, or one person twice. */
  | 'meeting_size'
  /** A priority that is not a whole number from 1 to 1000. */
  | 'invalid_priority'
  | 'unknown_person'
  | 'unknown_slot'
  | 'unknown_table'
  | 'unknown_meeting'
  /** A pinned meeting whose people or table are not available in its slot. */
  | 'pin_unavailable'
  /** Two pins for one meeting, or two pinned meetings sharing a person or a table in one slot. */
  | 'pin_conflict';

export interface SchedulingError {
  code: SchedulingErrorCode;
  /** The part of the input at fault. */
  field: 'hours' | 'slots' | 'tables' | 'people' | 'meetings' | 'pins';
  /** The id concerned (a slot, table, person, meeting; for pins, the meeting). */
  id?: string;
  /** The other id involved: the overlapping slot, the first meeting with the same people, the unknown id… */
  other?: string;
}

export type SchedulingResult = { ok: true; schedule: Schedule } | { ok: false; errors: SchedulingError[] };

export type ReplanResult =
  { ok: true; schedule: Schedule; changes: ReplanChanges } | { ok: false; errors: SchedulingError[] };

export const MAX_MEETING_PEOPLE = 6;
export const MAX_PRIORITY = 1000;
