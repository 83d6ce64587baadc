import { Button, Card, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { fieldError, FormError } from '../components/forms.tsx';
import { useDateFormat, useLocalized } from '../components/localized.ts';
import { useTeamChange } from './hooks.ts';
import { teamApi, type TaskStatus, type TeamDetail } from './types.ts';

const COLUMNS: TaskStatus[] = ['todo', 'doing', 'done'];

/** The tasks as a board (to do, doing, done): one column under another on a phone. */
export function TasksBoard({ orgSlug, team }: { orgSlug: string; team: TeamDetail }) {
  const { t } = useTranslation();
  const day = useDateFormat();
  const base = `${teamApi(orgSlug, team.slug)}/tasks`;
  const move = useTeamChange(orgSlug, team.slug, ({ id, status }: { id: string; status: TaskStatus }) =>
    api.patch<TeamDetail>(`${base}/${id}`, { status }),
  );
  const statusData = COLUMNS.map((s) => ({ value: s, label: t(`actionTeams.tasks.status.${s}`) }));
  return (
    <Stack gap="xs" component="section" aria-labelledby="team-tasks">
      <Title order={2} size="h3" id="team-tasks">
        {t('actionTeams.tasks.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        {COLUMNS.map((column) => {
          const tasks = team.tasks.filter((task) => task.status === column);
          return (
            <Card
              withBorder
              padding="xs"
              key={column}
              component="section"
              aria-label={t(`actionTeams.tasks.status.${column}`)}
            >
              <Title order={3} size="h5" mb="xs">
                {t(`actionTeams.tasks.status.${column}`)} ({tasks.length})
              </Title>
              {tasks.length === 0 && (
                <Text size="sm" c="dimmed">
                  {t('actionTeams.tasks.empty')}
                </Text>
              )}
              <Stack gap="xs">
                {tasks.map((task) => (
                  <Card withBorder padding="xs" key={task.id}>
                    <Text fw={600}>{task.title}</Text>
                    <Text size="sm" c="dimmed">
                      {task.owner?.name ?? t('actionTeams.tasks.nobody')}
                      {task.dueOn
                        ? ` · ${t('actionTeams.tasks.due', { date: day(`${task.dueOn}T12:00:00`) })}`
                        : ''}
                    </Text>
                    {team.canContribute && (
                      <NativeSelect
                        size="xs"
                        aria-label={t('actionTeams.tasks.move', { title: task.title })}
                        value={task.status}
                        data={statusData}
                        onChange={(e) =>
                          move.mutate({ id: task.id, status: e.currentTarget.value as TaskStatus })
                        }
                      />
                    )}
                  </Card>
                ))}
              </Stack>
            </Card>
          );
        })}
      </SimpleGrid>
      <FormError error={move.error} />
      {team.canContribute && <TaskForm orgSlug={orgSlug} team={team} />}
    </Stack>
  );
}

function TaskForm({ orgSlug, team }: { orgSlug: string; team: TeamDetail }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState('');
  const [goal, setGoal] = useState('');
  const [dueOn, setDueOn] = useState('');
  const add = useTeamChange(
    orgSlug,
    team.slug,
    () =>
      api.post<TeamDetail>(`${teamApi(orgSlug, team.slug)}/tasks`, {
        title,
        ownerUserId: owner || null,
        goalId: goal || null,
        dueOn: dueOn || null,
      }),
    () => {
      setTitle('');
      setDueOn('');
    },
  );
  const active = team.members.filter((m) => m.status === 'active');
  return (
    <Stack
      gap="xs"
      component="form"
      aria-label={t('actionTeams.tasks.newTask')}
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate(undefined);
      }}
    >
      <Title order={3} size="h4">
        {t('actionTeams.tasks.newTask')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        <TextInput
          label={t('actionTeams.tasks.task')}
          required
          maxLength={200}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={fieldError(add.error, 'title')}
        />
        <NativeSelect
          label={t('actionTeams.tasks.owner')}
          value={owner}
          onChange={(e) => setOwner(e.currentTarget.value)}
          error={fieldError(add.error, 'ownerUserId')}
          data={[
            { value: '', label: t('actionTeams.tasks.nobody') },
            ...active.map((m) => ({ value: m.userId, label: m.name })),
          ]}
        />
        <NativeSelect
          label={t('actionTeams.tasks.goal')}
          value={goal}
          onChange={(e) => setGoal(e.currentTarget.value)}
          error={fieldError(add.error, 'goalId')}
          data={[
            { value: '', label: t('actionTeams.tasks.noGoal') },
            ...team.goals.map((g) => ({ value: g.id, label: localized(g.titleKo, g.titleEn) })),
          ]}
        />
        <TextInput
          label={t('actionTeams.tasks.dueOn')}
          type="date"
          value={dueOn}
          onChange={(e) => setDueOn(e.currentTarget.value)}
          error={fieldError(add.error, 'dueOn')}
        />
      </SimpleGrid>
      <FormError error={add.error} />
      <Button type="submit" w="fit-content" loading={add.isPending}>
        {t('actionTeams.tasks.submit')}
      </Button>
    </Stack>
  );
}
