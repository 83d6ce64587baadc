import { Badge, Button, Checkbox, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { fieldError, FormError } from '../components/forms.tsx';
import { useDateFormat, useLocalized } from '../components/localized.ts';
import { useTeamChange } from './hooks.ts';
import { teamApi, type TeamDetail } from './types.ts';

/** The team's goals with target dates; contributors add them and mark them done. */
export function GoalsSection({ orgSlug, team }: { orgSlug: string; team: TeamDetail }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const day = useDateFormat();
  const [titleKo, setTitleKo] = useState('');
  const [titleEn, setTitleEn] = useState('');
  const [targetOn, setTargetOn] = useState('');
  const base = `${teamApi(orgSlug, team.slug)}/goals`;
  const add = useTeamChange(
    orgSlug,
    team.slug,
    () => api.post<TeamDetail>(base, { titleKo, titleEn, targetOn: targetOn || null }),
    () => {
      setTitleKo('');
      setTitleEn('');
      setTargetOn('');
    },
  );
  const mark = useTeamChange(orgSlug, team.slug, ({ id, done }: { id: string; done: boolean }) =>
    api.patch<TeamDetail>(`${base}/${id}`, { status: done ? 'done' : 'open' }),
  );
  return (
    <Stack gap="xs" component="section" aria-labelledby="team-goals">
      <Title order={2} size="h3" id="team-goals">
        {t('actionTeams.goals.title')}
      </Title>
      {team.goals.length === 0 && <Text>{t('actionTeams.goals.none')}</Text>}
      <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {team.goals.map((goal) => {
          const title = localized(goal.titleKo, goal.titleEn);
          return (
            <Group component="li" key={goal.id} gap="xs" wrap="nowrap">
              {team.canContribute ? (
                <Checkbox
                  aria-label={t(
                    goal.status === 'done' ? 'actionTeams.goals.reopen' : 'actionTeams.goals.markDone',
                    {
                      title,
                    },
                  )}
                  checked={goal.status === 'done'}
                  onChange={(e) => mark.mutate({ id: goal.id, done: e.currentTarget.checked })}
                />
              ) : null}
              <Text td={goal.status === 'done' ? 'line-through' : undefined}>{title}</Text>
              {goal.targetOn && (
                <Text size="sm" c="dimmed">
                  {t('actionTeams.goals.target', { date: day(`${goal.targetOn}T12:00:00`) })}
                </Text>
              )}
              {goal.status === 'done' && <Badge color="green">{t('actionTeams.goals.done')}</Badge>}
            </Group>
          );
        })}
      </Stack>
      {team.canContribute && (
        <Stack
          gap="xs"
          component="form"
          aria-label={t('actionTeams.goals.submit')}
          onSubmit={(e) => {
            e.preventDefault();
            add.mutate(undefined);
          }}
        >
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
            <TextInput
              label={t('actionTeams.goals.titleKo')}
              value={titleKo}
              maxLength={200}
              onChange={(e) => setTitleKo(e.currentTarget.value)}
              error={fieldError(add.error, 'titleKo')}
            />
            <TextInput
              label={t('actionTeams.goals.titleEn')}
              value={titleEn}
              maxLength={200}
              onChange={(e) => setTitleEn(e.currentTarget.value)}
              error={fieldError(add.error, 'titleEn')}
            />
            <TextInput
              label={t('actionTeams.goals.targetOn')}
              type="date"
              value={targetOn}
              onChange={(e) => setTargetOn(e.currentTarget.value)}
              error={fieldError(add.error, 'targetOn')}
            />
          </SimpleGrid>
          <FormError error={add.error ?? mark.error} />
          <Button type="submit" w="fit-content" loading={add.isPending}>
            {t('actionTeams.goals.submit')}
          </Button>
        </Stack>
      )}
    </Stack>
  );
}
