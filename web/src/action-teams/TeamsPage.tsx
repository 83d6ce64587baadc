import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api } from '../api.ts';
import { PageState } from '../components/PageState.tsx';
import { useLocalized } from '../components/localized.ts';
import { CreateTeamForm } from './CreateTeamForm.tsx';
import { teamApi, teamPaths, type TeamList } from './types.ts';

/** /teams/org/:orgSlug — the action teams shared with an organization, and creating one (admins). */
export function TeamsPage() {
  const { orgSlug = '' } = useParams();
  const { t } = useTranslation();
  const localized = useLocalized();
  const list = useQuery({
    queryKey: ['actionTeams', orgSlug],
    queryFn: () => api.get<TeamList>(teamApi(orgSlug)),
  });
  const data = list.data;
  if (!data) {
    return <PageState error={list.error} />;
  }
  return (
    <Stack maw={960} mx="auto" gap="md">
      <Title order={1}>
        {t('actionTeams.pageTitle', { name: localized(data.organization.nameKo, data.organization.nameEn) })}
      </Title>
      <Text>{t('actionTeams.intro')}</Text>
      <Anchor component={Link} to={teamPaths.invitations}>
        {t('actionTeams.myInvitations')}
      </Anchor>
      {data.items.length === 0 && <Text>{t('actionTeams.none')}</Text>}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" component="ul" p={0} style={{ listStyle: 'none' }}>
        {data.items.map((team) => (
          <Card withBorder padding="sm" key={team.slug} component="li">
            <Stack gap={4}>
              <Anchor component={Link} to={teamPaths.team(orgSlug, team.slug)} fw={700}>
                {localized(team.nameKo, team.nameEn)}
              </Anchor>
              <Group gap="xs">
                <Badge variant="light">{localized(team.pillar.nameKo, team.pillar.nameEn)}</Badge>
                {!team.isPublic && <Badge variant="outline">{t('actionTeams.private')}</Badge>}
              </Group>
              <Text size="sm">{localized(team.summaryKo, team.summaryEn)}</Text>
              <Text size="sm" c="dimmed">
                {t('actionTeams.activeMembers', { count: team.activeMembers })}
              </Text>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
      {data.canManage && <CreateTeamForm orgSlug={orgSlug} pillars={data.pillars} />}
    </Stack>
  );
}
