import { Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { fieldError, FormError } from '../../components/forms.tsx';
import { useDateTime } from '../incidents/format.ts';
import type { Incident } from '../incidents/types.ts';
import { NearbyCameras } from './NearbyCameras.tsx';

/** The desk's side of an incident: comments, close/reopen, cameras nearby and footage requests. */
export function DeskPanel({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const dateTime = useDateTime();
  const queryClient = useQueryClient();
  const [comment, setComment] = useState('');
  const refresh = (updated: Incident) => queryClient.setQueryData(['incidents', incident.id], updated);
  const addComment = useMutation({
    mutationFn: () => api.post<Incident>(`/incidents/${incident.id}/comments`, { body: comment }),
    onSuccess: (updated) => {
      setComment('');
      refresh(updated);
    },
  });
  const status = useMutation({
    mutationFn: () =>
      api.post<Incident>(`/incidents/${incident.id}/${incident.status === 'open' ? 'close' : 'reopen'}`),
    onSuccess: refresh,
  });
  return (
    <Stack gap="md">
      <Group>
        <Button variant="default" onClick={() => status.mutate()} loading={status.isPending}>
          {t(incident.status === 'open' ? 'desk.close' : 'desk.reopen')}
        </Button>
      </Group>
      <FormError error={status.error} />
      <Stack gap="xs" component="section" aria-label={t('desk.comments')}>
        <Title order={2} size="h4">
          {t('desk.comments')}
        </Title>
        {incident.comments.length === 0 && <Text size="sm">{t('desk.noComments')}</Text>}
        {incident.comments.map((c) => (
          <Card key={c.id} withBorder padding="xs">
            <Text size="xs" c="dimmed">
              {c.author ?? '—'} · {dateTime(c.createdAt)}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {c.body}
            </Text>
          </Card>
        ))}
        {!incident.purged && (
          <Stack
            gap="xs"
            component="form"
            onSubmit={(e) => {
              e.preventDefault();
              addComment.mutate();
            }}
          >
            <Textarea
              label={t('desk.comment')}
              autosize
              minRows={2}
              maxLength={2000}
              value={comment}
              onChange={(e) => setComment(e.currentTarget.value)}
              error={fieldError(addComment.error, 'body')}
            />
            <Button type="submit" w="fit-content" loading={addComment.isPending} disabled={!comment.trim()}>
              {t('desk.addComment')}
            </Button>
          </Stack>
        )}
      </Stack>
      {!incident.purged && <NearbyCameras incident={incident} />}
    </Stack>
  );
}
