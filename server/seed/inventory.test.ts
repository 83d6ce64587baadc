import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../test/harness.ts';
import { sessionHeaders } from '../../test/fixtures.ts';
import { dayString, epochDay, localDay } from '../modules/inventory/days.ts';
import type { CostReportBody } from '../modules/inventory/report/schema.ts';
import { DEFAULT_SETTINGS } from '../modules/inventory/settings.ts';
import { seedDemoFederation } from './demo.ts';
import { HISTORY_DAYS } from './inventory.ts';

const HANGUL = /[\uAC00-\uD7A3]/;

describe.each(dialects)("Han Mart's demo Smart Store on %s", (dialect) => {
  let t: TestApp;
  let businessId: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    await seedDemoFederation(t.handle.db);
    businessId = (
      await t.handle.db
        .selectFrom('businesses')
        .select('id')
        .where('slug', '=', 'han-mart')
        .executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(() => t.close());

  it('has a bilingual catalogue, each product with one preferred supplier', async () => {
    const products = await t.handle.db
      .selectFrom('products')
      .selectAll()
      .where('business_id', '=', businessId)
      .execute();
    expect(products.length).toBeGreaterThanOrEqual(40);
    expect(products.length).toBeLessThanOrEqual(60);
    for (const p of products) {
      expect(p.sku).toMatch(/^HM-\d{4}$/);
      expect(p.name_ko, p.sku).toMatch(HANGUL);
      expect(p.name_en, p.sku).not.toMatch(HANGUL);
      expect(p.price_cents, p.sku).toBeGreaterThan(p.unit_cost_cents);
      expect(p.barcode, p.sku).toMatch(/^880\d{10}$/);
    }
    const links = await t.handle.db
      .selectFrom('product_suppliers')
      .innerJoin('products', 'products.id', 'product_suppliers.product_id')
      .select([
        'product_suppliers.product_id',
        'product_suppliers.preferred',
        'product_suppliers.supplier_id',
      ])
      .where('products.business_id', '=', businessId)
      .execute();
    for (const p of products) {
      expect(
        links.filter((l) => l.product_id === p.id && l.preferred === 1),
        p.sku,
      ).toHaveLength(1);
    }
    expect(new Set(links.map((l) => l.supplier_id)).size).toBe(3);
  });

  it('keeps every stock level equal to the sum of its movements, history ending yesterday', async () => {
    const sums = await t.handle.db
      .selectFrom('stock_movements')
      .select(['product_id', 'location_id'])
      .select((eb) => [
        eb.fn.sum<number | string>('quantity').as('total'),
        eb.fn.min<string>('business_day').as('first'),
        eb.fn.max<string>('business_day').as('last'),
      ])
      .where('business_id', '=', businessId)
      .groupBy(['product_id', 'location_id'])
      .execute();
    const levels = await t.handle.db
      .selectFrom('stock_levels')
      .innerJoin('products', 'products.id', 'stock_levels.product_id')
      .select(['stock_levels.product_id', 'stock_levels.location_id', 'stock_levels.on_hand'])
      .where('products.business_id', '=', businessId)
      .execute();
    expect(levels.length).toBe(sums.length);
    for (const level of levels) {
      const sum = sums.find((s) => s.product_id === level.product_id && s.location_id === level.location_id);
      expect(Number(sum?.total), level.product_id).toBe(level.on_hand);
      expect(level.on_hand).toBeGreaterThanOrEqual(0);
    }
    const today = epochDay(localDay(new Date(), DEFAULT_SETTINGS.timeZone));
    expect(
      sums
        .map((s) => s.last)
        .sort()
        .at(-1),
    ).toBe(dayString(today - 1));
    expect(sums.map((s) => s.first).sort()[0]).toBe(dayString(today - HISTORY_DAYS));
  });

  it('shows its owner a trusted report with a yearly saving, stock-outs, dead stock and overstock', async () => {
    const owner = await t.handle.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'owner@hanmart.example')
      .executeTakeFirstOrThrow();
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/businesses/han-mart/inventory/report',
      headers: await sessionHeaders(t.handle.db, owner.id),
    });
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json<CostReportBody>();
    expect(report.period).toMatchObject({ days: 364, enough: true, trusted: true });
    expect(report.assumptions.habitBasis).toBe('receipts');
    expect(report.actual.stockoutDays).toBeGreaterThan(0);
    expect(report.costs.yearly.saving.totalCents).toBeGreaterThan(0);
    expect(report.costs.yearly.saving.holdingCostCents).toBeGreaterThan(0);
    expect(report.dari.averageStockValueCents).toBeLessThan(report.habit.averageStockValueCents);
    expect(report.dari.lostUnits).toBeLessThan(report.habit.lostUnits);
    expect(report.deadStock.items.map((i) => i.sku)).toContain('HM-8001');
    expect(report.overstock.items.map((i) => i.sku)).toContain('HM-6004');
  });
});
