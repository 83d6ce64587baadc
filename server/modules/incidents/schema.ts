import { Type, type Static, type TSchema } from 'typebox';
import { INCIDENT_TYPES } from '../../platform/db/schema.ts';

export { INCIDENT_TYPES };

const Slug = Type.String({ minLength: 1, maxLength: 80 });
const Id = Type.String({ minLength: 1, maxLength: 64 });
const IncidentType = Type.Enum([...INCIDENT_TYPES]);
const Short = Type.String({ maxLength: 200 });
const Latitude = Type.Number({ minimum: -90, maximum: 90 });
const Longitude = Type.Number({ minimum: -180, maximum: 180 });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/**
 * What may be said about a suspect: appearance and behaviour only. There is deliberately no field for
 * ethnicity, religion or anything like them, and unknown properties are refused.
 */
export const Suspect = Type.Object(
  {
    clothing: Type.Optional(Short),
    height: Type.Optional(Type.String({ maxLength: 40 })),
    build: Type.Optional(Type.String({ maxLength: 40 })),
    marks: Type.Optional(Short),
    behaviour: Type.Optional(Short),
  },
  { additionalProperties: false },
);
export type Suspect = Static<typeof Suspect>;

export const Vehicle = Type.Object(
  {
    make: Type.Optional(Type.String({ maxLength: 60 })),
    model: Type.Optional(Type.String({ maxLength: 60 })),
    color: Type.Optional(Type.String({ maxLength: 40 })),
    plate: Type.Optional(Type.String({ maxLength: 20 })),
    direction: Type.Optional(Type.String({ maxLength: 120 })),
  },
  { additionalProperties: false },
);
export type Vehicle = Static<typeof Vehicle>;

/** The store (its own coordinates), a point on the map, or a street address with its ZIP. */
export const Place = Type.Object(
  {
    kind: Type.Enum(['business', 'point', 'address']),
    latitude: Type.Optional(Latitude),
    longitude: Type.Optional(Longitude),
    address: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
    zip: Type.Optional(Type.String({ minLength: 5, maxLength: 10 })),
  },
  { additionalProperties: false },
);
export type Place = Static<typeof Place>;

export const ReportBody = Type.Object(
  {
    /** The store the report is about; its people may report, as may the organization's liaisons and admins. */
    business: Type.Optional(Slug),
    /** Required when the business belongs to several organizations, or when there is no business. */
    organization: Type.Optional(Slug),
    type: IncidentType,
    occurredAt: Type.String({ format: 'date-time', maxLength: 40 }),
    place: Place,
    description: Type.String({ minLength: 1, maxLength: 4000 }),
    suspects: Type.Optional(Type.Array(Suspect, { maxItems: 5 })),
    vehicles: Type.Optional(Type.Array(Vehicle, { maxItems: 5 })),
    policeCalled: Type.Optional(Type.Boolean()),
    policeCaseNumber: Type.Optional(Type.String({ maxLength: 60 })),
    contactPhone: Type.Optional(Type.String({ maxLength: 40, pattern: '^[0-9+()\\-. ]*$' })),
  },
  { additionalProperties: false },
);
export type ReportBody = Static<typeof ReportBody>;

export const IdParams = Type.Object({ id: Id }, { additionalProperties: false });
export const PhotoParams = Type.Object({ id: Id, photoId: Id }, { additionalProperties: false });
export const SlugParams = Type.Object({ slug: Slug }, { additionalProperties: false });

