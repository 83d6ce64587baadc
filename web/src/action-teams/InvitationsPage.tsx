import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../api.ts';
import { FormError } from '../components/forms.tsx';
import { PageState } from '../components/PageState.tsx';
import { useLocalized } from '../components/localized.ts';
import { useSession } from '../session.ts';
import { teamPaths, type MyMembership } from './types.ts';

type Answer = 'accept' | 'decline' | 'leave';

/** /teams/invitations — the signed-in person's invitations (accept, decline) and teams (leave). */
export function InvitationsPage() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const queryClient = useQueryClient();
  const session = useSession();
  const key = ['actionTeamMemberships'];
  const query = useQuery({
    queryKey: key,
    queryFn: () => api.get<{ items: MyMembership[] }>('/action-teams/memberships'),
  });
  const answer = useMutation({
    mutationFn: ({ id, action }: { id: string; action: Answer }) =>
      api.post<MyMembership>(`/action-teams/memberships/${id}/${action}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
  if (!query.data) {
    return <PageState error={query.error} />;
  }
  const items = query.data.items;
  const button = (m: MyMembership, action: Answer, variant: string) => (
    <Button
      size="sm"
      variant={variant}
      onClick={() => answer.mutate({ id: m.id, action })}
      loading={answer.isPending && answer.variables.id === m.id}
      aria-label={`${t(`actionTeams.invitations.${action}`)}: ${localized(m.team.nameKo, m.team.nameEn)}`}
    >
      {t(`actionTeams.invitations.${action}`)}
    </Button>
  );
  return (
    <Stack maw={760} mx="auto" gap="md">
      <Title order={1}>{t('actionTeams.invitations.title')}</Title>
      <Text>{t('actionTeams.invitations.intro')}</Text>
      <Group gap="md">
        {(session.data?.memberships ?? [])
          .filter((m) => m.status === 'active')
          .map((m) => (
            <Anchor component={Link} to={teamPaths.list(m.organization.slug)} key={m.organization.id}>
              {t('actionTeams.pageTitle', { name: localized(m.organization.nameKo, m.organization.nameEn) })}
            </Anchor>
          ))}
      </Group>
      {items.length === 0 && <Text>{t('actionTeams.invitations.none')}</Text>}
      <FormError error={answer.error} />
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map((m) => (
          <Card withBorder padding="sm" component="li" key={m.id}>
            <Stack gap={6}>
              <Group gap="xs">
                <Text fw={700}>{localized(m.team.nameKo, m.team.nameEn)}</Text>
                <Badge variant={m.status === 'active' ? 'filled' : 'outline'}>
                  {t(`actionTeams.statuses.${m.status}`)}
                </Badge>
              </Group>
              <Text size="sm">
                {localized(m.team.pillar.nameKo, m.team.pillar.nameEn)} ·{' '}
                {t('actionTeams.invitations.as', { role: t(`actionTeams.roles.${m.role}`) })}
                {m.business &&
                  ` · ${t('actionTeams.invitations.forBusiness', { name: localized(m.business.nameKo, m.business.nameEn) })}`}
              </Text>
              <Group gap="xs">
                {m.status === 'invited' && button(m, 'accept', 'filled')}
                {m.status === 'invited' && button(m, 'decline', 'outline')}
                {m.status === 'active' && button(m, 'leave', 'subtle')}
                <Anchor component={Link} to={teamPaths.public(m.team.slug)} size="sm">
                  {t('actionTeams.invitations.open')}
                </Anchor>
              </Group>
            </Stack>
          </Card>
        ))}
      </Stack>
    </Stack>
  );
}
