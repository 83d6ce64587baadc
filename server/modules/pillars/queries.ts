import type { DbOrTrx } from '../../platform/db/database.ts';
import type { Pillar } from '../../platform/db/schema.ts';

export function listPillars(db: DbOrTrx, includeRetired: boolean): Promise<Pillar[]> {
  let query = db.selectFrom('pillars').selectAll();
  if (!includeRetired) {
    query = query.where('retired', '=', 0);
  }
  return query.orderBy('position').orderBy('key').execute();
}

export function findPillar(db: DbOrTrx, id: string): Promise<Pillar | undefined> {
  return db.selectFrom('pillars').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findPillarByKey(db: DbOrTrx, key: string): Promise<Pillar | undefined> {
  return db.selectFrom('pillars').selectAll().where('key', '=', key).executeTakeFirst();
}

export async function lastPosition(db: DbOrTrx): Promise<number> {
  const row = await db
    .selectFrom('pillars')
    .select((eb) => eb.fn.max('position').as('position'))
    .executeTakeFirst();
  return Number(row?.position ?? 0);
}

export async function insertPillar(db: DbOrTrx, pillar: Pillar): Promise<void> {
  await db.insertInto('pillars').values(pillar).execute();
}

export async function updatePillar(
  db: DbOrTrx,
  id: string,
  changes: Partial<Pick<Pillar, 'name_ko' | 'name_en' | 'retired' | 'position'>>,
): Promise<void> {
  if (Object.keys(changes).length === 0) {
    return;
  }
  await db.updateTable('pillars').set(changes).where('id', '=', id).execute();
}
