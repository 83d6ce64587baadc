import { Button, Card, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { fieldError, FormError } from '../../components/forms.tsx';
import { expoApi, expoKey, type Expo } from './types.ts';

/** "Name, title; name, title" as speakers; the title goes in both languages (edit later if they differ). */
function speakersOf(text: string) {
  return text
    .split(';')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [name = '', ...rest] = line.split(',');
      const title = rest.join(',').trim();
      return { name: name.trim(), titleKo: title, titleEn: title };
    });
}

/** Adds a session within the expo's hours; an overlap in the same room is refused with a message. */
export function SessionForm({ orgSlug, eventId, expo }: { orgSlug: string; eventId: string; expo: Expo }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [titleKo, setTitleKo] = useState('');
  const [titleEn, setTitleEn] = useState('');
  const [room, setRoom] = useState('');
  const [startTime, setStartTime] = useState(expo.startTime);
  const [endTime, setEndTime] = useState('');
  const [speakers, setSpeakers] = useState('');
  const save = useMutation({
    mutationFn: () =>
      api.post(`${expoApi(orgSlug, eventId)}/sessions`, {
        titleKo,
        titleEn,
        room,
        startTime,
        endTime,
        speakers: speakersOf(speakers),
      }),
    onSuccess: async () => {
      for (const reset of [setTitleKo, setTitleEn, setEndTime, setSpeakers]) {
        reset('');
      }
      await queryClient.invalidateQueries({ queryKey: expoKey(orgSlug, eventId) });
    },
  });
  const text = (label: string, value: string, set: (v: string) => void, field: string, type = 'text') => (
    <TextInput
      label={label}
      type={type}
      required={field !== 'room' && field !== 'speakers'}
      value={value}
      onChange={(e) => set(e.currentTarget.value)}
      error={fieldError(save.error, field)}
    />
  );
  return (
    <Card withBorder padding="sm">
      <Stack
        gap="xs"
        component="form"
        aria-label={t('expo.sessionForm.title')}
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Title order={3} size="h4">
          {t('expo.sessionForm.title')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          {text(t('expo.sessionForm.titleKo'), titleKo, setTitleKo, 'titleKo')}
          {text(t('expo.sessionForm.titleEn'), titleEn, setTitleEn, 'titleEn')}
          {text(t('expo.sessionForm.room'), room, setRoom, 'room')}
          {text(t('expo.sessionForm.speakers'), speakers, setSpeakers, 'speakers')}
          {text(t('expo.sessionForm.start'), startTime, setStartTime, 'startTime', 'time')}
          {text(t('expo.sessionForm.end'), endTime, setEndTime, 'endTime', 'time')}
        </SimpleGrid>
        <FormError error={save.error} />
        <Button type="submit" w="fit-content" loading={save.isPending}>
          {t('expo.sessionForm.add')}
        </Button>
      </Stack>
    </Card>
  );
}
