import type { DbOrTrx } from '../../platform/db/database.ts';
import { hashSecret, newId, newSecret, now } from '../../platform/auth/secrets.ts';
import { AppError } from '../../platform/errors.ts';
import * as queries from './queries.ts';

/** How much of a token is kept in clear, so admins can tell their tokens apart. */
export const TOKEN_PREFIX_LENGTH = 8;

export interface CreatedToken {
  id: string;
  name: string;
  prefix: string;
  /** The secret itself: shown once, never stored. */
  token: string;
}

/** Creates a Bearer token acting as an admin of the organization (also used by `dari token create`). */
export async function createApiToken(
  db: DbOrTrx,
  organizationId: string,
  name: string,
  createdBy: string | null,
): Promise<CreatedToken> {
  const token = newSecret();
  const row = {
    id: newId(),
    organization_id: organizationId,
    name: name.trim(),
    token_hash: hashSecret(token),
    prefix: token.slice(0, TOKEN_PREFIX_LENGTH),
    created_by: createdBy,
    created_at: now(),
    last_used_at: null,
    revoked_at: null,
  };
  await queries.insertToken(db, row);
  return { id: row.id, name: row.name, prefix: row.prefix, token };
}

export function listTokens(db: DbOrTrx, organizationId: string) {
  return queries.listTokens(db, organizationId);
}

export async function revokeToken(db: DbOrTrx, organizationId: string, tokenId: string): Promise<void> {
  const token = await queries.findToken(db, organizationId, tokenId);
  if (!token) {
    throw new AppError('not_found');
  }
  if (!token.revoked_at) {
    await queries.revokeToken(db, token.id, now());
  }
}
