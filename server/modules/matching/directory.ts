import type { Db, DbOrTrx } from '../../platform/db/database.ts';
import { parseLanguages } from '../businesses/presenter.ts';
import { RecentChanges } from '../search/recent-changes.ts';
import type { Point } from '../../platform/geocode.ts';
import { languageMask } from './score.ts';
import { normalizeDescription, requestTerms, type TermSet } from './similarity.ts';
import { Grid, type Cell, type Columns } from './grid.ts';

/**
 * What stage A reads of every offer and need, held in memory per database handle. Scoring a need
 * against every offer of its pillar in SQL (an upper bound per row, then a sort) cost hundreds of
 * milliseconds at 100,000 businesses; the same pass over arrays costs a few. Built at the first match
 * (or at start, see warmMatchDirectory) and kept current like the search's posting index: the reindex
 * announcements name the changed businesses, which are re-read before the next match.
 */

export interface DirectoryBusiness {
  id: string;
  slug: string;
  kind: string;
  name_ko: string;
  name_en: string;
  city: string;
  industry: string;
  point: Point | null;
  languages: string[];
  languageMask: number;
  /** Its organizations, earliest joined first. */
  organizationIds: string[];
  organizationMask: number;
}

export interface DirectoryItem {
  id: string;
  business: DirectoryBusiness;
  pillarId: string;
  description_ko: string;
  description_en: string;
  /** Both texts as `mentions()` reads them. */
  text: string;
  /** Where the grid keeps its first-pass columns (PillarItems.remove flags it there). */
  place: { cell: Cell<DirectoryItem>; slot: number } | undefined;
}

export interface DirectoryOffer extends DirectoryItem {
  radiusMiles: number;
  /** The offer's own languages, or its business's when it names none. */
  languages: string[];
  languageMask: number;
}

export interface DirectoryNeed extends DirectoryItem {
  /** The need's request terms (similarity.ts). */
  terms: TermSet[];
}

/**
 * One pillar's offers or needs, by id and by location. A removed item is flagged in its cell and
 * skipped; once a quarter of the items are removed, the grid is rebuilt.
 */
export class PillarItems<T extends DirectoryItem> {
  private readonly items = new Map<string, { item: T; columns: Columns }>();
  readonly grid = new Grid<T>();
  private removed = 0;

  add(item: T, columns: Columns): void {
    this.items.set(item.id, { item, columns });
    item.place = this.grid.add(item, columns);
  }

  /** The business of this item received an introduction. */
  markHistory(id: string): void {
    const entry = this.items.get(id);
    if (entry) {
      entry.columns.history = 1;
      const place = entry.item.place;
      if (place) {
        place.cell.history[place.slot] = 1;
      }
    }
  }

  remove(id: string): void {
    const entry = this.items.get(id);
    if (!entry) {
      return;
    }
    const place = entry.item.place;
    if (place) {
      place.cell.removed[place.slot] = 1;
    }
    this.items.delete(id);
    this.removed += 1;
    if (this.removed * 4 > this.items.size) {
      this.grid.clear();
      this.removed = 0;
      for (const current of this.items.values()) {
        current.item.place = this.grid.add(current.item, current.columns);
      }
    }
  }
}

type Side = 'offers' | 'needs';

/** Organizations past the 30th share one bit; matching then compares their ids. */
const OTHER_BIT = 30;
export const OTHER_ORGANIZATIONS = 1 << OTHER_BIT;

const CHUNK = 50_000;
const IDS_PER_QUERY = 500;

export class MatchDirectory {
  private readonly businesses = new Map<string, DirectoryBusiness>();
  private readonly offers = new Map<string, PillarItems<DirectoryOffer>>();
  private readonly needs = new Map<string, PillarItems<DirectoryNeed>>();
  private readonly itemsOf = new Map<string, { pillarId: string; id: string; side: Side }[]>();
  /** Businesses that received at least one introduction (introductions are never deleted). */
  private readonly recipients = new Set<string>();
  /** A bit per organization, in the order first seen; the last bit stands for all the others. */
  private readonly organizationBits = new Map<string, number>();

  /** The organizations as bits; OTHER_ORGANIZATIONS set when one has no bit of its own. */
  organizationMask(ids: readonly string[], assign = false): number {
    let mask = 0;
    for (const id of ids) {
      let bit = this.organizationBits.get(id);
      if (bit === undefined && assign) {
        bit = this.organizationBits.size < OTHER_BIT ? 1 << this.organizationBits.size : OTHER_ORGANIZATIONS;
        this.organizationBits.set(id, bit);
      }
      mask |= bit ?? 0;
    }
    return mask;
  }

  hasHistory(businessId: string): boolean {
    return this.recipients.has(businessId);
  }

