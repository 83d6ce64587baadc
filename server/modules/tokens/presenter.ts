import type { ApiToken } from '../../platform/db/schema.ts';

/** Never the secret or its hash: only the prefix identifies a token. */
export function presentToken(t: ApiToken) {
  return {
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    createdAt: t.created_at,
    lastUsedAt: t.last_used_at,
    revokedAt: t.revoked_at,
  };
}
