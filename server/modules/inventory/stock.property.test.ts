import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../../test/harness.ts';
import { createMatrixWorld, type MatrixWorld } from '../../../test/world.ts';
import { AppError } from '../../platform/errors.ts';
import { recordMovement } from './movements.ts';
import { freshProduct } from './scene.ts';
import { createLocation, mainLocation } from './service.ts';

/**
 * The property: under random receipts, sales, adjustments, counts and transfers run
 * concurrently (each in its own transaction, as concurrent requests are), every stock level equals the
 * sum of its movements, a count leaves exactly what was counted, nothing refused leaves a trace, and a
 * level is below zero only through a movement recorded with allowNegative.
 */

const operation = fc.record({
  kind: fc.constantFrom('receipt', 'sale', 'adjustment', 'count', 'transfer'),
  product: fc.integer({ min: 0, max: 1 }),
  from: fc.integer({ min: 0, max: 2 }),
  to: fc.integer({ min: 0, max: 2 }),
  quantity: fc.integer({ min: -4, max: 12 }),
  allowNegative: fc.boolean(),
});

describe.each(dialects)('stock levels under concurrent movements on %s', (dialect) => {
  let t: TestApp;
  let w: MatrixWorld;
  let locations: string[];
  beforeAll(async () => {
    t = await createTestApp(dialect);
    w = await createMatrixWorld(t.handle.db);
    const now = new Date();
    const main = await mainLocation(t.handle.db, w.business.id, now);
    const back = await createLocation(t.handle.db, w.business.id, { name: 'Back room' }, now);
    const van = await createLocation(t.handle.db, w.business.id, { name: 'Van' }, now);
    locations = [main.id, back.id, van.id];
  });
  afterAll(() => t.close());

  it('keeps every on-hand equal to the sum of its movements, never silently negative', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 24 }), async (ops) => {
        const db = t.handle.db;
        const products = [await freshProduct(db, w.business.id), await freshProduct(db, w.business.id)];
        const results = await Promise.allSettled(
          ops.map((op, index) =>
            db.transaction().execute((trx) =>
              recordMovement(
                trx,
                w.business.id,
                w.users.owner.id,
                {
                  kind: op.kind,
                  productId: products[op.product]?.id,
                  locationId: locations[op.from],
                  ...(op.kind === 'transfer' ? { toLocationId: locations[op.to] } : {}),
                  quantity: op.quantity,
                  reference: `op-${index}`,
                  allowNegative: op.allowNegative,
                },
                new Date(),
              ),
            ),
          ),
        );

        const movements = await db
          .selectFrom('stock_movements')
          .select(['product_id', 'location_id', 'quantity', 'reference', 'negative_allowed'])
          .where(
            'product_id',
            'in',
            products.map((p) => p.id),
          )
          .execute();
        for (const [index, result] of results.entries()) {
          const op = ops[index];
          const mine = movements.filter((m) => m.reference === `op-${index}`);
          if (result.status === 'rejected') {
            // Refused for a reason the caller is told, and nothing of it stored.
            expect(result.reason).toBeInstanceOf(AppError);
            expect(['validation_failed', 'stock_negative']).toContain((result.reason as AppError).code);
            expect(mine).toEqual([]);
            continue;
          }
          expect(mine).toHaveLength(op?.kind === 'transfer' ? 2 : 1);
          if (op?.kind === 'count') {
            expect(result.value.levels[0]?.onHand).toBe(op.quantity);
          }
          if (!op?.allowNegative) {
            expect(mine.every((m) => m.negative_allowed === 0)).toBe(true);
          }
        }

        const levels = await db
          .selectFrom('stock_levels')
          .selectAll()
          .where(
            'product_id',
            'in',
            products.map((p) => p.id),
          )
          .execute();
        for (const level of levels) {
          const here = movements.filter(
            (m) => m.product_id === level.product_id && m.location_id === level.location_id,
          );
          expect(level.on_hand).toBe(here.reduce((sum, m) => sum + m.quantity, 0));
          if (level.on_hand < 0) {
            expect(here.some((m) => m.negative_allowed === 1)).toBe(true);
          }
        }
        // Every movement's level exists.
        const keys = new Set(levels.map((l) => `${l.product_id}/${l.location_id}`));
        expect(movements.every((m) => keys.has(`${m.product_id}/${m.location_id}`))).toBe(true);
      }),
      { numRuns: 25 },
    );
  });
});
