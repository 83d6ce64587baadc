import {
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError, FormError } from '../components/forms.tsx';
import { recurrenceFor, rruleOf, type Recurrence } from './format.ts';
import { QuestionsEditor } from './QuestionsEditor.tsx';
import { RecurrenceFields } from './RecurrenceFields.tsx';
import { SpeakersEditor } from './SpeakersEditor.tsx';
import type { EventDetail, EventKind, RegistrationQuestion, Speaker } from './types.ts';

/** What the form sends: every field of the event (the editor adds the version when changing one). */
export interface EventBody {
  kind: EventKind;
  titleKo: string;
  titleEn: string;
  agendaKo: string;
  agendaEn: string;
  venueName: string;
  venueAddress: string;
  startsOn: string;
  startTime: string;
  endTime: string;
  timeZone: string;
  rrule: string | null;
  capacity: number | null;
  waitlist: boolean;
  audience: 'members' | 'public';
  questions: RegistrationQuestion[];
  speakers: Speaker[];
  reminderHours: number;
}

const KINDS: EventKind[] = ['roundtable', 'team_meeting', 'expo', 'other'];

function initialBody(event: EventDetail | null, today: string): EventBody {
  return {
    kind: event?.kind ?? 'roundtable',
    titleKo: event?.titleKo ?? '',
    titleEn: event?.titleEn ?? '',
    agendaKo: event?.agendaKo ?? '',
    agendaEn: event?.agendaEn ?? '',
    venueName: event?.venueName ?? '',
    venueAddress: event?.venueAddress ?? '',
    startsOn: event?.startsOn ?? today,
    startTime: event?.startTime ?? '07:30',
    endTime: event?.endTime ?? '09:00',
    timeZone: event?.timeZone ?? 'America/Chicago',
    rrule: event?.rrule ?? null,
    capacity: event?.capacity ?? null,
    waitlist: event?.waitlist ?? true,
    audience: event?.audience ?? 'members',
    questions: event?.questions ?? [],
    speakers: event?.speakers ?? [],
    reminderHours: event?.reminderHours ?? 24,
  };
}

/** The event editor's form: what, when (and how it repeats), where, who may come, what to ask. */
export function EventForm({
  event,
  today,
  error,
  pending,
  onSubmit,
}: {
  event: EventDetail | null;
  today: string;
  error: unknown;
  pending: boolean;
  onSubmit: (body: EventBody) => void;
}) {
  const { t } = useTranslation();
  const [body, setBody] = useState(() => initialBody(event, today));
  const [recurrence, setRecurrence] = useState<Recurrence>(() => recurrenceFor(body.rrule, body.startsOn));
  const set = <K extends keyof EventBody>(key: K, value: EventBody[K]) =>
    setBody((b) => ({ ...b, [key]: value }));
  const text = (key: 'titleKo' | 'titleEn' | 'venueName' | 'venueAddress', required = false, max = 200) => (
    <TextInput
      label={t(`gatherings.form.${key}`)}
      required={required}
      maxLength={max}
      value={body[key]}
      onChange={(e) => set(key, e.currentTarget.value)}
      error={fieldError(error, key)}
    />
  );
  const agenda = (key: 'agendaKo' | 'agendaEn') => (
    <Textarea
      label={t(`gatherings.form.${key}`)}
      autosize
      minRows={3}
      maxLength={10_000}
      value={body[key]}
      onChange={(e) => set(key, e.currentTarget.value)}
      error={fieldError(error, key)}
    />
  );
  const time = (key: 'startsOn' | 'startTime' | 'endTime', type: 'date' | 'time') => (
    <TextInput
      label={t(`gatherings.form.${key}`)}
      type={type}
      required
      value={body[key]}
      onChange={(e) => {
        const value = e.currentTarget.value;
        set(key, value);
        if (key === 'startsOn' && value && recurrence.mode !== 'custom') {
          setRecurrence((r) => ({
            ...recurrenceFor(null, value),
            mode: r.mode,
            end: r.end,
            count: r.count,
            until: r.until,
          }));
        }
      }}
      error={fieldError(error, key)}
    />
  );
  return (
    <Card withBorder padding="sm">
      <Stack
        gap="md"
        component="form"
        aria-label={t(event ? 'gatherings.form.editTitle' : 'gatherings.form.createTitle')}
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit({ ...body, rrule: rruleOf(recurrence) });
        }}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <NativeSelect
            label={t('gatherings.form.kind')}
            value={body.kind}
            onChange={(e) => set('kind', e.currentTarget.value as EventKind)}
            data={KINDS.map((k) => ({ value: k, label: t(`gatherings.kinds.${k}`) }))}
          />
          <NativeSelect
            label={t('gatherings.form.audience')}
            value={body.audience}
            onChange={(e) => set('audience', e.currentTarget.value as EventBody['audience'])}
            data={(['members', 'public'] as const).map((a) => ({
              value: a,
              label: t(`gatherings.audience.${a}`),
            }))}
          />
          {text('titleKo', true)}
          {text('titleEn', true)}
          {agenda('agendaKo')}
          {agenda('agendaEn')}
        </SimpleGrid>
        <Title order={3} size="h5">
          {t('gatherings.form.when')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="xs">
          {time('startsOn', 'date')}
          {time('startTime', 'time')}
          {time('endTime', 'time')}
          <TextInput
            label={t('gatherings.form.timeZone')}
            required
            maxLength={64}
            value={body.timeZone}
            onChange={(e) => set('timeZone', e.currentTarget.value)}
            error={fieldError(error, 'timeZone')}
          />
        </SimpleGrid>
        <RecurrenceFields value={recurrence} onChange={setRecurrence} error={fieldError(error, 'rrule')} />
        <Title order={3} size="h5">
          {t('gatherings.form.where')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          {text('venueName')}
          {text('venueAddress', false, 500)}
          <NumberInput
            label={t('gatherings.form.capacity')}
            description={t('gatherings.form.capacityHint')}
            min={0}
            allowDecimal={false}
            value={body.capacity ?? ''}
            onChange={(n) => set('capacity', typeof n === 'number' ? n : null)}
            error={fieldError(error, 'capacity')}
          />
          <NumberInput
            label={t('gatherings.form.reminderHours')}
            description={t('gatherings.form.reminderHint')}
            min={0}
            max={168}
            allowDecimal={false}
            value={body.reminderHours}
            onChange={(n) => set('reminderHours', typeof n === 'number' ? n : 0)}
            error={fieldError(error, 'reminderHours')}
          />
        </SimpleGrid>
        <Checkbox
          label={t('gatherings.form.waitlist')}
          checked={body.waitlist}
          onChange={(e) => set('waitlist', e.currentTarget.checked)}
        />
        <SpeakersEditor value={body.speakers} onChange={(speakers) => set('speakers', speakers)} />
        <QuestionsEditor
          value={body.questions}
          onChange={(questions) => set('questions', questions)}
          error={fieldError(error, 'questions')}
        />
        <FormError error={error} />
        <Group>
          <Button type="submit" loading={pending}>
            {t(event ? 'gatherings.form.save' : 'gatherings.form.create')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
