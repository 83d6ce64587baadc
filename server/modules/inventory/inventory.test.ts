import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../../test/harness.ts';
import { createMatrixWorld, type MatrixWorld } from '../../../test/world.ts';

describe.each(dialects)('Smart Store catalogue and stock on %s', (dialect) => {
  let t: TestApp;
  let w: MatrixWorld;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    w = await createMatrixWorld(t.handle.db);
  });

  const call = (
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    payload?: object,
    headers: Record<string, string> = w.headers.owner,
  ) =>
    t.app.inject({
      method,
      url: `/api/v1/businesses/${w.business.slug}/inventory${url}`,
      headers,
      ...(payload ? { payload } : {}),
    });

  /** The owner's account language decides the answer's language (before Accept-Language). */
  const ko = async () => {
    await t.handle.db.updateTable('users').set({ locale: 'ko' }).where('id', '=', w.users.owner.id).execute();
    return w.headers.owner;
  };

  async function product(sku = 'RAMYUN-1', extra: object = {}) {
    const res = await call('POST', '/products', {
      sku,
      nameKo: '신라면',
      nameEn: 'Shin Ramyun',
      unitCostCents: 90,
      priceCents: 150,
      ...extra,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; sku: string };
  }

  const move = (payload: object, headers?: Record<string, string>) =>
    call('POST', '/movements', payload, headers);

  async function movementSum(productId: string, locationId: string): Promise<number> {
    const row = await t.handle.db
      .selectFrom('stock_movements')
      .select((eb) => eb.fn.sum<string | number>('quantity').as('sum'))
      .where('product_id', '=', productId)
      .where('location_id', '=', locationId)
      .executeTakeFirstOrThrow();
    return Number(row.sum ?? 0);
  }

  it('sets up locations, suppliers and products with supplier links, and finds them', async () => {
    const locations = await call('GET', '/locations');
    expect(locations.json().map((l: { name: string }) => l.name)).toEqual(['Main']);
    const back = await call('POST', '/locations', { name: ' Back room ' });
    expect(back.statusCode, back.body).toBe(201);
    expect(back.json().name).toBe('Back room');
    const again = await call('POST', '/locations', { name: 'Back room' }, await ko());
    expect(again.statusCode).toBe(409);
    expect(again.json().error.fields.name).toBe('이 매장에는 이미 “Back room” 위치가 있습니다.');

    const supplier = await call('POST', '/suppliers', {
      name: 'Hanmi Foods',
      email: 'Orders@Hanmi.example',
      locale: 'ko',
      leadTimeDays: 5,
    });
    expect(supplier.statusCode, supplier.body).toBe(201);
    const s = supplier.json();
    expect(s).toMatchObject({
      name: 'Hanmi Foods',
      email: 'orders@hanmi.example',
      locale: 'ko',
      leadTimeDays: 5,
    });
    const changed = await call('PATCH', `/suppliers/${s.id}`, { phone: '214-555-0199', leadTimeDays: 4 });
    expect(changed.json()).toMatchObject({ phone: '214-555-0199', leadTimeDays: 4, name: 'Hanmi Foods' });

    const created = await call('POST', '/products', {
      sku: 'NS-SHIN-120',
      barcode: '8801043014809',
      nameKo: '신라면 120g',
      nameEn: 'Shin Ramyun 120g',
      category: 'Noodles',
      unitCostCents: 92,
      priceCents: 149,
      suppliers: [{ supplierId: s.id, packSize: 40, minOrderPacks: 2, unitCostCents: 88, preferred: true }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const p = created.json();
    expect(p).toMatchObject({ sku: 'NS-SHIN-120', onHand: 0, category: 'Noodles' });
    expect(p.suppliers).toEqual([
      {
        supplierId: s.id,
        supplierName: 'Hanmi Foods',
        supplierSku: '',
        packSize: 40,
        minOrderPacks: 2,
        unitCostCents: 88,
        leadTimeDays: null,
        effectiveLeadTimeDays: 4,
        preferred: true,
      },
    ]);
    await product('CH-100', { nameKo: '짜파게티', nameEn: 'Chapagetti' });

    expect((await call('GET', '/barcodes/8801043014809')).json().id).toBe(p.id);
    expect((await call('GET', '/barcodes/0000000000')).statusCode).toBe(404);
    const skus = async (q: string) =>
      (await call('GET', `/products?q=${encodeURIComponent(q)}`))
        .json()
        .items.map((i: { sku: string }) => i.sku);
    expect(await skus('ns-shin')).toEqual(['NS-SHIN-120']);
    expect(await skus('880104')).toEqual(['NS-SHIN-120']);
    expect(await skus('짜파')).toEqual(['CH-100']);
    expect(await skus('ramyun')).toEqual(['NS-SHIN-120']);
    expect(await skus('%')).toEqual([]);
    const paged = (await call('GET', '/products?pageSize=1&page=2')).json();
    expect(paged).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(paged.items.map((i: { sku: string }) => i.sku)).toEqual(['NS-SHIN-120']);

    const updated = await call('PATCH', `/products/${p.id}`, {
      priceCents: 159,
      barcode: null,
      suppliers: [{ supplierId: s.id, packSize: 24, unitCostCents: 90, leadTimeDays: 2 }],
    });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({ priceCents: 159, barcode: null });
    expect(updated.json().suppliers[0]).toMatchObject({
      packSize: 24,
      leadTimeDays: 2,
      effectiveLeadTimeDays: 2,
    });
    const clash = await call('PATCH', `/products/${p.id}`, { sku: 'CH-100' });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error.fields.sku).toBe('다른 상품이 이미 SKU “CH-100”를 쓰고 있습니다.');
  });

  it('records receipts, sales, adjustments, counts and transfers; on-hand follows, with who and when', async () => {
    const p = await product();
    const main = (await call('GET', '/locations')).json()[0];
    const back = (await call('POST', '/locations', { name: 'Back room' })).json();

    const receipt = await move({ kind: 'receipt', sku: p.sku, quantity: 40, reference: 'PO-1' });
    expect(receipt.statusCode, receipt.body).toBe(201);
    expect(receipt.json().movements[0]).toMatchObject({
      kind: 'receipt',
      quantity: 40,
      locationId: main.id,
      locationName: 'Main',
      reference: 'PO-1',
      userId: w.users.owner.id,
      userName: 'Owner',
      negativeAllowed: false,
    });
    expect(receipt.json().levels).toEqual([{ locationId: main.id, onHand: 40 }]);

    expect(
      (await move({ kind: 'sale', productId: p.id, quantity: 7 }, w.headers.staff)).json().levels[0].onHand,
    ).toBe(33);
    expect(
      (await move({ kind: 'adjustment', productId: p.id, quantity: -3, note: 'broken' })).json().levels[0]
        .onHand,
    ).toBe(30);
    const transfer = await move({
      kind: 'transfer',
      productId: p.id,
      locationId: main.id,
      toLocationId: back.id,
      quantity: 12,
    });
    expect(transfer.statusCode, transfer.body).toBe(201);
    const [out, into] = transfer.json().movements;
    expect(out).toMatchObject({ kind: 'transfer_out', quantity: -12, locationId: main.id });
    expect(into).toMatchObject({ kind: 'transfer_in', quantity: 12, locationId: back.id });
    expect(out.transferId).toBeTruthy();
    expect(into.transferId).toBe(out.transferId);

    const count = await move({ kind: 'count', productId: p.id, locationId: main.id, quantity: 15 });
    expect(count.json().movements[0]).toMatchObject({ kind: 'count', quantity: -3 });
    expect(count.json().levels[0].onHand).toBe(15);

    const earlier = new Date(Date.now() - 86_400_000).toISOString();
    await move({ kind: 'sale', productId: p.id, locationId: back.id, quantity: 2, occurredAt: earlier });

    const stock = (await call('GET', `/stock?productId=${p.id}`)).json();
    expect(
      stock.items.map((l: { locationName: string; onHand: number }) => [l.locationName, l.onHand]),
    ).toEqual([
      ['Main', 15],
      ['Back room', 10],
    ]);
    expect(await movementSum(p.id, main.id)).toBe(15);
    expect(await movementSum(p.id, back.id)).toBe(10);
    expect((await call('GET', `/products/${p.id}`)).json().onHand).toBe(25);

    const history = (await call('GET', `/products/${p.id}/movements`)).json();
    expect(history.total).toBe(7);
    expect(history.items.at(-1).occurredAt).toBe(earlier);
    const atBack = (await call('GET', `/products/${p.id}/movements?locationId=${back.id}`)).json();
    expect(atBack.items.map((m: { kind: string }) => m.kind)).toEqual(['transfer_in', 'sale']);
  });

  it('refuses stock going below zero in the caller’s language, and records it with the flag as an anomaly', async () => {
    const p = await product();
    await move({ kind: 'receipt', productId: p.id, quantity: 2 });
    const refused = await move({ kind: 'sale', productId: p.id, quantity: 5 }, await ko());
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('stock_negative');
    expect(refused.json().error.message).toContain('재고가 부족합니다');
    expect(refused.json().error.fields.quantity).toBe(
      '“Main”의 재고가 2개뿐이라 -3개가 됩니다. 수량을 확인하거나, 이상 기록으로 그대로 저장하세요.',
    );
    const back = (await call('POST', '/locations', { name: 'Back room' })).json();
    const refusedTransfer = await move({
      kind: 'transfer',
      productId: p.id,
      toLocationId: back.id,
      quantity: 3,
    });
    expect(refusedTransfer.statusCode).toBe(409);
    expect((await call('GET', `/products/${p.id}/movements`)).json().total).toBe(1);
    expect((await call('GET', '/stock?anomalies=true')).json().items).toEqual([]);

    const allowed = await move({ kind: 'sale', productId: p.id, quantity: 5, allowNegative: true });
    expect(allowed.statusCode, allowed.body).toBe(201);
    expect(allowed.json().movements[0].negativeAllowed).toBe(true);
    expect(allowed.json().levels[0].onHand).toBe(-3);
    const anomalies = (await call('GET', '/stock?anomalies=true')).json().items;
    expect(anomalies).toHaveLength(1);
    expect(anomalies[0]).toMatchObject({ productId: p.id, onHand: -3, anomaly: true });
    expect(anomalies[0].lastNegativeAllowedAt).toBe(allowed.json().movements[0].occurredAt);

    // A receipt while below zero is not refused; a count brings it back to what is on the shelf.
    expect((await move({ kind: 'receipt', productId: p.id, quantity: 1 })).json().levels[0].onHand).toBe(-2);
    expect((await move({ kind: 'count', productId: p.id, quantity: 4 })).json().levels[0].onHand).toBe(4);
    const level = (await call('GET', `/stock?productId=${p.id}`)).json().items[0];
    expect(level).toMatchObject({ onHand: 4, anomaly: true });
  });

  it.each([
    [{ kind: 'receipt', quantity: -4 }, 'quantity', 'The quantity must be a whole number above zero.'],
    [{ kind: 'sale', quantity: 0 }, 'quantity', 'The quantity must be a whole number above zero.'],
    [{ kind: 'receipt', quantity: 1.5 }, 'quantity', 'Must be a integer.'],
    [{ kind: 'receipt', quantity: '2.5' }, 'quantity', 'Must be a integer.'],
    [
      { kind: 'adjustment', quantity: 0 },
      'quantity',
      'An adjustment must add or remove at least one unit (e.g. 3 or -2).',
    ],
    [{ kind: 'count', quantity: -1 }, 'quantity', 'A count cannot be below zero.'],
    [{ kind: 'transfer', quantity: 1 }, 'toLocationId', 'Choose the location the stock moves to.'],
    [
      { kind: 'receipt', quantity: 1, toLocationId: 'x' },
      'toLocationId',
      'Only a transfer has a destination.',
    ],
    [
      { kind: 'receipt', quantity: 1, locationId: 'nowhere' },
      'locationId',
      'No such location in this store.',
    ],
    [{ kind: 'receipt', quantity: 1, occurredAt: 'in future' }, 'occurredAt', 'Must be a valid date-time.'],
  ])('refuses %j with a field message, storing nothing', async (payload, field, message) => {
    const p = await product();
    const res = await move({ productId: p.id, ...payload });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.fields[field]).toBe(message);
    expect(await movementSum(p.id, (await call('GET', '/locations')).json()[0].id)).toBe(0);
    expect((await call('GET', `/products/${p.id}/movements`)).json().total).toBe(0);
  });

  it('refuses unknown SKUs and products, future dates and a transfer to the same place, in Korean too', async () => {
    const p = await product();
    const unknownSku = await move({ kind: 'sale', sku: 'NOPE-1', quantity: 1 }, await ko());
    expect(unknownSku.statusCode).toBe(400);
    expect(unknownSku.json().error.fields.sku).toBe('이 매장에 SKU “NOPE-1” 상품이 없습니다.');
    const unknownId = await move({ kind: 'sale', productId: 'nope', quantity: 1 });
    expect(unknownId.json().error.fields.productId).toBe('이 매장에 없는 상품입니다.');
    const neither = await move({ kind: 'sale', quantity: 1 });
    expect(neither.json().error.fields.productId).toBe('상품이나 SKU를 입력해 주세요.');

    const future = new Date(Date.now() + 3_600_000).toISOString();
    const ahead = await move(
      { kind: 'receipt', productId: p.id, quantity: 1, occurredAt: future },
      await ko(),
    );
    expect(ahead.statusCode).toBe(400);
    expect(ahead.json().error.fields.occurredAt).toBe('미래 날짜는 입력할 수 없습니다.');
    const slightlyAhead = new Date(Date.now() + 60_000).toISOString();
    expect(
      (await move({ kind: 'receipt', productId: p.id, quantity: 1, occurredAt: slightlyAhead })).statusCode,
    ).toBe(201);

    const main = (await call('GET', '/locations')).json()[0];
    const same = await move({ kind: 'transfer', productId: p.id, toLocationId: main.id, quantity: 1 });
    expect(same.json().error.fields.toLocationId).toBe('이동에는 서로 다른 두 위치가 필요합니다.');

    // Another store's product and location are unknown here.
    const theirs = await t.app.inject({
      method: 'POST',
      url: `/api/v1/businesses/${w.otherBusiness.slug}/inventory/movements`,
      headers: w.headers.owner,
      payload: { kind: 'receipt', productId: p.id, quantity: 1 },
    });
    expect(theirs.statusCode).toBe(403);
    expect((await call('GET', '/products/nope')).statusCode).toBe(404);
    expect((await call('GET', '/products/nope/movements')).statusCode).toBe(404);
    expect(await movementSum(p.id, main.id)).toBe(1);
  });

  it('refuses bad catalogue input with field messages, storing nothing', async () => {
    const supplier = (await call('POST', '/suppliers', { name: 'Hanmi' })).json();
    const bad = [
      [{ sku: 'A', nameKo: ' ', nameEn: 'x', unitCostCents: 1, priceCents: 1 }, 'nameKo', 'Give a name.'],
      [
        { sku: 'A', nameKo: 'x', nameEn: 'x', unitCostCents: -1, priceCents: 1 },
        'unitCostCents',
        'Must be at least 0.',
      ],
      [
        { sku: 'A', nameKo: 'x', nameEn: 'x', unitCostCents: 1.5, priceCents: 1 },
        'unitCostCents',
        'Must be a integer.',
      ],
      [
        {
          sku: 'A',
          nameKo: 'x',
          nameEn: 'x',
          unitCostCents: 1,
          priceCents: 1,
          suppliers: [{ supplierId: 'zz', unitCostCents: 1 }],
        },
        'suppliers.0.supplierId',
        'No such supplier in this store.',
      ],
      [
        {
          sku: 'A',
          nameKo: 'x',
          nameEn: 'x',
          unitCostCents: 1,
          priceCents: 1,
          suppliers: [{ supplierId: supplier.id, unitCostCents: 1, packSize: 0 }],
        },
        'suppliers.0.packSize',
        'Must be at least 1.',
      ],
    ] as const;
    for (const [payload, field, message] of bad) {
      const res = await call('POST', '/products', payload);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.fields[field]).toBe(message);
    }
    expect((await call('GET', '/products')).json().total).toBe(0);
    const badSupplier = await call('POST', '/suppliers', { name: 'X', locale: 'fr' });
    expect(badSupplier.statusCode).toBe(400);
    expect((await call('GET', '/suppliers')).json()).toHaveLength(1);
  });
});
