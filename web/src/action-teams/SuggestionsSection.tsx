import { Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { FormError } from '../components/forms.tsx';
import { useLocalized } from '../components/localized.ts';
import { useTeamChange } from './hooks.ts';
import { teamApi, type Suggestion, type TeamDetail } from './types.ts';

/** Suggested experts with the reasons, each invited (its owners) as a member in one click. */
export function SuggestionsSection({ orgSlug, teamSlug }: { orgSlug: string; teamSlug: string }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const queryClient = useQueryClient();
  const key = ['actionTeamSuggestions', orgSlug, teamSlug];
  const suggestions = useQuery({
    queryKey: key,
    queryFn: () => api.get<{ items: Suggestion[] }>(`${teamApi(orgSlug, teamSlug)}/suggestions`),
  });
  const invite = useTeamChange(
    orgSlug,
    teamSlug,
    (businessSlug: string) =>
      api.post<TeamDetail>(`${teamApi(orgSlug, teamSlug)}/members`, { businessSlug, role: 'member' }),
    () => void queryClient.invalidateQueries({ queryKey: key }),
  );
  const items = suggestions.data?.items ?? [];
  return (
    <Stack gap="xs" component="section" aria-labelledby="team-suggestions">
      <Title order={2} size="h3" id="team-suggestions">
        {t('actionTeams.suggestions.title')}
      </Title>
      <Text size="sm">{t('actionTeams.suggestions.intro')}</Text>
      {suggestions.isSuccess && items.length === 0 && <Text>{t('actionTeams.suggestions.none')}</Text>}
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map((s) => {
          const name = localized(s.business.nameKo, s.business.nameEn);
          return (
            <Card withBorder padding="sm" key={s.business.slug} component="li">
              <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
                <Stack gap={4}>
                  <Group gap="xs">
                    <Text fw={700}>{name}</Text>
                    <Badge variant="light">{t(`actionTeams.suggestions.${s.business.kind}`)}</Badge>
                    <Text size="sm" c="dimmed">
                      {t('actionTeams.suggestions.score', { score: s.score })}
                    </Text>
                  </Group>
                  <List size="sm">
                    {s.reasons.map((reason) => (
                      <List.Item key={reason}>{reason}</List.Item>
                    ))}
                  </List>
                </Stack>
                <Button size="xs" onClick={() => invite.mutate(s.business.slug)} loading={invite.isPending}>
                  {t('actionTeams.suggestions.invite', { name })}
                </Button>
              </Group>
            </Card>
          );
        })}
      </Stack>
      <FormError error={invite.error ?? suggestions.error} />
    </Stack>
  );
}
