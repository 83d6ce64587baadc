import { sql } from 'kysely';
import type { Db, DbOrTrx } from '../../platform/db/database.ts';
import { MAX_PILLARS, PostingIndex, type Ranked } from './postings.ts';
import { RecentChanges } from './recent-changes.ts';

/**
 * One posting index per database handle, built from the database at the first search (or at start,
 * see warmSearchIndex) and kept current by the reindex announcements: `reindexBusinesses` announces the
 * changed ids, the search routes publish them on `app.bus` (so every server instance hears them), and
 * each instance re-reads those businesses before its next search (RecentChanges says for how long).
 */

/** Rows per round trip while building: bounded memory on both databases. */
const CHUNK = 100_000;
const IDS_PER_QUERY = 500;

interface Live {
  index: PostingIndex | undefined;
  building: Promise<PostingIndex | undefined> | undefined;
  /** The directory needs the SQL search (more pillars than the index has bits). */
  unsupported: boolean;
  stale: boolean;
  changed: RecentChanges;
  /** Ranked pages of recent searches, by their parameters; emptied by every announcement. */
  pages: Map<string, Ranked>;
}

/** Remembered pages per database handle; the least recently used go first. */
const PAGES = 5_000;

const lives = new WeakMap<Db, Live>();

function liveFor(db: Db): Live {
  let live = lives.get(db);
  if (!live) {
    live = {
      index: undefined,
      building: undefined,
      unsupported: false,
      stale: false,
      changed: new RecentChanges(),
      pages: new Map(),
    };
    lives.set(db, live);
  }
  return live;
}

/** The channel on which every server instance hears which businesses' index rows were rewritten. */
export const REINDEX_CHANNEL = 'search.reindex';

type Announcer = (ids: string[] | 'all') => void;
const announcers = new Set<Announcer>();

/** Called by the search routes with a function that tells every instance (the bus); returns the undo. */
export function onReindex(announce: Announcer): () => void {
  announcers.add(announce);
  return () => announcers.delete(announce);
}

/** These businesses' index rows were rewritten ('all': the whole index was). */
export function announceReindex(ids: string[] | 'all'): void {
  for (const announce of announcers) {
    announce(ids);
  }
}

/** What an instance does when it hears an announcement. */
export function businessesChanged(db: Db, ids: string[] | 'all'): void {
  forgetRankedPages(db);
  const live = liveFor(db);
  if (ids === 'all') {
    live.stale = true;
    return;
  }
  live.changed.add(ids);
}

async function loadBusinesses(db: DbOrTrx, index: PostingIndex, ids?: string[]): Promise<void> {
  let after = '';
  for (;;) {
    let query = db
      .selectFrom('businesses')
      .select(['id', 'name_ko', 'name_en', 'industry', 'languages', 'latitude', 'longitude'])
      .orderBy('id')
      .limit(CHUNK);
    query = ids ? query.where('id', 'in', ids) : query.where('id', '>', after);
    const rows = await query.execute();
    for (const row of rows) {
      index.addBusiness(row);
    }
    const last = rows.at(-1);
    if (ids || !last || rows.length < CHUNK) {
      return;
    }
    after = last.id;
  }
}

/** Offers' and needs' pillars; false when a pillar is newer than the index (rebuild). */
async function loadItems(db: DbOrTrx, index: PostingIndex, ids?: string[]): Promise<boolean> {
  let known = true;
  for (const table of ['offers', 'needs'] as const) {
    let after = '';
    for (;;) {
      let query = db
        .selectFrom(table as 'offers')
        .select(['id', 'business_id', 'pillar_id'])
        .orderBy('id')
        .limit(CHUNK);
      query = ids ? query.where('business_id', 'in', ids) : query.where('id', '>', after);
      const rows = await query.execute();
      for (const row of rows) {
        const doc = index.docFor(row.business_id);
        if (doc !== undefined) {
          known = index.addItem(doc, table, row.pillar_id) && known;
        }
      }
      const last = rows.at(-1);
      if (ids || !last || rows.length < CHUNK) {
        break;
      }
      after = last.id;
    }
  }
  return known;
}

