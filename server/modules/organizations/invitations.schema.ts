import { Type, type Static } from 'typebox';
import { Locale, Role } from './schema.ts';

export const InvitationParams = Type.Object({
  slug: Type.String({ maxLength: 60 }),
  id: Type.String({ maxLength: 60 }),
});
export type InvitationParams = Static<typeof InvitationParams>;

export const Invitation = Type.Object({
  id: Type.String(),
  email: Type.String(),
  role: Type.String(),
  status: Type.Union([
    Type.Literal('pending'),
    Type.Literal('accepted'),
    Type.Literal('expired'),
    Type.Literal('revoked'),
  ]),
  createdAt: Type.String(),
  expiresAt: Type.String(),
});

export const CreateInvitationBody = Type.Object(
  { email: Type.String({ format: 'email', maxLength: 254 }), role: Role, locale: Locale },
  { additionalProperties: false },
);
export type CreateInvitationBody = Static<typeof CreateInvitationBody>;
