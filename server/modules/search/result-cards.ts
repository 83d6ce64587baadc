import type { Db } from '../../platform/db/database.ts';
import * as queries from './queries.ts';
import { RecentChanges } from './recent-changes.ts';

/**
 * What a search result shows of a business (its public fields, offers and needs), kept in memory per
 * database handle: the same popular businesses come back page after page, and reading them costs two
 * queries per request. Entries follow the reindex announcements (every profile, offer, need and logo
 * change announces its business); a business announced in the last few seconds is always read afresh
 * (RecentChanges says why). Bounded: the least recently shown go first.
 */

export interface ResultCard {
  business: queries.ResultBusiness;
  items: queries.ResultItem[];
}

const CAPACITY = 20_000;

interface Cards {
  entries: Map<string, ResultCard>;
  changed: RecentChanges;
}

const cardsByDb = new WeakMap<Db, Cards>();

function cardsFor(db: Db): Cards {
  let cards = cardsByDb.get(db);
  if (!cards) {
    cards = { entries: new Map(), changed: new RecentChanges() };
    cardsByDb.set(db, cards);
  }
  return cards;
}

/** What an instance does when it hears a reindex announcement ('all': everything changed). */
export function cardsChanged(db: Db, ids: string[] | 'all'): void {
  const cards = cardsFor(db);
  if (ids === 'all') {
    cards.entries.clear();
    return;
  }
  cards.changed.add(ids);
  for (const id of ids) {
    cards.entries.delete(id);
  }
}

/** The cards of these businesses (those that no longer exist are missing). */
export async function resultCards(db: Db, ids: readonly string[]): Promise<Map<string, ResultCard>> {
  const cards = cardsFor(db);
  const startedAt = Date.now();
  cards.changed.settle(startedAt);
  const found = new Map<string, ResultCard>();
  const missing: string[] = [];
  for (const id of ids) {
    const card = cards.changed.includes(id) ? undefined : cards.entries.get(id);
    if (card) {
      // Map order is insertion order: re-inserting keeps the most recently shown last.
      cards.entries.delete(id);
      cards.entries.set(id, card);
      found.set(id, card);
    } else {
      missing.push(id);
    }
  }
  if (missing.length === 0) {
    return found;
  }
  const businesses = await queries.businessesByIds(db, missing);
  const items = await queries.offersAndNeedsOf(db, missing);
  for (const business of businesses) {
    const card = { business, items: items.filter((i) => i.business_id === business.id) };
    found.set(business.id, card);
    if (!cards.changed.includes(business.id)) {
      cards.entries.set(business.id, card);
    }
  }
  for (const oldest of cards.entries.keys()) {
    if (cards.entries.size <= CAPACITY) {
      break;
    }
    cards.entries.delete(oldest);
  }
  return found;
}
