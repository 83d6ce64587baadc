import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addMembership, createBusiness, createUser, sessionHeaders } from '../../../test/fixtures.ts';
import { createTestApp, dialects, type TestApp } from '../../../test/harness.ts';
import { createMatrixWorld, type MatrixWorld } from '../../../test/world.ts';
import { newId } from '../../platform/auth/secrets.ts';
import { localDay } from '../inventory/days.ts';
import { mainLocation } from '../inventory/service.ts';
import { closeOrder } from './closing.ts';
import { daysFromToday } from './scene.ts';
import { commit as commitToOrder } from './service.ts';

interface Store {
  id: string;
  slug: string;
  headers: Record<string, string>;
}

interface View {
  id: string;
  status: string;
  pooledQuantity: number;
  storeCount: number;
  progressPercent: number;
  breakReached: boolean;
  acceptingCommitments: boolean;
  myQuantity: number;
  canManage: boolean;
  myStores: {
    business: { slug: string };
    quantity: number | null;
    purchaseOrder: { number: number } | null;
  }[];
  commitments: { business: { slug: string }; quantity: number; purchaseOrderMade: boolean }[] | null;
}

const SKU = 'HM-SHIN-40';
const order = {
  supplierName: 'Hanmi Foods',
  supplierSku: SKU,
  titleKo: '신라면 박스',
  titleEn: 'Shin Ramyun case',
  unitCostCents: 2400,
  breakQuantity: 100,
  breakCostCents: 2000,
  closesOn: daysFromToday(14),
};

