import type { Event } from '../../../platform/db/schema.ts';
import { compile } from '../scheduling/model.ts';
import type { SchedulingError, SlotInput, TimeRange } from '../scheduling/types.ts';
import { localToUtc } from '../occurrences.ts';

/**
 * The meeting slots of an expo day, derived from the organizer's settings: every `slotMinutes` from
 * `dayStart` while a slot still ends by `dayEnd`, skipping those that touch a break. A slot is named by its
 * local start ('HH:mm', the event's zone) — the name stored in b2b_meetings and in availability — and
 * carries its instants (epoch ms) for the engine and the agenda.
 */

export interface Break {
  start: string;
  end: string;
}

export interface SettingsValues {
  slotMinutes: number;
  dayStart: string;
  dayEnd: string;
  breaks: Break[];
  tableCount: number;
}

export interface Slot extends SlotInput {
  /** Local end, 'HH:mm'. */
  endLabel: string;
}

/** The stored settings row as values (breaks are JSON). */
export function settingsValuesOf(row: {
  slot_minutes: number;
  day_start: string;
  day_end: string;
  breaks: string;
  table_count: number;
}): SettingsValues {
  let breaks: Break[] = [];
  try {
    const value: unknown = JSON.parse(row.breaks);
    breaks = Array.isArray(value) ? (value as Break[]) : [];
  } catch {
    breaks = [];
  }
  return {
    slotMinutes: row.slot_minutes,
    dayStart: row.day_start,
    dayEnd: row.day_end,
    breaks,
    tableCount: row.table_count,
  };
}

export type FieldKey = { key: string; params?: Record<string, unknown> };

export function minutesOf(time: string): number {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return h * 60 + m;
}

export function clockOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

type Day = Pick<Event, 'starts_on' | 'time_zone'>;

function instant(event: Day, minutes: number): number {
  return localToUtc(event.starts_on, clockOf(minutes), event.time_zone).getTime();
}

export function slotsOf(event: Day, settings: SettingsValues): Slot[] {
  const slots: Slot[] = [];
  const length = settings.slotMinutes;
  if (length <= 0) {
    return slots;
  }
  const breaks = settings.breaks.map((b) => ({ start: minutesOf(b.start), end: minutesOf(b.end) }));
  const last = minutesOf(settings.dayEnd);
  for (let start = minutesOf(settings.dayStart); start + length <= last; start += length) {
    const end = start + length;
    if (breaks.some((b) => start < b.end && b.start < end)) {
      continue;
    }
    slots.push({
      id: clockOf(start),
      endLabel: clockOf(end),
      start: instant(event, start),
      end: instant(event, end),
    });
  }
  return slots;
}

/** The event's opening hours on its day, as the engine's `hours`. */
export function hoursOf(
  event: Pick<Event, 'starts_on' | 'time_zone' | 'start_time' | 'end_time'>,
): TimeRange {
  return {
    start: instant(event, minutesOf(event.start_time)),
    end: instant(event, minutesOf(event.end_time)),
  };
}

export const tableIds = (count: number): string[] => Array.from({ length: count }, (_, i) => String(i + 1));

const err = (name: string, params?: Record<string, unknown>): FieldKey => ({
  key: `b2b:errors.${name}`,
  ...(params ? { params } : {}),
});

/**
 * Every problem with a set of settings, as translated field errors (empty: they are good). The breaks are
 * checked as a list of ranges by the engine's own checks (empty or overlapping), and the slots they leave by
 * compiling them against the event's hours and the tables: no table, no slot, a slot outside the hours.
 */
export function settingsProblems(
  event: Pick<Event, 'starts_on' | 'time_zone' | 'start_time' | 'end_time'>,
  settings: SettingsValues,
): Record<string, FieldKey> {
  const fields: Record<string, FieldKey> = {};
  if (minutesOf(settings.dayEnd) <= minutesOf(settings.dayStart)) {
    fields.dayEnd = err('dayEndBeforeStart');
  }
  const breakRanges = settings.breaks.map((b, i) => ({
    id: String(i),
    start: minutesOf(b.start),
    end: minutesOf(b.end),
  }));
  const breakCheck = compile({ slots: breakRanges, tables: [{ id: 't' }], people: [], meetings: [] });
  for (const e of breakCheck.ok ? [] : breakCheck.errors) {
    if (e.code === 'empty_range') {
      fields[`breaks.${e.id ?? 0}`] = err('breakEmpty');
    } else if (e.code === 'slots_overlap') {
      const other = settings.breaks[Number(e.other)];
      fields[`breaks.${e.id ?? 0}`] = err('breaksOverlap', { start: other?.start, end: other?.end });
    }
  }
  if (fields.dayEnd) {
    return fields;
  }
  const slots = slotsOf(event, settings);
  const checked = compile({
    hours: [hoursOf(event)],
    slots,
    tables: tableIds(settings.tableCount).map((id) => ({ id })),
    people: [],
    meetings: [],
  });
  for (const e of checked.ok ? [] : checked.errors) {
    Object.assign(fields, slotProblem(event, settings, slots, e));
  }
  return fields;
}

function slotProblem(
  event: Pick<Event, 'start_time' | 'end_time'>,
  settings: SettingsValues,
  slots: Slot[],
  e: SchedulingError,
): Record<string, FieldKey> {
  const hours = { start: event.start_time, end: event.end_time };
  switch (e.code) {
    case 'no_tables':
      return { tableCount: err('noTables') };
    case 'no_slots':
      return { slotMinutes: err('noSlots', { minutes: settings.slotMinutes }) };
    case 'slot_outside_hours': {
      const slot = slots.find((s) => s.id === e.id);
      const early = minutesOf(slot?.id ?? '00:00') < minutesOf(event.start_time);
      return { [early ? 'dayStart' : 'dayEnd']: err('outsideHours', { slot: e.id, ...hours }) };
    }
    default:
      return { slotMinutes: err('invalidSlots') };
  }
}
