import { Type, type Static, type TSchema } from 'typebox';
import { FollowUp, RegistrationQuestion, Speaker } from '../shapes.ts';

const Slug = Type.String({ minLength: 1, maxLength: 80 });
const Id = Type.String({ minLength: 1, maxLength: 64 });
const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', maxLength: 10 });
/** Wall-clock time in the event's zone. */
const Clock = Type.String({ pattern: '^\\d{2}:\\d{2}$', maxLength: 5 });
const Title = Type.String({ maxLength: 200 });
const Agenda = Type.String({ maxLength: 10_000 });
const Kind = Type.Enum(['roundtable', 'team_meeting', 'expo', 'other']);
const Audience = Type.Enum(['members', 'public']);
const Version = Type.Integer({ minimum: 1 });

export const OrgParams = Type.Object({ slug: Slug }, { additionalProperties: false });
export const EventParams = Type.Object({ slug: Slug, id: Id }, { additionalProperties: false });
/** `ticket`: a registration's code, which opens a members-only event to its holder. */
export const EventQuery = Type.Object(
  { ticket: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })) },
  { additionalProperties: false },
);

export const OccurrenceParams = Type.Object(
  { slug: Slug, id: Id, date: Type.String({ minLength: 1, maxLength: 10 }) },
  { additionalProperties: false },
);

export const EventListQuery = Type.Object({
  /** First local day shown (default today); an earlier day shows past events. */
  from: Type.Optional(Day),
  /** Last local day shown (default twelve months after `from`). */
  to: Type.Optional(Day),
});
export type EventListQuery = Static<typeof EventListQuery>;

/**
 * A field that may be null. Not a union: the validator coerces types and would turn a null into 0 for an
 * integer branch (or a 0 into null for a null branch); with `nullable` it coerces only what matches neither.
 */
const Nullable = <T extends TSchema>(schema: T) =>
  Type.Unsafe<Static<T> | null>({ ...schema, nullable: true });

const fields = {
  kind: Kind,
  titleKo: Title,
  titleEn: Title,
  agendaKo: Agenda,
  agendaEn: Agenda,
  venueName: Type.String({ maxLength: 200 }),
  venueAddress: Type.String({ maxLength: 500 }),
  /** The first occurrence's local date. */
  startsOn: Day,
  startTime: Clock,
  /** After the start, the same day. */
  endTime: Clock,
  /** IANA zone of the wall-clock times (default America/Chicago). */
  timeZone: Type.String({ minLength: 1, maxLength: 64 }),
  /** RFC 5545 RRULE without DTSTART (e.g. FREQ=MONTHLY;BYDAY=3TH;COUNT=12); null: one-off. */
  rrule: Nullable(Type.String({ minLength: 1, maxLength: 500 })),
  /** Registered places per occurrence (at least 1); null: no limit. */
  capacity: Nullable(Type.Integer({ minimum: 0, maximum: 100_000 })),
  /** Past capacity, registrations join a waitlist. */
  waitlist: Type.Boolean(),
  audience: Audience,
  questions: Type.Array(RegistrationQuestion, { maxItems: 30 }),
  speakers: Type.Array(Speaker, { maxItems: 50 }),
  pillarId: Nullable(Id),
  /** Reminder e-mail this many hours before each occurrence (0: none). */
  reminderHours: Type.Integer({ minimum: 0, maximum: 168 }),
};

export const EventCreateBody = Type.Object(
  {
    kind: fields.kind,
    titleKo: fields.titleKo,
    titleEn: fields.titleEn,
    startsOn: fields.startsOn,
    startTime: fields.startTime,
    endTime: fields.endTime,
    agendaKo: Type.Optional(fields.agendaKo),
    agendaEn: Type.Optional(fields.agendaEn),
    venueName: Type.Optional(fields.venueName),
    venueAddress: Type.Optional(fields.venueAddress),
    timeZone: Type.Optional(fields.timeZone),
    rrule: Type.Optional(fields.rrule),
    capacity: Type.Optional(fields.capacity),
    waitlist: Type.Optional(fields.waitlist),
    audience: Type.Optional(fields.audience),
    questions: Type.Optional(fields.questions),
    speakers: Type.Optional(fields.speakers),
    pillarId: Type.Optional(fields.pillarId),
    reminderHours: Type.Optional(fields.reminderHours),
  },
  { additionalProperties: false },
);
export type EventCreateBody = Static<typeof EventCreateBody>;

