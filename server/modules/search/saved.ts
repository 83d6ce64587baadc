import { Value } from 'typebox/value';
import type { Db, DbOrTrx } from '../../platform/db/database.ts';
import { newId, now } from '../../platform/auth/secrets.ts';
import { AppError } from '../../platform/errors.ts';
import { notify } from '../notifications/service.ts';
import { fieldMessages } from './messages.ts';
import { SearchParams, type SavedSearchBody } from './schema.ts';
import { matchingIds, resolveFilter } from './service.ts';

/** Enough for anyone's standing questions; a bound so the sweep's work per user stays small. */
export const MAX_SAVED_SEARCHES = 50;
/** New businesses announced per saved search per sweep; the rest wait for the next sweep. */
const ANNOUNCE_LIMIT = 50;

interface SavedSearchRow {
  id: string;
  user_id: string;
  name: string;
  query: string;
  last_checked_at: string;
  created_at: string;
}

/** The stored parameters, re-validated: stored text is never trusted blindly. */
function parseQuery(text: string): SearchParams {
  try {
    const value: unknown = JSON.parse(text);
    return Value.Check(SearchParams, value) ? value : {};
  } catch {
    return {};
  }
}

export function presentSavedSearch(row: SavedSearchRow) {
  return { id: row.id, name: row.name, query: parseQuery(row.query), createdAt: row.created_at };
}

export async function createSavedSearch(trx: DbOrTrx, userId: string, body: SavedSearchBody) {
  const count = await trx
    .selectFrom('saved_searches')
    .select((eb) => eb.fn.countAll().as('count'))
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (Number(count?.count ?? 0) >= MAX_SAVED_SEARCHES) {
    throw new AppError('validation_failed', { fields: { name: fieldMessages.tooManySaved } });
  }
  // Resolving now rejects an unknown pillar, organization or ZIP before it is saved.
  await resolveFilter(trx, { userId }, body.query);
  const timestamp = now();
  const row: SavedSearchRow = {
    id: newId(),
    user_id: userId,
    name: body.name.trim() || body.name,
    query: JSON.stringify(body.query),
    last_checked_at: timestamp,
    created_at: timestamp,
  };
  await trx.insertInto('saved_searches').values(row).execute();
  return presentSavedSearch(row);
}

export async function listSavedSearches(db: DbOrTrx, userId: string) {
  const rows = await db
    .selectFrom('saved_searches')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map(presentSavedSearch);
}

/** Someone else's saved search is "not found", not "forbidden": its existence is private too. */
export async function deleteSavedSearch(trx: DbOrTrx, userId: string, id: string): Promise<void> {
  const result = await trx
    .deleteFrom('saved_searches')
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) {
    throw new AppError('not_found');
  }
}

function searchLink(query: SearchParams): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') {
      params.set(key, String(value));
    }
  }
  return `/search?${params.toString()}`;
}

/** Announces the businesses that joined since a saved search was made and match it; returns how many. */
async function sweepOne(trx: DbOrTrx, saved: SavedSearchRow, timestamp: string): Promise<number> {
  const query = parseQuery(saved.query);
  let filter;
  try {
    filter = await resolveFilter(trx, { userId: saved.user_id }, query);
  } catch {
    // Its pillar or organization is gone, or the owner's business moved away: nothing to announce.
    return 0;
  }
  filter.newFor = { savedSearchId: saved.id, since: saved.created_at };
  const ids = await matchingIds(trx, filter, ANNOUNCE_LIMIT);
  await trx
    .updateTable('saved_searches')
    .set({ last_checked_at: timestamp })
    .where('id', '=', saved.id)
    .execute();
  if (ids.length === 0) {
    return 0;
  }
  await trx
    .insertInto('saved_search_hits')
    .values(ids.map((id) => ({ saved_search_id: saved.id, business_id: id, created_at: timestamp })))
    .execute();
  const first = await trx
    .selectFrom('businesses')
    .select(['name_ko', 'name_en'])
    .where('id', '=', ids[0] ?? '')
    .executeTakeFirstOrThrow();
  await notify(trx, {
    userId: saved.user_id,
    kind: 'search.match',
    payload: {
      name: saved.name,
      count: ids.length,
      firstKo: first.name_ko,
      firstEn: first.name_en,
      link: searchLink(query),
    },
  });
  return ids.length;
}

/**
 * Runs every saved search for businesses new to it, one transaction per saved search so a failure in
 * one does not hold back the others. Returns the number of businesses announced.
 */
export async function sweepSavedSearches(db: Db): Promise<number> {
  const saved = await db.selectFrom('saved_searches').selectAll().orderBy('last_checked_at').execute();
  let announced = 0;
  for (const row of saved) {
    announced += await db.transaction().execute((trx) => sweepOne(trx, row, now()));
  }
  return announced;
}
