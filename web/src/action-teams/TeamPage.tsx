import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api } from '../api.ts';
import { PageState } from '../components/PageState.tsx';
import { useLocalized } from '../components/localized.ts';
import { GoalsSection } from './GoalsSection.tsx';
import { teamKey } from './hooks.ts';
import { MembersSection } from './MembersSection.tsx';
import { NotesSection } from './NotesSection.tsx';
import { ShareForm } from './ShareForm.tsx';
import { SuggestionsSection } from './SuggestionsSection.tsx';
import { TasksBoard } from './TasksBoard.tsx';
import { teamApi, teamPaths, type TeamDetail } from './types.ts';

/** /teams/org/:orgSlug/:teamSlug — a team: members and roles, suggested experts, goals, tasks, notes. */
export function TeamPage() {
  const { orgSlug = '', teamSlug = '' } = useParams();
  const { t } = useTranslation();
  const localized = useLocalized();
  const query = useQuery({
    queryKey: teamKey(orgSlug, teamSlug),
    queryFn: () => api.get<TeamDetail>(teamApi(orgSlug, teamSlug)),
  });
  const team = query.data;
  if (!team) {
    return <PageState error={query.error} />;
  }
  const names = team.organizations.map((o) => localized(o.nameKo, o.nameEn)).join(', ');
  return (
    <Stack maw={1100} mx="auto" gap="lg">
      <Stack gap={4}>
        <Anchor component={Link} to={teamPaths.list(orgSlug)} size="sm">
          {t('actionTeams.team.back', {
            name: localized(
              team.organizations.find((o) => o.slug === orgSlug)?.nameKo,
              team.organizations.find((o) => o.slug === orgSlug)?.nameEn,
            ),
          })}
        </Anchor>
        <Title order={1}>{localized(team.nameKo, team.nameEn)}</Title>
        <Group gap="xs">
          <Badge variant="light">{localized(team.pillar.nameKo, team.pillar.nameEn)}</Badge>
          {!team.isPublic && <Badge variant="outline">{t('actionTeams.private')}</Badge>}
        </Group>
        <Text>{localized(team.summaryKo, team.summaryEn)}</Text>
        <Text size="sm" c="dimmed">
          {t('actionTeams.sharedWith', { names })}
        </Text>
        {team.isPublic && (
          <Anchor component={Link} to={teamPaths.public(team.slug)} size="sm">
            {t('actionTeams.team.publicPage')}
          </Anchor>
        )}
      </Stack>
      <MembersSection orgSlug={orgSlug} team={team} />
      {team.canManage && <SuggestionsSection orgSlug={orgSlug} teamSlug={team.slug} />}
      <GoalsSection orgSlug={orgSlug} team={team} />
      <TasksBoard orgSlug={orgSlug} team={team} />
      <NotesSection orgSlug={orgSlug} team={team} />
      {team.canManage && <ShareForm orgSlug={orgSlug} teamSlug={team.slug} />}
    </Stack>
  );
}
