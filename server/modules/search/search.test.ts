import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { addMembership, createOrganization, createUser, sessionHeaders } from '../../../test/fixtures.ts';
import { createTestApp, dialects, type TestApp } from '../../../test/harness.ts';
import { addDirectoryBusiness, directory, type DirectoryKey } from './directory.fixture.ts';
import type { SearchResponse } from './schema.ts';

describe.each(dialects)('directory search on %s', (dialect) => {
  let t: TestApp;
  const slugs = {} as Record<DirectoryKey, string>;
  const slugKey = new Map<string, DirectoryKey>();
  let orgB: { id: string; slug: string };
  let owner: Record<string, string>;
  let ownerOfTax: { id: string };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const db = t.handle.db;
    const orgA = await createOrganization(db);
    orgB = await createOrganization(db);
    ownerOfTax = await createUser(db, { name: 'Park' });
    await addMembership(db, orgA.id, ownerOfTax.id, 'member');
    owner = await sessionHeaders(db, ownerOfTax.id);
    for (const [key, b] of Object.entries(directory) as [DirectoryKey, (typeof directory)[DirectoryKey]][]) {
      const org = b.organization === 'a' ? orgA : orgB;
      const created = await addDirectoryBusiness(db, b, org.id, key === 'tax' ? ownerOfTax.id : undefined);
      slugs[key] = created.slug;
      slugKey.set(created.slug, key);
    }
  });
  afterAll(() => t.close());

  async function get(query: Record<string, string | number>, headers: Record<string, string> = {}) {
    const params = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
    return t.app.inject({ method: 'GET', url: `/api/v1/search?${params.toString()}`, headers });
  }

  async function found(query: Record<string, string | number>, headers: Record<string, string> = {}) {
    const res = await get(query, headers);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<SearchResponse>();
    return { body, keys: body.results.map((r) => slugKey.get(r.business.slug)) };
  }

  it.each([
    ['보안', ['cyber', 'mart']],
    ['재고', ['inventory', 'mart']],
    ['법률', ['law']],
    ['세무', ['tax']],
    ['사이버', ['cyber']],
    // 보안 in both, and 비용 (cost) in the inventory consultant's offer.
    ['ㅂㅇ', ['cyber', 'mart', 'inventory']],
    // 세무 and 법률사무소.
    ['ㅅㅁ', ['tax', 'law']],
    ['secur', ['cyber', 'mart']],
    ['SECURITY', ['cyber', 'mart']],
    ['보안 camera', ['mart']],
    ['consult', ['inventory']],
    ['bookkeeping', ['tax']],
  ])('%s finds exactly the hand-checked businesses', async (q, expected) => {
    const { keys, body } = await found({ q });
    expect([...keys].sort()).toEqual([...expected].sort());
    expect(body.total).toBe(expected.length);
  });

  it('ranks a name match above a mention in a need (재고)', async () => {
    const { keys } = await found({ q: '재고' });
    expect(keys).toEqual(['inventory', 'mart']);
  });

  it('finds 보안 inside 사이버보안 and marks it', async () => {
    const { body } = await found({ q: '보안' });
    const cyber = body.results.find((r) => r.business.slug === slugs.cyber);
    expect(cyber?.highlights.name).toBe('사이버<mark>보안</mark> 솔루션');
    expect(cyber?.highlights.offers).toEqual(['사이버<mark>보안</mark> 점검과 방화벽 설치']);
  });

  it('marks initial consonants and English prefixes', async () => {
    const byChoseong = await found({ q: 'ㅂㅇ' });
    const mart = byChoseong.body.results.find((r) => r.business.slug === slugs.mart);
    expect(mart?.highlights.needs).toContain('<mark>보안</mark> 카메라 설치');
    const byPrefix = await found({ q: 'secur' });
    const cyber = byPrefix.body.results.find((r) => r.business.slug === slugs.cyber);
    expect(cyber?.highlights.offers).toEqual(['Cyber <mark>secur</mark>ity audits and firewalls']);
  });

  it('falls back to any term when no business has them all', async () => {
    const { keys } = await found({ q: '법률 xyzzy' });
    expect(keys).toEqual(['law']);
  });

  it('escapes HTML in highlights', async () => {
    const { body } = await found({ q: 'tax' });
    const tax = body.results.find((r) => r.business.slug === slugs.tax);
    expect(tax?.highlights.description).toBe(
      'Your &lt;b&gt;<mark>Tax</mark>&lt;/b&gt; &amp; &quot;books&quot; done right',
    );
    expect(tax?.highlights.name).toBe('Park <mark>Tax</mark> &amp; Accounting');
  });

  it.each([
    [{ pillar: 'inventory' }, ['inventory', 'mart']],
    [{ pillar: 'inventory', side: 'offers' }, ['inventory']],
    [{ pillar: 'inventory', side: 'needs' }, ['mart']],
    [{ side: 'needs' }, ['mart']],
    [{ industry: 'legal' }, ['law']],
    [{ language: 'ko' }, ['cyber', 'mart', 'tax']],
    [{ near: '75201', radiusMiles: 20 }, ['cyber', 'mart', 'tax']],
    [{ near: '75201', radiusMiles: 5 }, ['tax']],
    [{ q: '보안', near: '75201', radiusMiles: 20, side: 'needs' }, ['mart']],
  ] as const)('filters %o', async (query, expected) => {
    const { keys } = await found(query);
    expect([...keys].sort()).toEqual([...expected].sort());
  });

  it('filters by organization', async () => {
    const { keys } = await found({ organization: orgB.slug });
    expect([...keys].sort()).toEqual(['inventory', 'law']);
  });

  it('orders by distance from a ZIP and reports it in miles', async () => {
    const { body, keys } = await found({ near: '75201' });
    expect(keys).toEqual(['tax', 'cyber', 'mart', 'law', 'inventory']);
    expect(body.results[0]?.business.distanceMiles).toBe(0);
    const law = body.results.find((r) => r.business.slug === slugs.law);
    expect(law?.business.distanceMiles).toBeGreaterThan(25);
    expect(law?.business.distanceMiles).toBeLessThan(35);
  });

  it('searches near my own business', async () => {
    const { keys } = await found({ near: 'mine', radiusMiles: 5 }, owner);
    expect(keys).toEqual(['tax']);
    const anonymous = await get({ near: 'mine' });
    expect(anonymous.statusCode).toBe(400);
    expect(anonymous.json<{ error: { fields: Record<string, string> } }>().error.fields.near).toMatch(
      /Sign in/,
    );
  });

  it('counts businesses per pillar over all matches, not just the page', async () => {
    const { body } = await found({ pageSize: 1 });
    const counts = Object.fromEntries(body.facets.pillars.map((f) => [f.key, f.count]));
    expect(counts).toEqual({ 'safe-city': 1, 'cyber-security': 1, inventory: 2, legal: 1, finance: 1 });
    const filtered = await found({ pillar: 'legal' });
    expect(filtered.body.facets.pillars.find((f) => f.key === 'inventory')?.count).toBe(2);
  });

  it('pages through every business once', async () => {
    const seen: string[] = [];
    for (const page of [1, 2, 3]) {
      const { body } = await found({ page, pageSize: 2 });
      expect(body.total).toBe(5);
      expect(body.page).toBe(page);
      seen.push(...body.results.map((r) => r.business.slug));
    }
    expect(new Set(seen).size).toBe(5);
    const beyond = await found({ page: 9, pageSize: 2 });
    expect(beyond.body.results).toEqual([]);
  });

  it('shows anonymous callers no private contact fields', async () => {
    const res = await get({ q: 'tax' });
    expect(res.body).not.toContain('972-555-0199');
    expect(res.body).not.toContain('private-');
    expect(Object.keys(res.json<SearchResponse>().results[0]?.business ?? {})).not.toContain('phone');
  });

  it.each([
    '😀🔒',
    "'; drop table businesses; --",
    '" or 1=1 --',
    '%_\\',
    'ㅂ',
    'ㅏ',
    '보ㅇ',
    '\u0000',
    'a',
    '   ',
  ])('answers %j without failing', async (q) => {
    const res = await get({ q });
    expect(res.statusCode, res.body).toBe(200);
  });

  it('refuses a 10,000-character query with a message', async () => {
    const res = await get({ q: '보안'.repeat(5000) });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { message: string } }>().error.message).not.toBe('');
  });

  it.each([
    [{ pillar: 'nope' }, 'pillar'],
    [{ organization: 'nope' }, 'organization'],
    [{ near: '00000' }, 'near'],
    [{ radiusMiles: 5 }, 'radiusMiles'],
    [{ pageSize: 500 }, 'pageSize'],
    [{ side: 'both' }, 'side'],
  ] as const)('refuses %o with a field message', async (query, field) => {
    const res = await get(query);
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { fields: Record<string, string> } }>().error.fields[field]).toBeTruthy();
  });

  it('answers in Korean for a Korean caller', async () => {
    const res = await get({ pillar: 'nope', lang: 'ko' });
    expect(res.json<{ error: { fields: Record<string, string> } }>().error.fields.pillar).toBe(
      '존재하지 않는 분야입니다.',
    );
  });

  it('reindexes a business when its profile changes', async () => {
    expect((await found({ q: '세탁' })).keys).toEqual([]);
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/businesses/${slugs.tax}`,
      headers: owner,
      payload: { descriptionKo: '세탁 서비스도 합니다', descriptionEn: 'Laundry too' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await found({ q: '세탁' })).keys).toEqual(['tax']);
    expect((await found({ q: 'laundry' })).keys).toEqual(['tax']);
    expect((await found({ q: 'right' })).keys).toEqual([]);
  });

  it('shows a business as it is now, not as a result shown before the change', async () => {
    const before = (await found({ q: '세무' })).body.results.find(
      (r) => slugKey.get(r.business.slug) === 'tax',
    );
    expect(before?.business.nameEn).not.toBe('Park Tax & Books');
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/businesses/${slugs.tax}`,
      headers: owner,
      payload: { nameEn: 'Park Tax & Books' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = (await found({ q: '세무' })).body.results.find(
      (r) => slugKey.get(r.business.slug) === 'tax',
    );
    expect(after?.business.nameEn).toBe('Park Tax & Books');
  });

  it('ranks again after a change, also once the change is no longer recent', async () => {
    // Clocks past the window in which announced businesses are re-read (earlier tests changed some),
    // so only the emptied pages can make the second search see the change.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 60_000 });
    try {
      expect((await found({ q: '수선' })).keys).toEqual([]);
      const res = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/businesses/${slugs.tax}`,
        headers: owner,
        payload: { descriptionKo: '옷 수선도 합니다' },
      });
      expect(res.statusCode, res.body).toBe(200);
      vi.setSystemTime(Date.now() + 60_000);
      expect((await found({ q: '수선' })).keys).toEqual(['tax']);
    } finally {
      vi.useRealTimers();
    }
  });
});
