import type { DbOrTrx } from '../../platform/db/database.ts';

export const OUTBOX_PAGE = 200;

/** Newest first; `organizationId` undefined means every message (platform admins). */
export function listOutbox(db: DbOrTrx, organizationId: string | undefined) {
  let query = db
    .selectFrom('outbox')
    .select(['id', 'to_address', 'subject', 'body_text', 'locale', 'status', 'created_at', 'sent_at']);
  if (organizationId !== undefined) {
    query = query.where('organization_id', '=', organizationId);
  }
  return query.orderBy('created_at', 'desc').orderBy('id').limit(OUTBOX_PAGE).execute();
}
