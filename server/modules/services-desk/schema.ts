import { Type, type Static, type TSchema } from 'typebox';
import { Answers, RegistrationQuestion } from '../gatherings/shapes.ts';

/** One schema per endpoint of the services desk. */

const Text = (minLength: number, maxLength: number) => Type.String({ minLength, maxLength });
const Id = Type.String({ minLength: 1, maxLength: 64 });
const Slug = Type.String({ minLength: 1, maxLength: 100 });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
/**
 * A nullable input. Not a union: the validator coerces types and would turn a null into 0 for an integer
 * branch (a weekly capacity of none instead of no limit); with `nullable` it coerces neither.
 */
const NullableInput = <T extends TSchema>(schema: T) =>
  Type.Unsafe<Static<T> | null>({ ...schema, nullable: true });

export const Language = Type.Union([Type.Literal('ko'), Type.Literal('en')]);
export const BusinessSize = Type.Union([
  Type.Literal('solo'),
  Type.Literal('small'),
  Type.Literal('medium'),
  Type.Literal('large'),
]);
export const Status = Type.Union([
  Type.Literal('open'),
  Type.Literal('proposals'),
  Type.Literal('in_progress'),
  Type.Literal('done'),
  Type.Literal('withdrawn'),
]);
export const Outcome = Type.Union([
  Type.Literal('saved_money'),
  Type.Literal('loan_approved'),
  Type.Literal('site_live'),
  Type.Literal('other'),
]);

export const BusinessParams = Type.Object({ slug: Slug });
export const RequestParams = Type.Object({ slug: Slug, id: Id });
export const InboxParams = Type.Object({ id: Id });
export const AttachmentParams = Type.Object({ id: Id, attachmentId: Id });
export const OrgParams = Type.Object({ slug: Slug });
export const PillarParams = Type.Object({ slug: Slug, pillarKey: Slug });
export const PartnerParams = Type.Object({ slug: Slug, pillarKey: Slug, businessSlug: Slug });
export const DeskRequestParams = Type.Object({ slug: Slug, id: Id });

const Pillar = Type.Object({ key: Type.String(), nameKo: Type.String(), nameEn: Type.String() });
const Organization = Type.Object({ slug: Type.String(), nameKo: Type.String(), nameEn: Type.String() });

/** What the "Ask for help" form needs: each organization of the business, its pillars and their questions. */
export const AskForm = Type.Object({
  organizations: Type.Array(
    Type.Object({
      ...Organization.properties,
      timeZone: Type.String(),
      pillars: Type.Array(Type.Object({ ...Pillar.properties, questions: Type.Array(RegistrationQuestion) })),
    }),
  ),
});

export const FileBody = Type.Object(
  {
    organizationSlug: Type.Optional(Slug),
    pillarKey: Slug,
    title: Text(1, 200),
    description: Text(1, 5000),
    answers: Type.Optional(Answers),
    language: Language,
    businessSize: BusinessSize,
  },
  { additionalProperties: false },
);

const Contact = Type.Object({
  businessSlug: Type.String(),
  nameKo: Type.String(),
  nameEn: Type.String(),
  email: Type.String(),
  phone: Type.String(),
  website: Type.String(),
  people: Type.Array(Type.Object({ name: Type.String(), email: Type.String() })),
});

export const Proposal = Type.Object({
  businessSlug: Type.String(),
  nameKo: Type.String(),
  nameEn: Type.String(),
  status: Type.Union([Type.Literal('routed'), Type.Literal('proposed'), Type.Literal('picked')]),
  proposal: Nullable(Type.String()),
  hasInterest: Type.Boolean(),
  disclosure: Nullable(Type.String()),
  assigned: Type.Boolean(),
  proposedAt: Nullable(Type.String()),
  /** Only once picked: contacts are exchanged then, not before. */
  contact: Nullable(Contact),
});

const Attachment = Type.Object({
  id: Type.String(),
  fileName: Type.String(),
  contentType: Type.String(),
  sizeBytes: Type.Integer(),
  url: Type.String(),
});

const RequestFields = {
  id: Type.String(),
  organization: Organization,
  business: Type.Object({ slug: Type.String(), nameKo: Type.String(), nameEn: Type.String() }),
  pillar: Pillar,
  title: Type.String(),
  description: Type.String(),
  answers: Answers,
  questions: Type.Array(RegistrationQuestion),
  language: Language,
  businessSize: BusinessSize,
  status: Status,
  timeZone: Type.String(),
  respondBy: Type.String({ description: 'ISO UTC instant; proposals are refused after it' }),
  escalated: Type.Boolean(),
  filedAt: Type.String(),
  attachments: Type.Array(Attachment),
};

