import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../../test/harness.ts';
import { createMatrixWorld } from '../../../test/world.ts';
import { newId } from '../../platform/auth/secrets.ts';
import type { StockMovementKind } from '../../platform/db/schema.ts';
import { dayString, epochDay } from './days.ts';
import { loadStoreHistory } from './history.ts';
import { freshProduct } from './scene.ts';

/** A Wednesday: its epoch day is not a multiple of 7, so day0 has to be rounded down. */
const TODAY = '2026-03-18';
const ago = (days: number) => dayString(epochDay(TODAY) - days);

describe.each(dialects)('store history read from stock movements on %s', (dialect) => {
  let t: TestApp;
  let businessId: string;
  let locationId: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    businessId = (await createMatrixWorld(t.handle.db)).business.id;
    locationId = newId();
    await t.handle.db
      .insertInto('inventory_locations')
      .values({ id: locationId, business_id: businessId, name: 'Main', created_at: new Date().toISOString() })
      .execute();
  });
  afterAll(() => t.close());

  /** Movements as [days ago, kind, signed quantity], written straight to the table. */
  async function moves(list: [number, StockMovementKind, number][]) {
    const { id } = await freshProduct(t.handle.db, businessId);
    await t.handle.db
      .insertInto('stock_movements')
      .values(
        list.map(([daysAgo, kind, quantity]) => ({
          id: newId(),
          business_id: businessId,
          product_id: id,
          location_id: locationId,
          kind,
          quantity,
          transfer_id: null,
          reference: null,
          user_id: null,
          occurred_at: `${ago(daysAgo)}T15:00:00.000Z`,
          business_day: ago(daysAgo),
          created_at: new Date().toISOString(),
        })),
      )
      .execute();
    return id;
  }

  const historyOf = async (productId: string, maxDays?: number) => {
    const history = await loadStoreHistory(t.handle.db, businessId, TODAY, {
      productIds: [productId],
      ...(maxDays !== undefined ? { maxDays } : {}),
    });
    const product = history.products[0];
    if (!product) {
      throw new Error('no history');
    }
    const at = (daysAgo: number) => epochDay(ago(daysAgo)) - history.day0;
    return { history, product, at };
  };

  it('sums each day’s sales, indexed from a day 0 that is a multiple of 7', async () => {
    const id = await moves([
      [10, 'receipt', 20],
      [3, 'sale', -3],
      [3, 'sale', -2],
      [2, 'adjustment', -1],
    ]);
    const { history, product, at } = await historyOf(id);
    expect(history.day0 % 7).toBe(0);
    expect(history.end).toBe(epochDay(TODAY) - history.day0);
    expect(history.today).toBe(TODAY);
    expect(product.start).toBe(at(10));
    expect(product.sales[at(3)]).toBe(5);
    // An adjustment changes the stock, not the sales.
    expect(product.sales[at(2)]).toBe(0);
    expect(Array.from(product.sales).reduce((a, b) => a + b, 0)).toBe(5);
    expect(product.onHand).toBe(14);
    expect(Array.from(product.outOfStock).every((v) => v === 0)).toBe(true);
  });

  it('marks a day out of stock when it ended at or below zero, counted from the first receipt or count', async () => {
    const id = await moves([
      // Till sales before the store ever counted: history, not stock-outs (the on-hand is unknown).
      [20, 'sale', -4],
      [15, 'count', 5],
      [12, 'sale', -5],
      [9, 'receipt', 10],
      [7, 'sale', -3],
      [5, 'sale', -7],
    ]);
    const { product, at } = await historyOf(id);
    const flags = (from: number, to: number) =>
      Array.from({ length: from - to + 1 }, (_, k) => product.outOfStock[at(from - k)]);
    expect(flags(20, 13)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    // Sold out on day −12 and empty until the receipt on day −9, which ended in stock.
    expect(flags(12, 9)).toEqual([1, 1, 1, 0]);
    expect(flags(8, 6)).toEqual([0, 0, 0]);
    // Sold out on day −5 and empty through yesterday.
    expect(flags(5, 1)).toEqual([1, 1, 1, 1, 1]);
    expect(product.sales[at(12)]).toBe(5);
    expect(product.onHand).toBe(-4);
  });

  it('leaves today’s movements out of the history but counts them in the on-hand', async () => {
    const id = await moves([
      [4, 'receipt', 6],
      [1, 'sale', -6],
      [0, 'receipt', 12],
      [0, 'sale', -2],
    ]);
    const { history, product, at } = await historyOf(id);
    expect(product.sales).toHaveLength(history.end);
    expect(at(0)).toBe(history.end);
    expect(product.sales[at(1)]).toBe(6);
    // Yesterday ended empty; today's receipt does not change that.
    expect(product.outOfStock[at(1)]).toBe(1);
    expect(product.onHand).toBe(10);
  });

  it('reads only the products asked for, and movements before the window still count on hand', async () => {
    const old = await moves([
      [400, 'receipt', 50],
      [30, 'sale', -8],
    ]);
    const other = await moves([[5, 'receipt', 3]]);
    const { history, product, at } = await historyOf(old, 100);
    expect(history.products.map((p) => p.productId)).toEqual([old]);
    expect(history.end).toBeGreaterThanOrEqual(100);
    expect(history.end).toBeLessThan(107);
    expect(product.start).toBe(0);
    expect(product.sales[at(30)]).toBe(8);
    expect(product.onHand).toBe(42);
    const both = await loadStoreHistory(t.handle.db, businessId, TODAY, { productIds: [old, other] });
    expect(both.products.map((p) => p.productId).sort()).toEqual([old, other].sort());
    expect((await loadStoreHistory(t.handle.db, businessId, TODAY, { productIds: [] })).products).toEqual([]);
  });
});
