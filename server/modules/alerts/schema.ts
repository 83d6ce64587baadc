import { Type, type Static } from 'typebox';

const Id = Type.String({ minLength: 1, maxLength: 64 });
const IncidentType = Type.Enum([
  'robbery',
  'burglary',
  'shoplifting',
  'vandalism',
  'fraud',
  'suspicious',
  'cyber',
  'other',
]);
const Status = Type.Enum(['active', 'all_clear', 'retracted', 'expired']);
const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()]);

export const RADIUS_MILES = { min: 0.25, max: 10, default: 2 } as const;
export const EXPIRY_HOURS = { min: 1, max: 24, default: 4 } as const;
export const AREA_RADIUS_MILES = { min: 0.25, max: 10, default: 1 } as const;

/**
 * From an incident (type and place come from it) or standalone by a liaison or admin (organization,
 * type and a point or a ZIP).
 */
export const RaiseBody = Type.Object(
  {
    incidentId: Type.Optional(Id),
    organization: Type.Optional(Type.String({ minLength: 1, maxLength: 80 })),
    type: Type.Optional(IncidentType),
    latitude: Type.Optional(Type.Number({ minimum: -90, maximum: 90 })),
    longitude: Type.Optional(Type.Number({ minimum: -180, maximum: 180 })),
    zip: Type.Optional(Type.String({ minLength: 5, maxLength: 10 })),
    radiusMiles: Type.Optional(Type.Number({ minimum: RADIUS_MILES.min, maximum: RADIUS_MILES.max })),
    industries: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 60 }), { maxItems: 20, uniqueItems: true }),
    ),
    message: Type.String({ minLength: 1, maxLength: 1000 }),
    expiresInHours: Type.Optional(Type.Number({ minimum: EXPIRY_HOURS.min, maximum: EXPIRY_HOURS.max })),
  },
  { additionalProperties: false },
);
export type RaiseBody = Static<typeof RaiseBody>;

export const IdParams = Type.Object({ id: Id }, { additionalProperties: false });

export const NoteBody = Type.Object(
  { note: Type.Optional(Type.String({ maxLength: 1000 })) },
  { additionalProperties: false },
);
export type NoteBody = Static<typeof NoteBody>;

const Recipient = Type.Object({
  name: Type.String(),
  businessNameKo: Nullable(Type.String()),
  businessNameEn: Nullable(Type.String()),
  distanceMiles: Type.Number(),
  seenAt: Nullable(Type.String()),
  sawTooAt: Nullable(Type.String()),
  sightingNote: Nullable(Type.String()),
  reportedFalseAt: Nullable(Type.String()),
});

export const Detail = Type.Object({
  id: Type.String(),
  organization: Type.Object({ slug: Type.String(), nameKo: Type.String(), nameEn: Type.String() }),
  incidentId: Nullable(Type.String()),
  type: IncidentType,
  message: Type.String(),
  /** Exact for the raiser, liaisons and admins; rounded to about a block for everyone else. */
  latitude: Type.Number(),
  longitude: Type.Number(),
  radiusMiles: Type.Number(),
  industries: Type.Array(Type.String()),
  status: Status,
  expiresAt: Type.String(),
  allClearAt: Nullable(Type.String()),
  allClearMessage: Nullable(Type.String()),
  retractedAt: Nullable(Type.String()),
  retractionReason: Nullable(Type.String()),
  delivered: Type.Boolean(),
  createdAt: Type.String(),
  /** The raiser's name, for the raiser, liaisons and admins only. */
  raisedBy: Nullable(Type.String()),
  /** The caller's own receipt, when they were sent the alert. */
  mine: Type.Union([
    Type.Object({
      distanceMiles: Type.Number(),
      seenAt: Nullable(Type.String()),
      sawTooAt: Nullable(Type.String()),
      reportedFalseAt: Nullable(Type.String()),
    }),
    Type.Null(),
  ]),
  canAllClear: Type.Boolean(),
  canRetract: Type.Boolean(),
  /** Whom it was sent to and who saw it: the raiser, liaisons and admins only. */
  record: Type.Union([
    Type.Object({
      sentCount: Type.Integer(),
      seenCount: Type.Integer(),
      sawTooCount: Type.Integer(),
      reportedFalseCount: Type.Integer(),
      recipients: Type.Array(Recipient),
    }),
    Type.Null(),
  ]),
});
export type Detail = Static<typeof Detail>;

export const AreaBody = Type.Object(
  {
    label: Type.String({ minLength: 1, maxLength: 80 }),
    zip: Type.Optional(Type.String({ minLength: 5, maxLength: 10 })),
    latitude: Type.Optional(Type.Number({ minimum: -90, maximum: 90 })),
    longitude: Type.Optional(Type.Number({ minimum: -180, maximum: 180 })),
    radiusMiles: Type.Optional(
      Type.Number({ minimum: AREA_RADIUS_MILES.min, maximum: AREA_RADIUS_MILES.max }),
    ),
  },
  { additionalProperties: false },
);
export type AreaBody = Static<typeof AreaBody>;

export const Area = Type.Object({
  id: Type.String(),
  label: Type.String(),
  zip: Nullable(Type.String()),
  latitude: Type.Number(),
  longitude: Type.Number(),
  radiusMiles: Type.Number(),
  createdAt: Type.String(),
});
export const AreaList = Type.Array(Area);
