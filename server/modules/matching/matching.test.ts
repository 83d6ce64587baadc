import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createUser, sessionHeaders } from '../../../test/fixtures.ts';
import { createTestApp, dialects, type TestApp } from '../../../test/harness.ts';
import type { Db } from '../../platform/db/database.ts';
import { termsOf } from '../search/terms.ts';
import {
  addIntroduction,
  addNeed,
  addOffer,
  namedOrganization,
  pillarId,
  placeBusiness,
} from './matching.fixture.ts';
import { matchesFor } from './service.ts';
import { mentions, normalizeDescription } from './similarity.ts';

/*
 * Hand-checked scores (docs/matching.md has the weights). The store speaks Korean and English, is in
 * KACC, and needs "재고 관리 비용 절감 / Reduce inventory costs" (request terms: 재고 관리 비용 절감 |
 * reduce inventory cost). Every consultant is a verified City Chamber member without a shared
 * organization and with no judged history, so stage B = 5 (verified) + 8·0.5 + 4·0.5 = 11.
 *  A  3 mi, ko+en, "재고 관리 비용 절감 컨설팅": text 4/4 = 1, language 2/2 = 1, distance 10/13
 *     → 20 + 25 + 15 + 11.54 + 11 = 82.54 → 83
 *  B 40 mi, en, "Inventory cost reduction consulting": text 2/3 (no "reduce"), language 1/2, distance 10/50
 *     → 20 + 16.67 + 7.5 + 3 + 11 = 58.17 → 58
 *  C  6 mi, en, "Shelf planning", industry consulting like A: text 0, language 1/2, distance 10/16
 *     → 20 + 0 + 7.5 + 9.375 + 11 = 47.875 → 48
 *  D  8 mi, en, "Warehouse shelving installation", logistics: 20 + 7.5 + 8.33 + 11 = 46.83 → 47
 * Hiding A: C is in A's industry under the same pillar (similarity 1 → −30 → 18); B's offer contains
 * every word of A's English offer (inventory cost reduct consult → similarity 1 → −30 → 28); D has
 * nothing in common with A (47).
 */

async function scene(db: Db) {
  const kacc = await namedOrganization(db, 'KACC', '달라스한인상공회의소');
  const city = await namedOrganization(db, 'City Chamber', '시 상공회의소');
  const owner = await createUser(db, { locale: 'ko', name: 'Owner' });
  const staff = await createUser(db, { locale: 'en', name: 'Staff' });
  const inventory = await pillarId(db, 'inventory');
  const legal = await pillarId(db, 'legal');
  const store = await placeBusiness(db, {
    organizationIds: [kacc.id],
    ownerId: owner.id,
    nameEn: 'Hanbit Mart',
    kind: 'member',
    milesNorth: 0,
    languages: ['ko', 'en'],
    industry: 'grocery',
  });
  await db
    .insertInto('business_users')
    .values({ business_id: store.id, user_id: staff.id, role: 'staff' })
    .execute();
  const consultant = (nameEn: string, milesNorth: number, languages: string[], industry: string) =>
    placeBusiness(db, { organizationIds: [city.id], nameEn, milesNorth, languages, industry });
  const a = await consultant('Seoul Inventory Partners', 3, ['ko', 'en'], 'consulting');
  const b = await consultant('Lone Star Stock Advisors', 40, ['en'], 'accounting');
  const c = await consultant('Dallas Stock Consulting', 6, ['en'], 'consulting');
  const d = await consultant('North Texas Shelving', 8, ['en'], 'logistics');
  const elsewhere = await placeBusiness(db, {
    organizationIds: [city.id],
    nameEn: 'Faraway Friend',
    milesNorth: null,
    languages: ['en'],
    industry: 'other',
  });
  const offerA = await addOffer(db, a.id, inventory, {
    ko: '재고 관리 비용 절감 컨설팅',
    en: 'Inventory cost reduction consulting',
  });
  await addOffer(db, b.id, inventory, { ko: '', en: 'Inventory cost reduction consulting' }, 50);
  await addOffer(db, c.id, inventory, { ko: '', en: 'Shelf planning' });
  await addOffer(db, d.id, inventory, { ko: '', en: 'Warehouse shelving installation' });
  // The store's own offer under the same pillar is never a match for itself.
  await addOffer(db, store.id, inventory, { ko: '재고 관리 비용 절감', en: 'Inventory cost reduction' });
  await addNeed(db, store.id, inventory, { ko: '재고 관리 비용 절감', en: 'Reduce inventory costs' });
  return {
    store,
    a,
    b,
    c,
    d,
    elsewhere,
    offerA,
    inventory,
    legal,
    headers: { ko: await sessionHeaders(db, owner.id), en: await sessionHeaders(db, staff.id) },
  };
}

