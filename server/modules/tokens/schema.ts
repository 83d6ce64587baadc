import { Type, type Static } from 'typebox';
import { Nullable } from '../organizations/schema.ts';

export const TokenParams = Type.Object({
  slug: Type.String({ maxLength: 60 }),
  id: Type.String({ maxLength: 60 }),
});
export type TokenParams = Static<typeof TokenParams>;

export const Token = Type.Object({
  id: Type.String(),
  name: Type.String(),
  prefix: Type.String(),
  createdAt: Type.String(),
  lastUsedAt: Nullable(Type.String()),
  revokedAt: Nullable(Type.String()),
});

export const CreatedToken = Type.Object({
  id: Type.String(),
  name: Type.String(),
  prefix: Type.String(),
  token: Type.String(),
});

export const CreateTokenBody = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' }) },
  { additionalProperties: false },
);
export type CreateTokenBody = Static<typeof CreateTokenBody>;
