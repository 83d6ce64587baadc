import { Alert, Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { api } from '../../api.ts';
import { PageState } from '../../components/PageState.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import { useCan, useSession } from '../../session.ts';
import { DeskPanel } from '../desk/DeskPanel.tsx';
import { IncidentMap } from '../desk/IncidentMap.tsx';
import { useDateTime } from './format.ts';
import { IncidentDetails } from './IncidentDetails.tsx';
import { PhotosSection } from './PhotosSection.tsx';
import type { Incident } from './types.ts';

/** /safety/incidents/:id — the incident in the view the server allows the caller. */
export function IncidentPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const dateTime = useDateTime();
  const location = useLocation();
  const photoError = (location.state as { photoError?: string } | null)?.photoError;
  const session = useSession();
  const query = useQuery({
    queryKey: ['incidents', id],
    queryFn: () => api.get<Incident>(`/incidents/${id}`),
  });
  const organizationId = session.data?.memberships.find(
    (m) => m.organization.slug === query.data?.organization.slug,
  )?.organization.id;
  const raisesAsOrganization = useCan('alerts.raise', organizationId);
  if (!query.data) {
    return <PageState error={query.error} />;
  }
  const incident = query.data;
  const ownStore = session.data?.businesses.some((b) => b.slug === incident.business?.slug) ?? false;
  const canRaise = !incident.purged && (raisesAsOrganization || ownStore);
  return (
    <Stack maw={860} mx="auto" gap="md">
      <Group justify="space-between" align="start">
        <Stack gap={4}>
          <Title order={1}>{t(`incidentTypes.${incident.type}`)}</Title>
          <Text size="sm">{t('incident.occurred', { date: dateTime(incident.occurredAt) })}</Text>
        </Stack>
        <StatusBadge status={incident.status} size="lg" />
      </Group>
      {photoError && (
        <Alert color="orange" role="alert">
          {t('report.photoFailed', { message: photoError })}
        </Alert>
      )}
      {incident.view === 'neighbour' && (
        <Alert color="gray" variant="light">
          {t('incident.neighbourView')}
        </Alert>
      )}
      {incident.purged && (
        <Alert color="gray" variant="light">
          {t('incident.purged')}
        </Alert>
      )}
      {canRaise && (
        <Anchor component={Link} to={`/safety/alerts/new?incident=${incident.id}`} fw={600}>
          {t('incident.raiseAlert')}
        </Anchor>
      )}
      <IncidentMap
        label={t('incident.map')}
        height={220}
        points={[{ id: incident.id, ...incident.location, label: t(`incidentTypes.${incident.type}`) }]}
        center={incident.location}
      />
      <IncidentDetails incident={incident} />
      <PhotosSection incident={incident} />
      {incident.canWorkDesk && <DeskPanel incident={incident} />}
    </Stack>
  );
}
