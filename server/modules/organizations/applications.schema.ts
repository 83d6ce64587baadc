import { Type, type Static } from 'typebox';
import { Locale } from './schema.ts';

const ApplicationStatus = Type.Union([
  Type.Literal('pending'),
  Type.Literal('approved'),
  Type.Literal('rejected'),
]);

export const ApplicationParams = Type.Object({
  slug: Type.String({ maxLength: 60 }),
  id: Type.String({ maxLength: 60 }),
});
export type ApplicationParams = Static<typeof ApplicationParams>;

export const ApplicationsQuery = Type.Object({ status: Type.Optional(ApplicationStatus) });
export type ApplicationsQuery = Static<typeof ApplicationsQuery>;

export const Application = Type.Object({
  id: Type.String(),
  email: Type.String(),
  name: Type.String(),
  businessName: Type.String(),
  message: Type.String(),
  locale: Type.String(),
  status: Type.String(),
  createdAt: Type.String(),
});

export const CreateApplicationBody = Type.Object(
  {
    email: Type.String({ format: 'email', maxLength: 254 }),
    name: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
    businessName: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
    message: Type.String({ maxLength: 2000 }),
    locale: Locale,
  },
  { additionalProperties: false },
);
export type CreateApplicationBody = Static<typeof CreateApplicationBody>;
