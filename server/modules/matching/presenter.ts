import type { Locale } from '../../platform/db/schema.ts';
import { reasonsFor } from './reasons.ts';
import type { Ranked } from './ranking.ts';

export type { CapacityResponse } from './schema.ts';

export function presentPillar(row: { pillar_key: string; pillar_name_ko: string; pillar_name_en: string }) {
  return { key: row.pillar_key, nameKo: row.pillar_name_ko, nameEn: row.pillar_name_en };
}

export function presentItem(row: { id: string; description_ko: string; description_en: string }) {
  return { id: row.id, descriptionKo: row.description_ko, descriptionEn: row.description_en };
}

/** Public fields of the candidate business only; the score; the reasons in the caller's language. */
export function presentCandidate(locale: Locale, ranked: Ranked, side: 'offers' | 'needs') {
  const b = ranked.business;
  return {
    business: {
      slug: b.slug,
      kind: b.kind,
      nameKo: b.name_ko,
      nameEn: b.name_en,
      city: b.city,
      distanceMiles: ranked.distanceMiles === null ? null : Math.round(ranked.distanceMiles * 10) / 10,
    },
    score: ranked.score,
    reasons: reasonsFor(locale, {
      side,
      itemKo: ranked.item.description_ko,
      itemEn: ranked.item.description_en,
      commonLanguages: ranked.commonLanguages,
      distanceMiles: ranked.distanceMiles,
      history: ranked.history,
      sharedOrganization: ranked.sharedOrganization,
      verifiedBy: ranked.verifiedBy,
    }),
  };
}
