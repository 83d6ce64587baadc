import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import type { BusinessAssessments, Definition } from './types.ts';

export const assessmentsKey = (slug: string) => ['assessments', slug] as const;

/** The checklists in the interface language (the server translates them). */
export function useDefinitions() {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: ['assessment-definitions', i18n.language],
    queryFn: () => api.get<Definition[]>('/assessments/definitions'),
    staleTime: 300_000,
  });
}

export function useBusinessAssessments(slug: string) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: [...assessmentsKey(slug), i18n.language],
    queryFn: () => api.get<BusinessAssessments>(`/businesses/${encodeURIComponent(slug)}/assessments`),
  });
}
