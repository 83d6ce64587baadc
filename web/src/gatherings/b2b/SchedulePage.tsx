import { Alert, Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api, ApiError } from '../../api.ts';
import { FormError } from '../../components/forms.tsx';
import { PageState } from '../../components/PageState.tsx';
import { eventPaths } from '../types.ts';
import { MoveForm, ScheduleGrid } from './ScheduleGrid.tsx';
import { SettingsForm } from './SettingsForm.tsx';
import { meetingsApi, type ScheduleGrid as Grid, type Settings } from './types.ts';

type Change =
  | { kind: 'run' }
  | { kind: 'move'; requestId: string; slot: string; table: number }
  | { kind: 'remove'; requestId: string };

/** /events/:orgSlug/:eventId/meetings/schedule — the organizer's settings, the scheduler, the grid, moves by hand. */
export function SchedulePage() {
  const { orgSlug = '', eventId = '' } = useParams();
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const base = meetingsApi(orgSlug, eventId);
  const [stale, setStale] = useState(false);
  const settings = useQuery({
    queryKey: ['b2b', orgSlug, eventId, 'settings'],
    queryFn: () => api.get<Settings>(`${base}/settings`),
  });
  const grid = useQuery({
    queryKey: ['b2b', orgSlug, eventId, 'schedule'],
    queryFn: () => api.get<Grid>(`${base}/schedule`),
  });
  const change = useMutation({
    mutationFn: (c: Change) => {
      const version = grid.data?.version ?? 0;
      if (c.kind === 'run') {
        return api.post<Grid>(`${base}/schedule`, { version });
      }
      const path = `${base}/requests/${encodeURIComponent(c.requestId)}/placement`;
      return c.kind === 'move'
        ? api.put<Grid>(path, { slot: c.slot, table: c.table, version })
        : api.delete<Grid>(`${path}?version=${version}`);
    },
    onMutate: () => setStale(false),
    onSuccess: (data) => queryClient.setQueryData(['b2b', orgSlug, eventId, 'schedule'], data),
    onError: async (error) => {
      if (error instanceof ApiError && error.status === 409 && error.code === 'stale_version') {
        setStale(true);
        await queryClient.invalidateQueries({ queryKey: ['b2b', orgSlug, eventId] });
      }
    },
  });
  if (!settings.data || !grid.data) {
    return <PageState error={settings.error ?? grid.error} />;
  }
  const g = grid.data;
  const ran = change.isSuccess && change.variables.kind === 'run';
  return (
    <Stack maw={1200} mx="auto" gap="md">
      <Title order={1}>{t('b2b.schedulePage.title')}</Title>
      <Anchor component={Link} to={eventPaths.meetings(orgSlug, eventId)}>
        {t('b2b.schedulePage.toMeetings')}
      </Anchor>
      <SettingsForm org={orgSlug} eventId={eventId} settings={settings.data} />
      {settings.data.configured && (
        <Card withBorder padding="sm" component="section" aria-labelledby="b2b-run-title">
          <Stack gap="xs">
            <Title order={2} size="h4" id="b2b-run-title">
              {t('b2b.run.title')}
            </Title>
            <Text size="sm" role={ran ? 'status' : undefined}>
              {t('b2b.run.numbers', {
                placed: g.placed,
                accepted: g.accepted,
                weight: g.weight,
                bound: g.bound ?? '—',
              })}
            </Text>
            {stale && (
              <Alert color="yellow" variant="outline" role="alert" title={t('b2b.run.staleTitle')}>
                {t('b2b.run.stale')}
              </Alert>
            )}
            {change.variables?.kind === 'run' && !stale && <FormError error={change.error} />}
            <Group>
              <Button
                onClick={() => change.mutate({ kind: 'run' })}
                loading={change.isPending && change.variables.kind === 'run'}
              >
                {t('b2b.run.button')}
              </Button>
            </Group>
          </Stack>
        </Card>
      )}
      {g.slots.length > 0 && <ScheduleGrid grid={g} />}
      {g.slots.length > 0 && (
        <MoveForm
          grid={g}
          error={change.variables?.kind !== 'run' && !stale ? change.error : null}
          pending={change.isPending}
          onMove={(requestId, slot, table) => change.mutate({ kind: 'move', requestId, slot, table })}
          onRemove={(requestId) => change.mutate({ kind: 'remove', requestId })}
        />
      )}
    </Stack>
  );
}
