import type { DbOrTrx } from '../../platform/db/database.ts';
import type { Locale, Organization } from '../../platform/db/schema.ts';
import { t } from '../../platform/i18n/index.ts';
import { parseLanguages } from '../businesses/presenter.ts';
import { languageFit } from '../matching/score.ts';
import { coverage, normalizeDescription, requestTerms } from '../matching/similarity.ts';
import './messages.ts';

/** What a step needs from a partner: its pillar and the words a fitting offer mentions. */
export interface StepNeed {
  pillar: string;
  keywordsKo: string;
  keywordsEn: string;
}

export interface Suggestion {
  businessId: string;
  slug: string;
  nameKo: string;
  nameEn: string;
  score: number;
  reasonKo: string;
  reasonEn: string;
}

/** How much each fact weighs: what the offer says first, then the company's language, then the organization. */
const TEXT_WEIGHT = 2;
const LANGUAGE_WEIGHT = 1;
const ORGANIZATION_WEIGHT = 0.5;
const SNIPPET_LENGTH = 60;

function offersOfPillar(db: DbOrTrx, pillarKey: string, organizationId: string) {
  return db
    .selectFrom('offers')
    .innerJoin('pillars', 'pillars.id', 'offers.pillar_id')
    .innerJoin('businesses', 'businesses.id', 'offers.business_id')
    .leftJoin('business_organizations as bo', (join) =>
      join.onRef('bo.business_id', '=', 'businesses.id').on('bo.organization_id', '=', organizationId),
    )
    .select([
      'businesses.id as business_id',
      'businesses.slug',
      'businesses.name_ko',
      'businesses.name_en',
      'businesses.languages as business_languages',
      'offers.languages as offer_languages',
      'offers.description_ko',
      'offers.description_en',
      'pillars.name_ko as pillar_ko',
      'pillars.name_en as pillar_en',
      'bo.organization_id as in_organization',
    ])
    .where('pillars.key', '=', pillarKey)
    .where('businesses.kind', '=', 'partner')
    .execute();
}

type OfferRow = Awaited<ReturnType<typeof offersOfPillar>>[number];

function snippet(text: string): string {
  const line = text.trim().split('\n')[0] ?? '';
  return line.length > SNIPPET_LENGTH ? `${line.slice(0, SNIPPET_LENGTH - 1).trimEnd()}…` : line;
}

function reason(locale: Locale, row: OfferRow, speaks: boolean, companyLocale: Locale, org: Organization) {
  const parts = [
    t(locale, 'marketEntry:reasons.offers', {
      text: snippet(locale === 'ko' ? row.description_ko || row.description_en : row.description_en),
      pillar: locale === 'ko' ? row.pillar_ko : row.pillar_en,
    }),
  ];
  if (speaks) {
    parts.push(
      t(locale, 'marketEntry:reasons.speaks', {
        language: t(locale, `marketEntry:languages.${companyLocale}`),
      }),
    );
  }
  if (row.in_organization !== null) {
    parts.push(
      t(locale, 'marketEntry:reasons.sameOrganization', {
        organization: locale === 'ko' ? org.name_ko : org.name_en,
      }),
    );
  }
  return parts.join(' · ');
}

/**
 * The partner businesses best placed to help with a step, best first: each partner is judged by its best
 * offer in the step's pillar — how much of the step's words the offer mentions (the matchmaking's text
 * coverage), whether it speaks the company's language, and whether it is a partner of the organization
 * running the concierge. The reason is written in both languages, so the company and the committee each
 * read it in theirs.
 */
export async function suggestPartners(
  db: DbOrTrx,
  organization: Organization,
  need: StepNeed,
  companyLocale: Locale,
  limit: number,
): Promise<Suggestion[]> {
  const terms = requestTerms(need.keywordsKo, need.keywordsEn);
  const best = new Map<string, Suggestion>();
  for (const row of await offersOfPillar(db, need.pillar, organization.id)) {
    const offerLanguages = parseLanguages(row.offer_languages);
    const languages = offerLanguages.length > 0 ? offerLanguages : parseLanguages(row.business_languages);
    const speaks = languageFit([companyLocale], languages).fit > 0;
    const text = coverage(terms, normalizeDescription(`${row.description_ko}\n${row.description_en}`));
    const score =
      TEXT_WEIGHT * text +
      (speaks ? LANGUAGE_WEIGHT : 0) +
      (row.in_organization !== null ? ORGANIZATION_WEIGHT : 0);
    const previous = best.get(row.business_id);
    if (!previous || previous.score < score) {
      best.set(row.business_id, {
        businessId: row.business_id,
        slug: row.slug,
        nameKo: row.name_ko,
        nameEn: row.name_en,
        score,
        reasonKo: reason('ko', row, speaks, companyLocale, organization),
        reasonEn: reason('en', row, speaks, companyLocale, organization),
      });
    }
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || a.nameEn.localeCompare(b.nameEn))
    .slice(0, limit);
}
