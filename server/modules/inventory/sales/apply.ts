import type { Insertable } from 'kysely';
import { newId } from '../../../platform/auth/secrets.ts';
import type { Db, DbOrTrx } from '../../../platform/db/database.ts';
import type { SalesImportFormat, StockMovementTable } from '../../../platform/db/schema.ts';
import { AppError } from '../../../platform/errors.ts';
import { saveSettings } from '../settings.ts';
import type { SaleLine } from './lines.ts';
import { salesError } from './messages.ts';
import * as queries from './queries.ts';

/**
 * What a file's lines would change, and changing it: one transaction, all or nothing. Stock levels stay
 * the sum of their movements: the levels a file touches are locked, each changed once by the sum of its
 * new lines, and the movements written in batches beside them.
 */

export interface Plan {
  /** Lines whose key the store does not have yet. */
  fresh: SaleLine[];
  alreadyImported: number;
  /** Per product and location: the on-hand change of the fresh lines. */
  changes: Map<string, queries.LevelChange>;
}

export interface Negative {
  productId: string;
  locationId: string;
  onHand: number;
  after: number;
}

export async function plan(db: DbOrTrx, businessId: string, lines: readonly SaleLine[]): Promise<Plan> {
  const existing = await queries.existingSourceKeys(db, businessId, lines);
  const fresh = lines.filter((l) => !existing.has(l.key));
  const changes = new Map<string, queries.LevelChange>();
  for (const line of fresh) {
    const key = queries.levelKey(line.productId, line.locationId);
    const change = changes.get(key) ?? { productId: line.productId, locationId: line.locationId, delta: 0 };
    change.delta -= line.sold;
    changes.set(key, change);
  }
  return { fresh, alreadyImported: lines.length - fresh.length, changes };
}

export function levelSets(changes: Map<string, queries.LevelChange>): queries.LevelSet[] {
  const byLocation = new Map<string, string[]>();
  for (const change of changes.values()) {
    const ids = byLocation.get(change.locationId) ?? [];
    ids.push(change.productId);
    byLocation.set(change.locationId, ids);
  }
  return [...byLocation].map(([locationId, productIds]) => ({ locationId, productIds }));
}

/** Levels the sales would take below zero: they take units away and leave fewer than none. */
export function negatives(
  changes: Map<string, queries.LevelChange>,
  onHand: Map<string, number>,
): Negative[] {
  const found: Negative[] = [];
  for (const [key, change] of changes) {
    const before = onHand.get(key) ?? 0;
    const after = before + change.delta;
    if (change.delta < 0 && after < 0) {
      found.push({ productId: change.productId, locationId: change.locationId, onHand: before, after });
    }
  }
  return found;
}

export interface Apply {
  businessId: string;
  userId: string | null;
  format: SalesImportFormat;
  /** Saved as the store's POS layout, offered next time (null for Square's fixed columns). */
  mapping: string | null;
  lines: readonly SaleLine[];
  allowNegative: boolean;
  file: { sha256: string; name: string; rowCount: number; firstDay: string | null; lastDay: string | null };
  /** Names the first product that would go below zero in the refusal. */
  describe: (trx: DbOrTrx, negative: Negative) => Promise<{ sku: string; location: string }>;
  now: Date;
}

export interface Applied {
  plan: Plan;
  negative: Negative[];
  importId: string;
}

/**
 * Applies the lines in one transaction. Saving the store's POS layout comes first: its row lock makes a
 * second import of the same store (the same file sent twice at once) wait for the first to commit, and
 * then read the first one's movements as already imported. The unique index (business_id, source_key)
 * still refuses any line that got in otherwise; then nothing is applied and the caller may try again.
 */
export async function applyLines(db: Db, input: Apply): Promise<Applied> {
  const stamp = input.now.toISOString();
  return db.transaction().execute(async (trx) => {
    await saveSettings(
      trx,
      input.businessId,
      { posFormat: input.format, posMapping: input.mapping },
      input.now,
    );
    const planned = await plan(trx, input.businessId, input.lines);
    const onHand = await queries.lockLevels(trx, levelSets(planned.changes), stamp);
    const negative = negatives(planned.changes, onHand);
    const first = negative[0];
    if (first && !input.allowNegative) {
      throw new AppError('stock_negative', {
        fields: {
          file: salesError('wouldGoNegative', {
            count: negative.length,
            ...(await input.describe(trx, first)),
          }),
        },
      });
    }
    const flagged = new Set(negative.map((n) => queries.levelKey(n.productId, n.locationId)));
    const rows: Insertable<StockMovementTable>[] = planned.fresh.map((line) => ({
      id: newId(),
      business_id: input.businessId,
      product_id: line.productId,
      location_id: line.locationId,
      kind: 'sale',
      quantity: -line.sold,
      reference: line.reference,
      negative_allowed: flagged.has(queries.levelKey(line.productId, line.locationId)) ? 1 : 0,
      user_id: input.userId,
      occurred_at: line.occurredAt,
      business_day: line.day,
      source_key: line.key,
      created_at: stamp,
    }));
    if ((await queries.insertMovements(trx, rows)) !== rows.length) {
      throw new AppError('conflict', { fields: { file: salesError('concurrent') } });
    }
    await queries.addToLevels(
      trx,
      [...planned.changes.values()].filter((c) => c.delta !== 0),
      stamp,
    );
    const importId = newId();
    await queries.insertSalesImport(trx, {
      id: importId,
      business_id: input.businessId,
      file_sha256: input.file.sha256,
      filename: input.file.name,
      format: input.format,
      row_count: input.file.rowCount,
      movement_count: rows.length,
      first_day: input.file.firstDay,
      last_day: input.file.lastDay,
      user_id: input.userId,
      created_at: stamp,
    });
    return { plan: planned, negative, importId };
  });
}
