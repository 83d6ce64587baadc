import { Type, type Static } from 'typebox';

export const Pillar = Type.Object({
  id: Type.String(),
  key: Type.String(),
  nameKo: Type.String(),
  nameEn: Type.String(),
  position: Type.Integer(),
  retired: Type.Boolean(),
});

export const PillarsQuery = Type.Object({ includeRetired: Type.Optional(Type.Boolean()) });
export type PillarsQuery = Static<typeof PillarsQuery>;

export const PillarParams = Type.Object({ id: Type.String({ maxLength: 60 }) });
export type PillarParams = Static<typeof PillarParams>;

const Name = Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' });

export const CreatePillarBody = Type.Object(
  { key: Type.String({ pattern: '^[a-z0-9-]{2,40}$', maxLength: 40 }), nameKo: Name, nameEn: Name },
  { additionalProperties: false },
);
export type CreatePillarBody = Static<typeof CreatePillarBody>;

export const UpdatePillarBody = Type.Object(
  { nameKo: Type.Optional(Name), nameEn: Type.Optional(Name), retired: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);
export type UpdatePillarBody = Static<typeof UpdatePillarBody>;

export const ReorderPillarsBody = Type.Object(
  { ids: Type.Array(Type.String({ maxLength: 60 }), { maxItems: 200, uniqueItems: true }) },
  { additionalProperties: false },
);
export type ReorderPillarsBody = Static<typeof ReorderPillarsBody>;
