import { Type, type Static } from 'typebox';
import { industryKeys, spokenLanguages } from './industries.ts';

const Slug = Type.String({ minLength: 1, maxLength: 80 });
const Id = Type.String({ minLength: 1, maxLength: 64 });
const Name = Type.String({ minLength: 1, maxLength: 120 });
const Description = Type.String({ maxLength: 4000 });
const Languages = Type.Array(Type.Enum([...spokenLanguages]), {
  maxItems: spokenLanguages.length,
  uniqueItems: true,
});

export const SlugParams = Type.Object({ slug: Slug }, { additionalProperties: false });
export const ItemParams = Type.Object({ slug: Slug, id: Id }, { additionalProperties: false });
export type ItemParams = Static<typeof ItemParams>;

const Visibility = Type.Object({
  phone: Type.Boolean(),
  email: Type.Boolean(),
  address: Type.Boolean(),
  website: Type.Boolean(),
});

export const ProfileUpdateBody = Type.Object(
  {
    nameKo: Type.Optional(Name),
    nameEn: Type.Optional(Name),
    descriptionKo: Type.Optional(Description),
    descriptionEn: Type.Optional(Description),
    industry: Type.Optional(Type.Enum(['', ...industryKeys])),
    address: Type.Optional(Type.String({ maxLength: 200 })),
    city: Type.Optional(Type.String({ maxLength: 80 })),
    state: Type.Optional(Type.String({ maxLength: 2, pattern: '^([A-Za-z]{2})?$' })),
    // Empty clears the location; otherwise 5-digit ZIP or ZIP+4, geocoded offline.
    zip: Type.Optional(Type.String({ maxLength: 10, pattern: '^(\\d{5}(-?\\d{4})?)?$' })),
    phone: Type.Optional(Type.String({ maxLength: 40, pattern: '^[0-9+().\\- x]*$' })),
    email: Type.Optional(Type.String({ maxLength: 254, pattern: '^([^@\\s]+@[^@\\s]+\\.[^@\\s]+)?$' })),
    website: Type.Optional(Type.String({ maxLength: 300, pattern: '^(https?://\\S+)?$' })),
    languages: Type.Optional(Languages),
    visibility: Type.Optional(
      Type.Object(
        {
          phone: Type.Optional(Type.Boolean()),
          email: Type.Optional(Type.Boolean()),
          address: Type.Optional(Type.Boolean()),
          website: Type.Optional(Type.Boolean()),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type ProfileUpdateBody = Static<typeof ProfileUpdateBody>;

const PillarRef = Type.Object({
  id: Type.String(),
  key: Type.String(),
  nameKo: Type.String(),
  nameEn: Type.String(),
});

export const OfferResponse = Type.Object({
  id: Type.String(),
  pillar: PillarRef,
  descriptionKo: Type.String(),
  descriptionEn: Type.String(),
  radiusMiles: Type.Integer(),
  languages: Type.Array(Type.String()),
  priceHint: Type.String(),
  createdAt: Type.String(),
});

export const NeedResponse = Type.Object({
  id: Type.String(),
  pillar: PillarRef,
  descriptionKo: Type.String(),
  descriptionEn: Type.String(),
  urgency: Type.String(),
  createdAt: Type.String(),
});

const Urgency = Type.Enum(['low', 'medium', 'high']);
const RadiusMiles = Type.Integer({ minimum: 0, maximum: 500 });
const PriceHint = Type.String({ maxLength: 200 });

// Adding and editing take the same fields; only adding requires the pillar.
const offerFields = {
  descriptionKo: Type.Optional(Description),
  descriptionEn: Type.Optional(Description),
  radiusMiles: Type.Optional(RadiusMiles),
  languages: Type.Optional(Languages),
  priceHint: Type.Optional(PriceHint),
};

const needFields = {
  descriptionKo: Type.Optional(Description),
  descriptionEn: Type.Optional(Description),
  urgency: Type.Optional(Urgency),
};

export const OfferCreateBody = Type.Object({ pillarId: Id, ...offerFields }, { additionalProperties: false });
export type OfferCreateBody = Static<typeof OfferCreateBody>;

export const OfferUpdateBody = Type.Object(
  { pillarId: Type.Optional(Id), ...offerFields },
  { additionalProperties: false },
);
export type OfferUpdateBody = Static<typeof OfferUpdateBody>;

export const NeedCreateBody = Type.Object({ pillarId: Id, ...needFields }, { additionalProperties: false });
export type NeedCreateBody = Static<typeof NeedCreateBody>;

export const NeedUpdateBody = Type.Object(
  { pillarId: Type.Optional(Id), ...needFields },
  { additionalProperties: false },
);
export type NeedUpdateBody = Static<typeof NeedUpdateBody>;

export const ProfileResponse = Type.Object({
  id: Type.String(),
  slug: Type.String(),
  kind: Type.String(),
  nameKo: Type.String(),
  nameEn: Type.String(),
  descriptionKo: Type.String(),
  descriptionEn: Type.String(),
  industry: Type.String(),
  address: Type.Optional(Type.String()),
  city: Type.String(),
  state: Type.String(),
  zip: Type.String(),
  latitude: Type.Union([Type.Number(), Type.Null()]),
  longitude: Type.Union([Type.Number(), Type.Null()]),
  phone: Type.Optional(Type.String()),
  email: Type.Optional(Type.String()),
  website: Type.Optional(Type.String()),
  languages: Type.Array(Type.String()),
  visibility: Visibility,
  logoUrl: Type.Union([Type.String(), Type.Null()]),
  organizations: Type.Array(
    Type.Object({ slug: Type.String(), nameKo: Type.String(), nameEn: Type.String() }),
  ),
  offers: Type.Array(OfferResponse),
  needs: Type.Array(NeedResponse),
  canEdit: Type.Boolean(),
});
export type ProfileResponse = Static<typeof ProfileResponse>;

export const LogoResponse = Type.Object({ logoUrl: Type.String() });

export const IndustriesResponse = Type.Array(
  Type.Object({ key: Type.String(), nameKo: Type.String(), nameEn: Type.String() }),
);
