import type { DbOrTrx } from '../../platform/db/database.ts';
import type { Pillar } from '../../platform/db/schema.ts';
import { newId, now } from '../../platform/auth/secrets.ts';
import { AppError } from '../../platform/errors.ts';
import * as queries from './queries.ts';
import type { CreatePillarBody, UpdatePillarBody } from './schema.ts';
import './messages.ts';

export async function createPillar(db: DbOrTrx, input: CreatePillarBody): Promise<Pillar> {
  if (await queries.findPillarByKey(db, input.key)) {
    throw new AppError('conflict', { fields: { key: { key: 'pillars:errors.keyTaken' } } });
  }
  const pillar: Pillar = {
    id: newId(),
    key: input.key,
    name_ko: input.nameKo.trim(),
    name_en: input.nameEn.trim(),
    position: (await queries.lastPosition(db)) + 1,
    retired: 0,
    created_at: now(),
  };
  await queries.insertPillar(db, pillar);
  return pillar;
}

async function pillarById(db: DbOrTrx, id: string): Promise<Pillar> {
  const pillar = await queries.findPillar(db, id);
  if (!pillar) {
    throw new AppError('not_found');
  }
  return pillar;
}

export async function updatePillar(db: DbOrTrx, id: string, input: UpdatePillarBody): Promise<Pillar> {
  const pillar = await pillarById(db, id);
  await queries.updatePillar(db, pillar.id, {
    ...(input.nameKo !== undefined ? { name_ko: input.nameKo.trim() } : {}),
    ...(input.nameEn !== undefined ? { name_en: input.nameEn.trim() } : {}),
    ...(input.retired !== undefined ? { retired: input.retired ? 1 : 0 } : {}),
  });
  return pillarById(db, pillar.id);
}

/** Takes the full list (retired pillars too), so no pillar is silently left with a stale position. */
export async function reorderPillars(db: DbOrTrx, ids: string[]): Promise<Pillar[]> {
  const all = await queries.listPillars(db, true);
  const known = new Set(all.map((p) => p.id));
  if (ids.length !== all.length || !ids.every((id) => known.has(id))) {
    throw new AppError('validation_failed', { fields: { ids: { key: 'pillars:errors.orderIncomplete' } } });
  }
  for (const [index, id] of ids.entries()) {
    await queries.updatePillar(db, id, { position: index + 1 });
  }
  return queries.listPillars(db, true);
}
