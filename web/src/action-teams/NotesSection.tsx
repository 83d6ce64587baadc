import {
  Button,
  Card,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { fieldError, FormError } from '../components/forms.tsx';
import { useDateFormat, useLocalized } from '../components/localized.ts';
import type { EventSummary } from '../gatherings/types.ts';
import { useTeamChange } from './hooks.ts';
import { teamApi, type TeamDetail } from './types.ts';

/** Meeting notes, newest first; written at a roundtable of the organization, they name its occurrence. */
export function NotesSection({ orgSlug, team }: { orgSlug: string; team: TeamDetail }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const day = useDateFormat();
  return (
    <Stack gap="xs" component="section" aria-labelledby="team-notes">
      <Title order={2} size="h3" id="team-notes">
        {t('actionTeams.notes.title')}
      </Title>
      {team.notes.length === 0 && <Text>{t('actionTeams.notes.none')}</Text>}
      {team.notes.map((note) => (
        <Card withBorder padding="sm" key={note.id}>
          <Text size="sm" c="dimmed">
            {day(`${note.heldOn}T12:00:00`)}
            {note.gathering &&
              ` · ${t('actionTeams.notes.at', { event: localized(note.gathering.titleKo, note.gathering.titleEn) })}`}
            {note.author && ` · ${note.author}`}
          </Text>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{note.body}</Text>
        </Card>
      ))}
      {team.canContribute && <NoteForm orgSlug={orgSlug} team={team} />}
    </Stack>
  );
}

function NoteForm({ orgSlug, team }: { orgSlug: string; team: TeamDetail }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const [body, setBody] = useState('');
  const [heldOn, setHeldOn] = useState('');
  const [eventId, setEventId] = useState('');
  const events = useQuery({
    queryKey: ['events', orgSlug, 'roundtables'],
    queryFn: () => api.get<EventSummary[]>(`/organizations/${encodeURIComponent(orgSlug)}/events`),
  });
  const roundtables = (events.data ?? []).filter((e) => e.kind === 'roundtable');
  const save = useTeamChange(
    orgSlug,
    team.slug,
    () =>
      api.post<TeamDetail>(`${teamApi(orgSlug, team.slug)}/notes`, {
        body,
        ...(eventId ? { eventId, occurrence: heldOn } : { heldOn }),
      }),
    () => setBody(''),
  );
  return (
    <Stack
      gap="xs"
      component="form"
      aria-label={t('actionTeams.notes.submit')}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(undefined);
      }}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        <NativeSelect
          label={t('actionTeams.notes.eventId')}
          value={eventId}
          onChange={(e) => setEventId(e.currentTarget.value)}
          error={fieldError(save.error, 'eventId')}
          data={[
            { value: '', label: t('actionTeams.notes.noEvent') },
            ...roundtables.map((e) => ({ value: e.id, label: localized(e.titleKo, e.titleEn) })),
          ]}
        />
        <TextInput
          label={t(eventId ? 'actionTeams.notes.occurrence' : 'actionTeams.notes.heldOn')}
          type="date"
          required
          value={heldOn}
          onChange={(e) => setHeldOn(e.currentTarget.value)}
          error={fieldError(save.error, 'heldOn') ?? fieldError(save.error, 'occurrence')}
        />
      </SimpleGrid>
      <Textarea
        label={t('actionTeams.notes.body')}
        required
        autosize
        minRows={3}
        maxLength={10000}
        value={body}
        onChange={(e) => setBody(e.currentTarget.value)}
        error={fieldError(save.error, 'body')}
      />
      <FormError error={save.error} />
      <Button type="submit" w="fit-content" loading={save.isPending}>
        {t('actionTeams.notes.submit')}
      </Button>
    </Stack>
  );
}