  addRecipients(ids: Iterable<string>): void {
    for (const id of ids) {
      if (this.recipients.has(id)) {
        continue;
      }
      this.recipients.add(id);
      for (const item of this.itemsOf.get(id) ?? []) {
        (item.side === 'offers' ? this.offers : this.needs).get(item.pillarId)?.markHistory(item.id);
      }
    }
  }

  offersIn(pillarId: string): PillarItems<DirectoryOffer> {
    return pillar(this.offers, pillarId, () => new PillarItems<DirectoryOffer>());
  }

  needsIn(pillarId: string): PillarItems<DirectoryNeed> {
    return pillar(this.needs, pillarId, () => new PillarItems<DirectoryNeed>());
  }

  addBusiness(row: BusinessRow, organizationIds: string[]): void {
    const languages = parseLanguages(row.languages);
    const point =
      row.latitude === null || row.longitude === null
        ? null
        : { latitude: Number(row.latitude), longitude: Number(row.longitude) };
    this.businesses.set(row.id, {
      id: row.id,
      slug: row.slug,
      kind: row.kind,
      name_ko: row.name_ko,
      name_en: row.name_en,
      city: row.city,
      industry: row.industry,
      point,
      languages,
      languageMask: languageMask(languages),
      organizationIds,
      organizationMask: this.organizationMask(organizationIds, true),
    });
  }

  addItem(side: Side, row: ItemRow): void {
    const business = this.businesses.get(row.business_id);
    if (!business) {
      return;
    }
    const item = {
      id: row.id,
      business,
      pillarId: row.pillar_id,
      description_ko: row.description_ko,
      description_en: row.description_en,
      text: normalizeDescription(`${row.description_ko}\n${row.description_en}`),
      place: undefined,
    };
    const located = {
      latitude: business.point?.latitude ?? NaN,
      longitude: business.point?.longitude ?? NaN,
      organizationMask: business.organizationMask,
      history: this.recipients.has(business.id) ? 1 : 0,
    };
    if (side === 'offers') {
      const own = parseLanguages(row.languages ?? '[]');
      const languages = own.length > 0 ? own : business.languages;
      const offer = {
        ...item,
        radiusMiles: Number(row.radius_miles),
        languages,
        languageMask: languageMask(languages),
      };
      this.offersIn(row.pillar_id).add(offer, {
        ...located,
        languageMask: offer.languageMask,
        radiusMiles: offer.radiusMiles,
      });
    } else {
      const need = { ...item, terms: requestTerms(row.description_ko, row.description_en) };
      this.needsIn(row.pillar_id).add(need, {
        ...located,
        languageMask: business.languageMask,
        radiusMiles: Infinity,
      });
    }
    const items = this.itemsOf.get(row.business_id) ?? [];
    items.push({ pillarId: row.pillar_id, id: row.id, side });
    this.itemsOf.set(row.business_id, items);
  }

  removeBusiness(id: string): void {
    this.businesses.delete(id);
    for (const item of this.itemsOf.get(id) ?? []) {
      (item.side === 'offers' ? this.offers : this.needs).get(item.pillarId)?.remove(item.id);
    }
    this.itemsOf.delete(id);
  }
}

function pillar<T>(map: Map<string, T>, pillarId: string, create: () => T): T {
  let found = map.get(pillarId);
  if (!found) {
    found = create();
    map.set(pillarId, found);
  }
  return found;
}

interface BusinessRow {
  id: string;
  slug: string;
  kind: string;
  name_ko: string;
  name_en: string;
  city: string;
  industry: string;
  latitude: number | null;
  longitude: number | null;
  languages: string;
}

interface ItemRow {
  id: string;
  business_id: string;
  pillar_id: string;
  description_ko: string;
  description_en: string;
  radius_miles?: number;
  languages?: string;
}

async function organizationsOf(db: DbOrTrx, ids: string[]): Promise<Map<string, string[]>> {
  const rows = await db
    .selectFrom('business_organizations')
    .select(['business_id', 'organization_id'])
    .where('business_id', 'in', ids)
    .orderBy('business_id')
    .orderBy('created_at')
    .execute();
  const result = new Map<string, string[]>();
  for (const row of rows) {
    const list = result.get(row.business_id) ?? [];
    list.push(row.organization_id);
    result.set(row.business_id, list);
  }
  return result;
}

async function loadBusinesses(db: DbOrTrx, directory: MatchDirectory, ids?: string[]): Promise<void> {
  for (let after = ''; ;) {
    let query = db
      .selectFrom('businesses')
      .select([
        'id',
        'slug',
        'kind',
        'name_ko',
        'name_en',
        'city',
        'industry',
        'latitude',
        'longitude',
        'languages',
      ])
      .orderBy('id')
      .limit(CHUNK);
    query = ids ? query.where('id', 'in', ids) : query.where('id', '>', after);
    const rows = await query.execute();
    const organizations = new Map<string, string[]>();
    for (let i = 0; i < rows.length; i += IDS_PER_QUERY) {
      const part = rows.slice(i, i + IDS_PER_QUERY).map((r) => r.id);
      for (const [id, list] of await organizationsOf(db, part)) {
        organizations.set(id, list);
      }
    }
    for (const row of rows) {
      directory.addBusiness(row, organizations.get(row.id) ?? []);
    }
    const last = rows.at(-1);
    if (ids || !last || rows.length < CHUNK) {
      return;
    }
    after = last.id;
  }
}

