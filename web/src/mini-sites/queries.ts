import { useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';
import { editorsKey, siteKey, sitePath, type SiteEditor, type SiteView } from './types.ts';

export function useSite(slug: string) {
  return useQuery({ queryKey: siteKey(slug), queryFn: () => api.get<SiteView>(sitePath(slug)) });
}

export function useEditors(slug: string, enabled: boolean) {
  return useQuery({
    queryKey: editorsKey(slug),
    queryFn: () => api.get<{ editors: SiteEditor[] }>(`${sitePath(slug)}/editors`),
    enabled,
  });
}
