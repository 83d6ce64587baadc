import {
  Button,
  Card,
  Checkbox,
  Group,
  List,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../api.ts';
import { fieldError, FormError } from '../components/forms.tsx';
import { useLocalized } from '../components/localized.ts';
import { useEventTime } from './format.ts';
import { eventApi, eventKeys, type Minutes } from './queries.ts';
import type { FollowUp } from './types.ts';

const newFollowUp = (): FollowUp => ({
  id: `f${Date.now().toString(36)}`,
  text: '',
  owner: '',
  dueOn: null,
  done: false,
});

function MinutesEditor({
  minutes,
  path,
  queryKey,
}: {
  minutes: Minutes;
  path: string;
  queryKey: readonly unknown[];
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(minutes);
  const save = useMutation({
    mutationFn: () =>
      api.put<Minutes>(path, {
        minutesKo: draft.minutesKo,
        minutesEn: draft.minutesEn,
        followUps: draft.followUps,
      }),
    onSuccess: (saved) => queryClient.setQueryData(queryKey, saved),
  });
  const update = (index: number, change: Partial<FollowUp>) =>
    setDraft((d) => ({
      ...d,
      followUps: d.followUps.map((f, i) => (i === index ? { ...f, ...change } : f)),
    }));
  return (
    <Stack
      gap="sm"
      component="form"
      aria-label={t('gatherings.minutes.title')}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        <Textarea
          label={t('gatherings.minutes.ko')}
          autosize
          minRows={4}
          value={draft.minutesKo}
          onChange={(e) => setDraft({ ...draft, minutesKo: e.currentTarget.value })}
        />
        <Textarea
          label={t('gatherings.minutes.en')}
          autosize
          minRows={4}
          value={draft.minutesEn}
          onChange={(e) => setDraft({ ...draft, minutesEn: e.currentTarget.value })}
        />
      </SimpleGrid>
      <Title order={3} size="h5">
        {t('gatherings.minutes.followUps')}
      </Title>
      {draft.followUps.map((followUp, index) => {
        const n = index + 1;
        return (
          <Card key={followUp.id} withBorder padding="xs">
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
              <TextInput
                label={t('gatherings.minutes.text', { n })}
                required
                maxLength={1000}
                value={followUp.text}
                onChange={(e) => update(index, { text: e.currentTarget.value })}
              />
              <TextInput
                label={t('gatherings.minutes.owner', { n })}
                maxLength={120}
                value={followUp.owner}
                onChange={(e) => update(index, { owner: e.currentTarget.value })}
              />
              <TextInput
                label={t('gatherings.minutes.dueOn', { n })}
                type="date"
                value={followUp.dueOn ?? ''}
                onChange={(e) => update(index, { dueOn: e.currentTarget.value || null })}
              />
            </SimpleGrid>
            <Group justify="space-between" mt="xs">
              <Checkbox
                label={t('gatherings.minutes.done', { n })}
                checked={followUp.done}
                onChange={(e) => update(index, { done: e.currentTarget.checked })}
              />
              <Button
                variant="subtle"
                color="red.9"
                size="xs"
                onClick={() =>
                  setDraft((d) => ({ ...d, followUps: d.followUps.filter((_, i) => i !== index) }))
                }
              >
                {t('gatherings.minutes.remove', { n })}
              </Button>
            </Group>
          </Card>
        );
      })}
      {fieldError(save.error, 'followUps') && <Text c="red.9">{fieldError(save.error, 'followUps')}</Text>}
      <Group>
        <Button
          variant="light"
          onClick={() => setDraft((d) => ({ ...d, followUps: [...d.followUps, newFollowUp()] }))}
        >
          {t('gatherings.minutes.addFollowUp')}
        </Button>
        <Button type="submit" loading={save.isPending}>
          {t('gatherings.minutes.save')}
        </Button>
      </Group>
      <FormError error={save.error} />
      {save.isSuccess && (
        <Text role="status" c="teal.9">
          {t('gatherings.minutes.saved')}
        </Text>
      )}
    </Stack>
  );
}

function MinutesView({ minutes }: { minutes: Minutes }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const time = useEventTime();
  const text = localized(minutes.minutesKo, minutes.minutesEn);
  if (!text && minutes.followUps.length === 0) {
    return <Text>{t('gatherings.minutes.none')}</Text>;
  }
  return (
    <Stack gap="xs">
      {text && <Text style={{ whiteSpace: 'pre-line' }}>{text}</Text>}
      {minutes.followUps.length > 0 && (
        <List>
          {minutes.followUps.map((f) => (
            <List.Item key={f.id}>
              {f.done ? `✓ ${t('gatherings.minutes.doneMark')} · ` : ''}
              {f.text}
              {f.owner && ` · ${f.owner}`}
              {f.dueOn && ` · ${t('gatherings.minutes.due', { date: time.date(f.dueOn) })}`}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

/** An occurrence's minutes and follow-ups: read by the organization's people, written by its managers. */
export function MinutesSection({ org, eventId, date }: { org: string; eventId: string; date: string }) {
  const { t } = useTranslation();
  const path = eventApi.minutes(org, eventId, date);
  const queryKey = eventKeys.minutes(org, eventId, date);
  const minutes = useQuery({ queryKey, queryFn: () => api.get<Minutes>(path), retry: false });
  const hidden = minutes.error instanceof ApiError && [401, 403].includes(minutes.error.status);
  if (hidden || !minutes.data) {
    return null;
  }
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby="minutes-title">
      <Title order={2} size="h4" id="minutes-title" mb="xs">
        {t('gatherings.minutes.title')}
      </Title>
      {minutes.data.canEdit ? (
        <MinutesEditor key={date} minutes={minutes.data} path={path} queryKey={queryKey} />
      ) : (
        <MinutesView minutes={minutes.data} />
      )}
    </Card>
  );
}
