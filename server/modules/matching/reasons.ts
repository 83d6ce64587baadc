import type { Locale } from '../../platform/db/schema.ts';
import { t } from '../../platform/i18n/index.ts';
import type { IntroductionHistory } from './score.ts';

/** The facts behind a score, turned into short phrases in the caller's language. */
export interface ReasonFacts {
  /** The candidate offers this (matches) or needs it (leads). */
  side: 'offers' | 'needs';
  itemKo: string;
  itemEn: string;
  commonLanguages: readonly string[];
  distanceMiles: number | null;
  history: IntroductionHistory;
  sharedOrganization: { name_ko: string; name_en: string } | null;
  verifiedBy: { name_ko: string; name_en: string } | null;
}

const SNIPPET_LENGTH = 60;

function snippet(locale: Locale, ko: string, en: string): string {
  const preferred = locale === 'ko' ? ko || en : en || ko;
  const line = preferred.trim().split('\n')[0] ?? '';
  return line.length > SNIPPET_LENGTH ? `${line.slice(0, SNIPPET_LENGTH - 1).trimEnd()}…` : line;
}

/**
 * English is taken for granted in Dallas, so a shared other language (Korean) is what is worth
 * saying; English is named only when it is the only language in common.
 */
function languages(locale: Locale, common: readonly string[]): string | null {
  const named = common.filter((l) => l !== 'en');
  const shown = (named.length > 0 ? named : common)
    .slice(0, 2)
    .map((l) => t(locale, `matching:languages.${l}`));
  if (shown.length === 0) {
    return null;
  }
  const [first, second] = shown;
  return second ? t(locale, 'matching:languageList', { first, second }) : (first ?? null);
}

function miles(distance: number): string {
  return distance < 10 ? distance.toFixed(1) : String(Math.round(distance));
}

export function reasonsFor(locale: Locale, facts: ReasonFacts): string[] {
  const reasons: string[] = [];
  const text = snippet(locale, facts.itemKo, facts.itemEn);
  if (text) {
    reasons.push(t(locale, `matching:reasons.${facts.side}`, { text }));
  }
  const spoken = languages(locale, facts.commonLanguages);
  if (spoken) {
    reasons.push(t(locale, 'matching:reasons.speaks', { languages: spoken }));
  }
  if (facts.distanceMiles !== null) {
    reasons.push(t(locale, 'matching:reasons.distance', { miles: miles(facts.distanceMiles) }));
  }
  if (facts.history.judged > 0) {
    reasons.push(
      t(locale, 'matching:reasons.answered', {
        answered: facts.history.answeredInTime,
        total: facts.history.judged,
      }),
    );
  }
  if (facts.history.won > 0) {
    reasons.push(t(locale, 'matching:reasons.won', { count: facts.history.won }));
  }
  const organization = facts.sharedOrganization ?? facts.verifiedBy;
  if (organization) {
    const name = locale === 'ko' ? organization.name_ko : organization.name_en;
    const key = facts.sharedOrganization ? 'fellowMember' : 'verifiedMember';
    reasons.push(t(locale, `matching:reasons.${key}`, { organization: name }));
  }
  return reasons;
}