export const ServiceRequest = Type.Object({
  ...RequestFields,
  /** True when no vetted partner served the request when it was filed (the action-team lead was alerted). */
  noPartnerAvailable: Type.Boolean(),
  routedCount: Type.Integer(),
  proposals: Type.Array(Proposal),
  rating: Nullable(Type.Integer()),
  outcome: Nullable(Outcome),
  savedDollars: Nullable(Type.Number()),
  outcomeNote: Nullable(Type.String()),
});
export const ServiceRequestList = Type.Object({
  requests: Type.Array(
    Type.Object({
      id: Type.String(),
      title: Type.String(),
      pillar: Pillar,
      status: Status,
      respondBy: Type.String(),
      proposalCount: Type.Integer(),
      filedAt: Type.String(),
    }),
  ),
});

export const PickBody = Type.Object(
  { businessSlugs: Type.Array(Slug, { minItems: 1, maxItems: 10 }) },
  { additionalProperties: false },
);
export const OutcomeBody = Type.Object(
  {
    rating: Type.Integer({ minimum: 1, maximum: 5 }),
    outcome: Outcome,
    savedDollars: Type.Optional(NullableInput(Type.Number({ minimum: 0, maximum: 100_000_000 }))),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);

/** A request as a partner it was routed to sees it (their own answer, the member's contact once picked). */
export const InboxItem = Type.Object({
  ...RequestFields,
  partner: Type.Object({ businessSlug: Type.String(), nameKo: Type.String(), nameEn: Type.String() }),
  myStatus: Type.Union([Type.Literal('routed'), Type.Literal('proposed'), Type.Literal('picked')]),
  myProposal: Nullable(Type.String()),
  canPropose: Type.Boolean(),
  memberContact: Nullable(Contact),
});
export const Inbox = Type.Object({ requests: Type.Array(InboxItem) });

export const ProposalBody = Type.Object(
  {
    businessSlug: Slug,
    proposal: Text(1, 2000),
    hasInterest: Type.Boolean(),
    disclosure: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);

export const AttachmentResponse = Type.Object({ attachment: Attachment });

export const QuestionsBody = Type.Object(
  { questions: Type.Array(RegistrationQuestion, { maxItems: 30 }) },
  { additionalProperties: false },
);

const Zip = Type.String({ maxLength: 10 });
export const VetBody = Type.Object(
  {
    weeklyCapacity: NullableInput(Type.Integer({ minimum: 0, maximum: 1000 })),
    zips: Type.Array(Zip, { maxItems: 200 }),
    radiusMiles: NullableInput(Type.Integer({ minimum: 0, maximum: 500 })),
    languages: Type.Array(Language, { minItems: 1, maxItems: 2 }),
    sizes: Type.Array(BusinessSize, { minItems: 1, maxItems: 4 }),
  },
  { additionalProperties: false },
);

export const VettedPartner = Type.Object({
  pillarKey: Type.String(),
  businessSlug: Type.String(),
  nameKo: Type.String(),
  nameEn: Type.String(),
  weeklyCapacity: Nullable(Type.Integer()),
  routedThisWeek: Type.Integer(),
  zips: Type.Array(Type.String()),
  radiusMiles: Nullable(Type.Integer({ description: "Null: the radius of the partner's offer" })),
  languages: Type.Array(Language),
  sizes: Type.Array(BusinessSize),
});

export const Desk = Type.Object({
  organization: Organization,
  timeZone: Type.String(),
  /** Admins manage every pillar; an action-team lead only sees the pillars they lead. */
  canManage: Type.Boolean(),
  pillars: Type.Array(Type.Object({ ...Pillar.properties, questions: Type.Array(RegistrationQuestion) })),
  partners: Type.Array(VettedPartner),
  /** Open requests no partner opted in to by the deadline (or none was available): assign by hand. */
  unanswered: Type.Array(
    Type.Object({
      id: Type.String(),
      title: Type.String(),
      pillar: Pillar,
      business: Type.Object({ slug: Type.String(), nameKo: Type.String(), nameEn: Type.String() }),
      respondBy: Type.String(),
      filedAt: Type.String(),
    }),
  ),
});

export const AssignBody = Type.Object({ businessSlug: Slug }, { additionalProperties: false });
export const Ok = Type.Object({ ok: Type.Literal(true) });
