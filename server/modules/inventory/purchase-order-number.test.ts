import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../../test/harness.ts';
import { createMatrixWorld, type MatrixWorld } from '../../../test/world.ts';
import { newId } from '../../platform/auth/secrets.ts';
import { insertPurchaseOrder, purchaseOrderLabel } from './purchase-order-number.ts';
import { freshSupplier } from './scene.ts';

describe.each(dialects)('purchase order numbers on %s', (dialect) => {
  let t: TestApp;
  let w: MatrixWorld;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    w = await createMatrixWorld(t.handle.db);
  });
  afterAll(() => t.close());

  const order = (businessId: string, supplierId: string) => {
    const stamp = new Date().toISOString();
    return {
      id: newId(),
      business_id: businessId,
      supplier_id: supplierId,
      created_at: stamp,
      updated_at: stamp,
    };
  };

  it('numbers each store from 1, one after another even when orders are made at the same moment', async () => {
    const db = t.handle.db;
    const supplier = await freshSupplier(db, w.business.id);
    const elsewhere = await freshSupplier(db, w.otherBusiness.id);
    const numbers = await Promise.all(
      Array.from({ length: 8 }, () =>
        db.transaction().execute((trx) => insertPurchaseOrder(trx, order(w.business.id, supplier))),
      ),
    );
    expect(numbers.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await insertPurchaseOrder(db, order(w.otherBusiness.id, elsewhere))).toBe(1);
    expect(purchaseOrderLabel(7)).toBe('PO-0007');
  });
});
