import { Alert, Anchor, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { api, ApiError } from '../../api.ts';
import { FormError } from '../../components/forms.tsx';
import { PageState } from '../../components/PageState.tsx';
import { useLocalized } from '../../components/localized.ts';
import { useEventTime } from '../format.ts';
import { CameraScanner, useCanScan } from '../../components/CameraScanner.tsx';
import { useEvent } from '../queries.ts';
import { eventPaths } from '../types.ts';
import { CountLine } from './RegistrationsPage.tsx';
import { useClock } from './TicketCard.tsx';
import { registrationApi, registrationKeys, type CheckInResult, type RegistrationList } from './types.ts';

type Outcome =
  | { kind: 'checkedIn' | 'already'; result: CheckInResult }
  | { kind: 'otherEvent' | 'unknown' | 'refused'; message: string };

const COLORS = {
  checkedIn: 'teal.9',
  already: 'indigo.9',
  otherEvent: 'red.9',
  unknown: 'red.9',
  refused: 'red.9',
};

/** What a refused scan means at the door, from the server's answer. */
function refusal(error: unknown): Outcome | null {
  if (!(error instanceof ApiError)) {
    return null;
  }
  const message = error.fields.code ?? error.message;
  if (error.code === 'ticket_other_event') {
    return { kind: 'otherEvent', message };
  }
  if (error.status === 404) {
    return { kind: 'unknown', message };
  }
  return error.status === 409 ? { kind: 'refused', message } : null;
}

/** /events/:orgSlug/:eventId/check-in?date= — the door, on a phone: scan or type a ticket, see the answer big. */
export function CheckInPage() {
  const { orgSlug = '', eventId = '' } = useParams();
  const date = useSearchParams()[0].get('date') ?? '';
  const { t } = useTranslation();
  const localized = useLocalized();
  const time = useEventTime();
  const clock = useClock();
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState('');
  const [camera, setCamera] = useState(false);
  const canScan = useCanScan();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const event = useEvent(orgSlug, eventId);
  const listKey = registrationKeys.list(orgSlug, eventId, date);
  const list = useQuery({
    queryKey: listKey,
    queryFn: () => api.get<RegistrationList>(registrationApi.list(orgSlug, eventId, date)),
  });
  const checkIn = useMutation({
    mutationFn: (text: string) =>
      api.post<CheckInResult>(registrationApi.checkIns(orgSlug, eventId, date), { code: text }),
    onMutate: () => setOutcome(null),
    onSuccess: async (result) => {
      setOutcome({ kind: result.alreadyCheckedIn ? 'already' : 'checkedIn', result });
      setCode('');
      queryClient.setQueryData<RegistrationList>(listKey, (old) => old && { ...old, counts: result.counts });
      await queryClient.invalidateQueries({ queryKey: listKey });
    },
    onError: (error) => setOutcome(refusal(error)),
    onSettled: () => input.current?.focus(),
  });
  if (!event.data || !list.data) {
    return <PageState error={event.error ?? list.error} />;
  }
  const zone = event.data.timeZone;
  const headline = (o: Outcome) => {
    if (o.kind === 'checkedIn') {
      return t('registrations.door.checkedIn');
    }
    if (o.kind === 'already') {
      return t('registrations.door.already', { time: clock(o.result.checkedInAt, zone) });
    }
    return t(`registrations.door.${o.kind}`);
  };
  return (
    <Stack maw={560} mx="auto" gap="md">
      <Anchor component={Link} to={eventPaths.registrations(orgSlug, eventId, date)}>
        {t('registrations.door.list')}
      </Anchor>
      <Title order={1}>
        {t('registrations.door.title', { title: localized(event.data.titleKo, event.data.titleEn) })}
      </Title>
      <Text>{time.day(list.data.occurrence.startsAt, zone)}</Text>
      <CountLine counts={list.data.counts} />
      <Stack
        gap="xs"
        component="form"
        aria-label={t('registrations.door.formLabel')}
        onSubmit={(e) => {
          e.preventDefault();
          if (code.trim()) {
            checkIn.mutate(code);
          }
        }}
      >
        <TextInput
          ref={input}
          label={t('registrations.door.code')}
          description={t('registrations.door.codeHint')}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          size="md"
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
        />
        <Group gap="xs">
          <Button type="submit" size="md" loading={checkIn.isPending}>
            {t('registrations.door.submit')}
          </Button>
          {canScan && (
            <Button variant="outline" size="md" onClick={() => setCamera((on) => !on)}>
              {camera ? t('registrations.door.cameraOff') : t('registrations.door.cameraOn')}
            </Button>
          )}
        </Group>
      </Stack>
      {camera && (
        <CameraScanner
          texts="registrations.door.camera"
          formats={['qr_code']}
          continuous
          onDetected={(text) => checkIn.mutate(text)}
        />
      )}
      <div role="status" aria-live="polite">
        {outcome && (
          <Alert color={COLORS[outcome.kind]} variant="filled" p="lg">
            <Text fz={28} fw={700} lh={1.2}>
              {headline(outcome)}
            </Text>
            {'result' in outcome ? (
              <Text fz="xl" mt="xs">
                {outcome.result.registration.name}
                {outcome.result.registration.company && ` · ${outcome.result.registration.company}`}
              </Text>
            ) : (
              <Text fz="lg" mt="xs">
                {outcome.message}
              </Text>
            )}
          </Alert>
        )}
      </div>
      {outcome === null && <FormError error={checkIn.error} />}
    </Stack>
  );
}
