import { Type, type Static } from 'typebox';

const Slug = Type.String({ minLength: 1, maxLength: 80 });
const Id = Type.String({ minLength: 1, maxLength: 64 });
const Stage = Type.Enum(['requested', 'accepted', 'declined', 'expired', 'met', 'active', 'closed']);
const Names = Type.Object({ slug: Type.String(), nameKo: Type.String(), nameEn: Type.String() });

export const CreateBody = Type.Object(
  {
    fromSlug: Slug,
    toSlug: Slug,
    needId: Type.Optional(Id),
    offerId: Type.Optional(Id),
    message: Type.String({ minLength: 1, maxLength: 2000 }),
  },
  { additionalProperties: false },
);
export type CreateBody = Static<typeof CreateBody>;

export const IdParams = Type.Object({ id: Id }, { additionalProperties: false });
export const ListQuery = Type.Object({ business: Slug }, { additionalProperties: false });

export const StageBody = Type.Object(
  { stage: Type.Union([Type.Literal('met'), Type.Literal('active')]) },
  { additionalProperties: false },
);

/** Optional: a decline may carry a short reason, shown in the timeline. */
export const DeclineBody = Type.Object(
  { note: Type.Optional(Type.String({ maxLength: 500 })) },
  { additionalProperties: false },
);
export type DeclineBody = Static<typeof DeclineBody>;

export const CloseBody = Type.Object(
  {
    outcome: Type.Union([Type.Literal('won'), Type.Literal('lost')]),
    valueCents: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000_000_000 })),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type CloseBody = Static<typeof CloseBody>;

export const ListItem = Type.Object({
  id: Type.String(),
  stage: Stage,
  direction: Type.Union([Type.Literal('sent'), Type.Literal('received')]),
  other: Names,
  message: Type.String(),
  outcome: Type.Union([Type.Literal('won'), Type.Literal('lost'), Type.Null()]),
  valueCents: Type.Union([Type.Integer(), Type.Null()]),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  expiresAt: Type.String(),
});
export const ListResponse = Type.Array(ListItem);

export const Detail = Type.Object({
  id: Type.String(),
  stage: Stage,
  direction: Type.Union([Type.Literal('sent'), Type.Literal('received')]),
  requester: Names,
  recipient: Names,
  other: Names,
  message: Type.String(),
  needId: Type.Union([Type.String(), Type.Null()]),
  offerId: Type.Union([Type.String(), Type.Null()]),
  outcome: Type.Union([Type.Literal('won'), Type.Literal('lost'), Type.Null()]),
  valueCents: Type.Union([Type.Integer(), Type.Null()]),
  closeNote: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
  respondedAt: Type.Union([Type.String(), Type.Null()]),
  expiresAt: Type.String(),
  /** What the caller may do now (the web shows these buttons). */
  canRespond: Type.Boolean(),
  canAdvance: Type.Boolean(),
  timeline: Type.Array(
    Type.Object({
      stage: Stage,
      note: Type.String(),
      actor: Type.Union([Type.String(), Type.Null()]),
      createdAt: Type.String(),
    }),
  ),
  /** The other business's contact, for the two sides only and only once accepted. */
  contact: Type.Union([
    Type.Object({
      phone: Type.String(),
      email: Type.String(),
      name: Type.Union([Type.String(), Type.Null()]),
    }),
    Type.Null(),
  ]),
});
export const CreateResponse = Type.Object({ introduction: Detail });

export const BlockBody = Type.Object({ targetSlug: Slug }, { additionalProperties: false });
export const SlugParams = Type.Object({ slug: Slug }, { additionalProperties: false });
export const BlockParams = Type.Object({ slug: Slug, targetSlug: Slug }, { additionalProperties: false });

const Card = Type.Object({
  id: Type.String(),
  stage: Stage,
  requester: Names,
  recipient: Names,
  outcome: Type.Union([Type.Literal('won'), Type.Literal('lost'), Type.Null()]),
  valueCents: Type.Union([Type.Integer(), Type.Null()]),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});

export const PipelineResponse = Type.Object({
  board: Type.Object({
    requested: Type.Array(Card),
    accepted: Type.Array(Card),
    met: Type.Array(Card),
    active: Type.Array(Card),
    closed: Type.Array(Card),
  }),
  stats: Type.Object({
    introductions: Type.Integer(),
    /** Accepted ÷ (accepted + declined + expired); null before any answer. */
    acceptanceRate: Type.Union([Type.Number(), Type.Null()]),
    medianResponseHours: Type.Union([Type.Number(), Type.Null()]),
    won: Type.Integer(),
    valueCents: Type.Integer(),
  }),
});
