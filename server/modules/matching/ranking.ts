import type { DbOrTrx } from '../../platform/db/database.ts';
import { coverage, type TermSet } from './similarity.ts';
import * as queries from './queries.ts';
import { finalScore, histories, historyOf, penaltyFor, stageB, type IntroductionHistory } from './score.ts';

/** Suggestions shown per need (matches) or per offer (leads). */
export const TOP = 10;
/** Candidates completed per round of stage B queries. */
const BATCH = 50;

/** A candidate after stage A: everything its own row tells. */
export interface Candidate {
  businessId: string;
  business: { slug: string; kind: string; name_ko: string; name_en: string; city: string; industry: string };
  item: { id: string; description_ko: string; description_en: string };
  /** The item's text as `termsOf` reads it, for the hidden-similarity check. */
  itemText: string;
  distanceMiles: number | null;
  commonLanguages: string[];
  partial: number;
  /** Never below the final score before rounding: partial + STAGE_B_MAX, or the query's tighter bound. */
  ceiling: number;
}

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
export function similarityToHidden(candidate: Candidate, context: RankContext): number {
  let best = 0;
  for (const hidden of context.hidden) {
    const sameKind =
      hidden.pillarId === context.pillarId &&
      hidden.industry !== '' &&
      hidden.industry === candidate.business.industry;
    best = Math.max(best, sameKind ? 1 : coverage(hidden.terms, candidate.itemText));
  }
  return best;
}

/** One suggestion per business: its best-fitting item. */
export function bestPerBusiness(candidates: readonly Candidate[]): Candidate[] {
  const best = new Map<string, Candidate>();
  for (const c of candidates) {
    const current = best.get(c.businessId);
    if (!current || c.partial > current.partial) {
      best.set(c.businessId, c);
    }
  }
  return [...best.values()];
}

function byRank(a: Ranked, b: Ranked): number {
  return (
    b.score - a.score ||
    (a.distanceMiles ?? Infinity) - (b.distanceMiles ?? Infinity) ||
    a.business.slug.localeCompare(b.business.slug)
  );
}

/**
 * The top candidates, completing stage B only while it can still change the top: candidates go in
 * order of ceiling, and once the next one's ceiling falls below the current tenth, no later one can
 * enter (a penalty only lowers scores). Exact, not approximate.
 */
export async function rank(db: DbOrTrx, candidates: readonly Candidate[], context: RankContext) {
  const ordered = bestPerBusiness(candidates).sort((a, b) => b.ceiling - a.ceiling);
  let top: (Ranked & { exact: number })[] = [];
  for (let start = 0; start < ordered.length; start += BATCH) {
    const tenth = top.length >= TOP ? (top[TOP - 1]?.exact ?? -Infinity) : -Infinity;
    const next = ordered[start];
    if (!next || next.ceiling < tenth) {
      break;
    }
    const batch = ordered.slice(start, start + BATCH);
    const ids = batch.map((c) => c.businessId);
    const organizations = await queries.organizationsOf(db, ids);
    const received = histories(await queries.introductionsReceived(db, ids), context.now);
    for (const candidate of batch) {
      const own = organizations.filter((o) => o.business_id === candidate.businessId);
      const shared = own.find((o) => context.ownOrganizationIds.has(o.id)) ?? null;
      const history = historyOf(received, candidate.businessId);
      const exact =
        candidate.partial +
        stageB({ sharesOrganization: shared !== null, verified: own.length > 0, history }) -
        penaltyFor(similarityToHidden(candidate, context));
      top.push({
        ...candidate,
        exact,
        score: finalScore(exact),
        history,
        sharedOrganization: shared,
        verifiedBy: own[0] ?? null,
      });
    }
    top = top.sort((a, b) => b.exact - a.exact || byRank(a, b)).slice(0, TOP);
  }
  return top.sort(byRank);
}
