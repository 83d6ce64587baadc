import { useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';
import type { BusinessProfile, Industry, Pillar } from './types.ts';

export const businessKey = (slug: string) => ['business', slug] as const;

export function useBusiness(slug: string) {
  return useQuery({
    queryKey: businessKey(slug),
    queryFn: () => api.get<BusinessProfile>(`/businesses/${encodeURIComponent(slug)}`),
  });
}

export function usePillars() {
  return useQuery({
    queryKey: ['pillars'],
    queryFn: () => api.get<Pillar[]>('/pillars'),
    staleTime: 300_000,
  });
}

export function useIndustries() {
  return useQuery({
    queryKey: ['industries'],
    queryFn: () => api.get<Industry[]>('/industries'),
    staleTime: 300_000,
  });
}
