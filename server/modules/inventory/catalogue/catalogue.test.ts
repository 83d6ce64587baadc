import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../../../test/harness.ts';
import { createMatrixWorld, type MatrixWorld } from '../../../../test/world.ts';
import { cp949, csvText, multipart, xlsxFile } from '../../imports/fixtures/files.ts';
import { parseDollars } from './rows.ts';

const headers = [
  '상품코드',
  '바코드',
  '상품명',
  '영문 상품명',
  '분류',
  '원가',
  '판매가',
  '공급업체',
  '입수량',
  '최소주문',
  '리드타임(일)',
  '재고',
];
const rows = [
  [
    'KC-SHIN-120',
    '8801043014809',
    '신라면 120g',
    'Shin Ramyun 120g',
    '라면',
    '$0.92',
    '1.49',
    '한미식품',
    '40',
    '2',
    '5',
    '24',
  ],
  [
    'KC-CHOCO-PIE',
    '8801117752804',
    '초코파이 12입',
    '',
    '과자',
    '3.10',
    '$4.99',
    '한미식품',
    '12',
    '1',
    '',
    '0',
  ],
  [
    'KC-KIMCHI-1KG',
    '',
    '종가집 김치 1kg',
    'Jongga Kimchi 1kg',
    '반찬',
    '6',
    '9.99',
    'Jongga USA',
    '6',
    '',
    '3',
    '7',
  ],
  ['KC-RICE-20LB', '', '', 'Nishiki Rice 20lb', 'Rice', '14.50', '1,234.50', '', '', '', '', ''],
];
const catalogueCsv = (body = rows) => Buffer.from(`\uFEFF${csvText([headers, ...body])}`, 'utf8');

type Result = {
  status: string;
  dryRun: boolean;
  summary: Record<string, number>;
  errors: Array<{ line: number; field: string; message: string }>;
};

describe('money in dollars', () => {
  it.each([
    ['3.49', 349],
    ['$3.49', 349],
    ['$ 1,234.5', 123_450],
    ['12', 1200],
    ['.99', 99],
    ['0', 0],
  ])('%s is %i cents', (text, cents) => expect(parseDollars(text)).toBe(cents));

  it.each(['3,49', '3.499', '1,23.00', 'abc', '$', '', '1.2.3', '12,5'])('"%s" is not an amount', (text) =>
    expect(parseDollars(text)).toBeUndefined(),
  );
});

