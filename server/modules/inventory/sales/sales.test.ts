import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../../../test/harness.ts';
import { createMatrixWorld, type MatrixWorld } from '../../../../test/world.ts';
import { cp949, csvText, multipart, xlsxFile } from '../../imports/fixtures/files.ts';
import { localDay } from '../days.ts';
import { addDays, dailyCsv, squareCsv, type SquareLine } from './fixtures.ts';

interface Report {
  dryRun: boolean;
  format: string;
  encoding: string;
  rowCount: number;
  newLines: number;
  alreadyImported: number;
  withoutSku: number;
  unitsSold: number;
  firstDay: string | null;
  lastDay: string | null;
  errors: { line: number; field: string; message: string }[];
  negative: { sku: string; locationName: string; onHand: number; after: number }[];
  salesImport: { id: string; movementCount: number; rowCount: number; fileName: string } | null;
}

describe.each(dialects)('Smart Store sales import on %s', (dialect) => {
  let t: TestApp;
  let w: MatrixWorld;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    w = await createMatrixWorld(t.handle.db);
  });

  // Store days in Dallas (the default time zone); every file's days are in the recent past.
  const today = localDay(new Date(), 'America/Chicago');
  const day = (offset: number) => addDays(today, offset);
  const url = (path: string) => `/api/v1/businesses/${w.business.slug}/inventory${path}`;

  const json = (method: 'GET' | 'POST', path: string, payload?: object) =>
    t.app.inject({ method, url: url(path), headers: w.headers.owner, ...(payload ? { payload } : {}) });

  function send(path: string, content: Buffer, fields: Record<string, string> = {}, filename = 'sales.csv') {
    const form = multipart({ content, filename }, fields);
    return t.app.inject({
      method: 'POST',
      url: url(`/sales-imports${path}`),
      headers: { ...w.headers.owner, ...form.headers },
      payload: form.payload,
    });
  }

  async function importFile(content: Buffer, fields: Record<string, string> = {}, status = 201) {
    const res = await send('', content, fields);
    expect(res.statusCode, res.body).toBe(status);
    return res.json() as Report;
  }

  async function product(sku: string, stock = 0) {
    const res = await json('POST', '/products', {
      sku,
      nameKo: `상품 ${sku}`,
      nameEn: `Product ${sku}`,
      unitCostCents: 100,
      priceCents: 150,
    });
    expect(res.statusCode, res.body).toBe(201);
    if (stock > 0) {
      expect((await json('POST', '/movements', { kind: 'receipt', sku, quantity: stock })).statusCode).toBe(
        201,
      );
    }
    return res.json() as { id: string; sku: string };
  }

  const onHand = async (productId: string) =>
    ((await json('GET', `/products/${productId}`)).json() as { onHand: number }).onHand;

  const sales = (productId?: string) => {
    let query = t.handle.db
      .selectFrom('stock_movements')
      .select(['quantity', 'business_day', 'source_key', 'occurred_at', 'negative_allowed', 'reference'])
      .where('business_id', '=', w.business.id)
      .where('kind', '=', 'sale');
    if (productId) {
      query = query.where('product_id', '=', productId);
    }
    return query.orderBy('source_key').execute();
  };

  /** Every level equals the sum of its movements. */
  async function expectLevelsAreSums() {
    const levels = await t.handle.db
      .selectFrom('stock_levels')
      .innerJoin('products', 'products.id', 'stock_levels.product_id')
      .select(['stock_levels.product_id', 'stock_levels.location_id', 'stock_levels.on_hand'])
      .where('products.business_id', '=', w.business.id)
      .execute();
    const sums = await t.handle.db
      .selectFrom('stock_movements')
      .select(['product_id', 'location_id', (eb) => eb.fn.sum<string | number>('quantity').as('sum')])
      .where('business_id', '=', w.business.id)
      .groupBy(['product_id', 'location_id'])
      .execute();
    const byLevel = new Map(sums.map((s) => [`${s.product_id} ${s.location_id}`, Number(s.sum)]));
    expect(levels.length).toBeGreaterThan(0);
    for (const level of levels) {
      expect(level.on_hand).toBe(byLevel.get(`${level.product_id} ${level.location_id}`) ?? 0);
    }
  }

  it('brings a daily file in once: each line a sale on its day; the same file again changes nothing', async () => {
    const shin = await product('NS-SHIN', 100);
    const chapa = await product('NS-CHAPA', 50);
    const file = dailyCsv([
      [day(-3), 'NS-SHIN', 5],
      [day(-3), 'NS-CHAPA', 2],
      [day(-2), 'NS-SHIN', 7],
      [day(-2), 'NS-SHIN', 1],
    ]);

    const preview = await send('/preview', file);
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({
      format: 'generic-daily',
      encoding: 'utf-8',
      rowCount: 4,
      savedMapping: false,
      mapping: { Date: 'date', SKU: 'sku', Qty: 'quantity' },
    });

    const dry = await importFile(file, { dryRun: 'true' }, 200);
    expect(dry).toMatchObject({ dryRun: true, newLines: 3, alreadyImported: 0, unitsSold: 15, errors: [] });
    expect(await sales()).toEqual([]);

    const first = await importFile(file);
    expect(first).toMatchObject({
      dryRun: false,
      newLines: 3,
      alreadyImported: 0,
      firstDay: day(-3),
      lastDay: day(-2),
      salesImport: { rowCount: 4, movementCount: 3, fileName: 'sales.csv' },
    });
    expect(await onHand(shin.id)).toBe(87);
    expect(await onHand(chapa.id)).toBe(48);
    const shinSales = await sales(shin.id);
    expect(shinSales.map((m) => [m.quantity, m.business_day])).toEqual([
      [-5, day(-3)],
      [-8, day(-2)],
    ]);
    expect(shinSales[0]?.source_key).toBe(`daily:${day(-3)}::NS-SHIN`);

    const again = await importFile(file);
    expect(again).toMatchObject({ newLines: 0, alreadyImported: 3, salesImport: { movementCount: 0 } });
    expect(await sales()).toHaveLength(3);
    expect(await onHand(shin.id)).toBe(87);

    // An overlapping export: the day already in adds nothing, the new day adds its line.
    const overlap = await importFile(
      dailyCsv([
        [day(-2), 'NS-SHIN', 8],
        [day(-1), 'NS-SHIN', 4],
      ]),
    );
    expect(overlap).toMatchObject({ newLines: 1, alreadyImported: 1 });
    expect(await onHand(shin.id)).toBe(83);

    const list = (await json('GET', '/sales-imports')).json();
    expect(list.total).toBe(3);
    expect(list.items[0]).toMatchObject({ format: 'generic-daily', importedBy: 'Owner' });
    await expectLevelsAreSums();
  });

  it('reads a Square Item Sales Detail export: refunds go back into stock, custom amounts are skipped', async () => {
    const mug = await product('MUG-1', 20);
    const fern = await product('FERN-1', 20);
    const [y, m, d] = day(-5).split('-');
    const lines: SquareLine[] = [
      {
        date: day(-5),
        time: '10:02:11',
        item: 'Mug',
        qty: '2',
        sku: 'MUG-1',
        price: 18,
        transaction: 'SQA1x',
        payment: 'PA1',
      },
      {
        date: day(-5),
        time: '10:02:11',
        item: 'Fern print',
        qty: '1.0',
        sku: 'FERN-1',
        price: 12,
        transaction: 'SQA1x',
        payment: 'PA1',
      },
      {
        date: day(-5),
        time: '10:02:11',
        item: 'Mug',
        qty: '1',
        sku: 'MUG-1',
        price: 18,
        transaction: 'SQA1x',
        payment: 'PA1',
      },
      {
        date: day(-5),
        time: '23:40:00',
        item: 'Custom Amount',
        qty: '1',
        sku: '',
        price: 5,
        transaction: 'SQB2y',
        payment: 'PB2',
      },
      // Square's older exports write US dates; the refund repeats the sale's Transaction ID.
      {
        date: `${m}/${d}/${y}`,
        time: '11:40:00',
        item: 'Fern print',
        qty: '1',
        sku: 'FERN-1',
        price: 12,
        transaction: 'SQC3z',
        payment: 'PC3',
        zone: 'Eastern Time (US & Canada)',
      },
      {
        date: day(-1),
        time: '09:00:00',
        item: 'Mug',
        qty: '-1',
        sku: 'MUG-1',
        price: 18,
        transaction: 'SQA1x',
        payment: 'PA1R',
        event: 'Refund',
      },
    ];
    const file = squareCsv(lines);

    const preview = (await send('/preview', file)).json();
    expect(preview).toMatchObject({ format: 'square-items', mapping: null, rowCount: 6 });

    // Square names its own location ("Han Mart"); this store keeps the sales in its Main location.
    const main = (await json('GET', '/locations')).json()[0] as { id: string };
    const report = await importFile(file, { locationId: main.id });
    expect(report).toMatchObject({
      format: 'square-items',
      newLines: 5,
      withoutSku: 1,
      unitsSold: 4,
      firstDay: day(-5),
      lastDay: day(-1),
      errors: [],
    });
    expect(await onHand(mug.id)).toBe(18);
    expect(await onHand(fern.id)).toBe(18);
    const mugSales = await sales(mug.id);
    expect(mugSales.map((s) => [s.source_key, s.quantity, s.reference])).toEqual([
      ['square:SQA1x:payment:PA1:MUG-1:1', -2, 'SQA1x'],
      ['square:SQA1x:payment:PA1:MUG-1:2', -1, 'SQA1x'],
      ['square:SQA1x:refund:PA1R:' + `${day(-1)} 32400:MUG-1:1`, 1, 'SQA1x'],
    ]);
    expect(mugSales[2]?.business_day).toBe(day(-1));
    // Central time, as the Time Zone column says: 10:02:11 is 15:02:11 or 16:02:11 UTC.
    expect(mugSales[0]?.occurred_at).toMatch(new RegExp(`^${day(-5)}T1[56]:02:11`));
    const fernSales = await sales(fern.id);
    expect(fernSales.find((s) => s.reference === 'SQC3z')?.occurred_at).toMatch(/T1[56]:40:00/);

    expect(await importFile(file, { locationId: main.id })).toMatchObject({
      newLines: 0,
      alreadyImported: 5,
      withoutSku: 1,
    });
    expect(await onHand(mug.id)).toBe(18);
    await expectLevelsAreSums();

    const notSquare = await send('', dailyCsv([[day(-1), 'MUG-1', 1]]), { format: 'square-items' });
    expect(notSquare.statusCode).toBe(400);
    expect(notSquare.json().error.fields.file).toBe(
      'This is not a Square Item Sales Detail export: the column “Time” is missing.',
    );
  });

  it('reads a file per transaction: a time column, a return, and an instant with its own offset', async () => {
    const tea = await product('TEA-1', 10);
    const back = (await json('POST', '/locations', { name: 'Back room' })).json() as { id: string };
    const header = ['Receipt No', 'Date', 'Time', 'Item code', 'Quantity', 'Store'];
    const file = Buffer.from(
      csvText([
        header,
        ['R-1', day(-2), '13:05', 'TEA-1', '2', 'Back room'],
        ['R-1', day(-2), '13:05', 'TEA-1', '1', 'back room'],
        ['R-2', day(-2), '1:15 PM', 'TEA-1', '-1', ''],
        // 03:30 UTC is the evening before in Dallas: the business day is the store's.
        ['R-3', `${day(-1)}T03:30:00Z`, '', 'TEA-1', '1', ''],
      ]),
    );
    const preview = (await send('/preview', file)).json();
    expect(preview.format).toBe('generic-transactions');
    expect(preview.mapping).toEqual({
      'Receipt No': 'transactionId',
      Date: 'date',
      Time: 'time',
      'Item code': 'sku',
      Quantity: 'quantity',
      Store: 'location',
    });
    const report = await importFile(file, { allowNegative: 'true' });
    expect(report).toMatchObject({ format: 'generic-transactions', newLines: 4, unitsSold: 3, errors: [] });
    const moves = (await sales(tea.id))
      .map((s) => [s.quantity, s.business_day, s.source_key?.split(':').slice(2).join(':')])
      .sort((a, b) => String(a[2]).localeCompare(String(b[2])));
    expect(moves).toEqual([
      [-2, day(-2), 'R-1:sale:TEA-1:1'],
      [-1, day(-2), 'R-1:sale:TEA-1:2'],
      [1, day(-2), 'R-2:return:TEA-1:1'],
      [-1, day(-2), 'R-3:sale:TEA-1:1'],
    ]);
    const levels = (await json('GET', `/stock?productId=${tea.id}`)).json().items as {
      locationId: string;
      onHand: number;
    }[];
    expect(levels.find((l) => l.locationId === back.id)?.onHand).toBe(-3);
    expect(levels.find((l) => l.locationId !== back.id)?.onHand).toBe(10);
    await expectLevelsAreSums();
  });

  it('applies nothing when a line is bad, and says which line and why in the owner’s language', async () => {
    const p = await product('KIMCHI-1', 100);
    await t.handle.db.updateTable('users').set({ locale: 'ko' }).where('id', '=', w.users.owner.id).execute();
    const file = dailyCsv([
      [day(-4), 'KIMCHI-1', 3],
      [day(-4), 'NOPE-9', 1],
      [day(-3), 'KIMCHI-1', '1.5'],
      [day(-3), 'KIMCHI-1', 0],
      [day(2), 'KIMCHI-1', 1],
      ['14/03/2026', 'KIMCHI-1', 1],
      [day(-3), 'KIMCHI-1', -2],
      [day(-2), 'KIMCHI-1', 'two'],
    ]);
    const dry = await importFile(file, { dryRun: 'true' }, 200);
    expect(dry.errors).toEqual([
      { line: 3, field: 'sku', message: '이 매장에 SKU “NOPE-9” 상품이 없습니다.' },
      { line: 4, field: 'quantity', message: '수량은 정수여야 합니다 (1.5는 안 됩니다).' },
      {
        line: 5,
        field: 'quantity',
        message: '수량이 0입니다. 한 줄에 한 개 이상 판매하거나 반품해야 합니다.',
      },
      { line: 6, field: 'date', message: `${day(2)}은(는) 미래 날짜입니다.` },
      {
        line: 7,
        field: 'date',
        message: '날짜 “14/03/2026”를 읽을 수 없습니다. 2026-03-14(또는 3/14/2026) 형식으로 적어 주세요.',
      },
      {
        line: 8,
        field: 'quantity',
        message: '하루 판매량은 0보다 작을 수 없습니다. 반품은 거래별 파일로 가져와 주세요.',
      },
      { line: 9, field: 'quantity', message: '“two”은(는) 수량이 아닙니다.' },
    ]);
    expect(dry.newLines).toBe(1);

    const refused = await send('', file);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields.file).toBe(
      '7줄에 문제가 있어 아무것도 가져오지 않았습니다 (첫 문제: 3행). 시험 실행으로 각 문제를 확인해 주세요.',
    );
    expect(await sales()).toEqual([]);
    expect(await onHand(p.id)).toBe(100);
    expect((await json('GET', '/sales-imports')).json().total).toBe(0);
  });

  it('refuses sales that would take stock below zero unless allowed, then flags them as anomalies', async () => {
    const rice = await product('RICE-20', 3);
    const file = dailyCsv([
      [day(-2), 'RICE-20', 2],
      [day(-1), 'RICE-20', 4],
    ]);
    const dry = await importFile(file, { dryRun: 'true' }, 200);
    expect(dry.negative).toEqual([
      expect.objectContaining({ sku: 'RICE-20', locationName: 'Main', onHand: 3, after: -3 }),
    ]);
    const refused = await send('', file);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('stock_negative');
    expect(refused.json().error.fields.file).toContain('RICE-20');
    expect(await sales()).toEqual([]);
    expect(await onHand(rice.id)).toBe(3);

    const allowed = await importFile(file, { allowNegative: 'true' });
    expect(allowed.negative).toHaveLength(1);
    expect(await onHand(rice.id)).toBe(-3);
    expect((await sales(rice.id)).map((s) => s.negative_allowed)).toEqual([1, 1]);
    const anomalies = (await json('GET', '/stock?anomalies=true')).json().items;
    expect(anomalies).toEqual([expect.objectContaining({ productId: rice.id, onHand: -3, anomaly: true })]);
    await expectLevelsAreSums();
  });

  it('saves the column mapping per store and offers it with the next file of that layout', async () => {
    await product('GIM-5', 100);
    const header = ['판매일', '품번', '판매 개수', '메모'];
    const first = Buffer.from(csvText([header, [day(-3), 'GIM-5', '2', '']]));
    expect((await send('/preview', first)).json()).toMatchObject({
      format: 'generic-daily',
      mapping: { 판매일: 'date', 품번: null, '판매 개수': null, 메모: null },
    });
    const unmapped = await send('', first, { mapping: JSON.stringify({ 판매일: 'date' }) });
    expect(unmapped.statusCode).toBe(400);
    expect(unmapped.json().error.fields.mapping).toBe('Map a column to the SKU.');

    const mapping = { 판매일: 'date', 품번: 'sku', '판매 개수': 'quantity' };
    await importFile(first, { mapping: JSON.stringify(mapping) });

    const next = Buffer.from(csvText([header, [day(-2), 'GIM-5', '3', '좋음']]));
    expect((await send('/preview', next)).json()).toMatchObject({
      format: 'generic-daily',
      savedMapping: true,
      mapping: { ...mapping, 메모: null },
    });
    expect(await importFile(next)).toMatchObject({ newLines: 1, unitsSold: 3 });
    expect(await sales()).toHaveLength(2);
  });

  it('reads a Korean Excel CSV saved in CP949 and an XLSX workbook', async () => {
    const p = await product('DUBU-1', 30);
    const store = (await json('POST', '/locations', { name: '본점' })).json() as { id: string };
    const text = csvText([
      ['판매일자', '상품코드', '수량', '매장'],
      [day(-2), 'DUBU-1', '4', '본점'],
    ]);
    const report = await importFile(cp949(text), { allowNegative: 'true' });
    expect(report).toMatchObject({ encoding: 'cp949', newLines: 1, errors: [] });
    const levels = (await json('GET', `/stock?productId=${p.id}`)).json().items as {
      locationId: string;
      onHand: number;
    }[];
    expect(levels.find((l) => l.locationId === store.id)?.onHand).toBe(-4);

    const workbook = await xlsxFile([
      ['Date', 'SKU', 'Quantity'],
      [day(-1), 'DUBU-1', 2],
    ]);
    expect(await importFile(workbook, { allowNegative: 'true' })).toMatchObject({
      newLines: 1,
      unitsSold: 2,
    });
    expect(await onHand(p.id)).toBe(24);
  });

  it('puts every line in a chosen location, and refuses a location the store does not have', async () => {
    await product('SOJU-1', 10);
    const file = dailyCsv([[day(-1), 'SOJU-1', 1, 'Han Mart Dallas']]);
    const dry = await importFile(file, { dryRun: 'true' }, 200);
    expect(dry.errors).toEqual([
      {
        line: 2,
        field: 'location',
        message:
          'No location called “Han Mart Dallas” in this store (1 line). Add it, or choose one location for the whole file.',
      },
    ]);
    const main = (await json('GET', '/locations')).json()[0] as { id: string };
    expect(await importFile(file, { locationId: main.id })).toMatchObject({ newLines: 1, errors: [] });
    // The same file put in another location is still the same sales: nothing is added twice.
    const back = (await json('POST', '/locations', { name: 'Back room' })).json() as { id: string };
    expect(await importFile(file, { locationId: back.id })).toMatchObject({
      newLines: 0,
      alreadyImported: 1,
    });
    const unknown = await send('', file, { locationId: 'no-such-location' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields.locationId).toBe('No such location in this store.');
    const badField = await send('', file, { dryRun: 'maybe', extra: '1' });
    expect(badField.statusCode).toBe(400);
    expect(Object.keys(badField.json().error.fields).sort()).toEqual(['dryRun', 'extra']);
  });

  it('counts the same file sent twice at once only once', async () => {
    const p = await product('NORI-1', 500);
    const rows = Array.from({ length: 60 }, (_, i) => [day(-1 - (i % 30)), 'NORI-1', 1 + (i % 3)] as const);
    const file = dailyCsv(rows.map((r) => [...r]));
    const [a, b] = await Promise.all([send('', file), send('', file)]);
    expect([a.statusCode, b.statusCode], `${a.body} ${b.body}`).toEqual([201, 201]);
    const reports = [a.json() as Report, b.json() as Report];
    expect(reports.map((r) => r.newLines).sort()).toEqual([0, 30]);
    expect(reports.map((r) => r.alreadyImported).sort()).toEqual([0, 30]);
    expect(await sales(p.id)).toHaveLength(30);
    await expectLevelsAreSums();
  });
});