function itemRows(db: DbOrTrx, side: Side, ids: string[] | undefined, after: string): Promise<ItemRow[]> {
  const base = ['id', 'business_id', 'pillar_id', 'description_ko', 'description_en'] as const;
  if (side === 'offers') {
    const query = db
      .selectFrom('offers')
      .select([...base, 'radius_miles', 'languages'])
      .orderBy('id')
      .limit(CHUNK);
    return (ids ? query.where('business_id', 'in', ids) : query.where('id', '>', after)).execute();
  }
  const query = db.selectFrom('needs').select(base).orderBy('id').limit(CHUNK);
  return (ids ? query.where('business_id', 'in', ids) : query.where('id', '>', after)).execute();
}

async function loadItems(db: DbOrTrx, directory: MatchDirectory, side: Side, ids?: string[]): Promise<void> {
  for (let after = ''; ;) {
    const rows = await itemRows(db, side, ids, after);
    for (const row of rows) {
      directory.addItem(side, row);
    }
    const last = rows.at(-1);
    if (ids || !last || rows.length < CHUNK) {
      return;
    }
    after = last.id;
  }
}

/**
 * Introductions written since `since` (or all): who received them. Re-read with a margin, because a
 * transaction that began earlier can commit later than one already seen (PostgreSQL).
 */
async function loadRecipients(db: DbOrTrx, directory: MatchDirectory, since?: string): Promise<void> {
  let query = db.selectFrom('introductions').select('recipient_business_id').distinct();
  if (since) {
    query = query.where('created_at', '>=', since);
  }
  const rows = await query.execute();
  directory.addRecipients(rows.map((r) => r.recipient_business_id));
}

const RECIPIENT_MARGIN_MS = 10 * 60_000;

async function load(db: DbOrTrx, directory: MatchDirectory, ids?: string[]): Promise<void> {
  await loadBusinesses(db, directory, ids);
  await loadItems(db, directory, 'offers', ids);
  await loadItems(db, directory, 'needs', ids);
}

interface Live {
  directory: MatchDirectory | undefined;
  /** When the introductions were last read, for the next incremental read. */
  recipientsReadAt: number;
  building: Promise<MatchDirectory> | undefined;
  stale: boolean;
  changed: RecentChanges;
}

const lives = new WeakMap<Db, Live>();

function liveFor(db: Db): Live {
  let live = lives.get(db);
  if (!live) {
    live = {
      directory: undefined,
      recipientsReadAt: 0,
      building: undefined,
      stale: false,
      changed: new RecentChanges(),
    };
    lives.set(db, live);
  }
  return live;
}

/** What an instance does when it hears a reindex announcement ('all': everything changed). */
export function directoryChanged(db: Db, ids: string[] | 'all'): void {
  const live = liveFor(db);
  if (ids === 'all') {
    live.stale = true;
  } else {
    live.changed.add(ids);
  }
}

async function reread(db: Db, live: Live, directory: MatchDirectory): Promise<void> {
  const startedAt = Date.now();
  const ids = live.changed.ids();
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
    const part = ids.slice(i, i + IDS_PER_QUERY);
    for (const id of part) {
      directory.removeBusiness(id);
    }
    await load(db, directory, part);
  }
  live.changed.settle(startedAt);
}

/** The current directory for this database. */
export async function matchDirectoryFor(db: Db): Promise<MatchDirectory> {
  const live = liveFor(db);
  if (!live.directory || live.stale) {
    if (!live.building) {
      live.stale = false;
      const directory = new MatchDirectory();
      const startedAt = Date.now();
      live.building = load(db, directory)
        .then(() => loadRecipients(db, directory))
        .then(() => {
          live.recipientsReadAt = startedAt;
          return directory;
        })
        .finally(() => {
          live.building = undefined;
        });
    }
    live.directory = await live.building;
  }
  const directory = live.directory;
  if (live.changed.size > 0) {
    await reread(db, live, directory);
  }
  const readAt = Date.now();
  await loadRecipients(db, directory, new Date(live.recipientsReadAt - RECIPIENT_MARGIN_MS).toISOString());
  live.recipientsReadAt = readAt;
  return directory;
}

/** Builds the directory before the first match needs it (server start); failures surface at that match. */
export function warmMatchDirectory(db: Db): Promise<unknown> {
  return matchDirectoryFor(db).catch(() => undefined);
}