async function loadTerms(db: DbOrTrx, index: PostingIndex, ids?: string[]): Promise<void> {
  if (ids) {
    const rows = await db
      .selectFrom('search_terms')
      .select(['term', 'business_id', 'weight'])
      .where('business_id', 'in', ids)
      .execute();
    for (const row of rows) {
      const doc = index.docFor(row.business_id);
      if (doc !== undefined) {
        index.addTerm(row.term, doc, Number(row.weight));
      }
    }
    return;
  }
  // Streamed in primary-key order, a bounded chunk per round trip.
  let after: { term: string; business_id: string } | undefined;
  for (;;) {
    const from = after ? sql`where (term, business_id) > (${after.term}, ${after.business_id})` : sql``;
    const rows = (
      await sql<{ term: string; business_id: string; weight: number }>`select term, business_id, weight
        from search_terms ${from} order by term, business_id limit ${sql.lit(CHUNK)}`.execute(db)
    ).rows;
    for (const row of rows) {
      const doc = index.docFor(row.business_id);
      if (doc !== undefined) {
        index.addTerm(row.term, doc, Number(row.weight));
      }
    }
    after = rows.at(-1);
    if (!after || rows.length < CHUNK) {
      return;
    }
  }
}

async function build(db: Db, live: Live): Promise<PostingIndex | undefined> {
  const pillars = await db.selectFrom('pillars').select(['id', 'key']).orderBy('position').execute();
  if (pillars.length > MAX_PILLARS) {
    live.unsupported = true;
    return undefined;
  }
  const index = new PostingIndex(pillars);
  await loadBusinesses(db, index);
  await loadItems(db, index);
  await loadTerms(db, index);
  index.rankNames();
  return index;
}

async function reread(db: Db, live: Live, index: PostingIndex): Promise<void> {
  const startedAt = Date.now();
  const ids = live.changed.ids();
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
    const part = ids.slice(i, i + IDS_PER_QUERY);
    for (const id of part) {
      index.removeBusiness(id);
    }
    await loadBusinesses(db, index, part);
    if (!(await loadItems(db, index, part))) {
      live.stale = true;
    }
    await loadTerms(db, index, part);
  }
  live.changed.settle(startedAt);
}

/** The current index for this database, or undefined when the directory must be searched in SQL. */
export async function searchIndexFor(db: Db): Promise<PostingIndex | undefined> {
  const live = liveFor(db);
  if (live.unsupported) {
    return undefined;
  }
  if (!live.index || live.stale) {
    if (!live.building) {
      live.stale = false;
      live.building = build(db, live).finally(() => {
        live.building = undefined;
      });
    }
    live.index = await live.building;
  }
  const index = live.index;
  if (index && live.changed.size > 0) {
    await reread(db, live, index);
  }
  return index;
}

/** Builds the index before the first search needs it (server start); failures surface at that search. */
export function warmSearchIndex(db: Db): Promise<unknown> {
  return searchIndexFor(db).catch(() => undefined);
}

/** Forgets every remembered page (the benchmark measures ranking afresh with it). */
export function forgetRankedPages(db: Db): void {
  liveFor(db).pages.clear();
}

/**
 * The same search again (the same words, filters, page and language) while nothing in the directory
 * changed gets the page ranked last time: a directory's searches repeat, and ranking a common word
 * reads tens of thousands of postings. Every reindex announcement empties the pages; while changes
 * announced in the last seconds may still be committing (RecentChanges), nothing is remembered.
 */
export function rankRemembered(db: Db, key: string, rank: () => Ranked): Ranked {
  const live = liveFor(db);
  const known = live.pages.get(key);
  if (known && live.changed.size === 0) {
    live.pages.delete(key);
    live.pages.set(key, known);
    return known;
  }
  const ranked = rank();
  if (live.changed.size === 0) {
    live.pages.set(key, ranked);
    for (const oldest of live.pages.keys()) {
      if (live.pages.size <= PAGES) {
        break;
      }
      live.pages.delete(oldest);
    }
  }
  return ranked;
}
