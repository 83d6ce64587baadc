import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TeamDetail } from './types.ts';

export const teamKey = (orgSlug: string, teamSlug: string) => ['actionTeam', orgSlug, teamSlug] as const;

/** A change to the team whose answer is the whole team again: the page shows it at once. */
export function useTeamChange<V>(
  orgSlug: string,
  teamSlug: string,
  request: (value: V) => Promise<TeamDetail>,
  onDone?: () => void,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (team) => {
      queryClient.setQueryData(teamKey(orgSlug, teamSlug), team);
      onDone?.();
    },
  });
}
