import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../../test/harness.ts';
import {
  addMembership,
  createBusiness,
  createOrganization,
  createUser,
  sessionHeaders,
} from '../../../test/fixtures.ts';
import { hashSecret, newId, newSecret, now } from '../../platform/auth/secrets.ts';
import { cp949, csvText, membersCsv, multipart, xlsxFile } from './fixtures/files.ts';

interface Job {
  status: 'running' | 'done' | 'failed';
  processed: number;
  total: number;
  dryRun: boolean;
  summary?: { valid: number; invalid: number; created: number; updated: number; unchanged: number };
  errors: Array<{ line: number; field: string; message: string }>;
}

describe.each(dialects)('member import and export on %s', (dialect) => {
  let t: TestApp;
  let org: { id: string; slug: string };
  let other: { id: string; slug: string };
  let admin: Record<string, string>;
  let koreanAdmin: Record<string, string>;
  let otherAdmin: Record<string, string>;
  let member: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const db = t.handle.db;
    org = await createOrganization(db, 'kacc');
    other = await createOrganization(db, 'richardson');
    const a = await createUser(db, { locale: 'en' });
    const k = await createUser(db, { locale: 'ko' });
    const o = await createUser(db);
    const m = await createUser(db);
    await addMembership(db, org.id, a.id, 'admin');
    await addMembership(db, org.id, k.id, 'admin');
    await addMembership(db, other.id, o.id, 'admin');
    await addMembership(db, org.id, m.id, 'member');
    admin = await sessionHeaders(db, a.id);
    koreanAdmin = await sessionHeaders(db, k.id);
    otherAdmin = await sessionHeaders(db, o.id);
    member = await sessionHeaders(db, m.id);
  });
  afterAll(() => t.close());

  async function post(
    url: string,
    headers: Record<string, string>,
    file?: Buffer,
    fields: Record<string, string> = {},
  ) {
    const body = multipart(file ? { content: file } : undefined, fields);
    return t.app.inject({
      method: 'POST',
      url,
      headers: { ...headers, ...body.headers },
      payload: body.payload,
    });
  }

  async function runImport(
    slug: string,
    file: Buffer,
    fields: Record<string, string> = {},
    headers: Record<string, string> = admin,
  ): Promise<Job> {
    const res = await post(`/api/v1/organizations/${slug}/imports/members`, headers, file, fields);
    expect(res.statusCode, res.body).toBe(202);
    const { jobId } = res.json() as { jobId: string };
    for (;;) {
      const poll = await t.app.inject({
        method: 'GET',
        url: `/api/v1/organizations/${slug}/imports/${jobId}`,
        headers,
      });
      expect(poll.statusCode).toBe(200);
      const job = poll.json() as Job;
      expect(job.processed).toBeLessThanOrEqual(job.total);
      if (job.status !== 'running') {
        return job;
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  async function orgBusinesses(organizationId: string) {
    return t.handle.db
      .selectFrom('businesses')
      .innerJoin('business_organizations', 'business_organizations.business_id', 'businesses.id')
      .selectAll('businesses')
      .where('business_organizations.organization_id', '=', organizationId)
      .orderBy('businesses.email')
      .execute();
  }

  it('refuses anonymous callers (401), members and other organizations’ admins (403)', async () => {
    const file = membersCsv(2);
    const anonymous = await post(`/api/v1/organizations/${org.slug}/imports/members/preview`, {}, file);
    expect(anonymous.statusCode).toBe(401);
    for (const headers of [otherAdmin, member]) {
      expect(
        (await post(`/api/v1/organizations/${org.slug}/imports/members/preview`, headers, file)).statusCode,
      ).toBe(403);
      expect(
        (await post(`/api/v1/organizations/${org.slug}/imports/members`, headers, file)).statusCode,
      ).toBe(403);
      const exported = await t.app.inject({
        method: 'GET',
        url: `/api/v1/organizations/${org.slug}/exports/members`,
        headers,
      });
      expect(exported.statusCode).toBe(403);
    }
    expect(await orgBusinesses(org.id)).toHaveLength(0);
  });

  it('hides another organization’s job', async () => {
    const res = await post(`/api/v1/organizations/${other.slug}/imports/members`, otherAdmin, membersCsv(1), {
      dryRun: 'true',
    });
    const { jobId } = res.json() as { jobId: string };
    const peek = await t.app.inject({
      method: 'GET',
      url: `/api/v1/organizations/${org.slug}/imports/${jobId}`,
      headers: admin,
    });
    expect(peek.statusCode).toBe(404);
    for (;;) {
      const own = await t.app.inject({
        method: 'GET',
        url: `/api/v1/organizations/${other.slug}/imports/${jobId}`,
        headers: otherAdmin,
      });
      if ((own.json() as Job).status !== 'running') {
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  });

  it('previews a UTF-8 BOM file with CRLF, quoted commas and empty rows', async () => {
    const text =
      '\uFEFF상호,E-mail,주소,우편번호\r\n"다리, 주식회사",a@example.test,"100 Main St, Suite 2",75201\r\n\r\n,,,\r\n카페,b@example.test,,\r\n';
    const res = await post(
      `/api/v1/organizations/${org.slug}/imports/members/preview`,
      admin,
      Buffer.from(text),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      encoding: 'utf-8-bom',
      headers: ['상호', 'E-mail', '주소', '우편번호'],
      suggestedMapping: { 상호: 'nameKo', 'E-mail': 'email', 주소: 'address', 우편번호: 'zip' },
      sampleRows: [
        ['다리, 주식회사', 'a@example.test', '100 Main St, Suite 2', '75201'],
        ['카페', 'b@example.test', '', ''],
      ],
      rowCount: 2,
    });
  });

  it('detects UTF-8 without BOM and CP949 Korean files', async () => {
    const text = csvText([
      ['업체명', '이메일', '업종', '우편번호'],
      ['서울 식당', 'seoul@example.test', '식당', '75006'],
    ]);
    const utf8 = await post(
      `/api/v1/organizations/${org.slug}/imports/members/preview`,
      admin,
      Buffer.from(text),
    );
    expect(utf8.json()).toMatchObject({
      encoding: 'utf-8',
      headers: ['업체명', '이메일', '업종', '우편번호'],
    });
    const korean = await post(
      `/api/v1/organizations/${org.slug}/imports/members/preview`,
      admin,
      cp949(text),
    );
    expect(korean.json()).toMatchObject({
      encoding: 'cp949',
      sampleRows: [['서울 식당', 'seoul@example.test', '식당', '75006']],
    });

    const job = await runImport(other.slug, cp949(text), {}, otherAdmin);
    expect(job).toMatchObject({ status: 'done', summary: { created: 1 } });
    const [business] = await orgBusinesses(other.id);
    expect(business).toMatchObject({
      name_ko: '서울 식당',
      name_en: '서울 식당',
      industry: 'restaurant',
      city: 'Carrollton',
      state: 'TX',
    });
    expect(business?.slug).toMatch(/^seoul-sikdang/);
  });

  it('reports every broken row on a dry run and commits nothing when any row is broken', async () => {
    const rows = [
      ['상호', '이메일', '우편번호', '웹사이트', '사용 언어'],
      ['하나', 'one@example.test', '75201', 'one.example', 'ko'],
      ['', 'not-an-email', '99999', 'not a site', 'klingon'],
      ['셋', 'one@example.test', '75201', '', ''],
      ['넷', 'four@example.test', '75201', '', 'en'],
    ];
    const file = Buffer.from(csvText(rows));
    const dry = await runImport(org.slug, file, { dryRun: 'true' }, koreanAdmin);
    expect(dry).toMatchObject({
      status: 'done',
      dryRun: true,
      summary: { valid: 2, invalid: 2, created: 2 },
    });
    expect(dry.errors.map((e) => [e.line, e.field])).toEqual([
      [3, 'nameKo'],
      [3, 'email'],
      [3, 'website'],
      [3, 'zip'],
      [3, 'languages'],
      [4, 'email'],
    ]);
    expect(dry.errors[5]?.message).toBe('같은 이메일 주소가 2행에도 있습니다.');

    const real = await runImport(org.slug, file);
    expect(real).toMatchObject({
      status: 'failed',
      dryRun: false,
      summary: { valid: 2, invalid: 2, created: 0 },
    });
    expect(real.errors[0]?.message).toBe('Enter the business name in Korean or English.');
    expect(await orgBusinesses(org.id)).toHaveLength(0);
  });

  it('imports, then re-imports the same file without duplicates, and updates what changed', async () => {
    const first = await runImport(org.slug, membersCsv(30, { bom: true }));
    expect(first).toMatchObject({
      status: 'done',
      processed: 30,
      total: 30,
      summary: { created: 30, updated: 0 },
    });
    const stored = await orgBusinesses(org.id);
    expect(stored).toHaveLength(30);
    expect(stored.find((b) => b.email === 'store1@example.test')).toMatchObject({
      name_ko: '다리 상점 1',
      name_en: 'Dari Store 1',
      slug: 'dari-store-1',
      kind: 'member',
      industry: 'restaurant',
      address: '101 Royal Ln, Suite 1',
      zip: '75081',
      city: 'Richardson',
      state: 'TX',
      languages: '["ko","en"]',
    });

    const again = await runImport(org.slug, membersCsv(30, { newline: '\n' }));
    expect(again.summary).toEqual({ valid: 30, invalid: 0, created: 0, updated: 0, unchanged: 30 });

    const changed = membersCsv(31).toString('utf8').replace('Dari Store 5,', 'Dari Store Five,');
    const third = await runImport(
      org.slug,
      Buffer.from(changed.replace('store2@example.test', 'STORE2@Example.test')),
    );
    expect(third.summary).toEqual({ valid: 31, invalid: 0, created: 1, updated: 1, unchanged: 29 });
    expect(await orgBusinesses(org.id)).toHaveLength(31);
  });

  it('links a business that already belongs to another organization instead of duplicating it', async () => {
    const existing = await createBusiness(t.handle.db, { organizationIds: [other.id] });
    const file = Buffer.from(
      csvText([
        ['Name', 'Email', 'Kind'],
        ['Linked Firm', `${existing.slug.toUpperCase()}@example.test`, 'partner'],
      ]),
    );
    const job = await runImport(org.slug, file);
    expect(job.summary).toMatchObject({ created: 0, updated: 1 });
    const linked = await t.handle.db
      .selectFrom('business_organizations')
      .select('organization_id')
      .where('business_id', '=', existing.id)
      .execute();
    expect(linked.map((l) => l.organization_id).sort()).toEqual([org.id, other.id].sort());
    const business = await t.handle.db
      .selectFrom('businesses')
      .selectAll()
      .where('id', '=', existing.id)
      .executeTakeFirstOrThrow();
    expect(business).toMatchObject({ kind: 'partner', name_en: 'Linked Firm', name_ko: '테스트 상점' });
  });

  it('imports an XLSX file (first worksheet, numeric cells, short ZIPs)', async () => {
    const file = await xlsxFile([
      ['Name (English)', 'Email', 'Phone', 'ZIP', 'Kind'],
      ['Jersey Deli', 'deli@example.test', 2015550100, 7030, 'partner'],
      [],
      ['Plano Tech', 'tech@example.test', '972-555-0100', 75024, '회원'],
    ]);
    const preview = await post(
      `/api/v1/organizations/${other.slug}/imports/members/preview`,
      otherAdmin,
      file,
    );
    expect(preview.json()).toMatchObject({ encoding: 'utf-8', rowCount: 2 });
    const job = await runImport(other.slug, file, {}, otherAdmin);
    expect(job).toMatchObject({ status: 'done', summary: { created: 2 } });
    const deli = (await orgBusinesses(other.id)).find((b) => b.email === 'deli@example.test');
    expect(deli).toMatchObject({
      kind: 'partner',
      phone: '2015550100',
      zip: '07030',
      city: 'Hoboken',
      state: 'NJ',
    });
  });

  it('follows an explicit mapping and skips unmapped columns', async () => {
    const file = Buffer.from(
      csvText([
        ['Company', 'Contact', 'Notes'],
        ['Mapped Co', 'mapped@example.test', 'ignore me'],
      ]),
    );
    const bad = await post(`/api/v1/organizations/${other.slug}/imports/members`, otherAdmin, file, {
      mapping: JSON.stringify({ Company: 'nameEn', Notes: 'nameEn' }),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.mapping).toBe('The field nameEn is mapped from more than one column.');
    const job = await runImport(
      other.slug,
      file,
      { mapping: JSON.stringify({ Company: 'nameEn', Contact: 'email', Notes: null }) },
      otherAdmin,
    );
    expect(job.summary).toMatchObject({ created: 1 });
  });

  it('exports CSV and XLSX with translated headers, and the export re-imports cleanly', async () => {
    const ko = await t.app.inject({
      method: 'GET',
      url: `/api/v1/organizations/${org.slug}/exports/members?format=csv`,
      headers: koreanAdmin,
    });
    expect(ko.statusCode).toBe(200);
    expect(ko.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(ko.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(ko.body).toContain('구분,상호(한글),상호(영문),이메일');
    expect(ko.body).toContain('"101 Royal Ln, Suite 1"');

    const xlsx = await t.app.inject({
      method: 'GET',
      url: `/api/v1/organizations/${org.slug}/exports/members?format=xlsx`,
      headers: admin,
    });
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]?.getRow(1).getCell(2).value).toBe('Name (Korean)');

    const before = await orgBusinesses(org.id);
    for (const file of [ko.rawPayload, xlsx.rawPayload]) {
      const again = await runImport(org.slug, file);
      expect(again.summary).toMatchObject({ invalid: 0, created: 0, updated: 0, unchanged: before.length });
    }
    const copy = await createOrganization(t.handle.db);
    const copyAdmin = await createUser(t.handle.db);
    await addMembership(t.handle.db, copy.id, copyAdmin.id, 'admin');
    const job = await runImport(
      copy.slug,
      ko.rawPayload,
      {},
      await sessionHeaders(t.handle.db, copyAdmin.id),
    );
    expect(job.summary).toMatchObject({ created: 0, updated: before.length, unchanged: 0 });
    expect(await orgBusinesses(copy.id)).toHaveLength(before.length);
  });

  it('lets an organization’s API token import', async () => {
    const secret = newSecret();
    await t.handle.db
      .insertInto('api_tokens')
      .values({
        id: newId(),
        organization_id: org.id,
        name: 'crm',
        token_hash: hashSecret(secret),
        prefix: secret.slice(0, 6),
        created_by: null,
        created_at: now(),
        last_used_at: null,
        revoked_at: null,
      })
      .execute();
    const job = await runImport(
      org.slug,
      membersCsv(3),
      { dryRun: 'true' },
      { authorization: `Bearer ${secret}` },
    );
    expect(job.summary).toMatchObject({ unchanged: 3 });
    const denied = await post(
      `/api/v1/organizations/${other.slug}/imports/members/preview`,
      { authorization: `Bearer ${secret}` },
      membersCsv(1),
    );
    expect(denied.statusCode).toBe(403);
  });

  it('rejects garbage, old .xls, missing files, oversized files and too many rows clearly', async () => {
    const url = `/api/v1/organizations/${org.slug}/imports/members/preview`;
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ]);
    const garbage = await post(url, admin, png);
    expect(garbage.statusCode).toBe(415);
    expect(garbage.json().error.fields.file).toBe('This is not a readable CSV or XLSX file.');
    const zip = await post(url, admin, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64, 7)]));
    expect(zip.statusCode).toBe(415);
    const xls = await post(url, admin, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    expect(xls.statusCode).toBe(415);
    expect((await post(url, admin)).statusCode).toBe(400);
    const json = await t.app.inject({ method: 'POST', url, headers: admin, payload: { file: 'x' } });
    expect(json.statusCode).toBe(415);

    const big = await post(url, admin, Buffer.alloc(10 * 1024 * 1024 + 1, 'a'));
    expect(big.statusCode).toBe(413);
    expect(big.json().error.fields.file).toBe('The file is larger than 10 MB.');

    const many = Buffer.from(`Name,Email\n${'a,b@c.d\n'.repeat(50_001)}`);
    const tooMany = await post(url, admin, many);
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.fields.file).toBe(
      'The file has 50001 rows; at most 50000 can be imported at once.',
    );
  });

  it('imports a 20,000-row file in one transaction with progress', async () => {
    const target = await createOrganization(t.handle.db);
    const user = await createUser(t.handle.db);
    await addMembership(t.handle.db, target.id, user.id, 'admin');
    const headers = await sessionHeaders(t.handle.db, user.id);
    const file = membersCsv(20_000).toString('utf8').replaceAll('store', 'bulk');
    const started = performance.now();
    const job = await runImport(target.slug, Buffer.from(file), {}, headers);
    const seconds = (performance.now() - started) / 1000;
    console.info(`20,000-row import on ${dialect}: ${seconds.toFixed(1)} s`);
    expect(job).toMatchObject({
      status: 'done',
      processed: 20_000,
      total: 20_000,
      summary: { created: 20_000 },
    });
    const count = await t.handle.db
      .selectFrom('business_organizations')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('organization_id', '=', target.id)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(20_000);
  });
});
