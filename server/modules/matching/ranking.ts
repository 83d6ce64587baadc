import type { DbOrTrx } from '../../platform/db/database.ts';
import type { Point } from '../../platform/geocode.ts';
import { OTHER_ORGANIZATIONS, type DirectoryBusiness, type DirectoryItem } from './directory.ts';
import type { Cell } from './grid.ts';
import * as queries from './queries.ts';
import { coverage, type TermSet } from './similarity.ts';
import {
  distanceFit,
  finalScore,
  histories,
  historyOf,
  historyPart,
  penaltyFor,
  stageA,
  WEIGHTS,
  type IntroductionHistory,
} from './score.ts';

/** Suggestions shown per need (matches) or per offer (leads). */
export const TOP = 10;
/** The most an introduction history adds: both smoothed rates at 1. */
const HISTORY_MAX = WEIGHTS.responsiveness + WEIGHTS.outcomes;
/** Businesses per history query. */
const IDS_PER_QUERY = 500;

/** What a member hid: the hidden business's industry and each of its offers (or needs). */
export interface HiddenProfile {
  businessId: string;
  industry: string;
  pillarId: string;
  terms: TermSet[];
}

export interface RankContext {
  pillarId: string;
  ownOrganizationIds: ReadonlySet<string>;
  hidden: readonly HiddenProfile[];
  now: Date;
}

/** An item in reach, scored by everything the directory knows: stage A, organizations, the hidden penalty. */
export interface Candidate {
  business: DirectoryBusiness;
  item: DirectoryItem;
  distanceMiles: number | null;
  commonLanguages: string[];
  /** The exact score but for the introduction history, which only the database knows. */
  known: number;
}

export interface Ranked extends Candidate {
  score: number;
  history: IntroductionHistory;
  sharedOrganization: { name_ko: string; name_en: string } | null;
  verifiedBy: { name_ko: string; name_en: string } | null;
}

/**
 * 1 when the candidate is in the same industry as a hidden business that offers under the same pillar;
 * otherwise the best share of a hidden item's words the candidate's item contains.
 */
export function similarityToHidden(
  business: { industry: string },
  itemText: string,
  context: RankContext,
): number {
  let best = 0;
  for (const hidden of context.hidden) {
    const sameKind =
      hidden.pillarId === context.pillarId && hidden.industry !== '' && hidden.industry === business.industry;
    best = Math.max(best, sameKind ? 1 : coverage(hidden.terms, itemText));
  }
  return best;
}

function sharesAny(ids: readonly string[], own: ReadonlySet<string>): boolean {
  if (own.size === 0) {
    return false;
  }
  for (let i = 0; i < ids.length; i += 1) {
    if (own.has(ids[i] ?? '')) {
      return true;
    }
  }
  return false;
}

/** The most an item scores before its text and history: pillar, language, distance, organizations. */
const BASE_MAX =
  WEIGHTS.pillar + WEIGHTS.language + WEIGHTS.distance + WEIGHTS.organization + WEIGHTS.verified;
/** What a business without any introduction received scores for its history: both smoothed rates at 1/2. */
const NO_HISTORY = (WEIGHTS.responsiveness + WEIGHTS.outcomes) / 2;
const RADIANS_PER_DEGREE = Math.PI / 180;

/** How one side (matches or leads) judges an item. */
export interface Judge<I extends DirectoryItem> {
  /** The asking business's location, if it has one. */
  origin: Point | null;
  /** Its organizations as the directory's bits, and as ids for organizations past the bits. */
  ownOrganizationMask: number;
  /** 0..1: the language credit of an item whose language column is this mask. */
  languageShare(itemMask: number): number;
  /** The radius the distance must fall within, given the item's radius column (offers: their own). */
  radius(itemRadius: number): number;
  /** Introduced, blocked, hidden, at capacity, or the asking business itself. */
  excluded(businessId: string): boolean;
  /** 0..1: the text similarity between the request and the item. */
  text(item: I): number;
  commonLanguages(item: I): string[];
}

/**
 * The candidates of one need (or offer). Cells are read nearest first; for every item the first pass
 * reads only the cell's columns (distance, radius, language, organizations: its `base`), and an item
 * object is touched only when base + a perfect text + the most its history could add still reaches
 * the floor. The history is bounded from what the directory knows: a business that never received an
 * introduction gets exactly NO_HISTORY, any other between 0 and HISTORY_MAX. The floor is the tenth
 * best business's lowest possible score; an item whose highest possible score is below it cannot
 * enter the top, and once a whole cell's nearest point is too far for a perfect item, neither can
 * anything farther. Exact, not approximate.
 */
export class Shortlist<I extends DirectoryItem> {
  private readonly candidates: (Candidate & { least: number; most: number })[] = [];
  /** The best lowest-possible score of the leading distinct businesses, highest first, at most TOP. */
  private readonly leaders: { businessId: string; least: number }[] = [];

  constructor(
    private readonly judge: Judge<I>,
    private readonly context: RankContext,
    private readonly hasHistory: (businessId: string) => boolean,
  ) {}

  private floor(): number {
    return this.leaders.length < TOP ? -Infinity : (this.leaders[TOP - 1]?.least ?? -Infinity);
  }

  private organizationPart(mask: number, item: I): number {
    if (mask === 0) {
      return 0;
    }
    const own = this.judge.ownOrganizationMask;
    const shares =
      (mask & own & ~OTHER_ORGANIZATIONS) !== 0 ||
      ((mask & own & OTHER_ORGANIZATIONS) !== 0 &&
        sharesAny(item.business.organizationIds, this.context.ownOrganizationIds));
    return WEIGHTS.verified + (shares ? WEIGHTS.organization : 0);
  }

