import { Type, type Static, type TSchema } from 'typebox';

/** OpenAPI 3.0 has no `null` type: nullable output fields are marked with `nullable: true`. */
export function Nullable<T extends TSchema>(schema: T) {
  return Type.Unsafe<Static<T> | null>({ ...schema, nullable: true });
}

export const SlugParams = Type.Object({ slug: Type.String({ maxLength: 60 }) });
export type SlugParams = Static<typeof SlugParams>;

export const Locale = Type.Union([Type.Literal('ko'), Type.Literal('en')]);
export const Role = Type.Union([
  Type.Literal('admin'),
  Type.Literal('member'),
  Type.Literal('partner'),
  Type.Literal('liaison'),
]);
const OrganizationKind = Type.Union([Type.Literal('chamber'), Type.Literal('committee')]);
const Website = Type.String({ maxLength: 300, pattern: '^(https?://\\S+)?$' });

export const OrganizationSummary = Type.Object({
  id: Type.String(),
  slug: Type.String(),
  kind: Type.String(),
  nameKo: Type.String(),
  nameEn: Type.String(),
  descriptionKo: Type.String(),
  descriptionEn: Type.String(),
});

export const OrganizationDetail = Type.Object({
  ...OrganizationSummary.properties,
  website: Nullable(Type.String()),
});

export const OrganizationLanding = Type.Object({
  ...OrganizationDetail.properties,
  memberCount: Type.Integer(),
  businesses: Type.Array(
    Type.Object({
      slug: Type.String(),
      kind: Type.String(),
      nameKo: Type.String(),
      nameEn: Type.String(),
      industry: Type.String(),
      city: Type.String(),
      pillarKeys: Type.Array(Type.String()),
    }),
  ),
});

export const CreateOrganizationBody = Type.Object(
  {
    slug: Type.String({ pattern: '^[a-z0-9-]{2,60}$', maxLength: 60 }),
    kind: OrganizationKind,
    nameKo: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
    nameEn: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
    descriptionKo: Type.Optional(Type.String({ maxLength: 5000 })),
    descriptionEn: Type.Optional(Type.String({ maxLength: 5000 })),
    website: Type.Optional(Website),
  },
  { additionalProperties: false },
);
export type CreateOrganizationBody = Static<typeof CreateOrganizationBody>;

export const UpdateOrganizationBody = Type.Object(
  {
    nameKo: Type.Optional(Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' })),
    nameEn: Type.Optional(Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' })),
    descriptionKo: Type.Optional(Type.String({ maxLength: 5000 })),
    descriptionEn: Type.Optional(Type.String({ maxLength: 5000 })),
    website: Type.Optional(Website),
  },
  { additionalProperties: false },
);
export type UpdateOrganizationBody = Static<typeof UpdateOrganizationBody>;
