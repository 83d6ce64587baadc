import type { Locale, MembershipRole, MembershipStatus } from '../db/schema.ts';

export interface CallerMembership {
  organizationId: string;
  role: MembershipRole;
  status: MembershipStatus;
}

/** Who is making a request, resolved once per request from the session cookie or Bearer token. */
export type Caller =
  | { kind: 'anonymous' }
  | {
      kind: 'user';
      userId: string;
      email: string;
      name: string;
      locale: Locale;
      isPlatformAdmin: boolean;
      memberships: CallerMembership[];
      sessionId: string;
      csrfToken: string;
    }
  | { kind: 'token'; tokenId: string; organizationId: string };

export const anonymous: Caller = { kind: 'anonymous' };
