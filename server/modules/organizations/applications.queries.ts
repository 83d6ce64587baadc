import type { DbOrTrx } from '../../platform/db/database.ts';
import type { Application } from '../../platform/db/schema.ts';

export function listApplications(
  db: DbOrTrx,
  organizationId: string,
  status: Application['status'] | undefined,
): Promise<Application[]> {
  let query = db.selectFrom('applications').selectAll().where('organization_id', '=', organizationId);
  if (status) {
    query = query.where('status', '=', status);
  }
  return query.orderBy('created_at', 'desc').orderBy('id').execute();
}

export function findApplication(
  db: DbOrTrx,
  organizationId: string,
  id: string,
): Promise<Application | undefined> {
  return db
    .selectFrom('applications')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function hasPendingApplication(
  db: DbOrTrx,
  organizationId: string,
  email: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('applications')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('status', '=', 'pending')
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertApplication(db: DbOrTrx, application: Application): Promise<void> {
  await db.insertInto('applications').values(application).execute();
}

/** Decides only a still-pending application, so two admins deciding at once cannot both win. */
export async function decideApplication(
  db: DbOrTrx,
  id: string,
  decision: { status: 'approved' | 'rejected'; decided_by: string | null; decided_at: string },
): Promise<boolean> {
  const result = await db
    .updateTable('applications')
    .set(decision)
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
