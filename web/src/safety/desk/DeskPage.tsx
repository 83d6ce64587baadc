import { Button, Chip, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router-dom';
import { api } from '../../api.ts';
import { PageState } from '../../components/PageState.tsx';
import { useLocalized } from '../../components/localized.ts';
import { useCan, useSession } from '../../session.ts';
import { useDateTime } from '../incidents/format.ts';
import { IncidentList } from '../incidents/MyReportsPage.tsx';
import { INCIDENT_TYPES, type IncidentPage } from '../incidents/types.ts';
import { HeatTable } from './HeatTable.tsx';
import { IncidentMap } from './IncidentMap.tsx';

interface Heat {
  total: number;
  timeZone: string;
  cells: { latitude: number; longitude: number; count: number }[];
  hourOfWeek: number[][];
}

const PAGE_SIZE = 50;
const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

function queryString(filters: { types: string[]; status: string; from: string; to: string }, page?: number) {
  const params = new URLSearchParams();
  filters.types.forEach((type) => params.append('type', type));
  if (filters.status) {
    params.set('status', filters.status);
  }
  if (filters.from) {
    params.set('from', new Date(`${filters.from}T00:00:00`).toISOString());
  }
  if (filters.to) {
    params.set('to', new Date(`${filters.to}T23:59:59`).toISOString());
  }
  if (page) {
    params.set('page', String(page));
    params.set('pageSize', String(PAGE_SIZE));
  }
  return params.toString();
}

/** /safety/desk/:orgSlug — the liaison desk: filters, map, list and heat by hour of the week. */
export function DeskPage() {
  const { orgSlug = '' } = useParams();
  const { t } = useTranslation();
  const localized = useLocalized();
  const dateTime = useDateTime();
  const navigate = useNavigate();
  const session = useSession();
  const organization = session.data?.memberships.find((m) => m.organization.slug === orgSlug)?.organization;
  const allowed = useCan('incidents.desk', organization?.id);
  const [filters, setFilters] = useState({ types: [] as string[], status: '', from: '', to: '' });
  const [page, setPage] = useState(1);
  const change = (next: Partial<typeof filters>) => {
    setPage(1);
    setFilters((current) => ({ ...current, ...next }));
  };
  const list = useQuery({
    queryKey: ['desk', orgSlug, 'list', filters, page],
    queryFn: () => api.get<IncidentPage>(`/organizations/${orgSlug}/incidents?${queryString(filters, page)}`),
    placeholderData: keepPreviousData,
  });
  const heat = useQuery({
    queryKey: ['desk', orgSlug, 'heat', filters],
    queryFn: () =>
      api.get<Heat>(`/organizations/${orgSlug}/incidents/heat?${queryString(filters)}&timeZone=${timeZone}`),
    // Members may read the list (redacted); the heat map is the desk's.
    enabled: list.isSuccess && allowed,
  });
  const points = useMemo(
    () =>
      (list.data?.items ?? []).map((item) => ({
        id: item.id,
        latitude: item.location.latitude,
        longitude: item.location.longitude,
        label: `${t(`incidentTypes.${item.type}`)} · ${dateTime(item.occurredAt)}`,
        color: item.status === 'open' ? '#c92a2a' : '#868e96',
      })),
    [list.data, t, dateTime],
  );
  if (!session.data) {
    return <PageState error={session.error} />;
  }
  if (!session.data.user) {
    return <Navigate to="/login" replace />;
  }
  const name = organization ? localized(organization.nameKo, organization.nameEn) : orgSlug;
  const pages = Math.max(1, Math.ceil((list.data?.total ?? 0) / PAGE_SIZE));
  return (
    <Stack gap="md">
      <Title order={1}>{t('desk.title', { name })}</Title>
      <Stack gap="xs" component="section" aria-label={t('desk.filters')}>
        <Chip.Group multiple value={filters.types} onChange={(types) => change({ types })}>
          <Group gap={6} role="group" aria-label={t('desk.types')}>
            {INCIDENT_TYPES.map((type) => (
              <Chip key={type} value={type} size="sm">
                {t(`incidentTypes.${type}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
          <NativeSelect
            label={t('desk.status')}
            value={filters.status}
            onChange={(e) => change({ status: e.currentTarget.value })}
            data={[
              { value: '', label: t('desk.anyStatus') },
              { value: 'open', label: t('incidentStatus.open') },
              { value: 'closed', label: t('incidentStatus.closed') },
            ]}
          />
          <TextInput
            type="date"
            label={t('desk.from')}
            value={filters.from}
            onChange={(e) => change({ from: e.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t('desk.to')}
            value={filters.to}
            onChange={(e) => change({ to: e.currentTarget.value })}
          />
        </SimpleGrid>
      </Stack>
      {!list.data && <PageState error={list.error} />}
      {list.data && (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <IncidentMap
            label={t('desk.map')}
            points={points}
            height={420}
            onSelect={(id) => void navigate(`/safety/incidents/${id}`)}
          />
          <Stack gap="xs" component="section" aria-label={t('desk.list', { count: list.data.total })}>
            <Title order={2} size="h4">
              {t('desk.list', { count: list.data.total })}
            </Title>
            {list.data.total === 0 && <Text>{t('desk.none')}</Text>}
            <IncidentList items={list.data.items} dateTime={dateTime} />
            {pages > 1 && (
              <Group justify="space-between">
                <Button variant="default" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                  {t('desk.previous')}
                </Button>
                <Text size="sm">{t('desk.page', { page, pages })}</Text>
                <Button variant="default" disabled={page >= pages} onClick={() => setPage(page + 1)}>
                  {t('desk.next')}
                </Button>
              </Group>
            )}
          </Stack>
        </SimpleGrid>
      )}
      {heat.data && <HeatTable hourOfWeek={heat.data.hourOfWeek} timeZone={heat.data.timeZone} />}
      {heat.data && heat.data.cells.length > 0 && (
        <Stack gap={4} component="section" aria-label={t('desk.hotBlocks')}>
          <Title order={2} size="h4">
            {t('desk.hotBlocks')}
          </Title>
          {heat.data.cells.slice(0, 5).map((cell) => (
            <Text key={`${cell.latitude},${cell.longitude}`} size="sm">
              {t('desk.blockAt', {
                latitude: cell.latitude.toFixed(4),
                longitude: cell.longitude.toFixed(4),
              })}
              : {t('desk.count', { count: cell.count })}
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
