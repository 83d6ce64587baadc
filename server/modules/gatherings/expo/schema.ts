import { Type, type Static } from 'typebox';
import { Speaker } from '../shapes.ts';

export const tags = ['expo'];
/** Every route of the expo lives under this path (below /api/v1). */
export const base = '/organizations/:slug/events/:id/expo';

const Slug = Type.String({ minLength: 1, maxLength: 80 });
const Id = Type.String({ minLength: 1, maxLength: 64 });
const Name = Type.String({ minLength: 1, maxLength: 160 });
const Text = (maxLength: number) => Type.String({ maxLength });
/** Wall-clock time in the event's zone. */
const Time = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' });

export const TIERS = ['platinum', 'gold', 'silver', 'bronze', 'exhibitor'] as const;
export const Tier = Type.Enum(TIERS);
export const INTEREST_KINDS = ['exhibit', 'sponsor', 'attend', 'speak', 'venue'] as const;
const InterestKind = Type.Enum(INTEREST_KINDS);

export const ExpoParams = Type.Object({ slug: Slug, id: Id }, { additionalProperties: false });
export const ExhibitorParams = Type.Object(
  { slug: Slug, id: Id, exhibitorId: Id },
  { additionalProperties: false },
);
export const SessionParams = Type.Object(
  { slug: Slug, id: Id, sessionId: Id },
  { additionalProperties: false },
);
export const InterestParams = Type.Object(
  { slug: Slug, id: Id, interestId: Id },
  { additionalProperties: false },
);

const exhibitorFields = {
  nameKo: Name,
  nameEn: Name,
  descriptionKo: Text(2000),
  descriptionEn: Text(2000),
  website: Type.Union([Type.Literal(''), Type.String({ maxLength: 300, pattern: '^https?://\\S+$' })]),
  tier: Tier,
  /** A booth on the floor plan (e.g. A12); null or empty: none yet. */
  booth: Type.Union([Type.String({ maxLength: 20 }), Type.Null()]),
  /** The business on Dari behind the booth; null unlinks it. */
  businessSlug: Type.Union([Slug, Type.Null()]),
};
export const ExhibitorCreateBody = Type.Object(
  {
    ...exhibitorFields,
    descriptionKo: Type.Optional(exhibitorFields.descriptionKo),
    descriptionEn: Type.Optional(exhibitorFields.descriptionEn),
    website: Type.Optional(exhibitorFields.website),
    booth: Type.Optional(exhibitorFields.booth),
    businessSlug: Type.Optional(exhibitorFields.businessSlug),
  },
  { additionalProperties: false },
);
export type ExhibitorCreateBody = Static<typeof ExhibitorCreateBody>;
export const ExhibitorPatchBody = Type.Partial(Type.Object(exhibitorFields), { additionalProperties: false });
export type ExhibitorPatchBody = Static<typeof ExhibitorPatchBody>;

const sessionFields = {
  titleKo: Name,
  titleEn: Name,
  descriptionKo: Text(2000),
  descriptionEn: Text(2000),
  room: Text(80),
  startTime: Time,
  endTime: Time,
  speakers: Type.Array(Speaker, { maxItems: 20 }),
};
export const SessionCreateBody = Type.Object(
  {
    ...sessionFields,
    descriptionKo: Type.Optional(sessionFields.descriptionKo),
    descriptionEn: Type.Optional(sessionFields.descriptionEn),
    room: Type.Optional(sessionFields.room),
    speakers: Type.Optional(sessionFields.speakers),
  },
  { additionalProperties: false },
);
export type SessionCreateBody = Static<typeof SessionCreateBody>;
export const SessionPatchBody = Type.Partial(Type.Object(sessionFields), { additionalProperties: false });
export type SessionPatchBody = Static<typeof SessionPatchBody>;

export const LeadBody = Type.Object(
  {
    /** What the badge's QR code carries (dari:ticket:…) or the bare ticket code, typed by hand. */
    code: Type.String({ minLength: 1, maxLength: 200 }),
    /** The attendee agreed to share their contact details with the exhibitor. */
    consent: Type.Boolean(),
    note: Type.Optional(Text(1000)),
  },
  { additionalProperties: false },
);
export type LeadBody = Static<typeof LeadBody>;

