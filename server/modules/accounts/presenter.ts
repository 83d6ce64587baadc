import type { Caller } from '../../platform/auth/caller.ts';
import { abilitiesFor } from '../../platform/auth/policies.ts';
import type { DbOrTrx } from '../../platform/db/database.ts';
import type { SessionResponse } from './schema.ts';
import { businessesOfUser, membershipsOfUser } from './queries.ts';

/** What the client learns about the caller: who, what they belong to, and what they may do. */
export async function presentSession(db: DbOrTrx, caller: Caller): Promise<SessionResponse> {
  if (caller.kind !== 'user') {
    return { user: null, csrfToken: null, abilities: abilitiesFor(caller), memberships: [], businesses: [] };
  }
  const [memberships, businesses] = await Promise.all([
    membershipsOfUser(db, caller.userId),
    businessesOfUser(db, caller.userId),
  ]);
  return {
    user: {
      id: caller.userId,
      email: caller.email,
      name: caller.name,
      locale: caller.locale,
      isPlatformAdmin: caller.isPlatformAdmin,
    },
    csrfToken: caller.csrfToken,
    abilities: abilitiesFor(caller),
    memberships: memberships.map((m) => ({
      id: m.id,
      role: m.role,
      status: m.status,
      organization: { id: m.organization_id, slug: m.slug, nameKo: m.name_ko, nameEn: m.name_en },
    })),
    businesses: businesses.map((b) => ({
      id: b.id,
      slug: b.slug,
      nameKo: b.name_ko,
      nameEn: b.name_en,
      kind: b.kind,
      role: b.role,
    })),
  };
}