/** Any of the fields, and the version the editor started from. */
export const EventPatchBody = Type.Object(
  {
    version: Version,
    kind: Type.Optional(fields.kind),
    titleKo: Type.Optional(fields.titleKo),
    titleEn: Type.Optional(fields.titleEn),
    startsOn: Type.Optional(fields.startsOn),
    startTime: Type.Optional(fields.startTime),
    endTime: Type.Optional(fields.endTime),
    agendaKo: Type.Optional(fields.agendaKo),
    agendaEn: Type.Optional(fields.agendaEn),
    venueName: Type.Optional(fields.venueName),
    venueAddress: Type.Optional(fields.venueAddress),
    timeZone: Type.Optional(fields.timeZone),
    rrule: Type.Optional(fields.rrule),
    capacity: Type.Optional(fields.capacity),
    waitlist: Type.Optional(fields.waitlist),
    audience: Type.Optional(fields.audience),
    questions: Type.Optional(fields.questions),
    speakers: Type.Optional(fields.speakers),
    pillarId: Type.Optional(fields.pillarId),
    reminderHours: Type.Optional(fields.reminderHours),
  },
  { additionalProperties: false },
);
export type EventPatchBody = Static<typeof EventPatchBody>;

export const CancelBody = Type.Object(
  {
    /** The occurrence to cancel (its local date); without it, the whole event. */
    date: Type.Optional(Day),
    version: Version,
  },
  { additionalProperties: false },
);
export type CancelBody = Static<typeof CancelBody>;

export const MinutesBody = Type.Object(
  {
    minutesKo: Type.String({ maxLength: 50_000 }),
    minutesEn: Type.String({ maxLength: 50_000 }),
    followUps: Type.Array(FollowUp, { maxItems: 100 }),
  },
  { additionalProperties: false },
);
export type MinutesBody = Static<typeof MinutesBody>;

const Instants = { startsAt: Type.String(), endsAt: Type.String() };

const summary = {
  id: Type.String(),
  organizationSlug: Type.String(),
  kind: Kind,
  titleKo: Type.String(),
  titleEn: Type.String(),
  venueName: Type.String(),
  venueAddress: Type.String(),
  startsOn: Type.String(),
  startTime: Type.String(),
  endTime: Type.String(),
  timeZone: Type.String(),
  rrule: Type.Union([Type.String(), Type.Null()]),
  audience: Audience,
  status: Type.Enum(['scheduled', 'cancelled']),
  capacity: Type.Union([Type.Integer(), Type.Null()]),
  waitlist: Type.Boolean(),
  pillarId: Type.Union([Type.String(), Type.Null()]),
  /** The next occurrence not cancelled that has not ended; null when the event is over. */
  next: Type.Union([Type.Object({ date: Type.String(), ...Instants }), Type.Null()]),
  /** The latest occurrence not cancelled that has ended; null when none has. */
  last: Type.Union([Type.Object({ date: Type.String(), ...Instants }), Type.Null()]),
};

export const EventSummary = Type.Object(summary);
export const EventList = Type.Array(EventSummary);

export const EventDetail = Type.Object({
  ...summary,
  agendaKo: Type.String(),
  agendaEn: Type.String(),
  speakers: Type.Array(Speaker),
  questions: Type.Array(RegistrationQuestion),
  reminderHours: Type.Integer(),
  cancelledDates: Type.Array(Type.String()),
  /** Up to 3 past occurrences and 12 coming ones, with their registrations. */
  occurrences: Type.Array(
    Type.Object({
      date: Type.String(),
      ...Instants,
      cancelled: Type.Boolean(),
      registered: Type.Integer(),
      waitlisted: Type.Integer(),
    }),
  ),
  version: Type.Integer(),
  canManage: Type.Boolean(),
  canAttend: Type.Boolean(),
  hasMeetings: Type.Boolean(),
});

export const Minutes = Type.Object({
  date: Type.String(),
  minutesKo: Type.String(),
  minutesEn: Type.String(),
  followUps: Type.Array(FollowUp),
  /** When they were last saved; null when nothing was recorded yet. */
  updatedAt: Type.Union([Type.String(), Type.Null()]),
  canEdit: Type.Boolean(),
});
