import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../../../test/harness.ts';
import { createMatrixWorld, type MatrixWorld } from '../../../../test/world.ts';
import { newId } from '../../../platform/auth/secrets.ts';
import { productIdentifierClash } from '../service.ts';

/** Two requests naming the same SKU or barcode at once: one wins, the other gets the 409 a lone request gets. */
describe.each(dialects)('product SKU and barcode under concurrent writes on %s', (dialect) => {
  let t: TestApp;
  let w: MatrixWorld;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    w = await createMatrixWorld(t.handle.db);
  });

  const products = `/inventory/products`;
  const call = (method: 'POST' | 'PATCH', path: string, payload: object) =>
    t.app.inject({
      method,
      url: `/api/v1/businesses/${w.business.slug}${path}`,
      headers: w.headers.owner,
      payload,
    });
  const body = (sku: string, barcode: string) => ({
    sku,
    barcode,
    nameKo: '새우깡',
    nameEn: 'Shrimp crackers',
    unitCostCents: 95,
    priceCents: 149,
  });
  const row = (sku: string, barcode: string | null) => ({
    id: newId(),
    business_id: w.business.id,
    sku,
    barcode,
    name_ko: '새우깡',
    name_en: 'Shrimp crackers',
    unit_cost_cents: 95,
    price_cents: 149,
    created_at: '2026-11-01T00:00:00.000Z',
    updated_at: '2026-11-01T00:00:00.000Z',
  });

  it('two creates with the same SKU, or the same barcode: one 201, one 409 naming the field', async () => {
    const sameSku = await Promise.all([
      call('POST', products, body('RACE-SKU', '8800000000011')),
      call('POST', products, body('RACE-SKU', '8800000000028')),
    ]);
    expect(sameSku.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(sameSku.find((r) => r.statusCode === 409)?.json().error.fields).toHaveProperty('sku');

    const sameBarcode = await Promise.all([
      call('POST', products, body('RACE-A', '8800000000035')),
      call('POST', products, body('RACE-B', '8800000000035')),
    ]);
    expect(sameBarcode.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(sameBarcode.find((r) => r.statusCode === 409)?.json().error.fields).toHaveProperty('barcode');
  });

  it('two products given the same barcode at once: one 200, one 409', async () => {
    const a = (await call('POST', products, body('RACE-C', '8800000000042'))).json() as { id: string };
    const b = (await call('POST', products, body('RACE-D', '8800000000059'))).json() as { id: string };
    const results = await Promise.all([
      call('PATCH', `${products}/${a.id}`, { barcode: '8800000000066' }),
      call('PATCH', `${products}/${b.id}`, { barcode: '8800000000066' }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
  });

  it("reads this database's unique-violation error as the SKU or barcode it names, and nothing else", async () => {
    const db = t.handle.db;
    await db.insertInto('products').values(row('CLASH-1', '8800000000073')).execute();
    const failure = (write: Promise<unknown>) =>
      write.then(
        () => undefined,
        (error: unknown) => error,
      );
    const skuError = await failure(db.insertInto('products').values(row('CLASH-1', null)).execute());
    const barcodeError = await failure(
      db.insertInto('products').values(row('CLASH-2', '8800000000073')).execute(),
    );
    const otherError = await failure(
      db
        .insertInto('products')
        .values({ ...row('CLASH-3', null), business_id: 'no-such-business' })
        .execute(),
    );
    expect(productIdentifierClash(skuError)).toBe('sku');
    expect(productIdentifierClash(barcodeError)).toBe('barcode');
    expect(otherError).toBeDefined();
    expect(productIdentifierClash(otherError)).toBeUndefined();
  });

  // PostgreSQL runs transactions side by side: the check passes in both and the unique index decides.
  it.runIf(dialect === 'postgres')(
    'a create whose check passed before the other commits still gets 409, not 500',
    async () => {
      const db = t.handle.db;
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      let inserted = () => {};
      const ready = new Promise<void>((resolve) => (inserted = resolve));
      const first = db.transaction().execute(async (trx) => {
        await trx.insertInto('products').values(row('RACE-HELD', '8800000000080')).execute();
        inserted();
        await held;
      });
      await ready;
      const second = call('POST', products, body('RACE-HELD', '8800000000097'));
      // Until the second insert waits on the first's uncommitted key, i.e. its own check has passed.
      let waiting = false;
      for (let i = 0; i < 300 && !waiting; i++) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        const found = await sql<{ n: string }>`select count(*) as n from pg_stat_activity
          where wait_event_type = 'Lock' and query like 'insert into "products"%'`.execute(db);
        waiting = Number(found.rows[0]?.n ?? 0) > 0;
      }
      release();
      await first;
      const res = await second;
      expect(waiting, 'the second insert waited for the first').toBe(true);
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json().error.fields).toHaveProperty('sku');
    },
  );
});