type Scene = Awaited<ReturnType<typeof scene>>;
interface Suggestion {
  business: { slug: string; distanceMiles: number | null };
  score: number;
  reasons: string[];
}

describe.each(dialects)('matching on %s', (dialect) => {
  let t: TestApp;
  let s: Scene;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    s = await scene(t.handle.db);
  });
  afterEach(() => t.close());

  async function matches(locale: 'ko' | 'en' = 'en'): Promise<Suggestion[]> {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/businesses/${s.store.slug}/matches`,
      headers: s.headers[locale],
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { needs: { candidates: Suggestion[] }[] };
    expect(body.needs).toHaveLength(1);
    return body.needs[0]?.candidates ?? [];
  }

  const scores = (list: Suggestion[]) => Object.fromEntries(list.map((c) => [c.business.slug, c.score]));

  it('ranks the Korean-speaking consultant 3 miles away above the English-only one 40 miles away', async () => {
    const list = await matches();
    expect(list.map((c) => c.business.slug)).toEqual([s.a.slug, s.b.slug, s.c.slug, s.d.slug]);
    expect(scores(list)).toEqual({ [s.a.slug]: 83, [s.b.slug]: 58, [s.c.slug]: 48, [s.d.slug]: 47 });
    expect(list[0]?.business.distanceMiles).toBe(3);
  });

  it('explains a match in the caller’s language', async () => {
    const db = t.handle.db;
    // A answered one introduction in a day and one after four days: 1 of 2 within 2 days (score unchanged).
    await addIntroduction(db, s.elsewhere.id, s.a.id, '2026-01-01T12:00:00.000Z', {
      respondedAt: '2026-01-02T12:00:00.000Z',
      stage: 'accepted',
    });
    await addIntroduction(db, s.elsewhere.id, s.a.id, '2026-01-05T12:00:00.000Z', {
      respondedAt: '2026-01-09T12:00:00.000Z',
      stage: 'declined',
    });
    const [en] = await matches('en');
    expect(en?.score).toBe(83);
    expect(en?.reasons).toEqual([
      'offers Inventory cost reduction consulting',
      'speaks Korean',
      '3.0 mi away',
      'answered 1 of 2 introductions within 2 days',
      'verified member of City Chamber',
    ]);
    const [ko] = await matches('ko');
    expect(ko?.reasons).toEqual([
      '재고 관리 비용 절감 컨설팅 제공',
      '한국어 가능',
      '3.0마일 거리',
      '소개 요청 2건 중 1건에 2일 안에 응답',
      '시 상공회의소 인증 회원',
    ]);
  });

  it('does not suggest pairs already introduced, in either direction', async () => {
    await addIntroduction(t.handle.db, s.store.id, s.a.id, '2026-01-01T12:00:00.000Z');
    await addIntroduction(t.handle.db, s.c.id, s.store.id, '2026-01-01T12:00:00.000Z');
    expect((await matches()).map((c) => c.business.slug)).toEqual([s.b.slug, s.d.slug]);
  });

  it('leaves out blocked businesses, either way round', async () => {
    const at = new Date().toISOString();
    await t.handle.db
      .insertInto('business_blocks')
      .values([
        { business_id: s.store.id, blocked_business_id: s.b.id, created_at: at },
        { business_id: s.c.id, blocked_business_id: s.store.id, created_at: at },
      ])
      .execute();
    expect((await matches()).map((c) => c.business.slug)).toEqual([s.a.slug, s.d.slug]);
  });

  it('hides a "not relevant" match and ranks similar ones lower, until it is shown again', async () => {
    const hide = await t.app.inject({
      method: 'POST',
      url: `/api/v1/businesses/${s.store.slug}/matches/hidden`,
      headers: s.headers.en,
      payload: { targetSlug: s.a.slug },
    });
    expect(hide.statusCode, hide.body).toBe(204);
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/businesses/${s.store.slug}/matches/hidden`,
      headers: s.headers.en,
      payload: { targetSlug: s.a.slug },
    });
    expect(again.statusCode).toBe(204);
    const list = await matches();
    expect(scores(list)).toEqual({ [s.b.slug]: 28, [s.c.slug]: 18, [s.d.slug]: 47 });
    expect(list.map((c) => c.business.slug)).toEqual([s.d.slug, s.b.slug, s.c.slug]);

    const show = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/businesses/${s.store.slug}/matches/hidden/${s.a.slug}`,
      headers: s.headers.en,
    });
    expect(show.statusCode, show.body).toBe(204);
    expect(scores(await matches())).toEqual({
      [s.a.slug]: 83,
      [s.b.slug]: 58,
      [s.c.slug]: 48,
      [s.d.slug]: 47,
    });
  });

  it('rejects hiding itself or an unknown business, changing nothing', async () => {
    const self = await t.app.inject({
      method: 'POST',
      url: `/api/v1/businesses/${s.store.slug}/matches/hidden`,
      headers: s.headers.ko,
      payload: { targetSlug: s.store.slug },
    });
    expect(self.statusCode).toBe(400);
    expect(self.json()).toMatchObject({ error: { fields: { targetSlug: '자기 업체는 숨길 수 없습니다.' } } });
    const unknown = await t.app.inject({
      method: 'POST',
      url: `/api/v1/businesses/${s.store.slug}/matches/hidden`,
      headers: s.headers.en,
      payload: { targetSlug: 'no-such-business', extra: 1 },
    });
    expect(unknown.statusCode).toBe(400);
    const rows = await t.handle.db.selectFrom('match_feedback').selectAll().execute();
    expect(rows).toEqual([]);
  });

  it('drops a partner at weekly capacity until Monday midnight in Dallas', async () => {
    const db = t.handle.db;
    const put = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/businesses/${s.b.slug}/capacity`,
      headers: await sessionHeaders(db, (await createUser(db, { platformAdmin: true })).id),
      payload: { weeklyIntroCapacity: 2 },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({ weeklyIntroCapacity: 2 });
    // Monday 2026-11-30 00:00 in Dallas is 06:00 UTC (CST). Two introductions this week, one the Sunday before.
    await addIntroduction(db, s.elsewhere.id, s.b.id, '2026-11-29T12:00:00.000Z');
    await addIntroduction(db, s.elsewhere.id, s.b.id, '2026-11-30T07:00:00.000Z');
    const store = await db
      .selectFrom('businesses')
      .selectAll()
      .where('id', '=', s.store.id)
      .executeTakeFirstOrThrow();
    const suggested = async (now: string) =>
      (await matchesFor(db, store, 'en', new Date(now))).needs[0]?.candidates.map((c) => c.business.slug);

    expect(await suggested('2026-12-02T15:00:00.000Z')).toContain(s.b.slug);
    await addIntroduction(db, s.elsewhere.id, s.b.id, '2026-12-01T15:00:00.000Z');
    expect(await suggested('2026-12-02T15:00:00.000Z')).not.toContain(s.b.slug);
    expect(await suggested('2026-12-07T05:59:59.000Z')).not.toContain(s.b.slug);
    expect(await suggested('2026-12-07T06:00:00.000Z')).toContain(s.b.slug);
  });

  it('reports and validates the weekly capacity', async () => {
    const url = `/api/v1/businesses/${s.store.slug}/capacity`;
    const bad = await t.app.inject({
      method: 'PUT',
      url,
      headers: s.headers.en,
      payload: { weeklyIntroCapacity: -1 },
    });
    expect(bad.statusCode).toBe(400);
    const cleared = await t.app.inject({
      method: 'PUT',
      url,
      headers: s.headers.en,
      payload: { weeklyIntroCapacity: null },
    });
    expect(cleared.statusCode, cleared.body).toBe(200);
    const res = await t.app.inject({ method: 'GET', url, headers: s.headers.en });
    expect(res.json()).toMatchObject({ weeklyIntroCapacity: null, receivedThisWeek: 0 });
  });

  it('lists leads for an offer: businesses whose needs it serves, inside its radius', async () => {
    const db = t.handle.db;
    const needy = (nameEn: string, milesNorth: number) =>
      placeBusiness(db, { organizationIds: [], nameEn, milesNorth, languages: ['en'], industry: 'retail' });
    const near = await needy('Elm Street Market', 10);
    const far = await needy('Far North Market', 30);
    const lawyerless = await needy('Needs A Lawyer', 1);
    await addNeed(db, near.id, s.inventory, { ko: '', en: 'Inventory counting' });
    await addNeed(db, far.id, s.inventory, { ko: '', en: 'Reduce inventory costs' });
    await addNeed(db, lawyerless.id, s.legal, { ko: '', en: 'Inventory contract review' });
    const owner = await createUser(db, { locale: 'en' });
    await db
      .insertInto('business_users')
      .values({ business_id: s.a.id, user_id: owner.id, role: 'owner' })
      .execute();
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/businesses/${s.a.slug}/leads`,
      headers: await sessionHeaders(db, owner.id),
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as {
      offers: { offer: { id: string }; candidates: (Suggestion & { need: unknown })[] }[];
    };
    expect(body.offers.map((o) => o.offer.id)).toEqual([s.offerA]);
    const leads = body.offers[0]?.candidates ?? [];
    // The store: the same pair as the match, the same 83. Elm Street: text 1/2 (inventory, not "count"),
    // English 1/1, 7 mi from A, in no organization → 20 + 12.5 + 15 + 8.82 + 0 + 4 + 2 = 62.3 → 62.
    expect(leads.map((l) => l.business.slug)).toEqual([s.store.slug, near.slug]);
    expect(leads[0]?.score).toBe(83);
    expect(leads[0]?.reasons).toEqual([
      'needs Reduce inventory costs',
      'speaks Korean',
      '3.0 mi away',
      'verified member of KACC',
    ]);
    expect(leads[1]?.score).toBe(62);
  });

  it('answers 404 for an unknown business and 403 for a stranger', async () => {
    const unknown = await t.app.inject({
      method: 'GET',
      url: '/api/v1/businesses/nope/matches',
      headers: s.headers.en,
    });
    expect(unknown.statusCode).toBe(404);
    const stranger = await createUser(t.handle.db);
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/businesses/${s.store.slug}/leads`,
      headers: await sessionHeaders(t.handle.db, stranger.id),
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('text similarity reads descriptions the way the search index does', () => {
  const texts = [
    '재고 관리 비용 절감 컨설팅 Inventory cost reduction consulting',
    '매장 보안 카메라 설치 CCTV security-camera installs, 24/7',
    '팀 단위 세무 상담 tax filing for small teams',
  ];
  const probes = [
    '재고',
    '고관',
    '재',
    '팀',
    '무',
    'inv',
    'inventory',
    'cost',
    'reduct',
    'nstall',
    'cctv',
    '24',
    'camer',
    '보안',
    '안카',
  ];
  it.each(texts)('mentions() agrees with termsOf() on %s', (text) => {
    const index = termsOf(text);
    for (const probe of probes) {
      expect(mentions(normalizeDescription(text), probe), probe).toBe(index.has(probe));
    }
  });
});
