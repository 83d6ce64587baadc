import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api.ts';
import { PageState } from '../../components/PageState.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import { useDateTime } from './format.ts';
import type { IncidentListItem } from './types.ts';

/** /safety/incidents — the incidents I reported. */
export function MyReportsPage() {
  const { t } = useTranslation();
  const dateTime = useDateTime();
  const query = useQuery({
    queryKey: ['incidents', 'mine'],
    queryFn: () => api.get<IncidentListItem[]>('/incidents/mine'),
  });
  return (
    <Stack maw={860} mx="auto" gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('incident.mine')}</Title>
        <Button component={Link} to="/safety/report">
          {t('incident.newReport')}
        </Button>
      </Group>
      {!query.data && <PageState error={query.error} />}
      {query.data?.length === 0 && <Text>{t('incident.noneMine')}</Text>}
      <IncidentList items={query.data ?? []} dateTime={dateTime} />
    </Stack>
  );
}

/** Incident cards linking to their pages (my reports, and the desk's list). */
export function IncidentList({
  items,
  dateTime,
}: {
  items: IncidentListItem[];
  dateTime: (iso: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {items.map((item) => {
        const type = t(`incidentTypes.${item.type}`);
        const date = dateTime(item.occurredAt);
        return (
          <Card key={item.id} withBorder padding="sm" component="li">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Anchor component={Link} to={`/safety/incidents/${item.id}`} fw={600}>
                {type} · {date}
              </Anchor>
              <StatusBadge status={item.status} />
            </Group>
            <Text size="sm" lineClamp={2} mt={4}>
              {item.description}
            </Text>
          </Card>
        );
      })}
    </Stack>
  );
}
