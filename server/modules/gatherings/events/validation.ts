import { tzlib_get_timezones } from 'timezones-ical-library';
import type { DbOrTrx } from '../../../platform/db/database.ts';
import type { Event, EventAudience, EventKind } from '../../../platform/db/schema.ts';
import { AppError } from '../../../platform/errors.ts';
import { rruleProblem } from '../occurrences.ts';
import type { RegistrationQuestion, Speaker } from '../shapes.ts';
import { eventError } from './messages.ts';
import { pillarExists } from './queries.ts';

export const DEFAULT_TIME_ZONE = 'America/Chicago';

/** Every field of an event as the API names them, after defaults. */
export interface EventInput {
  kind: EventKind;
  titleKo: string;
  titleEn: string;
  agendaKo: string;
  agendaEn: string;
  venueName: string;
  venueAddress: string;
  startsOn: string;
  startTime: string;
  endTime: string;
  timeZone: string;
  rrule: string | null;
  capacity: number | null;
  waitlist: boolean;
  audience: EventAudience;
  questions: RegistrationQuestion[];
  speakers: Speaker[];
  pillarId: string | null;
  reminderHours: number;
}

export const defaults = {
  agendaKo: '',
  agendaEn: '',
  venueName: '',
  venueAddress: '',
  timeZone: DEFAULT_TIME_ZONE,
  rrule: null,
  capacity: null,
  waitlist: true,
  audience: 'members',
  questions: [],
  speakers: [],
  pillarId: null,
  reminderHours: 24,
} satisfies Partial<EventInput>;

/** The stored event as input, so that a change is checked as a whole (an end time against the new start). */
export function inputOf(event: Event): EventInput {
  return {
    kind: event.kind,
    titleKo: event.title_ko,
    titleEn: event.title_en,
    agendaKo: event.agenda_ko,
    agendaEn: event.agenda_en,
    venueName: event.venue_name,
    venueAddress: event.venue_address,
    startsOn: event.starts_on,
    startTime: event.start_time,
    endTime: event.end_time,
    timeZone: event.time_zone,
    rrule: event.rrule,
    capacity: event.capacity,
    waitlist: event.waitlist === 1,
    audience: event.audience,
    questions: JSON.parse(event.questions) as RegistrationQuestion[],
    speakers: JSON.parse(event.speakers) as Speaker[],
    pillarId: event.pillar_id,
    reminderHours: event.reminder_hours,
  };
}

/** Zones with a VTIMEZONE Dari can write offline, and that Intl can convert. */
let knownZones: Set<string> | undefined;
export function isKnownZone(zone: string): boolean {
  knownZones ??= new Set(tzlib_get_timezones() as string[]);
  if (!knownZones.has(zone)) {
    return false;
  }
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export function isRealDate(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && day.toISOString().slice(0, 10) === date;
}

const isClock = (time: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(time);

type Problems = Record<string, { key: string; params?: Record<string, unknown> }>;

function questionProblems(questions: RegistrationQuestion[], problems: Problems): void {
  const ids = new Set<string>();
  for (const question of questions) {
    const label = question.labelEn || question.labelKo;
    if (ids.has(question.id)) {
      problems.questions ??= eventError('questionDuplicate', { id: question.id });
    }
    ids.add(question.id);
    if (question.kind !== 'text' && question.options.length === 0) {
      problems.questions ??= eventError('optionsMissing', { label });
    }
    const values = question.options.map((o) => o.value);
    const twice = values.find((value, i) => values.indexOf(value) !== i);
    if (twice !== undefined) {
      problems.questions ??= eventError('optionDuplicate', { label, value: twice });
    }
  }
}

/**
 * The input with its text trimmed and its RRULE without an `RRULE:` prefix, or 400 validation_failed naming
 * every field that is wrong (nothing is saved).
 */
export async function checkedInput(db: DbOrTrx, input: EventInput): Promise<EventInput> {
  const problems: Problems = {};
  const clean = { ...input, titleKo: input.titleKo.trim(), titleEn: input.titleEn.trim() };
  clean.rrule = input.rrule?.trim().replace(/^RRULE:/i, '') || null;
  for (const field of ['titleKo', 'titleEn'] as const) {
    if (!clean[field]) {
      problems[field] = eventError('textMissing');
    }
  }
  if (!isRealDate(clean.startsOn)) {
    problems.startsOn = eventError('dateInvalid');
  }
  for (const field of ['startTime', 'endTime'] as const) {
    if (!isClock(clean[field])) {
      problems[field] = eventError('timeInvalid');
    }
  }
  if (!problems.startTime && !problems.endTime && clean.endTime <= clean.startTime) {
    problems.endTime = eventError('endBeforeStart');
  }
  if (!isKnownZone(clean.timeZone)) {
    problems.timeZone = eventError('zoneUnknown', { zone: clean.timeZone });
  }
  if (clean.rrule && !problems.startsOn) {
    const problem = rruleProblem(clean.rrule, clean.startsOn);
    if (problem) {
      problems.rrule = eventError(`rrule${problem[0]?.toUpperCase()}${problem.slice(1)}`);
    }
  }
  if (clean.capacity !== null && clean.capacity < 1) {
    problems.capacity = eventError('capacityTooSmall');
  }
  questionProblems(clean.questions, problems);
  if (clean.pillarId && !(await pillarExists(db, clean.pillarId))) {
    problems.pillarId = eventError('pillarUnknown');
  }
  if (Object.keys(problems).length > 0) {
    throw new AppError('validation_failed', { fields: problems });
  }
  return clean;
}

/** The columns an input sets. */
export function columnsOf(input: EventInput) {
  return {
    kind: input.kind,
    title_ko: input.titleKo,
    title_en: input.titleEn,
    agenda_ko: input.agendaKo,
    agenda_en: input.agendaEn,
    venue_name: input.venueName.trim(),
    venue_address: input.venueAddress.trim(),
    starts_on: input.startsOn,
    start_time: input.startTime,
    end_time: input.endTime,
    time_zone: input.timeZone,
    rrule: input.rrule,
    capacity: input.capacity,
    waitlist: input.waitlist ? 1 : 0,
    audience: input.audience,
    questions: JSON.stringify(input.questions),
    speakers: JSON.stringify(input.speakers),
    pillar_id: input.pillarId,
    reminder_hours: input.reminderHours,
  };
}