export const PhotoQuery = Type.Object(
  /** Keep the photo's GPS/EXIF data (the reporter ticked "keep location"); stripped otherwise. */
  { keepLocation: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);

const DateBound = Type.String({ format: 'date-time', maxLength: 40 });

export const ListQuery = Type.Object(
  {
    type: Type.Optional(Type.Array(IncidentType, { maxItems: 8 })),
    status: Type.Optional(Type.Enum(['open', 'closed'])),
    from: Type.Optional(DateBound),
    to: Type.Optional(DateBound),
    south: Type.Optional(Latitude),
    north: Type.Optional(Latitude),
    west: Type.Optional(Longitude),
    east: Type.Optional(Longitude),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
  },
  { additionalProperties: false },
);
export type ListQuery = Static<typeof ListQuery>;

export const HeatQuery = Type.Object(
  {
    type: Type.Optional(Type.Array(IncidentType, { maxItems: 8 })),
    status: Type.Optional(Type.Enum(['open', 'closed'])),
    from: Type.Optional(DateBound),
    to: Type.Optional(DateBound),
    /** IANA time zone the hours of the week are counted in (the browser's); UTC by default. */
    timeZone: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  },
  { additionalProperties: false },
);
export type HeatQuery = Static<typeof HeatQuery>;

export const CommentBody = Type.Object(
  { body: Type.String({ minLength: 1, maxLength: 2000 }) },
  { additionalProperties: false },
);

export const CamerasQuery = Type.Object(
  { radiusMeters: Type.Optional(Type.Integer({ minimum: 50, maximum: 5000 })) },
  { additionalProperties: false },
);

export const FootageRequestBody = Type.Object(
  { cameraId: Id, note: Type.Optional(Type.String({ maxLength: 1000 })) },
  { additionalProperties: false },
);

const Names = Type.Object({ slug: Type.String(), nameKo: Type.String(), nameEn: Type.String() });
const Location = Type.Object({
  latitude: Type.Number(),
  longitude: Type.Number(),
  /** 'exact' for full views, 'block' when blurred to the ~150 m cell. */
  precision: Type.Enum(['exact', 'block']),
});

export const Comment = Type.Object({
  id: Type.String(),
  author: Nullable(Type.String()),
  body: Type.String(),
  createdAt: Type.String(),
});

export const FootageRequest = Type.Object({
  id: Type.String(),
  incidentId: Type.String(),
  camera: Type.Object({ id: Type.String(), label: Type.String() }),
  business: Names,
  requestedBy: Nullable(Type.String()),
  note: Type.String(),
  status: Type.Enum(['requested', 'shared', 'declined']),
  responseNote: Nullable(Type.String()),
  answeredAt: Nullable(Type.String()),
  createdAt: Type.String(),
});

export const Incident = Type.Object({
  id: Type.String(),
  /** 'full' for the reporter, the store's people, liaisons and admins; 'neighbour' for other members. */
  view: Type.Enum(['full', 'neighbour']),
  organization: Names,
  type: IncidentType,
  status: Type.Enum(['open', 'closed']),
  occurredAt: Type.String(),
  createdAt: Type.String(),
  closedAt: Nullable(Type.String()),
  /** Personal details were removed after the organization's retention period. */
  purged: Type.Boolean(),
  location: Location,
  locationKind: Nullable(Type.Enum(['business', 'point', 'address'])),
  business: Nullable(Names),
  reporter: Nullable(Type.Object({ name: Type.String() })),
  address: Nullable(Type.String()),
  description: Type.String(),
  suspects: Type.Array(Suspect),
  vehicles: Type.Array(Vehicle),
  policeCalled: Type.Boolean(),
  policeCaseNumber: Nullable(Type.String()),
  contactPhone: Nullable(Type.String()),
  photos: Type.Array(Type.Object({ id: Type.String(), url: Type.String(), keptLocation: Type.Boolean() })),
  comments: Type.Array(Comment),
  footageRequests: Type.Array(FootageRequest),
  /** What the caller may do now (the web shows these controls). */
  canAddPhotos: Type.Boolean(),
  canWorkDesk: Type.Boolean(),
});

export const ReportResponse = Type.Object({ incident: Incident });

export const ListItem = Type.Object({
  id: Type.String(),
  view: Type.Enum(['full', 'neighbour']),
  type: IncidentType,
  status: Type.Enum(['open', 'closed']),
  occurredAt: Type.String(),
  purged: Type.Boolean(),
  location: Location,
  business: Nullable(Names),
  description: Type.String(),
  photoCount: Type.Integer(),
  commentCount: Type.Integer(),
});

export const ListResponse = Type.Object({
  items: Type.Array(ListItem),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});

export const MineResponse = Type.Array(ListItem);

export const HeatResponse = Type.Object({
  total: Type.Integer(),
  timeZone: Type.String(),
  /** Incidents per block cell (the cell's centre). */
  cells: Type.Array(
    Type.Object({ latitude: Type.Number(), longitude: Type.Number(), count: Type.Integer() }),
  ),
  /** 7 rows (Sunday first) × 24 hours. */
  hourOfWeek: Type.Array(Type.Array(Type.Integer())),
});

export const NearbyCamerasResponse = Type.Array(
  Type.Object({
    id: Type.String(),
    label: Type.String(),
    business: Names,
    latitude: Type.Number(),
    longitude: Type.Number(),
    distanceMeters: Type.Integer(),
    directionDegrees: Nullable(Type.Integer()),
    retentionDays: Type.Integer(),
    shareable: Type.Boolean(),
    /** The footage request already made for this incident, if any. */
    request: Nullable(
      Type.Object({ id: Type.String(), status: Type.Enum(['requested', 'shared', 'declined']) }),
    ),
  }),
);

export const PhotoResponse = Type.Object({
  photo: Type.Object({ id: Type.String(), url: Type.String(), keptLocation: Type.Boolean() }),
});

export const MapConfigResponse = Type.Object({
  /** Leaflet tile URL template; empty when no tile server is configured (markers on a plain background). */
  tileUrl: Type.String(),
  attribution: Type.String(),
});

export const FootageParams = Type.Object({ id: Id }, { additionalProperties: false });
export const FootageAnswerBody = Type.Object(
  {
    status: Type.Enum(['shared', 'declined']),
    note: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);
export const FootageRequestResponse = Type.Object({ footageRequest: FootageRequest });
export const FootageRequestsResponse = Type.Array(FootageRequest);