export const InterestBody = Type.Object(
  {
    kind: InterestKind,
    name: Type.String({ minLength: 1, maxLength: 120 }),
    email: Type.String({ format: 'email', maxLength: 200 }),
    company: Type.Optional(Text(160)),
    venueIdea: Type.Optional(Text(500)),
    message: Type.Optional(Text(2000)),
  },
  { additionalProperties: false },
);
export type InterestBody = Static<typeof InterestBody>;
export const InterestPatchBody = Type.Object(
  { status: Type.Union([Type.Literal('new'), Type.Literal('contacted')]) },
  { additionalProperties: false },
);

const BusinessRef = Type.Object({ slug: Type.String(), nameKo: Type.String(), nameEn: Type.String() });

export const Exhibitor = Type.Object({
  id: Type.String(),
  tier: Tier,
  sponsor: Type.Boolean(),
  booth: Type.Union([Type.String(), Type.Null()]),
  nameKo: Type.String(),
  nameEn: Type.String(),
  descriptionKo: Type.String(),
  descriptionEn: Type.String(),
  website: Type.String(),
  /** The uploaded logo, else the linked business's; null when neither has one. */
  logoUrl: Type.Union([Type.String(), Type.Null()]),
  /** The linked business (its public page is /businesses/:slug). */
  business: Type.Union([BusinessRef, Type.Null()]),
});

export const Session = Type.Object({
  id: Type.String(),
  titleKo: Type.String(),
  titleEn: Type.String(),
  descriptionKo: Type.String(),
  descriptionEn: Type.String(),
  room: Type.String(),
  startTime: Type.String(),
  endTime: Type.String(),
  /** Instants (ISO, UTC) on the expo's day, to show in `timeZone`. */
  startsAt: Type.String(),
  endsAt: Type.String(),
  speakers: Type.Array(Speaker),
});

export const Expo = Type.Object({
  eventId: Type.String(),
  titleKo: Type.String(),
  titleEn: Type.String(),
  date: Type.String(),
  startTime: Type.String(),
  endTime: Type.String(),
  timeZone: Type.String(),
  /** Sponsors (platinum to bronze) then exhibitors, each tier ordered by booth. */
  tiers: Type.Array(Type.Object({ tier: Tier, exhibitors: Type.Array(Exhibitor) })),
  /** Every exhibitor with a booth, by booth (A2 before A10). */
  floorPlan: Type.Array(
    Type.Object({
      booth: Type.String(),
      exhibitorId: Type.String(),
      nameKo: Type.String(),
      nameEn: Type.String(),
    }),
  ),
  sessions: Type.Array(Session),
  canManage: Type.Boolean(),
  /** Exhibitors whose business the caller belongs to: they capture leads there. */
  myExhibitors: Type.Array(Type.Object({ id: Type.String(), nameKo: Type.String(), nameEn: Type.String() })),
});

export const Lead = Type.Object({
  id: Type.String(),
  name: Type.String(),
  consent: Type.Boolean(),
  /** Only with consent. */
  email: Type.Union([Type.String(), Type.Null()]),
  company: Type.Union([Type.String(), Type.Null()]),
  business: Type.Union([BusinessRef, Type.Null()]),
  note: Type.String(),
  /** The introduction in the exhibitor's pipeline, when the attendee consented and has a business. */
  introductionId: Type.Union([Type.String(), Type.Null()]),
  capturedAt: Type.String(),
});
export const LeadCaptured = Type.Object({ alreadyCaptured: Type.Boolean(), lead: Lead });
export const LeadList = Type.Object({
  exhibitor: Type.Object({ id: Type.String(), nameKo: Type.String(), nameEn: Type.String() }),
  leads: Type.Array(Lead),
});

export const Interest = Type.Object({
  id: Type.String(),
  kind: InterestKind,
  name: Type.String(),
  email: Type.String(),
  company: Type.String(),
  venueIdea: Type.String(),
  message: Type.String(),
  locale: Type.String(),
  status: Type.Union([Type.Literal('new'), Type.Literal('contacted')]),
  createdAt: Type.String(),
});
export const InterestList = Type.Object({
  counts: Type.Record(Type.String(), Type.Integer()),
  interests: Type.Array(Interest),
});
export const InterestReceived = Type.Object({ ok: Type.Literal(true) });
export const LogoResponse = Type.Object({ logoUrl: Type.String() });
