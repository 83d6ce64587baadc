/** Response shape of GET /search (server/modules/search/schema.ts). */

export interface SearchResult {
  business: {
    slug: string;
    kind: string;
    nameKo: string;
    nameEn: string;
    industry: string;
    city: string;
    zip: string;
    logoUrl: string | null;
    distanceMiles: number | null;
  };
  score: number;
  /** HTML-escaped text in which only <mark>…</mark> is markup. */
  highlights: { name?: string; description?: string; offers: string[]; needs: string[] };
  pillars: string[];
}

export interface SearchResponse {
  total: number;
  page: number;
  pageSize: number;
  results: SearchResult[];
  facets: { pillars: { key: string; count: number }[] };
}

/** The search's parameters as they appear in the page's address and in the API's query string. */
export const searchParamKeys = [
  'q',
  'pillar',
  'organization',
  'industry',
  'language',
  'near',
  'radiusMiles',
  'side',
  'page',
] as const;
export type SearchParamKey = (typeof searchParamKeys)[number];
export type SearchValues = Partial<Record<SearchParamKey, string>>;
