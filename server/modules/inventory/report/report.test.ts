import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../../../test/harness.ts';
import { createMatrixWorld, type MatrixWorld } from '../../../../test/world.ts';
import { newId } from '../../../platform/auth/secrets.ts';
import type { Db } from '../../../platform/db/database.ts';
import { dayString, epochDay, localDay } from '../days.ts';
import { DEFAULT_SETTINGS } from '../settings.ts';
import type { CostReportBody } from './schema.ts';

/** A product's made-up past: what customers wanted each day, and what the store received (before selling). */
interface Past {
  sku: string;
  days: number;
  initial: number;
  demand: (day: number) => number;
  receive: (day: number, onHand: number, monday: boolean) => number;
  costCents?: number;
  priceCents?: number;
}

const MONDAY = 4;

/** What a product's made-up past left on the shelf at the end of each day, and what came in each day. */
interface Shelf {
  endOfDay: number[];
  received: number[];
}

/**
 * Writes a store's location, a supplier (2-day lead time, packs of 10) and each product's movements;
 * returns each product's shelf by SKU.
 */
async function storeWith(db: Db, businessId: string, pasts: Past[]): Promise<Map<string, Shelf>> {
  const shelves = new Map<string, Shelf>();
  const stamp = new Date().toISOString();
  const today = epochDay(localDay(new Date(), DEFAULT_SETTINGS.timeZone));
  const location = newId();
  const supplier = newId();
  await db
    .insertInto('inventory_locations')
    .values({ id: location, business_id: businessId, name: 'Main', created_at: stamp })
    .execute();
  await db
    .insertInto('suppliers')
    .values({ id: supplier, business_id: businessId, name: 'Hanmi', lead_time_days: 2, created_at: stamp })
    .execute();
  for (const past of pasts) {
    const product = newId();
    const cost = past.costCents ?? 200;
    await db
      .insertInto('products')
      .values({
        id: product,
        business_id: businessId,
        sku: past.sku,
        name_ko: `상품 ${past.sku}`,
        name_en: `Product ${past.sku}`,
        category: 'noodles',
        unit_cost_cents: cost,
        price_cents: past.priceCents ?? 350,
        created_at: stamp,
        updated_at: stamp,
      })
      .execute();
    await db
      .insertInto('product_suppliers')
      .values({
        product_id: product,
        supplier_id: supplier,
        unit_cost_cents: cost,
        pack_size: 10,
        preferred: 1,
        lead_time_days: null,
      })
      .execute();
    const first = today - past.days;
    const rows: { kind: 'count' | 'receipt' | 'sale'; quantity: number; epoch: number }[] = [
      { kind: 'count', quantity: past.initial, epoch: first },
    ];
    let onHand = past.initial;
    const shelf: Shelf = { endOfDay: [], received: [] };
    shelves.set(past.sku, shelf);
    for (let i = 0; i < past.days; i++) {
      const received = past.receive(i, onHand, (first + i) % 7 === MONDAY);
      if (received > 0) {
        rows.push({ kind: 'receipt', quantity: received, epoch: first + i });
        onHand += received;
      }
      const sold = Math.min(onHand, past.demand(i));
      if (sold > 0) {
        rows.push({ kind: 'sale', quantity: -sold, epoch: first + i });
        onHand -= sold;
      }
      shelf.endOfDay.push(onHand);
      shelf.received.push(received);
    }
    await db
      .insertInto('stock_movements')
      .values(
        rows.map((r) => ({
          id: newId(),
          business_id: businessId,
          product_id: product,
          location_id: location,
          kind: r.kind,
          quantity: r.quantity,
          user_id: null,
          occurred_at: `${dayString(r.epoch)}T18:00:00.000Z`,
          business_day: dayString(r.epoch),
          created_at: stamp,
        })),
      )
      .execute();
    await db
      .insertInto('stock_levels')
      .values({ product_id: product, location_id: location, on_hand: onHand, updated_at: stamp })
      .execute();
  }
  return shelves;
}

const YEAR_AND_MORE = 420;
const steady = (perDay: number) => () => perDay;

