import { Type, type Static } from 'typebox';

const Email = Type.String({ format: 'email', maxLength: 254 });
const Password = Type.String({ minLength: 10, maxLength: 200 });
export const LocaleSchema = Type.Union([Type.Literal('ko'), Type.Literal('en')]);

export const LoginBody = Type.Object(
  { email: Email, password: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBody>;

export const UpdateMeBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 120 })),
    locale: Type.Optional(LocaleSchema),
    currentPassword: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    newPassword: Type.Optional(Password),
  },
  { additionalProperties: false },
);
export type UpdateMeBody = Static<typeof UpdateMeBody>;

export const LocaleBody = Type.Object({ locale: LocaleSchema }, { additionalProperties: false });

export const PasswordResetRequestBody = Type.Object({ email: Email }, { additionalProperties: false });
export const PasswordResetBody = Type.Object({ password: Password }, { additionalProperties: false });
export const TokenParams = Type.Object({ token: Type.String({ minLength: 10, maxLength: 200 }) });

export const AcceptInvitationBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 120 }),
    password: Password,
    locale: LocaleSchema,
    businessNameKo: Type.Optional(Type.String({ maxLength: 200 })),
    businessNameEn: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);
export type AcceptInvitationBody = Static<typeof AcceptInvitationBody>;

const OrganizationRef = Type.Object({
  id: Type.String(),
  slug: Type.String(),
  nameKo: Type.String(),
  nameEn: Type.String(),
});

export const SessionResponse = Type.Object({
  user: Type.Union([
    Type.Object({
      id: Type.String(),
      email: Type.String(),
      name: Type.String(),
      locale: LocaleSchema,
      isPlatformAdmin: Type.Boolean(),
    }),
    Type.Null(),
  ]),
  csrfToken: Type.Union([Type.String(), Type.Null()]),
  abilities: Type.Object({
    global: Type.Array(Type.String()),
    organizations: Type.Record(Type.String(), Type.Array(Type.String())),
  }),
  memberships: Type.Array(
    Type.Object({
      id: Type.String(),
      role: Type.String(),
      status: Type.String(),
      organization: OrganizationRef,
    }),
  ),
  businesses: Type.Array(
    Type.Object({
      id: Type.String(),
      slug: Type.String(),
      nameKo: Type.String(),
      nameEn: Type.String(),
      kind: Type.String(),
      role: Type.String(),
    }),
  ),
});
export type SessionResponse = Static<typeof SessionResponse>;

export const InvitationResponse = Type.Object({
  email: Type.String(),
  role: Type.String(),
  organization: Type.Object({ slug: Type.String(), nameKo: Type.String(), nameEn: Type.String() }),
  accountExists: Type.Boolean(),
  businessName: Type.Union([Type.String(), Type.Null()]),
});
