import { Type, type Static } from 'typebox';

const Slug = Type.String({ minLength: 1, maxLength: 80 });
const Id = Type.String({ minLength: 1, maxLength: 64 });
const LocalDate = Type.String({ minLength: 10, maxLength: 10, pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

export const DOCUMENT_TYPES = [
  'licence',
  'permit',
  'insurance',
  'lease',
  'occupancy',
  'health_inspection',
  'other',
] as const;
const DocumentTypeSchema = Type.Enum(DOCUMENT_TYPES);

/** Share length in days: a week unless said otherwise, a month at most. */
export const DEFAULT_SHARE_DAYS = 7;
export const MAX_SHARE_DAYS = 30;

export const SlugParams = Type.Object({ slug: Slug }, { additionalProperties: false });
export const DocumentParams = Type.Object({ slug: Slug, id: Id }, { additionalProperties: false });
export const ShareParams = Type.Object({ slug: Slug, id: Id, shareId: Id }, { additionalProperties: false });
export const SharedParams = Type.Object({ slug: Slug, shareId: Id }, { additionalProperties: false });

export const ListQuery = Type.Object(
  { q: Type.Optional(Type.String({ maxLength: 200 })) },
  { additionalProperties: false },
);
export type ListQuery = Static<typeof ListQuery>;

const fields = {
  type: DocumentTypeSchema,
  title: Type.String({ minLength: 1, maxLength: 160 }),
  number: Type.String({ maxLength: 80 }),
  /** The agency or company that issued it (city health department, insurer, landlord). */
  issuer: Type.String({ maxLength: 160 }),
  issuedOn: Type.Union([LocalDate, Type.Null()]),
  expiresOn: Type.Union([LocalDate, Type.Null()]),
  notes: Type.String({ maxLength: 2000 }),
};

export const DocumentCreateBody = Type.Object(
  {
    type: fields.type,
    title: fields.title,
    number: Type.Optional(fields.number),
    issuer: Type.Optional(fields.issuer),
    issuedOn: Type.Optional(fields.issuedOn),
    expiresOn: Type.Optional(fields.expiresOn),
    notes: Type.Optional(fields.notes),
  },
  { additionalProperties: false },
);
export type DocumentCreateBody = Static<typeof DocumentCreateBody>;

export const DocumentUpdateBody = Type.Partial(DocumentCreateBody, { additionalProperties: false });
export type DocumentUpdateBody = Static<typeof DocumentUpdateBody>;

export const ShareCreateBody = Type.Object(
  {
    /** The partner business's address name (its slug). */
    partnerSlug: Slug,
    days: Type.Optional(Type.Integer()),
    note: Type.Optional(Type.String({ maxLength: 500 })),
    /** A services-desk request the share serves, if any. */
    serviceRequestId: Type.Optional(Type.Union([Id, Type.Null()])),
  },
  { additionalProperties: false },
);
export type ShareCreateBody = Static<typeof ShareCreateBody>;

const BusinessRef = Type.Object({ slug: Type.String(), nameKo: Type.String(), nameEn: Type.String() });

/** A photo or PDF on file: its type, name and size; `url` downloads it. */
const FileInfo = Type.Object({
  contentType: Type.String(),
  name: Type.String(),
  size: Type.Integer(),
  url: Type.String(),
});

/** Where the expiry stands today: expired, within 7, 30 or 60 days, later, or no expiry date. */
export const ExpiryBadge = Type.Enum(['expired', 'days7', 'days30', 'days60', 'later', 'none']);

const documentFields = {
  id: Type.String(),
  type: DocumentTypeSchema,
  title: Type.String(),
  number: Type.String(),
  issuer: Type.String(),
  issuedOn: Type.Union([Type.String(), Type.Null()]),
  expiresOn: Type.Union([Type.String(), Type.Null()]),
  /** Whole days from today to the expiry (negative once expired). */
  daysLeft: Type.Union([Type.Integer(), Type.Null()]),
  badge: ExpiryBadge,
  file: Type.Union([FileInfo, Type.Null()]),
  updatedAt: Type.String(),
};

export const DocumentSummary = Type.Object(documentFields);

export const DocumentList = Type.Object({
  items: Type.Array(DocumentSummary),
  /** Expired or expiring within 60 days, soonest first (whatever the search). */
  expiringSoon: Type.Array(DocumentSummary),
});

export const Share = Type.Object({
  id: Type.String(),
  partner: BusinessRef,
  serviceRequestId: Type.Union([Type.String(), Type.Null()]),
  note: Type.String(),
  expiresAt: Type.String(),
  revokedAt: Type.Union([Type.String(), Type.Null()]),
  active: Type.Boolean(),
  createdAt: Type.String(),
});

export const DocumentDetail = Type.Object({
  ...documentFields,
  notes: Type.String(),
  /** How many characters of text were read from the PDF (searchable). */
  extractedChars: Type.Integer(),
  shares: Type.Array(Share),
});

export const SharedDocument = Type.Object({
  shareId: Type.String(),
  owner: BusinessRef,
  document: Type.Object({
    type: DocumentTypeSchema,
    title: Type.String(),
    number: Type.String(),
    issuer: Type.String(),
    issuedOn: Type.Union([Type.String(), Type.Null()]),
    expiresOn: Type.Union([Type.String(), Type.Null()]),
    file: Type.Union([FileInfo, Type.Null()]),
  }),
  note: Type.String(),
  expiresAt: Type.String(),
});

export const SharedList = Type.Object({ items: Type.Array(SharedDocument) });
