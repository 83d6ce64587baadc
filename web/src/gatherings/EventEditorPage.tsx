import { Alert, Anchor, Stack, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api } from '../api.ts';
import { PageState } from '../components/PageState.tsx';
import { EventForm, type EventBody } from './EventForm.tsx';
import { eventApi, eventKeys, useEvent } from './queries.ts';
import { eventPaths, type EventDetail } from './types.ts';

/** /events/:orgSlug/new and /events/:orgSlug/:eventId/edit — an organization's manager writes an event. */
export function EventEditorPage() {
  const { orgSlug = '', eventId } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const existing = useEvent(orgSlug, eventId ?? '', eventId !== undefined);
  const save = useMutation({
    mutationFn: (body: EventBody) =>
      existing.data
        ? api.patch<EventDetail>(eventApi.event(orgSlug, existing.data.id), {
            ...body,
            version: existing.data.version,
          })
        : api.post<EventDetail>(eventApi.list(orgSlug), body),
    onSuccess: async (event) => {
      queryClient.setQueryData(eventKeys.event(orgSlug, event.id), event);
      await queryClient.invalidateQueries({ queryKey: eventKeys.list(orgSlug) });
      await navigate(eventPaths.event(orgSlug, event.id));
    },
  });
  if (eventId !== undefined && !existing.data) {
    return <PageState error={existing.error} />;
  }
  const event = existing.data ?? null;
  const title = t(event ? 'gatherings.form.editTitle' : 'gatherings.form.createTitle');
  return (
    <Stack maw={960} mx="auto" gap="md">
      <Anchor component={Link} to={event ? eventPaths.event(orgSlug, event.id) : eventPaths.list(orgSlug)}>
        {t('gatherings.form.back')}
      </Anchor>
      <Title order={1}>{title}</Title>
      {event && !event.canManage ? (
        <Alert color="red" variant="outline" role="alert">
          {t('gatherings.form.notManager')}
        </Alert>
      ) : (
        <EventForm
          event={event}
          today={new Date().toLocaleDateString('en-CA')}
          error={save.error}
          pending={save.isPending}
          onSubmit={(body) => save.mutate(body)}
        />
      )}
    </Stack>
  );
}
