import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../../test/harness.ts';
import type { Db } from '../../platform/db/database.ts';
import { haversineMiles } from '../../platform/geocode.ts';
import { parseLanguages } from '../businesses/presenter.ts';
import {
  addIntroduction,
  addNeed,
  addOffer,
  namedOrganization,
  pillarId,
  placeBusiness,
} from './matching.fixture.ts';
import * as queries from './queries.ts';
import {
  distanceFit,
  finalScore,
  histories,
  historyOf,
  historyPart,
  languageFit,
  stageA,
  WEIGHTS,
} from './score.ts';
import { matchesFor } from './service.ts';
import { coverage, normalizeDescription, requestTerms } from './similarity.ts';

/*
 * Matching prunes in several places (the grid's cells, each item's bound, the history bound). Whatever
 * it skips, the top ten must be those of scoring every offer of the pillar in full. Random scenes with
 * many near-ties, some history and shared organizations; the reference below scores everything.
 */

const TEXTS = [
  { ko: '재고 관리 비용 절감 컨설팅', en: 'Inventory cost reduction consulting' },
  { ko: '재고 관리', en: 'Inventory management' },
  { ko: '', en: 'Shelf planning' },
  { ko: '물류 최적화', en: 'Logistics planning for stores' },
  { ko: '', en: 'Reducing costs of INVENTORY' },
];
const LANGUAGES = [['ko', 'en'], ['en'], ['ko'], ['en', 'es'], []];
const NEED = { ko: '재고 관리 비용 절감', en: 'Reduce inventory costs' };
const NOW = new Date('2026-12-02T15:00:00.000Z');

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

async function scene(db: Db, seed: number) {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const chamber = await namedOrganization(db, 'City Chamber', '시 상공회의소');
  const other = await namedOrganization(db, 'Other Chamber', '다른 상공회의소');
  const inventory = await pillarId(db, 'inventory');
  const store = await placeBusiness(db, {
    organizationIds: [chamber.id],
    nameEn: 'Hanbit Mart',
    kind: 'member',
    milesNorth: 0,
    languages: ['ko', 'en'],
    industry: 'grocery',
  });
  await addNeed(db, store.id, inventory, NEED);
  const partners: string[] = [];
  for (let n = 0; n < 45; n += 1) {
    const memberships = [[], [chamber.id], [other.id], [chamber.id, other.id]][Math.floor(rand() * 4)] ?? [];
    const partner = await placeBusiness(db, {
      organizationIds: memberships,
      nameEn: `Partner ${String(n).padStart(2, '0')}`,
      milesNorth: rand() < 0.1 ? null : Math.round(rand() * 300) / 10 - 5,
      languages: pick(LANGUAGES),
      industry: pick(['consulting', 'logistics']),
    });
    await addOffer(db, partner.id, inventory, pick(TEXTS), pick([5, 10, 25, 40]));
    partners.push(partner.id);
  }
  for (let n = 0; n < 12; n += 1) {
    const answered = rand() < 0.6;
    await addIntroduction(db, pick(partners), pick(partners), '2026-11-01T12:00:00.000Z', {
      respondedAt: answered ? '2026-11-02T12:00:00.000Z' : '2026-11-20T12:00:00.000Z',
      stage: answered ? 'accepted' : 'declined',
    });
  }
  return {
    store: await db.selectFrom('businesses').selectAll().where('id', '=', store.id).executeTakeFirstOrThrow(),
    inventory,
  };
}

/** Every offer of the pillar scored in full, straight from the tables. */
async function reference(
  db: Db,
  store: { id: string; latitude: number | null; longitude: number | null; languages: string },
  inventory: string,
) {
  const own = new Set((await queries.organizationsOf(db, [store.id])).map((o) => o.id));
  const terms = requestTerms(NEED.ko, NEED.en);
  const offers = await db
    .selectFrom('offers')
    .innerJoin('businesses', 'businesses.id', 'offers.business_id')
    .select([
      'offers.business_id',
      'offers.description_ko',
      'offers.description_en',
      'offers.radius_miles',
      'offers.languages as offer_languages',
      'businesses.slug',
      'businesses.latitude',
      'businesses.longitude',
      'businesses.languages',
    ])
    .where('offers.pillar_id', '=', inventory)
    .where('offers.business_id', '!=', store.id)
    .execute();
  const ids = offers.map((o) => o.business_id);
  const organizations = await queries.organizationsOf(db, ids);
  const received = histories(await queries.introductionsReceived(db, ids), NOW);
  const origin = { latitude: Number(store.latitude), longitude: Number(store.longitude) };
  const best = new Map<string, { slug: string; exact: number; miles: number | null }>();
  for (const o of offers) {
    const miles =
      o.latitude === null
        ? null
        : haversineMiles(origin, { latitude: Number(o.latitude), longitude: Number(o.longitude) });
    if (miles !== null && miles > Number(o.radius_miles)) {
      continue;
    }
    const spoken =
      parseLanguages(o.offer_languages).length > 0
        ? parseLanguages(o.offer_languages)
        : parseLanguages(o.languages);
    const language = languageFit(parseLanguages(store.languages), spoken).fit;
    const text = coverage(terms, normalizeDescription(`${o.description_ko}\n${o.description_en}`));
    const mine = organizations.filter((m) => m.business_id === o.business_id);
    const exact =
      stageA(text, language, distanceFit(miles)) +
      (mine.length > 0 ? WEIGHTS.verified : 0) +
      (mine.some((m) => own.has(m.id)) ? WEIGHTS.organization : 0) +
      historyPart(historyOf(received, o.business_id));
    const current = best.get(o.business_id);
    if (!current || exact > current.exact) {
      best.set(o.business_id, { slug: o.slug, exact, miles });
    }
  }
  return [...best.values()]
    .sort(
      (a, b) =>
        b.exact - a.exact ||
        finalScore(b.exact) - finalScore(a.exact) ||
        (a.miles ?? Infinity) - (b.miles ?? Infinity) ||
        a.slug.localeCompare(b.slug),
    )
    .slice(0, 10)
    .map((r) => ({ slug: r.slug, score: finalScore(r.exact) }));
}

describe.each(dialects)('matching exactness on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(() => t.close());

  it.each([1, 2, 3, 4])('finds the same top ten as scoring every offer (scene %i)', async (seed) => {
    const db = t.handle.db;
    const { store, inventory } = await scene(db, seed);
    const found = (await matchesFor(db, store, 'en', NOW)).needs[0]?.candidates ?? [];
    const expected = await reference(db, store, inventory);
    const key = (list: { slug: string; score: number }[]) => list.map((c) => `${c.score}`).join(',');
    // Same scores in the same order; among equal scores the order may differ only by the tie-breaks.
    expect(key(found.map((c) => ({ slug: c.business.slug, score: c.score })))).toBe(key(expected));
    expect(new Set(found.map((c) => c.business.slug))).toEqual(new Set(expected.map((e) => e.slug)));
  });
});