/** Demand of 10 a day; the owner keeps five weeks on the shelf, topping up 70 each Monday. */
const overstocked: Past = {
  sku: 'OVER-1',
  days: YEAR_AND_MORE,
  initial: 350,
  demand: steady(10),
  receive: (_day, onHand, monday) => (monday && onHand < 350 ? 70 : 0),
};
/** Demand of 10 a day; the owner orders 50 each Monday: the shelf is empty two days a week. */
const shortOrdered: Past = {
  sku: 'SHORT-1',
  days: YEAR_AND_MORE,
  initial: 20,
  demand: steady(10),
  receive: (_day, _onHand, monday) => (monday ? 50 : 0),
};
/** Sold until 120 days ago, 40 left on the shelf since. */
const dead: Past = {
  sku: 'DEAD-1',
  days: YEAR_AND_MORE,
  initial: 100,
  demand: (day) => (day < YEAR_AND_MORE - 120 && day % 5 === 0 ? 1 : 0),
  receive: () => 0,
  costCents: 1500,
};
/** One sale every other day, and a case of 200 bought three weeks ago. */
const overbought: Past = {
  sku: 'BULK-1',
  days: YEAR_AND_MORE,
  initial: 10,
  demand: (day) => (day % 2 === 0 ? 1 : 0),
  receive: (day, onHand, monday) => (day === YEAR_AND_MORE - 21 ? 200 : monday && onHand < 5 ? 10 : 0),
  costCents: 500,
};