  fill(nearestFirst: Iterable<{ bestDistanceFit: number; cell: Cell<I> }>): this {
    const origin = this.judge.origin;
    const originCos = origin ? Math.cos(origin.latitude * RADIANS_PER_DEGREE) : 0;
    for (const { bestDistanceFit, cell } of nearestFirst) {
      const best = BASE_MAX - WEIGHTS.distance * (1 - bestDistanceFit) + WEIGHTS.text + HISTORY_MAX;
      if (best < this.floor()) {
        // Cells come nearest first: the ones after cannot earn more distance credit.
        break;
      }
      for (let i = 0; i < cell.items.length; i += 1) {
        if (cell.removed[i] === 1) {
          continue;
        }
        const located = origin !== null && !Number.isNaN(cell.latitude[i] ?? NaN);
        const miles = located ? cell.milesFrom(origin, originCos, i) : null;
        if (miles !== null && miles > this.judge.radius(cell.radiusMiles[i] ?? 0)) {
          continue;
        }
        const language = this.judge.languageShare(cell.languageMask[i] ?? 0);
        const partial = stageA(0, language, distanceFit(miles));
        const historyMost = cell.history[i] === 1 ? HISTORY_MAX : NO_HISTORY;
        const organizationsMost =
          (cell.organizationMask[i] ?? 0) === 0 ? 0 : WEIGHTS.verified + WEIGHTS.organization;
        if (partial + organizationsMost + WEIGHTS.text + historyMost < this.floor()) {
          continue;
        }
        const item = cell.items[i];
        if (item) {
          this.consider(item, miles, partial + this.organizationPart(cell.organizationMask[i] ?? 0, item));
        }
      }
    }
    return this;
  }

  private consider(item: I, miles: number | null, base: number): void {
    if (this.judge.excluded(item.business.id)) {
      return;
    }
    const history = this.hasHistory(item.business.id);
    const historyMost = history ? HISTORY_MAX : NO_HISTORY;
    // The text is the costly part: read only when a perfect text could still make the top.
    if (base + WEIGHTS.text + historyMost < this.floor()) {
      return;
    }
    const penalty =
      this.context.hidden.length > 0
        ? penaltyFor(similarityToHidden(item.business, item.text, this.context))
        : 0;
    const known = base + WEIGHTS.text * this.judge.text(item) - penalty;
    const least = known + (history ? 0 : NO_HISTORY);
    const most = known + historyMost;
    if (most < this.floor()) {
      return;
    }
    this.candidates.push({
      business: item.business,
      item,
      distanceMiles: miles,
      commonLanguages: this.judge.commonLanguages(item),
      known,
      least,
      most,
    });
    this.lead(item.business.id, least);
  }

  private lead(businessId: string, least: number): void {
    const last = this.leaders[TOP - 1];
    if (last && least <= last.least) {
      return;
    }
    const at = this.leaders.findIndex((l) => l.businessId === businessId);
    if (at >= 0) {
      if (least <= (this.leaders[at]?.least ?? -Infinity)) {
        return;
      }
      this.leaders.splice(at, 1);
    } else if (this.leaders.length === TOP) {
      this.leaders.pop();
    }
    const position = this.leaders.findIndex((l) => l.least < least);
    this.leaders.splice(position === -1 ? this.leaders.length : position, 0, { businessId, least });
  }

  /** One per business (its best item), only those that can still reach the top. */
  contenders(): Candidate[] {
    const floor = this.floor();
    const best = new Map<string, Candidate & { most: number }>();
    for (const c of this.candidates) {
      if (c.most < floor) {
        continue;
      }
      const current = best.get(c.business.id);
      if (!current || c.known > current.known) {
        best.set(c.business.id, c);
      }
    }
    return [...best.values()].map(({ business, item, distanceMiles, commonLanguages, known }) => ({
      business,
      item,
      distanceMiles,
      commonLanguages,
      known,
    }));
  }
}

function byRank(a: Ranked, b: Ranked): number {
  return (
    b.score - a.score ||
    (a.distanceMiles ?? Infinity) - (b.distanceMiles ?? Infinity) ||
    a.business.slug.localeCompare(b.business.slug)
  );
}

async function historiesOf(db: DbOrTrx, ids: readonly string[], now: Date) {
  const rows = [];
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
    rows.push(...(await queries.introductionsReceived(db, ids.slice(i, i + IDS_PER_QUERY))));
  }
  return histories(rows, now);
}

/**
 * The top ten of a shortlist: the contenders' histories in one query, exact scores, then the names
 * of the ten's organizations for the reasons. Exact, not approximate (see Shortlist).
 */
export async function rank<I extends DirectoryItem>(
  db: DbOrTrx,
  shortlist: Shortlist<I>,
  context: RankContext,
): Promise<Ranked[]> {
  const contenders = shortlist.contenders();
  const received = await historiesOf(
    db,
    contenders.map((c) => c.business.id),
    context.now,
  );
  const scored = contenders.map((c) => {
    const history = historyOf(received, c.business.id);
    const exact = c.known + historyPart(history);
    return { ...c, exact, history, score: finalScore(exact), sharedOrganization: null, verifiedBy: null };
  });
  const top: Ranked[] = scored.sort((a, b) => b.exact - a.exact || byRank(a, b)).slice(0, TOP);
  const organizations = await queries.organizationsOf(
    db,
    top.map((r) => r.business.id),
  );
  return top
    .map((r) => {
      const own = organizations.filter((o) => o.business_id === r.business.id);
      const shared = own.find((o) => context.ownOrganizationIds.has(o.id)) ?? null;
      return { ...r, sharedOrganization: shared, verifiedBy: own[0] ?? null };
    })
    .sort(byRank);
}
