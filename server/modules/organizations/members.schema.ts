import { Type, type Static } from 'typebox';
import { Role } from './schema.ts';

const MembershipStatus = Type.Union([Type.Literal('active'), Type.Literal('suspended')]);

export const MemberParams = Type.Object({
  slug: Type.String({ maxLength: 60 }),
  membershipId: Type.String({ maxLength: 60 }),
});
export type MemberParams = Static<typeof MemberParams>;

export const MembersQuery = Type.Object({ status: Type.Optional(MembershipStatus) });
export type MembersQuery = Static<typeof MembersQuery>;

export const Member = Type.Object({
  id: Type.String(),
  role: Type.String(),
  status: Type.String(),
  createdAt: Type.String(),
  user: Type.Object({ id: Type.String(), name: Type.String(), email: Type.String() }),
  businesses: Type.Array(Type.Object({ slug: Type.String(), nameKo: Type.String(), nameEn: Type.String() })),
});

export const UpdateMemberBody = Type.Object(
  { role: Type.Optional(Role), status: Type.Optional(MembershipStatus) },
  { additionalProperties: false },
);
export type UpdateMemberBody = Static<typeof UpdateMemberBody>;