describe.each(dialects)('Smart Store cost-reduction report on %s', (dialect) => {
  let t: TestApp;
  let w: MatrixWorld;
  let report: CostReportBody;
  let shelves: Map<string, Shelf>;
  const get = (url: string, headers: Record<string, string> = w.headers.owner) =>
    t.app.inject({ method: 'GET', url: `/api/v1/businesses/${w.business.slug}/inventory${url}`, headers });
  const item = (sku: string) => {
    const found = report.items.find((i) => i.sku === sku);
    expect(found, sku).toBeDefined();
    return found as CostReportBody['items'][number];
  };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    w = await createMatrixWorld(t.handle.db);
    shelves = await storeWith(t.handle.db, w.business.id, [overstocked, shortOrdered, dead, overbought]);
    const res = await get('/report');
    expect(res.statusCode, res.body).toBe(200);
    report = res.json();
  });
  afterAll(() => t.close());

  it('replays the last 52 weeks after eight weeks of learning, habit read from the receipts', () => {
    expect(report.period).toMatchObject({
      days: 364,
      learningDays: YEAR_AND_MORE - 364,
      historyDays: YEAR_AND_MORE,
      enough: true,
      trusted: true,
    });
    expect(report.assumptions).toMatchObject({ habitBasis: 'receipts', holdingRate: 0.25, reviewDays: 7 });
    expect(report.products).toEqual({ replayed: 4, tooNew: 0 });
  });

  it('measures what the records show over the period: stock carried, deliveries, empty days', () => {
    for (const past of [overstocked, shortOrdered, overbought]) {
      const shelf = shelves.get(past.sku)!;
      const period = shelf.endOfDay.slice(-364);
      const mean = period.reduce((a, b) => a + b, 0) / 364;
      const found = item(past.sku);
      expect(found.actual.averageStockValueCents, past.sku).toBe(Math.round(mean * (past.costCents ?? 200)));
      expect(found.actual.stockoutDays, past.sku).toBe(period.filter((v) => v <= 0).length);
      expect(found.actual.receivedUnits, past.sku).toBe(
        shelf.received.slice(-364).reduce((a, b) => a + b, 0),
      );
      expect(found.initialStock, past.sku).toBe(shelf.endOfDay.at(-365));
    }
  });

  it('holds far less than a habit of chronic overstock, and sells as much', () => {
    const over = item('OVER-1');
    // The habit is calibrated to the stock the store really carried (about five weeks).
    expect(over.habit.averageStockValueCents).toBeGreaterThan(0.9 * over.actual.averageStockValueCents);
    expect(over.habit.averageStockValueCents).toBeLessThan(1.1 * over.actual.averageStockValueCents);
    expect(over.dari.holdingCostCents).toBeLessThan(0.5 * over.habit.holdingCostCents);
    expect(over.dari.fillRate).toBeGreaterThanOrEqual(0.99);
    expect(over.yearlySavingCents).toBeGreaterThan(0);
  });

  it('loses fewer sales than a habit that runs out every week', () => {
    const short = item('SHORT-1');
    expect(short.actual.stockoutDays).toBeGreaterThan(80);
    expect(short.habitWeeklyOrder).toBe(50);
    // The empty days are not read as no demand: about 20 a week are lost under the habit.
    expect(short.habit.lostUnits).toBeGreaterThan(15 * 50);
    expect(short.dari.lostUnits).toBeLessThan(0.2 * short.habit.lostUnits);
    expect(short.dari.lostMarginCents).toBeLessThan(short.habit.lostMarginCents);
    expect(short.dari.fillRate).toBeGreaterThan(short.habit.fillRate);
  });

  it('lists dead stock and overstock with their value', () => {
    expect(report.deadStock.count).toBe(1);
    expect(report.deadStock.items[0]).toMatchObject({
      sku: 'DEAD-1',
      valueCents: 1500 * report.deadStock.items[0]!.onHand,
    });
    expect(report.deadStock.items[0]!.daysSinceSale).toBeGreaterThanOrEqual(120);
    expect(report.deadStock.valueCents).toBe(report.deadStock.items[0]!.valueCents);
    const bulk = report.overstock.items.find((i) => i.sku === 'BULK-1');
    expect(bulk, JSON.stringify(report.overstock)).toBeDefined();
    expect(bulk!.coverWeeks).toBeGreaterThan(20);
    expect(bulk!.excessUnits).toBeGreaterThan(100);
    expect(bulk!.excessValueCents).toBe(bulk!.excessUnits * 500);
    expect(report.overstock.items.some((i) => i.sku === 'DEAD-1')).toBe(false);
  });

  it('adds up: the saving is habit minus Dari, part by part, over the period and per year', () => {
    for (const set of [report.costs.period, report.costs.yearly]) {
      for (const part of [
        'holdingCostCents',
        'lostMarginCents',
        'orderingCostCents',
        'totalCents',
      ] as const) {
        expect(set.saving[part]).toBe(set.habit[part] - set.dari[part]);
      }
      for (const costs of [set.habit, set.dari, set.saving]) {
        expect(costs.totalCents).toBe(
          costs.holdingCostCents + costs.lostMarginCents + costs.orderingCostCents,
        );
      }
    }
    expect(report.costs.period.habit.holdingCostCents).toBe(report.habit.holdingCostCents);
    expect(report.costs.period.dari.lostMarginCents).toBe(report.dari.lostMarginCents);
    const perProduct = report.items.reduce((sum, i) => sum + i.yearlySavingCents, 0);
    expect(Math.abs(perProduct - report.costs.yearly.saving.totalCents)).toBeLessThanOrEqual(
      report.items.length * 2,
    );
    expect(report.costs.yearly.saving.totalCents).toBeGreaterThan(0);
    expect(report.habit.demandUnits).toBe(report.dari.demandUnits);
    expect(report.items.map((i) => i.yearlySavingCents)).toEqual(
      [...report.items.map((i) => i.yearlySavingCents)].sort((a, b) => b - a),
    );
  });

  it('exports every product as CSV with headers in the caller’s language', async () => {
    await t.handle.db.updateTable('users').set({ locale: 'ko' }).where('id', '=', w.users.owner.id).execute();
    const res = await get('/report.csv');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toContain('연간 절감액');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toContain(report.items[0]!.sku);
    await t.handle.db.updateTable('users').set({ locale: 'en' }).where('id', '=', w.users.owner.id).execute();
    expect((await get('/report.csv')).body).toContain('Yearly saving ($)');
  });

  it('refuses a period outside 4–104 weeks', async () => {
    expect((await get('/report?weeks=2')).statusCode).toBe(400);
    expect((await get('/report?weeks=105')).statusCode).toBe(400);
    expect((await get('/report?colour=red')).statusCode).toBe(400);
  });

  it('says when the history is too short to trust, or to replay at all', async () => {
    const short = await createMatrixWorld(t.handle.db);
    await storeWith(t.handle.db, short.business.id, [{ ...shortOrdered, days: 100 }]);
    const url = `/api/v1/businesses/${short.business.slug}/inventory/report`;
    const res = await t.app.inject({ method: 'GET', url, headers: short.headers.owner });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().period).toMatchObject({ days: 42, learningDays: 58, enough: true, trusted: false });

    const none = await createMatrixWorld(t.handle.db);
    await storeWith(t.handle.db, none.business.id, [{ ...shortOrdered, days: 60 }]);
    const empty = await t.app.inject({
      method: 'GET',
      url: `/api/v1/businesses/${none.business.slug}/inventory/report`,
      headers: none.headers.owner,
    });
    expect(empty.json()).toMatchObject({
      period: { days: 0, from: null, enough: false, trusted: false },
      products: { replayed: 0, tooNew: 0 },
      items: [],
    });
  });
});
