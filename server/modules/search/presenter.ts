import type { Db } from '../../platform/db/database.ts';
import { haversineMiles } from '../../platform/geocode.ts';
import { logoUrl } from '../businesses/presenter.ts';
import { highlightFirst, type Needles } from './highlight.ts';
import * as queries from './queries.ts';
import { resultCards } from './result-cards.ts';
import type { SearchResult } from './schema.ts';

function distanceMiles(origin: queries.Origin | undefined, b: queries.ResultBusiness): number | null {
  if (!origin || b.latitude === null || b.longitude === null) {
    return null;
  }
  const miles = haversineMiles(origin, { latitude: Number(b.latitude), longitude: Number(b.longitude) });
  return Math.round(miles * 10) / 10;
}

function marked(items: queries.ResultItem[], needles: Needles | undefined): string[] {
  if (!needles) {
    return [];
  }
  return items
    .map((i) => highlightFirst([i.description_ko, i.description_en], needles))
    .filter((text): text is string => text !== undefined);
}

export interface PresentOptions {
  origin: queries.Origin | undefined;
  side: queries.Side;
  needles: Needles | undefined;
}

/** The page's results in rank order, public fields only, with highlights and the pillars they serve. */
export async function presentResults(
  db: Db,
  ranked: queries.RankedRow[],
  options: PresentOptions,
): Promise<SearchResult[]> {
  if (ranked.length === 0) {
    return [];
  }
  const cards = await resultCards(
    db,
    ranked.map((r) => r.id),
  );
  const { needles } = options;
  return ranked.flatMap((row) => {
    const card = cards.get(row.id);
    if (!card) {
      return [];
    }
    const b = card.business;
    const own = {
      offers: card.items.filter((i) => i.side === 'offers'),
      needs: card.items.filter((i) => i.side === 'needs'),
    };
    const served = [
      ...(options.side === 'needs' ? [] : own.offers),
      ...(options.side === 'offers' ? [] : own.needs),
    ];
    const name = needles ? highlightFirst([b.name_ko, b.name_en], needles, false) : undefined;
    const description = needles ? highlightFirst([b.description_ko, b.description_en], needles) : undefined;
    return [
      {
        business: {
          slug: b.slug,
          kind: b.kind,
          nameKo: b.name_ko,
          nameEn: b.name_en,
          industry: b.industry,
          city: b.city,
          zip: b.zip,
          logoUrl: logoUrl(b),
          distanceMiles: distanceMiles(options.origin, b),
        },
        score: Math.round(row.score * 1000) / 1000,
        highlights: {
          ...(name === undefined ? {} : { name }),
          ...(description === undefined ? {} : { description }),
          offers: marked(own.offers, needles),
          needs: marked(own.needs, needles),
        },
        pillars: [...new Set(served.map((i) => i.pillar_key))],
      },
    ];
  });
}
