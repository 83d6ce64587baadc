import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { useIndustries, usePillars } from '../business/queries.ts';
import { useLocalized } from '../components/localized.ts';
import type { OrganizationSummary } from '../public/types.ts';

/** What a saved search stores: the search's filters without paging (server/modules/search/schema.ts). */
export interface SavedQuery {
  q?: string;
  pillar?: string;
  organization?: string;
  industry?: string;
  language?: string;
  near?: string;
  radiusMiles?: number;
  side?: 'all' | 'offers' | 'needs';
}

export const savedSearchesKey = ['saved-searches'] as const;

export interface SavedSearch {
  id: string;
  name: string;
  query: SavedQuery;
  createdAt: string;
}

/**
 * Describes a saved search's filters in the reader's language ("Pillar: Safety", "Within 10 mi of ZIP
 * 75006"), naming pillars, organizations and industries rather than showing their keys.
 */
export function useSearchSummary() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const pillars = usePillars();
  const industries = useIndustries();
  const organizations = useQuery({
    queryKey: ['organizations'],
    queryFn: () => api.get<OrganizationSummary[]>('/organizations'),
    staleTime: 300_000,
  });
  const named = (list: { key?: string; slug?: string; nameKo: string; nameEn: string }[], id: string) => {
    const found = list.find((item) => item.key === id || item.slug === id);
    return found ? localized(found.nameKo, found.nameEn) : id;
  };
  return (query: SavedQuery): string[] => {
    const parts: string[] = [];
    if (query.q) {
      parts.push(t('search.savedText', { text: query.q }));
    }
    const filter = (label: string, value: string) => parts.push(t('search.savedFilter', { label, value }));
    if (query.pillar) {
      filter(t('search.pillar'), named(pillars.data ?? [], query.pillar));
    }
    if (query.organization) {
      filter(t('search.organization'), named(organizations.data ?? [], query.organization));
    }
    if (query.industry) {
      filter(t('search.industry'), named(industries.data ?? [], query.industry));
    }
    if (query.language) {
      filter(t('search.language'), t(`languages.${query.language}`, { defaultValue: query.language }));
    }
    if (query.side && query.side !== 'all') {
      filter(t('search.side'), t(`search.sides.${query.side}`));
    }
    if (query.near) {
      const place = query.near === 'mine' ? t('search.nearMine') : t('search.savedZip', { zip: query.near });
      parts.push(
        query.radiusMiles
          ? t('search.savedNearRadius', { place, miles: query.radiusMiles })
          : t('search.savedNear', { place }),
      );
    }
    return parts.length > 0 ? parts : [t('search.savedAll')];
  };
}

/** The address of /search that runs a saved search again. */
export function searchLink(query: SavedQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') {
      params.set(key, String(value));
    }
  }
  return `/search?${params.toString()}`;
}
