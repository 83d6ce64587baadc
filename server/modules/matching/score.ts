import { spokenLanguages } from '../businesses/industries.ts';
/**
 * The match score: a weighted sum of signals, each 0..1, so a score of 0..100 reads as "points out of
 * 100". docs/matching.md explains each weight. The first four signals come from the candidate row
 * itself (stage A); the last four need more queries and are fetched only for candidates that can
 * still reach the top (stage B).
 */
export const WEIGHTS = {
  pillar: 20,
  text: 25,
  language: 15,
  distance: 15,
  organization: 8,
  responsiveness: 8,
  outcomes: 4,
  verified: 5,
} as const;

/** Distance credit halves at this many miles: 0 mi → 1, 10 mi → 0.5, 40 mi → 0.2. */
export const HALF_CREDIT_MILES = 10;
/** Points taken from a candidate as similar as can be to one the member hid. */
export const HIDDEN_PENALTY = 30;
/** Below this similarity to a hidden business, no penalty: related is not the same. */
export const HIDDEN_SIMILARITY_THRESHOLD = 0.5;
/** "Responsive" means answering an introduction within this time. */
export const ANSWER_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;

export function distanceFit(miles: number | null): number {
  return miles === null ? 0 : HALF_CREDIT_MILES / (HALF_CREDIT_MILES + miles);
}

/**
 * The share of the need-owner's languages the provider speaks: a Korean- and English-speaking store
 * gets 1 from a Korean- and English-speaking consultant and 0.5 from an English-only one.
 */
export function languageFit(
  ownerLanguages: readonly string[],
  providerLanguages: readonly string[],
): { fit: number; common: string[] } {
  const common = ownerLanguages.filter((l) => providerLanguages.includes(l));
  return { fit: ownerLanguages.length === 0 ? 0 : common.length / ownerLanguages.length, common };
}

/** Languages as bits (spokenLanguages order), so the share below is two integer operations per candidate. */
export function languageMask(languages: readonly string[]): number {
  let mask = 0;
  for (const language of languages) {
    const bit = (spokenLanguages as readonly string[]).indexOf(language);
    if (bit >= 0) {
      mask |= 1 << bit;
    }
  }
  return mask;
}

function bitCount(mask: number): number {
  let count = 0;
  for (let rest = mask; rest !== 0; rest &= rest - 1) {
    count += 1;
  }
  return count;
}

/** `languageFit(…).fit` over masks, without building the list of common languages. */
export function languageShare(ownerMask: number, providerMask: number): number {
  return ownerMask === 0 ? 0 : bitCount(ownerMask & providerMask) / bitCount(ownerMask);
}

export interface IntroductionHistory {
  /** Received introductions old enough to judge: answered, or unanswered past the window. */
  judged: number;
  answeredInTime: number;
  accepted: number;
  declined: number;
  closed: number;
  won: number;
}

const emptyHistory = (): IntroductionHistory => ({
  judged: 0,
  answeredInTime: 0,
  accepted: 0,
  declined: 0,
  closed: 0,
  won: 0,
});

export interface ReceivedIntroduction {
  recipient_business_id: string;
  stage: string;
  outcome: string | null;
  responded_at: string | null;
  created_at: string;
}

const ACCEPTED_STAGES = new Set(['accepted', 'met', 'active', 'closed']);

export function histories(
  rows: readonly ReceivedIntroduction[],
  now: Date,
): Map<string, IntroductionHistory> {
  const result = new Map<string, IntroductionHistory>();
  for (const row of rows) {
    const created = Date.parse(row.created_at);
    if (created > now.getTime()) {
      continue;
    }
    const history = result.get(row.recipient_business_id) ?? emptyHistory();
    result.set(row.recipient_business_id, history);
    const answered = row.responded_at !== null;
    if (answered || now.getTime() - created > ANSWER_WINDOW_MS) {
      history.judged += 1;
    }
    if (answered && Date.parse(row.responded_at ?? '') - created <= ANSWER_WINDOW_MS) {
      history.answeredInTime += 1;
    }
    if (ACCEPTED_STAGES.has(row.stage)) {
      history.accepted += 1;
    } else if (row.stage === 'declined') {
      history.declined += 1;
    }
    if (row.stage === 'closed') {
      history.closed += 1;
      history.won += row.outcome === 'won' ? 1 : 0;
    }
  }
  return result;
}

export function historyOf(map: Map<string, IntroductionHistory>, businessId: string): IntroductionHistory {
  return map.get(businessId) ?? emptyHistory();
}

/** Laplace-smoothed so one answer is not 100% and a newcomer starts at 0.5, not 0. */
export function responsivenessFit(h: IntroductionHistory): number {
  return (h.answeredInTime + 1) / (h.judged + 2);
}

/** The mean of the smoothed acceptance rate and the smoothed win rate. */
export function outcomesFit(h: IntroductionHistory): number {
  const acceptance = (h.accepted + 1) / (h.accepted + h.declined + 2);
  const wins = (h.won + 1) / (h.closed + 2);
  return (acceptance + wins) / 2;
}

export function penaltyFor(similarityToHidden: number): number {
  return similarityToHidden >= HIDDEN_SIMILARITY_THRESHOLD ? HIDDEN_PENALTY * similarityToHidden : 0;
}

/** Stage A: what the candidate row alone tells. */
export function stageA(text: number, language: number, distance: number): number {
  return WEIGHTS.pillar + WEIGHTS.text * text + WEIGHTS.language * language + WEIGHTS.distance * distance;
}

/** What the introduction history adds: responsiveness and outcomes. */
export function historyPart(history: IntroductionHistory): number {
  return WEIGHTS.responsiveness * responsivenessFit(history) + WEIGHTS.outcomes * outcomesFit(history);
}

export function finalScore(total: number): number {
  return Math.max(0, Math.min(100, Math.round(total)));
}
