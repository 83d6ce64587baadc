import type { DbOrTrx } from '../../platform/db/database.ts';
import type { ApiToken } from '../../platform/db/schema.ts';

export function listTokens(db: DbOrTrx, organizationId: string): Promise<ApiToken[]> {
  return db
    .selectFrom('api_tokens')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

export function findToken(db: DbOrTrx, organizationId: string, id: string): Promise<ApiToken | undefined> {
  return db
    .selectFrom('api_tokens')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertToken(db: DbOrTrx, token: ApiToken): Promise<void> {
  await db.insertInto('api_tokens').values(token).execute();
}

export async function revokeToken(db: DbOrTrx, id: string, at: string): Promise<void> {
  await db.updateTable('api_tokens').set({ revoked_at: at }).where('id', '=', id).execute();
}
