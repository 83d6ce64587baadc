import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../api.ts';
import type { IntroductionDetail } from './types.ts';

/** Sends one action on the introduction and shows the answer (the updated introduction) at once. */
export function useIntroductionAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ path, body }: { path: string; body?: unknown }) =>
      api.post<IntroductionDetail>(`/introductions/${encodeURIComponent(id)}/${path}`, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['introductions'] });
      await queryClient.invalidateQueries({ queryKey: ['notifications'] });
    },
  });
}
