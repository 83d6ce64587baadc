import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../../../test/harness.ts';
import { createMatrixWorld, type MatrixWorld } from '../../../../test/world.ts';

/** The text of every compressed stream of a PDF (content, fonts' ToUnicode maps), for looking into it. */
function pdfStreams(pdf: Buffer): string {
  const text = pdf.toString('latin1');
  const out: string[] = [];
  const marker = /stream\r?\n/g;
  let match: RegExpExecArray | null;
  while ((match = marker.exec(text))) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    try {
      out.push(zlib.inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // Not a Flate stream (e.g. the embedded font program's header); nothing to read in it.
    }
  }
  return out.join('\n');
}

/** A character as the ToUnicode map of an embedded font writes it. */
const unicodeHex = (char: string) => (char.codePointAt(0) ?? 0).toString(16).padStart(4, '0');

describe.each(dialects)('purchase orders on %s', (dialect) => {
  let t: TestApp;
  let w: MatrixWorld;
  let supplierKo: string;
  let supplierEn: string;
  let shin: string;
  let chapa: string;
  let towels: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, headers = w.headers.owner) =>
    t.app.inject({
      method,
      url: `/api/v1/businesses/${w.business.slug}/inventory${url}`,
      headers,
      ...(payload ? { payload } : {}),
    });

  const ko = async () => {
    await t.handle.db.updateTable('users').set({ locale: 'ko' }).where('id', '=', w.users.owner.id).execute();
    return w.headers.owner;
  };

  async function product(sku: string, nameKo: string, nameEn: string, suppliers: object[]) {
    const res = await call('POST', '/products', {
      sku,
      nameKo,
      nameEn,
      unitCostCents: 100,
      priceCents: 150,
      suppliers,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  }

  const onHand = async (id: string) => (await call('GET', `/products/${id}`)).json().onHand as number;

  beforeEach(async () => {
    w = await createMatrixWorld(t.handle.db);
    supplierKo = (
      await call('POST', '/suppliers', {
        name: '한미식품',
        email: 'orders@hanmi.example',
        locale: 'ko',
        leadTimeDays: 3,
      })
    ).json().id;
    supplierEn = (
      await call('POST', '/suppliers', { name: 'Lone Star Paper', email: 'po@lonestar.example' })
    ).json().id;
    shin = await product('NS-SHIN', '신라면', 'Shin Ramyun', [
      { supplierId: supplierKo, unitCostCents: 88, supplierSku: 'HM-0001', preferred: true },
    ]);
    chapa = await product('NS-CHAPA', '짜파게티', 'Chapagetti', [
      { supplierId: supplierKo, unitCostCents: 95 },
    ]);
    towels = await product('PT-TOWEL', '키친타월', 'Kitchen towels', [
      { supplierId: supplierEn, unitCostCents: 210 },
    ]);
  });

  it('goes from draft to sent (e-mail and PDF in the supplier’s language) to received in two parts', async () => {
    const created = await call('POST', '/purchase-orders', {
      supplierId: supplierKo,
      lines: [
        { productId: shin, quantity: 24 },
        { productId: chapa, quantity: 12 },
      ],
      note: ' 오전 배송 부탁드립니다 ',
    });
    expect(created.statusCode, created.body).toBe(201);
    const order = created.json();
    expect(order).toMatchObject({
      number: 1,
      label: 'PO-0001',
      status: 'draft',
      locale: 'ko',
      supplierName: '한미식품',
      lineCount: 2,
      units: 36,
      receivedUnits: 0,
      totalCents: 24 * 88 + 12 * 95,
      note: '오전 배송 부탁드립니다',
      version: 1,
    });
    expect(order.lines[0]).toMatchObject({
      sku: 'NS-SHIN',
      supplierSku: 'HM-0001',
      quantity: 24,
      unitCostCents: 88,
    });

    const edited = await call('PATCH', `/purchase-orders/${order.id}`, {
      version: 1,
      lines: [
        { productId: shin, quantity: 30 },
        { productId: chapa, quantity: 12 },
      ],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ version: 2, units: 42 });

    const sent = await call('POST', `/purchase-orders/${order.id}/send`, { version: 2 });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toMatchObject({
      emailedTo: 'orders@hanmi.example',
      order: { status: 'sent', version: 3 },
    });
    expect(sent.json().order.sentAt).toBeTruthy();
    const mail = await t.handle.db
      .selectFrom('outbox')
      .selectAll()
      .where('to_address', '=', 'orders@hanmi.example')
      .executeTakeFirstOrThrow();
    expect(mail.locale).toBe('ko');
    expect(mail.subject).toContain('발주서 PO-0001');
    expect(mail.body_text).toContain('한미식품 담당자님');
    expect(mail.body_text).toContain('메모: 오전 배송 부탁드립니다');
    const attachment = fs.readFileSync(path.join(t.uploadDir, 'outbox', mail.id, 'PO-0001.pdf'));
    expect(attachment.subarray(0, 5).toString()).toBe('%PDF-');
    expect(
      (await call('GET', `/purchase-orders?status=sent`)).json().items.map((o: { id: string }) => o.id),
    ).toEqual([order.id]);

    const part = await call('POST', `/purchase-orders/${order.id}/receive`, {
      lines: [{ productId: shin, quantity: 10 }],
    });
    expect(part.statusCode, part.body).toBe(200);
    expect(part.json()).toMatchObject({ status: 'partial', receivedUnits: 10 });
    expect(await onHand(shin)).toBe(10);
    const movements = (await call('GET', `/products/${shin}/movements`)).json().items;
    expect(movements[0]).toMatchObject({ kind: 'receipt', quantity: 10, reference: 'PO-0001' });

    const rest = await call('POST', `/purchase-orders/${order.id}/receive`, {
      version: part.json().version,
      lines: [
        { productId: shin, quantity: 20 },
        { productId: chapa, quantity: 12 },
      ],
    });
    expect(rest.statusCode, rest.body).toBe(200);
    expect(rest.json()).toMatchObject({ status: 'received', receivedUnits: 42 });
    expect(await onHand(shin)).toBe(30);
    expect(await onHand(chapa)).toBe(12);
    const cancel = await call('POST', `/purchase-orders/${order.id}/cancel`, {}, await ko());
    expect(cancel.statusCode).toBe(409);
    expect(cancel.json().error.fields.status).toBe(
      '임시 저장되었거나 보낸 발주서만 취소할 수 있습니다. 이 발주서는 입고 완료 상태입니다.',
    );
  });

  it('writes the PDF with Korean product names, and an English supplier gets English', async () => {
    const order = (
      await call('POST', '/purchase-orders', {
        supplierId: supplierKo,
        lines: [{ productId: shin, quantity: 5 }],
      })
    ).json();
    const pdf = await call('GET', `/purchase-orders/${order.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe('attachment; filename="PO-0001.pdf"');
    const bytes = pdf.rawPayload;
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.toString('latin1')).toContain('(PO-0001)');
    const streams = pdfStreams(bytes);
    for (const char of '신라면발주서') {
      expect(streams, char).toContain(`<${unicodeHex(char)}>`);
    }

    const english = (
      await call('POST', '/purchase-orders', {
        supplierId: supplierEn,
        lines: [{ productId: towels, quantity: 6 }],
      })
    ).json();
    expect(english).toMatchObject({ label: 'PO-0002', locale: 'en' });
    await call('POST', `/purchase-orders/${english.id}/send`, {});
    const mail = await t.handle.db
      .selectFrom('outbox')
      .selectAll()
      .where('to_address', '=', 'po@lonestar.example')
      .executeTakeFirstOrThrow();
    expect(mail.locale).toBe('en');
    expect(mail.subject).toMatch(/^Purchase order PO-0002 from /);
  });

  it('sends in the supplier’s current language, and marks an order sent without mail when there is no address', async () => {
    const order = (
      await call('POST', '/purchase-orders', {
        supplierId: supplierEn,
        lines: [{ productId: towels, quantity: 2 }],
      })
    ).json();
    await call('PATCH', `/suppliers/${supplierEn}`, { locale: 'ko', email: '' });
    const outbox = async () =>
      Number(
        (
          await t.handle.db
            .selectFrom('outbox')
            .select((eb) => eb.fn.countAll<string | number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await outbox();
    const sent = await call('POST', `/purchase-orders/${order.id}/send`, {});
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toMatchObject({ emailedTo: null, order: { status: 'sent', locale: 'ko' } });
    expect(await outbox()).toBe(before);
    expect((await call('GET', `/purchase-orders/${order.id}/pdf`)).statusCode).toBe(200);
  });

  it('refuses a stale version with 409 and keeps the other change', async () => {
    const order = (
      await call('POST', '/purchase-orders', {
        supplierId: supplierKo,
        lines: [{ productId: shin, quantity: 5 }],
      })
    ).json();
    expect(
      (await call('PATCH', `/purchase-orders/${order.id}`, { version: 1, note: 'first' })).statusCode,
    ).toBe(200);
    const stale = await call(
      'PATCH',
      `/purchase-orders/${order.id}`,
      { version: 1, note: 'second' },
      await ko(),
    );
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('stale_version');
    expect(stale.json().error.message).toContain('다른 사람이');
    expect((await call('POST', `/purchase-orders/${order.id}/send`, { version: 1 })).statusCode).toBe(409);
    const now = (await call('GET', `/purchase-orders/${order.id}`)).json();
    expect(now).toMatchObject({ note: 'first', version: 2, status: 'draft' });
    expect((await call('GET', `/purchase-orders/unknown-id`)).statusCode).toBe(404);
  });

  it('refuses to receive more than ordered and then records nothing at all', async () => {
    const order = (
      await call('POST', '/purchase-orders', {
        supplierId: supplierKo,
        lines: [
          { productId: shin, quantity: 10 },
          { productId: chapa, quantity: 4 },
        ],
      })
    ).json();
    const early = await call('POST', `/purchase-orders/${order.id}/receive`, {
      lines: [{ productId: shin, quantity: 1 }],
    });
    expect(early.statusCode).toBe(409);
    await call('POST', `/purchase-orders/${order.id}/send`, {});
    await call('POST', `/purchase-orders/${order.id}/receive`, { lines: [{ productId: shin, quantity: 6 }] });
    const over = await call(
      'POST',
      `/purchase-orders/${order.id}/receive`,
      {
        lines: [
          { productId: chapa, quantity: 4 },
          { productId: shin, quantity: 5 },
        ],
      },
      await ko(),
    );
    expect(over.statusCode).toBe(400);
    expect(over.json().error.fields['lines.1.quantity']).toBe(
      '이 줄은 4개만 더 입고할 수 있습니다 (10개 중 6개 입고). 아무것도 기록하지 않았습니다.',
    );
    expect(await onHand(shin)).toBe(6);
    expect(await onHand(chapa)).toBe(0);
    expect((await call('GET', `/products/${chapa}/movements`)).json().total).toBe(0);
    const after = (await call('GET', `/purchase-orders/${order.id}`)).json();
    expect(after).toMatchObject({ status: 'partial', receivedUnits: 6 });
    const other = await call('POST', `/purchase-orders/${order.id}/receive`, {
      lines: [{ productId: towels, quantity: 1 }],
    });
    expect(other.json().error.fields['lines.0.productId']).toBe('이 발주서에 없는 상품입니다.');
  });

  it('checks the lines: whole quantities, this store’s products, supplied by that supplier, once each', async () => {
    const bad = async (lines: object[], supplierId = supplierKo) => {
      const res = await call('POST', '/purchase-orders', { supplierId, lines });
      expect(res.statusCode).toBe(400);
      return res.json().error.fields as Record<string, string>;
    };
    expect((await bad([{ productId: shin, quantity: 2.5 }]))['lines.0.quantity']).toBe(
      'The quantity must be a whole number above zero.',
    );
    expect((await bad([{ productId: shin, quantity: 0 }]))['lines.0.quantity']).toBeTruthy();
    expect((await bad([{ productId: towels, quantity: 1 }]))['lines.0.productId']).toBe(
      'This product is not supplied by 한미식품. Add the supplier to the product first.',
    );
    expect((await bad([{ productId: 'nope', quantity: 1 }]))['lines.0.productId']).toBe(
      'No such product in this store.',
    );
    const twice = await bad([
      { productId: shin, quantity: 1 },
      { productId: shin, quantity: 2 },
    ]);
    expect(twice['lines.1.productId']).toMatch(/already on the order/);
    expect((await bad([{ productId: shin, quantity: 1 }], 'nope')).supplierId).toBe(
      'No such supplier in this store.',
    );
    expect((await bad([])).lines).toBeTruthy();
    expect((await call('GET', '/purchase-orders')).json().total).toBe(0);
  });

  it('cancels a draft, and gives concurrent orders distinct numbers', async () => {
    const draft = (
      await call('POST', '/purchase-orders', {
        supplierId: supplierKo,
        lines: [{ productId: shin, quantity: 5 }],
      })
    ).json();
    const cancelled = await call('POST', `/purchase-orders/${draft.id}/cancel`, {});
    expect(cancelled.json()).toMatchObject({ status: 'cancelled' });
    expect((await call('POST', `/purchase-orders/${draft.id}/send`, {})).statusCode).toBe(409);

    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        call('POST', '/purchase-orders', {
          supplierId: supplierKo,
          lines: [{ productId: chapa, quantity: 1 }],
        }),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual(Array(8).fill(201));
    const numbers = results.map((r) => r.json().number as number).sort((a, b) => a - b);
    expect(numbers).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    const page = (await call('GET', '/purchase-orders?pageSize=5')).json();
    expect(page.total).toBe(9);
    expect(page.items.map((o: { number: number }) => o.number)).toEqual([9, 8, 7, 6, 5]);
  });
});

describe.each(dialects)('ordering settings on %s', (dialect) => {
  let t: TestApp;
  let w: MatrixWorld;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    w = await createMatrixWorld(t.handle.db);
  });
  afterAll(() => t.close());

  const put = (payload: object, headers = w.headers.owner) =>
    t.app.inject({
      method: 'PUT',
      url: `/api/v1/businesses/${w.business.slug}/inventory/settings`,
      headers,
      payload,
    });

  it('has defaults, keeps what is changed, and explains what it refuses', async () => {
    const url = `/api/v1/businesses/${w.business.slug}/inventory/settings`;
    expect((await t.app.inject({ method: 'GET', url, headers: w.headers.owner })).json()).toEqual({
      reviewDays: 7,
      serviceLevel: 0.95,
      holdingRate: 0.25,
      orderCostCents: 500,
      timeZone: 'America/Chicago',
    });
    const saved = await put({ reviewDays: 1, serviceLevel: 0.98, timeZone: 'Asia/Seoul' });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await t.app.inject({ method: 'GET', url, headers: w.headers.owner })).json()).toMatchObject({
      reviewDays: 1,
      serviceLevel: 0.98,
      holdingRate: 0.25,
      timeZone: 'Asia/Seoul',
    });
    const zone = await put({ timeZone: 'Mars/Olympus' }, { ...w.headers.owner, 'accept-language': 'en' });
    expect(zone.json().error.fields.timeZone).toMatch(/Unknown time zone/);
    await t.handle.db.updateTable('users').set({ locale: 'ko' }).where('id', '=', w.users.owner.id).execute();
    const review = await put({ reviewDays: 3, serviceLevel: 0.999 });
    expect(review.statusCode).toBe(400);
    expect(review.json().error.fields).toEqual({
      reviewDays: expect.stringContaining('1, 7'),
      serviceLevel: expect.stringContaining('0.995'),
    });
    expect((await put({})).statusCode).toBe(400);
  });
});
