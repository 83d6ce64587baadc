import { Type, type Static } from 'typebox';

/** One schema per endpoint of B2B meetings (routes.ts). Times: 'HH:mm' in the event's zone; instants ISO UTC. */

const Slug = Type.String({ minLength: 1, maxLength: 80 });
const Id = Type.String({ minLength: 1, maxLength: 64 });
const Clock = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' });
const Version = Type.Integer({ minimum: 0 });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

export const EventParams = Type.Object({ slug: Slug, id: Id }, { additionalProperties: false });
export const RequestParams = Type.Object(
  { slug: Slug, id: Id, requestId: Id },
  { additionalProperties: false },
);

const BreakShape = Type.Object({ start: Clock, end: Clock }, { additionalProperties: false });

export const SettingsBody = Type.Object(
  {
    slotMinutes: Type.Integer({ minimum: 5, maximum: 120 }),
    dayStart: Clock,
    dayEnd: Clock,
    breaks: Type.Array(BreakShape, { maxItems: 12 }),
    /** Checked with a translated message (not by the schema), like every other rule of the settings. */
    tableCount: Type.Integer({ minimum: 0, maximum: 1000 }),
  },
  { additionalProperties: false },
);
export type SettingsBody = Static<typeof SettingsBody>;

export const SlotShape = Type.Object({
  /** The slot's local start, 'HH:mm': its name everywhere. */
  id: Type.String(),
  endLabel: Type.String(),
  startsAt: Type.String(),
  endsAt: Type.String(),
});

export const SettingsResponse = Type.Object({
  /** False until the organizer saves settings (the values are then the proposed defaults). */
  configured: Type.Boolean(),
  slotMinutes: Type.Integer(),
  dayStart: Type.String(),
  dayEnd: Type.String(),
  breaks: Type.Array(BreakShape),
  tableCount: Type.Integer(),
  scheduleVersion: Type.Integer(),
  scheduledAt: Nullable(Type.String()),
  date: Type.String(),
  timeZone: Type.String(),
  /** The event's own hours: every slot must lie inside. */
  eventStart: Type.String(),
  eventEnd: Type.String(),
  slots: Type.Array(SlotShape),
  canManage: Type.Boolean(),
});

const PillarIds = Type.Array(Id, { maxItems: 40 });

export const MeBody = Type.Object(
  {
    offers: PillarIds,
    needs: PillarIds,
    /** Slot names ('HH:mm'); null: every slot. */
    availableSlots: Nullable(Type.Array(Clock, { maxItems: 200 })),
  },
  { additionalProperties: false },
);
export type MeBody = Static<typeof MeBody>;

const PillarShape = Type.Object({
  id: Type.String(),
  key: Type.String(),
  nameKo: Type.String(),
  nameEn: Type.String(),
});

const EventShape = Type.Object({
  id: Type.String(),
  titleKo: Type.String(),
  titleEn: Type.String(),
  date: Type.String(),
  timeZone: Type.String(),
});

export const MeResponse = Type.Object({
  event: EventShape,
  /** The caller's registration for the expo; null: not registered (or not signed in as a person). */
  registrationId: Nullable(Type.String()),
  offers: Type.Array(Type.String()),
  needs: Type.Array(Type.String()),
  availableSlots: Nullable(Type.Array(Type.String())),
  slots: Type.Array(SlotShape),
  pillars: Type.Array(PillarShape),
  canManage: Type.Boolean(),
});

const BusinessShape = Type.Object({ slug: Type.String(), nameKo: Type.String(), nameEn: Type.String() });

export const PersonShape = Type.Object({
  registrationId: Type.String(),
  name: Type.String(),
  company: Type.String(),
  business: Nullable(BusinessShape),
});

export const ParticipantList = Type.Object({
  items: Type.Array(
    Type.Object({
      ...PersonShape.properties,
      offers: Type.Array(Type.String()),
      needs: Type.Array(Type.String()),
    }),
  ),
});

export const SuggestionList = Type.Object({
  items: Type.Array(
    Type.Object({
      person: PersonShape,
      score: Type.Number(),
      /** Why, in the caller's language: the pillars that meet, the matchmaking between the businesses. */
      reasons: Type.Array(Type.String()),
    }),
  ),
});

export const RequestBody = Type.Object(
  { recipientRegistrationId: Id, message: Type.String({ maxLength: 1000 }) },
  { additionalProperties: false },
);
export type RequestBody = Static<typeof RequestBody>;

const MeetingPlace = Type.Object({
  slot: Type.String(),
  endLabel: Type.String(),
  startsAt: Type.String(),
  endsAt: Type.String(),
  table: Type.Integer(),
  pinned: Type.Boolean(),
});

export const RequestShape = Type.Object({
  id: Type.String(),
  direction: Type.Union([Type.Literal('incoming'), Type.Literal('outgoing')]),
  other: PersonShape,
  message: Type.String(),
  status: Type.Union([
    Type.Literal('pending'),
    Type.Literal('accepted'),
    Type.Literal('declined'),
    Type.Literal('cancelled'),
  ]),
  createdAt: Type.String(),
  answeredAt: Nullable(Type.String()),
  meeting: Nullable(MeetingPlace),
});

export const RequestList = Type.Object({
  incoming: Type.Array(RequestShape),
  outgoing: Type.Array(RequestShape),
});

export const VersionBody = Type.Object({ version: Version }, { additionalProperties: false });
export type VersionBody = Static<typeof VersionBody>;

export const PlacementBody = Type.Object(
  { slot: Clock, table: Type.Integer({ minimum: 1, maximum: 1000 }), version: Version },
  { additionalProperties: false },
);
export type PlacementBody = Static<typeof PlacementBody>;

const GridMeeting = Type.Object({
  requestId: Type.String(),
  slot: Type.String(),
  table: Type.Integer(),
  pinned: Type.Boolean(),
  priority: Type.Integer(),
  people: Type.Array(PersonShape),
});

export const ScheduleResponse = Type.Object({
  version: Type.Integer(),
  scheduledAt: Nullable(Type.String()),
  timeZone: Type.String(),
  slots: Type.Array(SlotShape),
  tableCount: Type.Integer(),
  meetings: Type.Array(GridMeeting),
  unplaced: Type.Array(
    Type.Object({
      requestId: Type.String(),
      priority: Type.Integer(),
      people: Type.Array(PersonShape),
      /** The engine's reason: no_common_slot (no schedule can place it) or crowded; waiting: not run since. */
      reason: Type.Union([Type.Literal('no_common_slot'), Type.Literal('crowded'), Type.Literal('waiting')]),
    }),
  ),
  accepted: Type.Integer(),
  placed: Type.Integer(),
  /** Sum of the placed meetings' priorities, and the engine's upper bound on it (null before a run). */
  weight: Type.Integer(),
  bound: Nullable(Type.Integer()),
});

export const AgendaResponse = Type.Object({
  event: EventShape,
  items: Type.Array(
    Type.Object({ requestId: Type.String(), other: PersonShape, ...MeetingPlace.properties }),
  ),
  /** Accepted meetings not on the schedule (yet). */
  waiting: Type.Integer(),
});