describe.each(dialects)('Smart Store catalogue import on %s', (dialect) => {
  let t: TestApp;
  let w: MatrixWorld;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    w = await createMatrixWorld(t.handle.db);
  });

  const url = (path = '') => `/api/v1/businesses/${w.business.slug}/inventory/catalogue-import${path}`;
  const ko = async () => {
    await t.handle.db.updateTable('users').set({ locale: 'ko' }).where('id', '=', w.users.owner.id).execute();
  };
  const send = (
    path: string,
    content: Buffer,
    fields: Record<string, string> = {},
    filename = 'catalogue.csv',
  ) => {
    const form = multipart({ content, filename }, fields);
    return t.app.inject({
      method: 'POST',
      url: url(path),
      headers: { ...w.headers.owner, ...form.headers },
      payload: form.payload,
    });
  };
  async function importFile(content: Buffer, fields: Record<string, string> = {}, filename?: string) {
    const res = await send('', content, fields, filename);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Result;
  }

  /** Everything an import could change in the store, to compare before and after. */
  async function snapshot() {
    const db = t.handle.db;
    const id = w.business.id;
    return {
      products: await db
        .selectFrom('products')
        .selectAll()
        .where('business_id', '=', id)
        .orderBy('sku')
        .execute(),
      suppliers: await db
        .selectFrom('suppliers')
        .select(['name', 'lead_time_days'])
        .where('business_id', '=', id)
        .orderBy('name')
        .execute(),
      links: await db
        .selectFrom('product_suppliers')
        .innerJoin('products', 'products.id', 'product_suppliers.product_id')
        .selectAll('product_suppliers')
        .where('products.business_id', '=', id)
        .orderBy('product_suppliers.product_id')
        .execute(),
      movements: await db
        .selectFrom('stock_movements')
        .select(['product_id', 'kind', 'quantity'])
        .where('business_id', '=', id)
        .orderBy('id')
        .execute(),
    };
  }

  const product = async (sku: string) => {
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/v1/businesses/${w.business.slug}/inventory/products?q=${sku}`,
      headers: w.headers.owner,
    });
    const found = (list.json() as { items: Array<{ id: string; sku: string }> }).items.find(
      (p) => p.sku === sku,
    );
    expect(found, sku).toBeTruthy();
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/businesses/${w.business.slug}/inventory/products/${found?.id}`,
      headers: w.headers.owner,
    });
    return res.json() as Record<string, unknown> & {
      suppliers: Array<Record<string, unknown>>;
      onHand: number;
    };
  };

  it('previews a Korean file: encoding, suggested mapping from Korean headers, fields and first rows', async () => {
    const res = await send('/preview', catalogueCsv());
    expect(res.statusCode, res.body).toBe(200);
    const preview = res.json();
    expect(preview.encoding).toBe('utf-8-bom');
    expect(preview.rowCount).toBe(4);
    expect(preview.suggestedMapping).toEqual({
      상품코드: 'sku',
      바코드: 'barcode',
      상품명: 'nameKo',
      '영문 상품명': 'nameEn',
      분류: 'category',
      원가: 'unitCost',
      판매가: 'price',
      공급업체: 'supplier',
      입수량: 'packSize',
      최소주문: 'minOrderPacks',
      '리드타임(일)': 'leadTimeDays',
      재고: 'onHand',
    });
    expect(preview.fields[0]).toEqual({ key: 'sku', required: true });
    expect(preview.sampleRows[0][0]).toBe('KC-SHIN-120');
  });

  it('a dry run reports what would happen and changes nothing; the import then does it, once', async () => {
    const before = await snapshot();
    const dry = await importFile(catalogueCsv(), { dryRun: 'true' });
    expect(dry).toMatchObject({ status: 'done', dryRun: true, errors: [] });
    expect(dry.summary).toEqual({
      rows: 4,
      valid: 4,
      invalid: 0,
      created: 4,
      updated: 0,
      unchanged: 0,
      counted: 2,
      suppliersCreated: 2,
    });
    expect(await snapshot()).toEqual(before);

    const done = await importFile(catalogueCsv());
    expect(done.status).toBe('done');
    expect(done.summary).toEqual(dry.summary);

    const shin = await product('KC-SHIN-120');
    expect(shin).toMatchObject({
      barcode: '8801043014809',
      nameKo: '신라면 120g',
      nameEn: 'Shin Ramyun 120g',
      category: '라면',
      unitCostCents: 92,
      priceCents: 149,
      onHand: 24,
    });
    expect(shin.suppliers).toEqual([
      expect.objectContaining({
        supplierName: '한미식품',
        packSize: 40,
        minOrderPacks: 2,
        unitCostCents: 92,
        leadTimeDays: 5,
        preferred: true,
      }),
    ]);
    // One name given: it stands for both. No supplier lead time: the supplier's own (7 days by default).
    const pie = await product('KC-CHOCO-PIE');
    expect(pie).toMatchObject({
      nameKo: '초코파이 12입',
      nameEn: '초코파이 12입',
      priceCents: 499,
      onHand: 0,
    });
    expect(pie.suppliers[0]).toMatchObject({ leadTimeDays: null, effectiveLeadTimeDays: 7 });
    expect(await product('KC-RICE-20LB')).toMatchObject({
      nameKo: 'Nishiki Rice 20lb',
      priceCents: 123_450,
      barcode: null,
      suppliers: [],
    });
    const counts = (await snapshot()).movements;
    expect(counts.map((m) => [m.kind, m.quantity]).sort()).toEqual([
      ['count', 24],
      ['count', 7],
    ]);

    // The same file again: nothing changes, no second count.
    const settled = await snapshot();
    const again = await importFile(catalogueCsv());
    expect(again.summary).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 4,
      counted: 0,
      suppliersCreated: 0,
    });
    expect(await snapshot()).toEqual(settled);
  });

  it('updates by SKU: only what differs, an empty cell keeps the value, a different on-hand is counted', async () => {
    await importFile(catalogueCsv());
    const changed = rows.map((r) => [...r]);
    changed[0] = ['KC-SHIN-120', '', '신라면', '', '', '', '1.59', '한미식품', '30', '', '', '20'];
    const result = await importFile(catalogueCsv(changed));
    expect(result.summary).toMatchObject({ created: 0, updated: 1, unchanged: 3, counted: 1 });
    const shin = await product('KC-SHIN-120');
    expect(shin).toMatchObject({
      nameKo: '신라면',
      nameEn: 'Shin Ramyun 120g',
      barcode: '8801043014809',
      unitCostCents: 92,
      priceCents: 159,
      onHand: 20,
    });
    expect(shin.suppliers[0]).toMatchObject({ packSize: 30, minOrderPacks: 2, leadTimeDays: 5 });
  });

  it('reads a CP949 file (Korean Excel "CSV") and an XLSX workbook with numeric cells', async () => {
    const text = csvText([
      ['상품코드', '상품명', '원가', '판매가', '재고'],
      ['KC-TTEOK', '떡볶이 떡 500g', '2.15', '3.99', '15'],
    ]);
    const preview = await send('/preview', cp949(text));
    expect(preview.json()).toMatchObject({
      encoding: 'cp949',
      headers: ['상품코드', '상품명', '원가', '판매가', '재고'],
    });
    expect((await importFile(cp949(text))).summary).toMatchObject({ created: 1, counted: 1 });
    expect(await product('KC-TTEOK')).toMatchObject({
      nameKo: '떡볶이 떡 500g',
      unitCostCents: 215,
      onHand: 15,
    });

    const workbook = await xlsxFile([
      ['SKU', 'Barcode', 'Product name', 'Cost', 'Price', 'Vendor', 'Case pack', 'On hand'],
      ['KC-SOJU', 8801048101023, 'Chamisul soju 360ml', 2.4, 4.99, 'HiteJinro', 20, 48],
    ]);
    const result = await importFile(workbook, {}, 'catalogue.xlsx');
    expect(result.summary).toMatchObject({ created: 1, counted: 1, suppliersCreated: 1 });
    expect(await product('KC-SOJU')).toMatchObject({
      barcode: '8801048101023',
      nameEn: 'Chamisul soju 360ml',
      unitCostCents: 240,
      priceCents: 499,
      onHand: 48,
    });
  });

  it('uses the mapping given (columns left out or mapped to null are ignored) and says what a mapping lacks', async () => {
    const mapping = JSON.stringify({
      상품코드: 'sku',
      상품명: 'nameKo',
      '영문 상품명': 'nameEn',
      원가: 'unitCost',
      판매가: 'price',
      분류: null,
    });
    const result = await importFile(catalogueCsv(), { mapping });
    expect(result.summary).toMatchObject({ created: 4, counted: 0, suppliersCreated: 0 });
    expect(await product('KC-SHIN-120')).toMatchObject({
      category: '',
      barcode: null,
      onHand: 0,
      suppliers: [],
    });

    await ko();
    const noSku = await send('', catalogueCsv(), { mapping: JSON.stringify({ 상품명: 'nameKo' }) });
    expect(noSku.statusCode).toBe(400);
    expect(noSku.json().error.fields.mapping).toBe('상품코드(SKU) 항목에 연결할 열을 선택해 주세요.');
    const noName = await send('', catalogueCsv(), { mapping: JSON.stringify({ 상품코드: 'sku' }) });
    expect(noName.json().error.fields.mapping).toBe('한글 또는 영문 상품명에 연결할 열을 선택해 주세요.');
  });

  it('one bad row: every problem with its line, in Korean, and nothing at all is imported', async () => {
    await t.handle.db
      .insertInto('products')
      .values({
        id: `p-${w.business.id}`,
        business_id: w.business.id,
        sku: 'OTHER-1',
        barcode: '0123456789',
        name_ko: '다른 상품',
        name_en: 'Other',
        unit_cost_cents: 1,
        price_cents: 2,
        created_at: '2026-01-01T00:00:00.000Z',
        updated_at: '2026-01-01T00:00:00.000Z',
      })
      .execute();
    await ko();
    const before = await snapshot();
    const bad = [
      ...rows,
      ['KC-BAD-1', '', '나쁜 행', '', '', '-1.00', '3,49', '', '', '', '', '2.5'],
      ['KC-BAD-2', '8.80104E+12', '', '', '', '1', '2', '', '12', '', '', '-3'],
      ['KC-SHIN-120', '0123456789', '중복', '', '', '1', '2', '', '', '', '', ''],
      ['KC-NEW', '', '새 상품', '', '', '', '', '', '', '', '', ''],
    ];
    const result = await importFile(catalogueCsv(bad));
    expect(result.status).toBe('failed');
    expect(result.summary).toMatchObject({
      rows: 8,
      valid: 4,
      invalid: 4,
      created: 0,
      updated: 0,
      counted: 0,
    });
    expect(result.errors.map((e) => [e.line, e.field])).toEqual([
      [6, 'unitCost'],
      [6, 'price'],
      [6, 'onHand'],
      [7, 'nameKo'],
      [7, 'packSize'],
      [7, 'barcode'],
      [7, 'onHand'],
      [8, 'sku'],
      [9, 'unitCost'],
      [9, 'price'],
    ]);
    const messages = Object.fromEntries(result.errors.map((e) => [`${e.line}.${e.field}`, e.message]));
    expect(messages['6.unitCost']).toBe('금액은 0보다 작을 수 없습니다: “-1.00”.');
    expect(messages['6.price']).toContain('3.49 또는 $1,234.50');
    expect(messages['6.onHand']).toBe('정수여야 합니다: “2.5”.');
    expect(messages['7.barcode']).toContain('텍스트 형식');
    expect(messages['7.packSize']).toBe('이 값은 공급업체별 정보이므로 이 행에 공급업체도 입력해 주세요.');
    expect(messages['7.onHand']).toBe('0보다 작을 수 없습니다: “-3”.');
    expect(messages['8.sku']).toBe('상품코드 “KC-SHIN-120”가 2행에도 있습니다.');
    expect(messages['9.unitCost']).toBe('새 상품에는 원가가 필요합니다.');
    expect(await snapshot()).toEqual(before);

    // A barcode another product of the store already has, and one repeated within the file.
    const clash = await importFile(
      catalogueCsv([
        rows[0] ?? [],
        ['KC-X', '0123456789', '엑스', '', '', '1', '2', '', '', '', '', ''],
        ['KC-Y', '8801043014809', '와이', '', '', '1', '2', '', '', '', '', ''],
      ]),
    );
    expect(clash.errors.map((e) => e.message)).toEqual([
      '상품 OTHER-1이(가) 이미 바코드 0123456789를 쓰고 있습니다.',
      '바코드 8801043014809가 2행에도 있습니다.',
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses files it cannot read with a clear message, like the member import', async () => {
    await ko();
    const empty = await send('', Buffer.from('상품코드,상품명\r\n', 'utf8'));
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields.file).toBe('머리글 행만 있고 상품 행이 없습니다.');
    const workbook = await xlsxFile([
      ['SKU', 'Name'],
      ['A-1', 'x'],
    ]);
    const halfUploaded = await send(
      '',
      workbook.subarray(0, Math.floor(workbook.length / 2)),
      {},
      'catalogue.xlsx',
    );
    expect(halfUploaded.statusCode).toBe(415);
    expect(halfUploaded.json().error.fields.file).toBe('읽을 수 있는 CSV 또는 XLSX 파일이 아닙니다.');
    const badDryRun = await send('', catalogueCsv(), { dryRun: 'yes' });
    expect(badDryRun.statusCode).toBe(400);
    const form = multipart(undefined, { dryRun: 'true' });
    const noFile = await t.app.inject({
      method: 'POST',
      url: url(),
      headers: { ...w.headers.owner, ...form.headers },
      payload: form.payload,
    });
    expect(noFile.statusCode).toBe(400);
  });
});
