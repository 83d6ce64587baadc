import type { DbOrTrx } from '../../platform/db/database.ts';
import { haversineMiles } from '../../platform/geocode.ts';
import { logoUrl } from '../businesses/presenter.ts';
import { highlightFirst, type Needles } from './highlight.ts';
import * as queries from './queries.ts';
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

function byBusiness(items: queries.ResultItem[]): Map<string, queries.ResultItem[]> {
  const groups = new Map<string, queries.ResultItem[]>();
  for (const item of items) {
    const list = groups.get(item.business_id);
    if (list) {
      list.push(item);
    } else {
      groups.set(item.business_id, [item]);
    }
  }
  return groups;
}

export interface PresentOptions {
  origin: queries.Origin | undefined;
  side: queries.Side;
  needles: Needles | undefined;
}

/** The page's results in rank order, public fields only, with highlights and the pillars they serve. */
export async function presentResults(
  db: DbOrTrx,
  ranked: queries.RankedRow[],
  options: PresentOptions,
): Promise<SearchResult[]> {
  if (ranked.length === 0) {
    return [];
  }
  const ids = ranked.map((r) => r.id);
  const businesses = new Map((await queries.businessesByIds(db, ids)).map((b) => [b.id, b]));
  const items = await queries.offersAndNeedsOf(db, ids);
  const offers = byBusiness(items.filter((i) => i.side === 'offers'));
  const needs = byBusiness(items.filter((i) => i.side === 'needs'));
  const { needles } = options;
  return ranked.flatMap((row) => {
    const b = businesses.get(row.id);
    if (!b) {
      return [];
    }
    const own = { offers: offers.get(b.id) ?? [], needs: needs.get(b.id) ?? [] };
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
