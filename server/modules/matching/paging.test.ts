import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../../test/harness.ts';
import type { Db } from '../../platform/db/database.ts';
import { parseLanguages } from '../businesses/presenter.ts';
import { distanceBound, languageBound, stageABound, textBound } from './bound.ts';
import {
  addIntroduction,
  addNeed,
  addOffer,
  namedOrganization,
  pillarId,
  placeBusiness,
  STORE,
} from './matching.fixture.ts';
import * as queries from './queries.ts';
import { distanceFit, haversineMiles, languageFit, stageA } from './score.ts';
import { matchesFor } from './service.ts';
import { coverage, normalizeDescription, requestTerms } from './similarity.ts';

/*
 * The candidate query returns a page ordered by an upper bound of stage A computed in SQL. Whatever the
 * page size, the top ten must be the same; and the bound must never be below the exact stage A.
 */

const TEXTS = [
  { ko: '재고 관리 비용 절감 컨설팅', en: 'Inventory cost reduction consulting' },
  { ko: '재고 관리', en: 'Inventory management' },
  { ko: '', en: 'Shelf planning' },
  { ko: '물류 최적화', en: 'Logistics planning for stores' },
  { ko: '', en: 'Reducing costs of INVENTORY' },
];
const LANGUAGES = [['ko', 'en'], ['en'], ['ko'], ['en', 'es']];

async function crowd(db: Db) {
  const chamber = await namedOrganization(db, 'City Chamber', '시 상공회의소');
  const inventory = await pillarId(db, 'inventory');
  const store = await placeBusiness(db, {
    organizationIds: [chamber.id],
    nameEn: 'Hanbit Mart',
    kind: 'member',
    milesNorth: 0,
    languages: ['ko', 'en'],
    industry: 'grocery',
  });
  await addNeed(db, store.id, inventory, { ko: '재고 관리 비용 절감', en: 'Reduce inventory costs' });
  const partners: string[] = [];
  for (let n = 0; n < 30; n += 1) {
    const partner = await placeBusiness(db, {
      organizationIds: n % 3 === 0 ? [] : [chamber.id],
      nameEn: `Partner ${n}`,
      milesNorth: n % 7 === 6 ? null : (n * 1.7) % 23,
      languages: LANGUAGES[n % LANGUAGES.length] ?? [],
      industry: n % 2 === 0 ? 'consulting' : 'logistics',
    });
    await addOffer(
      db,
      partner.id,
      inventory,
      TEXTS[n % TEXTS.length] ?? { ko: '', en: '' },
      10 + (n % 4) * 5,
    );
    partners.push(partner.id);
  }
  // Some history, answered in time or not at all, so the history part of the bound is exercised.
  for (const [n, answered] of [
    [1, true],
    [2, false],
    [5, true],
    [10, false],
  ] as const) {
    const recipient = partners[n] ?? '';
    await addIntroduction(db, partners[0] ?? '', recipient, '2026-11-01T12:00:00.000Z', {
      respondedAt: answered ? '2026-11-02T12:00:00.000Z' : '2026-11-20T12:00:00.000Z',
      stage: answered ? 'accepted' : 'declined',
    });
  }
  return { store, inventory };
}

describe.each(dialects)('matching pages on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(() => t.close());

  it('gives the same top ten whatever the first page size', async () => {
    const db = t.handle.db;
    const { store } = await crowd(db);
    const row = await db
      .selectFrom('businesses')
      .selectAll()
      .where('id', '=', store.id)
      .executeTakeFirstOrThrow();
    const now = new Date('2026-12-02T15:00:00.000Z');
    const full = await matchesFor(db, row, 'en', now, 1000);
    expect(full.needs[0]?.candidates).toHaveLength(10);
    for (const firstPage of [1, 3, 10, 25]) {
      expect(await matchesFor(db, row, 'en', now, firstPage)).toEqual(full);
    }
  });

  it('never bounds a candidate below its exact stage A', async () => {
    const db = t.handle.db;
    const { store, inventory } = await crowd(db);
    const origin = { latitude: STORE.latitude, longitude: STORE.longitude };
    const terms = requestTerms('재고 관리 비용 절감', 'Reduce inventory costs');
    const own = ['ko', 'en'];
    const bound = stageABound(
      textBound(terms, ['offers.description_ko', 'offers.description_en']),
      languageBound(own, ['offers.languages', 'businesses.languages']),
      distanceBound(queries.distanceFrame(origin)),
    );
    const rows = await queries.candidateOffers(
      db,
      { pillarId: inventory, excluded: [store.id], week: { from: '2000-01-01', to: '2000-01-02' } },
      origin,
      { bound, limit: 1000 },
    );
    expect(rows.length).toBeGreaterThan(20);
    for (const r of rows) {
      const there =
        r.latitude === null || r.longitude === null
          ? null
          : { latitude: Number(r.latitude), longitude: Number(r.longitude) };
      const miles = there ? haversineMiles(origin, there) : null;
      const language = languageFit(own, parseLanguages(r.business_languages));
      const text = coverage(terms, normalizeDescription(`${r.description_ko}\n${r.description_en}`));
      const exact = stageA(text, language.fit, distanceFit(miles));
      expect(Number(r.bound)).toBeGreaterThanOrEqual(exact - 1e-9);
    }
  });
});
