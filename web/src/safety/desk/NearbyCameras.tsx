import { Badge, Button, Card, Group, NativeSelect, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { FormError } from '../../components/forms.tsx';
import { useLocalized } from '../../components/localized.ts';
import type { FootageStatus, Incident, Names } from '../incidents/types.ts';

interface NearbyCamera {
  id: string;
  label: string;
  business: Names;
  distanceMeters: number;
  directionDegrees: number | null;
  retentionDays: number;
  shareable: boolean;
  request: { id: string; status: FootageStatus } | null;
}

const RADII = ['250', '500', '1000', '2000'];

/** Registered cameras near the incident, and footage requests to their businesses. */
export function NearbyCameras({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const queryClient = useQueryClient();
  const [radius, setRadius] = useState('500');
  const [asking, setAsking] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const cameras = useQuery({
    queryKey: ['incidents', incident.id, 'cameras', radius],
    queryFn: () => api.get<NearbyCamera[]>(`/incidents/${incident.id}/cameras?radiusMeters=${radius}`),
  });
  const request = useMutation({
    mutationFn: (cameraId: string) =>
      api.post(`/incidents/${incident.id}/footage-requests`, { cameraId, note }),
    onSuccess: async () => {
      setAsking(null);
      setNote('');
      await queryClient.invalidateQueries({ queryKey: ['incidents', incident.id] });
    },
  });
  return (
    <Stack gap="xs" component="section" aria-label={t('desk.cameras')}>
      <Group justify="space-between" align="end">
        <Title order={2} size="h4">
          {t('desk.cameras')}
        </Title>
        <NativeSelect
          label={t('desk.radius')}
          value={radius}
          onChange={(e) => setRadius(e.currentTarget.value)}
          data={RADII.map((r) => ({ value: r, label: `${r} m` }))}
        />
      </Group>
      {cameras.data?.length === 0 && <Text size="sm">{t('desk.noCameras')}</Text>}
      {cameras.data?.map((camera) => (
        <Card key={camera.id} withBorder padding="sm">
          <Group justify="space-between" gap="xs">
            <Text fw={600}>
              {camera.label} · {localized(camera.business.nameKo, camera.business.nameEn)}
            </Text>
            {camera.request && (
              <Badge variant="outline" color="blue.9">
                {t(`desk.requestStatus.${camera.request.status}`)}
              </Badge>
            )}
          </Group>
          <Text size="sm">
            {[
              t('desk.distance', { meters: camera.distanceMeters }),
              camera.directionDegrees === null
                ? t('desk.allAround')
                : t('desk.cameraFacing', { degrees: camera.directionDegrees }),
              t('desk.keepsDays', { days: camera.retentionDays }),
              t(camera.shareable ? 'desk.shareable' : 'desk.notShareable'),
            ].join(' · ')}
          </Text>
          {!camera.request && asking !== camera.id && (
            <Button
              variant="light"
              size="compact-sm"
              mt="xs"
              w="fit-content"
              onClick={() => setAsking(camera.id)}
            >
              {t('desk.requestFootage', { label: camera.label })}
            </Button>
          )}
          {asking === camera.id && (
            <Stack gap="xs" mt="xs">
              <Textarea
                label={t('desk.requestNote')}
                maxLength={1000}
                value={note}
                onChange={(e) => setNote(e.currentTarget.value)}
              />
              <Button w="fit-content" onClick={() => request.mutate(camera.id)} loading={request.isPending}>
                {t('desk.send')}
              </Button>
            </Stack>
          )}
        </Card>
      ))}
      <FormError error={request.error ?? cameras.error} />
      {incident.footageRequests.length > 0 && (
        <Stack gap={4}>
          <Title order={3} size="h5">
            {t('desk.requests')}
          </Title>
          {incident.footageRequests.map((r) => (
            <Text key={r.id} size="sm">
              {r.camera.label} ({localized(r.business.nameKo, r.business.nameEn)}):{' '}
              {t(`desk.requestStatus.${r.status}`)}
              {r.responseNote ? ` — ${r.responseNote}` : ''}
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
