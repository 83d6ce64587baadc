import type { DbOrTrx } from '../../platform/db/database.ts';
import { industries } from '../businesses/industries.ts';
import { announceReindex } from './live-index.ts';
import { termsOf } from './terms.ts';

/**
 * Keeps search_terms in step with the directory. A business's weight for a term is the sum over its
 * fields of field weight × term weight, so a word in the name counts more than the same word in the
 * description, and a word both offered and named counts more than either.
 */
export const FIELD_WEIGHTS = { name: 3, industry: 2, item: 2, description: 1 } as const;

/** Businesses per round trip when (re)indexing many; rows per INSERT stay under SQLite's variable limit. */
const BUSINESS_CHUNK = 500;
const ROWS_PER_INSERT = 3000;

const industryNames = new Map(industries.map((i) => [i.key, `${i.nameKo} ${i.nameEn}`]));

export interface IndexedText {
  name_ko: string;
  name_en: string;
  description_ko: string;
  description_en: string;
  industry: string;
}

interface ItemText {
  business_id: string;
  description_ko: string;
  description_en: string;
}

/** The weighted terms of one business, from its own text and its offers' and needs' descriptions. */
export function businessTerms(business: IndexedText, items: ItemText[]): Map<string, number> {
  const fields: [string, number][] = [
    [`${business.name_ko} ${business.name_en}`, FIELD_WEIGHTS.name],
    [industryNames.get(business.industry) ?? business.industry, FIELD_WEIGHTS.industry],
    [items.map((i) => `${i.description_ko} ${i.description_en}`).join(' '), FIELD_WEIGHTS.item],
    [`${business.description_ko} ${business.description_en}`, FIELD_WEIGHTS.description],
  ];
  const weights = new Map<string, number>();
  for (const [text, fieldWeight] of fields) {
    for (const [term, weight] of termsOf(text)) {
      weights.set(term, (weights.get(term) ?? 0) + weight * fieldWeight);
    }
  }
  return weights;
}

function groupBy<T extends { business_id: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.business_id) ?? [];
    list.push(row);
    groups.set(row.business_id, list);
  }
  return groups;
}

async function reindexChunk(db: DbOrTrx, ids: string[], fresh: boolean): Promise<void> {
  const businesses = await db
    .selectFrom('businesses')
    .select(['id', 'name_ko', 'name_en', 'description_ko', 'description_en', 'industry'])
    .where('id', 'in', ids)
    .execute();
  const itemColumns = ['business_id', 'description_ko', 'description_en'] as const;
  const offers = await db.selectFrom('offers').select(itemColumns).where('business_id', 'in', ids).execute();
  const needs = await db.selectFrom('needs').select(itemColumns).where('business_id', 'in', ids).execute();
  const itemsByBusiness = groupBy([...offers, ...needs]);
  if (!fresh) {
    await db.deleteFrom('search_terms').where('business_id', 'in', ids).execute();
  }
  const rows: { term: string; business_id: string; weight: number }[] = [];
  for (const business of businesses) {
    for (const [term, weight] of businessTerms(business, itemsByBusiness.get(business.id) ?? [])) {
      rows.push({ term, business_id: business.id, weight });
    }
  }
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    await db
      .insertInto('search_terms')
      .values(rows.slice(i, i + ROWS_PER_INSERT))
      .execute();
  }
}

/**
 * Rebuilds the index rows of these businesses (call inside the transaction that changed them).
 * `fresh` skips the delete when the caller knows the businesses have no rows yet (bulk seeding).
 */
export async function reindexBusinesses(
  db: DbOrTrx,
  businessIds: readonly string[],
  options: { fresh?: boolean } = {},
): Promise<void> {
  const unique = [...new Set(businessIds)];
  await writeTerms(db, unique, options.fresh ?? false);
  announceReindex(unique);
}

async function writeTerms(db: DbOrTrx, ids: string[], fresh: boolean): Promise<void> {
  for (let i = 0; i < ids.length; i += BUSINESS_CHUNK) {
    await reindexChunk(db, ids.slice(i, i + BUSINESS_CHUNK), fresh);
  }
}

/** Rebuilds one business's rows: after its profile, offers or needs change. */
export function reindexBusiness(db: DbOrTrx, businessId: string): Promise<void> {
  return reindexBusinesses(db, [businessId]);
}

/** Rebuilds the whole index (CLI, after a bulk change outside the services). */
export async function reindexAll(db: DbOrTrx): Promise<number> {
  await db.deleteFrom('search_terms').execute();
  const ids = (await db.selectFrom('businesses').select('id').execute()).map((r) => r.id);
  await writeTerms(db, ids, true);
  // Every business changed: each instance rebuilds its index rather than re-reading them one by one.
  announceReindex('all');
  return ids.length;
}
