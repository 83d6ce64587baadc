import { Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { FormError } from '../../components/forms.tsx';
import { useDateFormat } from '../../components/localized.ts';
import type { FootageRequest } from '../incidents/types.ts';

/** The police's requests for this business's recordings; the business answers shared or declined. */
export function FootageRequests({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const date = useDateFormat();
  const queryClient = useQueryClient();
  const [notes, setNotes] = useState<Record<string, string>>({});
  const key = ['footage-requests', slug];
  const requests = useQuery({
    queryKey: key,
    queryFn: () => api.get<FootageRequest[]>(`/businesses/${slug}/footage-requests`),
  });
  const answer = useMutation({
    mutationFn: ({ id, status }: { id: string; status: 'shared' | 'declined' }) =>
      api.post(`/footage-requests/${id}/answer`, { status, note: notes[id] ?? '' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
  return (
    <Stack gap="xs" component="section" aria-label={t('cameraRegistry.requests')}>
      <Title order={2} size="h4">
        {t('cameraRegistry.requests')}
      </Title>
      {requests.data?.length === 0 && <Text size="sm">{t('cameraRegistry.noRequests')}</Text>}
      {requests.data?.map((r) => (
        <Card key={r.id} withBorder padding="sm">
          <Group justify="space-between" gap="xs">
            <Text fw={600}>
              {r.camera.label} · {t('cameraRegistry.forIncident', { date: date(r.createdAt) })}
            </Text>
            <Badge variant="outline" color="blue.9">
              {t(`desk.requestStatus.${r.status}`)}
            </Badge>
          </Group>
          {r.note && <Text size="sm">{r.note}</Text>}
          {r.requestedBy && (
            <Text size="xs" c="dimmed">
              {r.requestedBy}
            </Text>
          )}
          {r.responseNote && <Text size="sm">— {r.responseNote}</Text>}
          {r.status === 'requested' && (
            <Stack gap="xs" mt="xs">
              <Textarea
                label={t('cameraRegistry.answerNote')}
                maxLength={1000}
                value={notes[r.id] ?? ''}
                onChange={(e) => setNotes({ ...notes, [r.id]: e.currentTarget.value })}
              />
              <Group gap="xs">
                <Button
                  onClick={() => answer.mutate({ id: r.id, status: 'shared' })}
                  loading={answer.isPending}
                >
                  {t('cameraRegistry.share')}
                </Button>
                <Button
                  variant="default"
                  onClick={() => answer.mutate({ id: r.id, status: 'declined' })}
                  loading={answer.isPending}
                >
                  {t('cameraRegistry.decline')}
                </Button>
              </Group>
            </Stack>
          )}
        </Card>
      ))}
      <FormError error={answer.error ?? requests.error} />
    </Stack>
  );
}
