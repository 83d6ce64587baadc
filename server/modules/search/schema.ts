import { Type, type Static } from 'typebox';
import { industryKeys, spokenLanguages } from '../businesses/industries.ts';

/** Longer queries are refused with a message rather than silently cut. */
export const MAX_QUERY_LENGTH = 200;
export const MAX_PAGE_SIZE = 50;

const searchFields = {
  q: Type.Optional(Type.String({ maxLength: MAX_QUERY_LENGTH })),
  pillar: Type.Optional(Type.String({ maxLength: 60, pattern: '^[a-z0-9-]*$' })),
  organization: Type.Optional(Type.String({ maxLength: 80, pattern: '^[a-z0-9-]*$' })),
  industry: Type.Optional(Type.Enum(['', ...industryKeys])),
  language: Type.Optional(Type.Enum(['', ...spokenLanguages])),
  // A 5-digit ZIP (or ZIP+4), or "mine" for the caller's own business.
  near: Type.Optional(Type.String({ maxLength: 10, pattern: '^(mine|\\d{5}(-?\\d{4})?)?$' })),
  radiusMiles: Type.Optional(Type.Number({ minimum: 0.1, maximum: 500 })),
  side: Type.Optional(Type.Enum(['all', 'offers', 'needs'])),
};

/** The search's parameters without paging: what a saved search stores. */
export const SearchParams = Type.Object(searchFields, { additionalProperties: false });
export type SearchParams = Static<typeof SearchParams>;

export const SearchQuery = Type.Object(
  {
    ...searchFields,
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 1 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 20 })),
    // The language switch for anonymous callers (read by the app's locale hook).
    lang: Type.Optional(Type.Enum(['ko', 'en'])),
  },
  { additionalProperties: false },
);
export type SearchQuery = Static<typeof SearchQuery>;

const Highlights = Type.Object({
  name: Type.Optional(Type.String()),
  description: Type.Optional(Type.String()),
  offers: Type.Array(Type.String()),
  needs: Type.Array(Type.String()),
});

export const SearchResult = Type.Object({
  business: Type.Object({
    slug: Type.String(),
    kind: Type.String(),
    nameKo: Type.String(),
    nameEn: Type.String(),
    industry: Type.String(),
    city: Type.String(),
    zip: Type.String(),
    logoUrl: Type.Union([Type.String(), Type.Null()]),
    distanceMiles: Type.Union([Type.Number(), Type.Null()]),
  }),
  score: Type.Number(),
  highlights: Highlights,
  pillars: Type.Array(Type.String()),
});
export type SearchResult = Static<typeof SearchResult>;

export const SearchResponse = Type.Object({
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  results: Type.Array(SearchResult),
  facets: Type.Object({ pillars: Type.Array(Type.Object({ key: Type.String(), count: Type.Integer() })) }),
});
export type SearchResponse = Static<typeof SearchResponse>;

export const SavedSearchBody = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 120 }), query: SearchParams },
  { additionalProperties: false },
);
export type SavedSearchBody = Static<typeof SavedSearchBody>;

export const SavedSearchParams = Type.Object(
  { id: Type.String({ minLength: 1, maxLength: 64 }) },
  { additionalProperties: false },
);

export const SavedSearch = Type.Object({
  id: Type.String(),
  name: Type.String(),
  query: SearchParams,
  createdAt: Type.String(),
});
export const SavedSearchList = Type.Array(SavedSearch);
