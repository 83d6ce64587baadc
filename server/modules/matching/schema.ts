import { Type, type Static } from 'typebox';

const Slug = Type.String({ minLength: 1, maxLength: 80 });

export const SlugParams = Type.Object({ slug: Slug }, { additionalProperties: false });
export const TargetParams = Type.Object({ slug: Slug, targetSlug: Slug }, { additionalProperties: false });

export const HideBody = Type.Object({ targetSlug: Slug }, { additionalProperties: false });
export type HideBody = Static<typeof HideBody>;

export const CapacityBody = Type.Object(
  {
    // null: no limit; 0: not taking new introductions this week. Null first: type coercion would read it as 0.
    weeklyIntroCapacity: Type.Union([Type.Null(), Type.Integer({ minimum: 0, maximum: 1000 })]),
  },
  { additionalProperties: false },
);
export type CapacityBody = Static<typeof CapacityBody>;

export const CapacityResponse = Type.Object({
  weeklyIntroCapacity: Type.Union([Type.Null(), Type.Integer()]),
  receivedThisWeek: Type.Integer(),
  weekStartsAt: Type.String(),
  nextWeekStartsAt: Type.String(),
});
export type CapacityResponse = Static<typeof CapacityResponse>;

const Pillar = Type.Object({ key: Type.String(), nameKo: Type.String(), nameEn: Type.String() });
const Item = Type.Object({ id: Type.String(), descriptionKo: Type.String(), descriptionEn: Type.String() });
const PillarItem = Type.Object({
  id: Type.String(),
  pillar: Pillar,
  descriptionKo: Type.String(),
  descriptionEn: Type.String(),
});
const CandidateBusiness = Type.Object({
  slug: Type.String(),
  kind: Type.String(),
  nameKo: Type.String(),
  nameEn: Type.String(),
  city: Type.String(),
  distanceMiles: Type.Union([Type.Number(), Type.Null()]),
});

export const MatchesResponse = Type.Object({
  needs: Type.Array(
    Type.Object({
      need: PillarItem,
      candidates: Type.Array(
        Type.Object({
          business: CandidateBusiness,
          offer: Type.Union([Item, Type.Null()]),
          score: Type.Integer({ minimum: 0, maximum: 100 }),
          reasons: Type.Array(Type.String()),
        }),
      ),
    }),
  ),
});

export const LeadsResponse = Type.Object({
  offers: Type.Array(
    Type.Object({
      offer: PillarItem,
      candidates: Type.Array(
        Type.Object({
          business: CandidateBusiness,
          need: Item,
          score: Type.Integer({ minimum: 0, maximum: 100 }),
          reasons: Type.Array(Type.String()),
        }),
      ),
    }),
  ),
});
