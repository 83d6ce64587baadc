import { Anchor, Badge, Card, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api } from '../api.ts';
import { PageState } from '../components/PageState.tsx';
import { useDateFormat, useLocalized } from '../components/localized.ts';
import type { PublicTeam } from './types.ts';

/** /teams/:slug — what a team offers, readable by anyone when the team is public. */
export function PublicTeamPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const localized = useLocalized();
  const day = useDateFormat();
  const query = useQuery({
    queryKey: ['publicTeam', slug],
    queryFn: () => api.get<PublicTeam>(`/action-teams/${encodeURIComponent(slug)}`),
  });
  const team = query.data;
  if (!team) {
    return <PageState error={query.error} />;
  }
  return (
    <Stack maw={760} mx="auto" gap="md">
      <Title order={1}>{localized(team.nameKo, team.nameEn)}</Title>
      <Badge variant="light" w="fit-content">
        {t('actionTeams.public.pillar', { name: localized(team.pillar.nameKo, team.pillar.nameEn) })}
      </Badge>
      <Text size="sm" c="dimmed">
        {t('actionTeams.sharedWith', {
          names: team.organizations.map((o) => localized(o.nameKo, o.nameEn)).join(', '),
        })}
      </Text>
      <Stack gap={4} component="section" aria-labelledby="public-offers">
        <Title order={2} size="h3" id="public-offers">
          {t('actionTeams.public.offers')}
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{localized(team.summaryKo, team.summaryEn)}</Text>
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby="public-members">
        <Title order={2} size="h3" id="public-members">
          {t('actionTeams.public.members')}
        </Title>
        {team.members.length === 0 && <Text>{t('actionTeams.public.noMembers')}</Text>}
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {team.members.map((m) => (
            <Card withBorder padding="xs" component="li" key={`${m.name}-${m.business?.slug ?? ''}`}>
              <Text fw={600}>
                {m.name} · {t(`actionTeams.roles.${m.role}`)}
              </Text>
              {m.business && (
                <Anchor component={Link} to={`/b/${m.business.slug}`} size="sm">
                  {localized(m.business.nameKo, m.business.nameEn)}
                </Anchor>
              )}
            </Card>
          ))}
        </Stack>
      </Stack>
      {team.goals.length > 0 && (
        <Stack gap="xs" component="section" aria-labelledby="public-goals">
          <Title order={2} size="h3" id="public-goals">
            {t('actionTeams.public.goals')}
          </Title>
          <Stack gap={4} component="ul">
            {team.goals.map((goal) => (
              <Text component="li" key={goal.id} td={goal.status === 'done' ? 'line-through' : undefined}>
                {localized(goal.titleKo, goal.titleEn)}
                {goal.targetOn &&
                  ` — ${t('actionTeams.goals.target', { date: day(`${goal.targetOn}T12:00:00`) })}`}
              </Text>
            ))}
          </Stack>
        </Stack>
      )}
    </Stack>
  );
}