describe.each(dialects)('group buying on %s', (dialect) => {
  let t: TestApp;
  let w: MatrixWorld;
  let han: Store;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    w = await createMatrixWorld(t.handle.db);
    han = { id: w.business.id, slug: w.business.slug, headers: w.headers.owner };
  });

  const base = () => `/api/v1/organizations/${w.org.slug}/group-orders`;
  const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, headers: object, payload?: object) =>
    t.app.inject({
      method,
      url: `${base()}${url}`,
      headers: headers as Record<string, string>,
      ...(payload ? { payload } : {}),
    });

  /** Another store of the organization, its owner a member, speaking `locale`. */
  async function store(locale: 'ko' | 'en' = 'en', organizationId = w.org.id): Promise<Store> {
    const owner = await createUser(t.handle.db, { locale });
    await addMembership(t.handle.db, organizationId, owner.id, 'member');
    const business = await createBusiness(t.handle.db, {
      organizationIds: [organizationId],
      ownerId: owner.id,
    });
    return { ...business, headers: await sessionHeaders(t.handle.db, owner.id) };
  }

  /** The supplier (named as the store typed it) and a product bought from it under the group's SKU. */
  async function stock(s: Store, supplierName = 'hanmi foods ', locale: 'ko' | 'en' = 'ko') {
    const inventory = `/api/v1/businesses/${s.slug}/inventory`;
    const supplier = await t.app.inject({
      method: 'POST',
      url: `${inventory}/suppliers`,
      headers: s.headers,
      payload: { name: supplierName, locale, leadTimeDays: 5 },
    });
    expect(supplier.statusCode, supplier.body).toBe(201);
    const product = await t.app.inject({
      method: 'POST',
      url: `${inventory}/products`,
      headers: s.headers,
      payload: {
        sku: 'SHIN-CASE',
        nameKo: '신라면 박스',
        nameEn: 'Shin Ramyun case',
        unitCostCents: 2400,
        priceCents: 3600,
        suppliers: [
          {
            supplierId: supplier.json().id,
            supplierSku: ` ${SKU.toLowerCase()}`,
            unitCostCents: 2400,
            packSize: 10,
          },
        ],
      },
    });
    expect(product.statusCode, product.body).toBe(201);
    return product.json() as { id: string };
  }

  async function start(headers = han.headers, extra: object = {}): Promise<View> {
    const res = await call('POST', '', headers, { ...order, ...extra });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  }

  const commit = (id: string, s: Store, quantity: unknown) =>
    call('PUT', `/${id}/commitments/${s.slug}`, s.headers, { quantity });

  async function committed(id: string, s: Store, quantity: number): Promise<View> {
    const res = await commit(id, s, quantity);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }

  const purchaseOrders = (businessId: string) =>
    t.handle.db
      .selectFrom('purchase_orders')
      .innerJoin('purchase_order_lines', 'purchase_order_lines.purchase_order_id', 'purchase_orders.id')
      .select([
        'purchase_orders.id',
        'purchase_orders.number',
        'purchase_orders.status',
        'purchase_orders.locale',
        'purchase_orders.note',
        'purchase_orders.group_order_id',
        'purchase_order_lines.product_id',
        'purchase_order_lines.quantity',
        'purchase_order_lines.unit_cost_cents',
      ])
      .where('purchase_orders.business_id', '=', businessId)
      .orderBy('purchase_orders.number')
      .execute();

  const notifications = async (headers: Record<string, string>) =>
    (
      (await t.app.inject({ method: 'GET', url: '/api/v1/notifications', headers })).json() as {
        items: { kind: string; title: string; body: string }[];
      }
    ).items;

  it('pools two stores past the break, and closing drafts each store a purchase order at the break price', async () => {
    const gogi = await store('ko');
    const bakery = await store('en');
    const hanProduct = await stock(han, 'Hanmi Foods', 'en');
    const gogiProduct = await stock(gogi);
    // Gogi House already has an order of its own (no lines yet): the group's draft takes the next number.
    const supplier = await t.handle.db
      .selectFrom('suppliers')
      .select('id')
      .where('business_id', '=', gogi.id)
      .executeTakeFirstOrThrow();
    const stamp = new Date().toISOString();
    await t.handle.db
      .insertInto('purchase_orders')
      .values({
        id: newId(),
        business_id: gogi.id,
        supplier_id: supplier.id,
        number: 1,
        created_at: stamp,
        updated_at: stamp,
      })
      .execute();

    const created = await start(han.headers, { businessSlug: han.slug });
    expect(created).toMatchObject({
      status: 'open',
      pooledQuantity: 0,
      acceptingCommitments: true,
      canManage: true,
    });
    await committed(created.id, han, 60);
    await committed(created.id, gogi, 30);
    await committed(created.id, gogi, 35);
    const joined = await committed(created.id, bakery, 10);
    expect(joined).toMatchObject({
      pooledQuantity: 105,
      storeCount: 3,
      progressPercent: 100,
      breakReached: true,
    });

    const list = (await call('GET', '', gogi.headers)).json();
    expect(list.items[0]).toMatchObject({ id: created.id, pooledQuantity: 105, myQuantity: 35 });
    expect(list.myStores.map((s: { slug: string }) => s.slug)).toEqual([gogi.slug]);

    const closed = await call('POST', `/${created.id}/close`, han.headers);
    expect(closed.statusCode, closed.body).toBe(200);
    const view = closed.json() as View;
    expect(view).toMatchObject({ status: 'closed', acceptingCommitments: false, breakReached: true });
    expect(view.commitments?.map((c) => [c.quantity, c.purchaseOrderMade]).sort()).toEqual([
      [10, false],
      [35, true],
      [60, true],
    ]);

    const hanOrders = await purchaseOrders(han.id);
    expect(hanOrders).toEqual([
      expect.objectContaining({
        number: 1,
        status: 'draft',
        locale: 'en',
        group_order_id: created.id,
        product_id: hanProduct.id,
        quantity: 60,
        unit_cost_cents: 2000,
        note: 'Group order “Shin Ramyun case”: 60 units at the group price.',
      }),
    ]);
    const gogiOrders = await purchaseOrders(gogi.id);
    expect(gogiOrders[0]).toMatchObject({
      number: 2,
      product_id: gogiProduct.id,
      quantity: 35,
      unit_cost_cents: 2000,
    });
    expect(gogiOrders[0]?.note).toBe('공동 구매 “신라면 박스”: 공동 구매 단가로 35개.');
    const links = await t.handle.db
      .selectFrom('group_order_commitments')
      .select(['business_id', 'purchase_order_id', 'product_id'])
      .where('group_order_id', '=', created.id)
      .execute();
    expect(links.find((l) => l.business_id === gogi.id)).toMatchObject({
      purchase_order_id: gogiOrders[0]?.id,
      product_id: gogiProduct.id,
    });
    expect(links.find((l) => l.business_id === bakery.id)?.purchase_order_id).toBeNull();

    const gogiView = (await call('GET', `/${created.id}`, gogi.headers)).json() as View;
    expect(gogiView.myStores).toEqual([
      expect.objectContaining({ quantity: 35, purchaseOrder: { id: gogiOrders[0]?.id, number: 2 } }),
    ]);
    expect(await notifications(gogi.headers)).toEqual([
      expect.objectContaining({
        kind: 'groupOrder.ordered',
        title: '공동 구매 “신라면 박스” 마감: 발주서 초안 PO-0002 준비됨',
        body: expect.stringContaining('개당 $20.00에 35개'),
      }),
    ]);
    expect(await notifications(bakery.headers)).toEqual([
      expect.objectContaining({
        kind: 'groupOrder.unmatched',
        body: expect.stringContaining('Add “Hanmi Foods” as a supplier with the SKU HM-SHIN-40'),
      }),
    ]);
    expect((await commit(created.id, gogi, 40)).statusCode).toBe(409);
  });

  it('shows other stores the pooled total and their own quantity only; the organizer and admins see every store', async () => {
    const gogi = await store();
    const created = await start(w.headers.member);
    await committed(created.id, han, 40);
    await committed(created.id, gogi, 25);

    const asGogi = (await call('GET', `/${created.id}`, gogi.headers)).json() as View;
    expect(asGogi).toMatchObject({ pooledQuantity: 65, storeCount: 2, canManage: false, commitments: null });
    expect(asGogi.myStores).toEqual([
      { business: expect.objectContaining({ slug: gogi.slug }), quantity: 25, purchaseOrder: null },
    ]);
    expect(JSON.stringify(asGogi)).not.toContain(han.slug);

    for (const headers of [w.headers.member, w.headers.admin, w.headers.token]) {
      const pooled = (await call('GET', `/${created.id}`, headers)).json() as View;
      expect(pooled.canManage).toBe(true);
      expect(pooled.commitments?.map((c) => [c.business.slug, c.quantity]).sort()).toEqual(
        [
          [gogi.slug, 25],
          [han.slug, 40],
        ].sort(),
      );
    }
    // Gogi House's owner is not the organizer: no closing.
    expect((await call('POST', `/${created.id}/close`, gogi.headers)).statusCode).toBe(403);
  });

  it('refuses a break price not lower, a closing day in the past or not a date, in the caller’s language', async () => {
    const refused = async (payload: object, field: string, headers = han.headers) => {
      const res = await call('POST', '', headers, { ...order, ...payload });
      expect(res.statusCode, res.body).toBe(400);
      return res.json().error.fields[field] as string;
    };
    expect(await refused({ breakCostCents: 2400 }, 'breakCostCents')).toBe(
      'The price at the break must be lower than the regular price.',
    );
    const today = localDay(new Date(), 'America/Chicago');
    expect(await refused({ closesOn: daysFromToday(-2) }, 'closesOn')).toBe(
      `The closing day cannot be in the past (today is ${today}).`,
    );
    expect(await refused({ closesOn: '2027-02-30' }, 'closesOn')).toBe('Give a real date (YYYY-MM-DD).');
    expect(await refused({ titleKo: '   ' }, 'titleKo')).toBe('Fill this in.');
    const korean = await store('ko');
    expect(await refused({ breakCostCents: 2500 }, 'breakCostCents', korean.headers)).toBe(
      '할인 단가는 정상 단가보다 낮아야 합니다.',
    );
    expect((await call('POST', '', han.headers, { ...order, breakQuantity: 0 })).statusCode).toBe(400);
    expect(
      await t.handle.db
        .selectFrom('group_orders')
        .select('id')
        .where('organization_id', '=', w.org.id)
        .execute(),
    ).toEqual([]);
  });

  it('takes whole positive quantities from stores of the organization, only while open and through the closing day', async () => {
    const created = await start();
    for (const quantity of [0, -3, 2.5, '7a']) {
      const res = await commit(created.id, han, quantity);
      expect(res.statusCode, `${String(quantity)}: ${res.body}`).toBe(400);
      expect(res.json().error.fields.quantity).toBeTruthy();
    }

    // The owner's store in another organization cannot join this one.
    const elsewhere = await createBusiness(t.handle.db, {
      organizationIds: [w.other.id],
      ownerId: w.users.owner.id,
    });
    const foreign = await call('PUT', `/${created.id}/commitments/${elsewhere.slug}`, han.headers, {
      quantity: 5,
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.fields.businessSlug).toBe(
      `This store is not a member of ${w.org.slug} Chamber.`,
    );

    await committed(created.id, han, 5);
    const withdrawn = await call('DELETE', `/${created.id}/commitments/${han.slug}`, han.headers);
    expect(withdrawn.json()).toMatchObject({ pooledQuantity: 0, storeCount: 0 });
    expect((withdrawn.json() as View).myStores[0]?.quantity).toBeNull();

    // The closing day has passed (its calendar is the store's): no more joining.
    await t.handle.db
      .updateTable('group_orders')
      .set({ closes_on: daysFromToday(-3) })
      .where('id', '=', created.id)
      .execute();
    const late = await commit(created.id, han, 5);
    expect(late.statusCode).toBe(409);
    expect(late.json().error.fields.quantity).toBe(`Joining closed on ${daysFromToday(-3)}.`);
    expect((await call('GET', `/${created.id}`, han.headers)).json().acceptingCommitments).toBe(false);

    expect((await commit('no-such-order', han, 5)).statusCode).toBe(404);
  });

  it('below the break, closing orders nothing and tells the stores; a cancelled order takes nothing more', async () => {
    const gogi = await store('ko');
    await stock(gogi);
    const small = await start();
    await committed(small.id, gogi, 30);
    const closed = await call('POST', `/${small.id}/close`, w.headers.admin);
    expect(closed.json()).toMatchObject({ status: 'closed', breakReached: false, pooledQuantity: 30 });
    expect(await purchaseOrders(gogi.id)).toEqual([]);
    expect((await notifications(gogi.headers))[0]).toMatchObject({
      kind: 'groupOrder.notReached',
      body: '필요한 100개 중 30개가 모여 발주서는 만들지 않았습니다. 필요하면 직접 발주하세요.',
    });
    expect((await call('POST', `/${small.id}/close`, han.headers)).statusCode).toBe(409);

    const other = await start();
    await committed(other.id, gogi, 120);
    const cancelled = await call('POST', `/${other.id}/cancel`, han.headers);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', acceptingCommitments: false });
    expect(await purchaseOrders(gogi.id)).toEqual([]);
    expect((await notifications(gogi.headers))[0]?.kind).toBe('groupOrder.cancelled');
    const late = await commit(other.id, gogi, 5);
    expect(late.statusCode).toBe(409);
    expect(late.json().error.fields.quantity).toBe('취소된 공동 구매입니다.');
    expect((await call('POST', `/${other.id}/close`, han.headers)).statusCode).toBe(409);

    const list = (await call('GET', '', han.headers)).json() as { items: { id: string; status: string }[] };
    const third = await start();
    const again = (await call('GET', '', han.headers)).json() as { items: { id: string }[] };
    expect(list.items.map((i) => i.status)).toEqual(['cancelled', 'closed']);
    expect(again.items[0]?.id).toBe(third.id);
  });

  it('counts every store committing at the same moment', async () => {
    const created = await start();
    const stores = [han, ...(await Promise.all([1, 2, 3, 4, 5].map(() => store())))];
    const results = await Promise.all(stores.map((s, i) => commit(created.id, s, 10 + i)));
    expect(results.map((r) => r.statusCode)).toEqual(stores.map(() => 200));
    const view = (await call('GET', `/${created.id}`, w.headers.admin)).json() as View;
    expect(view).toMatchObject({ pooledQuantity: 10 + 11 + 12 + 13 + 14 + 15, storeCount: 6 });
  });

  /** Whether the promise is still pending after a moment (waiting for a lock, or for SQLite's one writer). */
  const stillWaiting = (promise: Promise<unknown>) =>
    Promise.race([promise.then(() => false), new Promise((done) => setTimeout(() => done(true), 300))]);

  /**
   * The close and a commitment of the same order, one holding its transaction open while the other
   * arrives: the other waits, then sees what the first did — the commitment is refused after the
   * close, or it is in the close's orders when it came first.
   */
  it('a commitment arriving during the close waits and is refused; one made before is in the orders', async () => {
    const gogi = await store();
    await stock(han, 'Hanmi Foods');
    await stock(gogi);
    const db = t.handle.db;
    const organization = await db
      .selectFrom('organizations')
      .selectAll()
      .where('id', '=', w.org.id)
      .executeTakeFirstOrThrow();
    const gogiRow = await db
      .selectFrom('businesses')
      .selectAll()
      .where('id', '=', gogi.id)
      .executeTakeFirstOrThrow();
    const organizer = { userId: w.users.owner.id, organizationAdmin: false, canOrganize: true };

    const first = await start();
    await committed(first.id, han, 100);
    let late: Promise<{ statusCode: number; body: string }> | undefined;
    await db.transaction().execute(async (trx) => {
      await closeOrder(trx, organization, first.id, organizer, new Date());
      late = commit(first.id, gogi, 20);
      expect(await stillWaiting(late)).toBe(true);
    });
    const refused = await late;
    expect(refused?.statusCode, refused?.body).toBe(409);
    expect(await purchaseOrders(gogi.id)).toEqual([]);

    const second = await start();
    await committed(second.id, han, 100);
    const gogiOwner = await db
      .selectFrom('business_users')
      .select('user_id')
      .where('business_id', '=', gogi.id)
      .executeTakeFirstOrThrow();
    const viewer = { userId: gogiOwner.user_id, organizationAdmin: false, canOrganize: true };
    let closing: Promise<{ statusCode: number; body: string }> | undefined;
    await db.transaction().execute(async (trx) => {
      await commitToOrder(trx, organization, second.id, gogiRow, viewer, 20, new Date());
      closing = call('POST', `/${second.id}/close`, han.headers);
      expect(await stillWaiting(closing)).toBe(true);
    });
    const closed = await closing;
    expect(closed?.statusCode, closed?.body).toBe(200);
    expect(await purchaseOrders(gogi.id)).toEqual([
      expect.objectContaining({ group_order_id: second.id, quantity: 20, unit_cost_cents: 2000 }),
    ]);
  });

  it('suggests what the store’s own sales call for, through the group’s supplier in whole packs', async () => {
    const product = await stock(han, 'Hanmi Foods');
    const created = await start();
    const suggestion = (s: Store) =>
      call('GET', `/${created.id}/commitments/${s.slug}/suggestion`, s.headers).then((r) => r.json());

    const location = await mainLocation(t.handle.db, han.id, new Date());
    const rows: { day: number; kind: 'receipt' | 'sale'; quantity: number }[] = [
      { day: -43, kind: 'receipt', quantity: 300 },
    ];
    for (let day = -42; day <= -1; day++) {
      rows.push({ day, kind: 'sale', quantity: -6 });
    }
    await t.handle.db
      .insertInto('stock_movements')
      .values(
        rows.map((r) => ({
          id: newId(),
          business_id: han.id,
          product_id: product.id,
          location_id: location.id,
          kind: r.kind,
          quantity: r.quantity,
          transfer_id: null,
          reference: null,
          user_id: null,
          occurred_at: `${daysFromToday(r.day)}T18:00:00.000Z`,
          business_day: daysFromToday(r.day),
          source_key: null,
          created_at: new Date().toISOString(),
        })),
      )
      .execute();
    const mine = await suggestion(han);
    expect(mine.product).toMatchObject({ id: product.id, sku: 'SHIN-CASE' });
    expect(mine.onHand).toBe(300 - 42 * 6);
    expect(mine.dailyDemand).toBeGreaterThan(5);
    expect(mine.dailyDemand).toBeLessThan(7);
    // About 12 days of protection (weekly review, 5 days' lead) at 6 a day, less 48 on hand, in packs of 10.
    expect(mine.suggestedQuantity).toBeGreaterThanOrEqual(30);
    expect(mine.suggestedQuantity % 10).toBe(0);

    const gogi = await store();
    expect(await suggestion(gogi)).toEqual({
      product: null,
      onHand: 0,
      onOrder: 0,
      dailyDemand: 0,
      suggestedQuantity: 0,
    });
  });
});
