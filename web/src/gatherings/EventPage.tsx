import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  NativeSelect,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { PageState } from '../components/PageState.tsx';
import { useLocalized } from '../components/localized.ts';
import { EventManageCard } from './EventManageCard.tsx';
import { useEventTime } from './format.ts';
import { MinutesSection } from './MinutesSection.tsx';
import { eventApi, useEvent } from './queries.ts';
import { RegistrationPanel } from './registrations/RegistrationPanel.tsx';
import { eventPaths, type EventDetail } from './types.ts';

/** The occurrence the page is about: the one in the address, else the next one, else the last one. */
function chosenDate(event: EventDetail, requested: string | null): string {
  if (requested && event.occurrences.some((o) => o.date === requested)) {
    return requested;
  }
  return event.next?.date ?? event.occurrences.at(-1)?.date ?? event.startsOn;
}

/** /events/:orgSlug/:eventId?date=… — an event: when and where, the agenda, registering, minutes. */
export function EventPage() {
  const { orgSlug = '', eventId = '' } = useParams();
  const { t } = useTranslation();
  const localized = useLocalized();
  const time = useEventTime();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = useEvent(orgSlug, eventId, true, searchParams.get('ticket'));
  const event = query.data;
  if (!event) {
    return <PageState error={query.error} />;
  }
  const date = chosenDate(event, searchParams.get('date'));
  const occurrence = event.occurrences.find((o) => o.date === date);
  const when = occurrence
    ? `${time.day(occurrence.startsAt, event.timeZone)} · ${time.range(occurrence.startsAt, occurrence.endsAt, event.timeZone)}`
    : date;
  const agenda = localized(event.agendaKo, event.agendaEn);
  return (
    <Stack maw={960} mx="auto" gap="md">
      <Anchor component={Link} to={eventPaths.list(orgSlug)}>
        {t('gatherings.event.back')}
      </Anchor>
      <Group gap="xs">
        <Badge variant="outline" color="blue.9">
          {t(`gatherings.kinds.${event.kind}`)}
        </Badge>
        {event.audience === 'members' && (
          <Badge variant="outline" color="grape.9">
            {t('gatherings.audience.membersBadge')}
          </Badge>
        )}
      </Group>
      <Title order={1}>{localized(event.titleKo, event.titleEn)}</Title>
      {event.status === 'cancelled' && (
        <Alert color="red" variant="outline" role="status">
          {t('gatherings.event.cancelledEvent')}
        </Alert>
      )}
      <Card withBorder padding="sm">
        <Stack gap="xs">
          {event.occurrences.length > 1 && (
            <NativeSelect
              label={t('gatherings.event.occurrence')}
              value={date}
              onChange={(e) => setSearchParams({ date: e.currentTarget.value })}
              data={event.occurrences.map((o) => ({
                value: o.date,
                label: `${time.day(o.startsAt, event.timeZone)}${o.cancelled ? ` (${t('gatherings.status.cancelled')})` : ''}`,
              }))}
            />
          )}
          <Text fw={600}>{when}</Text>
          {occurrence?.cancelled && event.status !== 'cancelled' && (
            <Text c="red.9">{t('gatherings.event.cancelledOccurrence')}</Text>
          )}
          {(event.venueName || event.venueAddress) && (
            <Text>{[event.venueName, event.venueAddress].filter(Boolean).join(', ')}</Text>
          )}
          {occurrence && event.canManage && (
            <Text size="sm">
              {t('gatherings.event.counts', {
                registered: occurrence.registered,
                waitlisted: occurrence.waitlisted,
              })}
              {event.capacity !== null && ` · ${t('gatherings.event.capacity', { count: event.capacity })}`}
            </Text>
          )}
          <Group gap="xs">
            <Button component="a" href={eventApi.ics(orgSlug, event.id)} variant="light">
              {t('gatherings.event.addToCalendar')}
            </Button>
            {event.kind === 'expo' && (
              <Button component={Link} to={eventPaths.expo(orgSlug, event.id)} variant="light">
                {t('gatherings.event.expo')}
              </Button>
            )}
            {event.kind === 'expo' && event.hasMeetings && (
              <Button component={Link} to={eventPaths.meetings(orgSlug, event.id)} variant="light">
                {t('gatherings.event.meetings')}
              </Button>
            )}
          </Group>
        </Stack>
      </Card>
      {agenda && (
        <section aria-labelledby="agenda-title">
          <Title order={2} size="h4" id="agenda-title" mb="xs">
            {t('gatherings.event.agenda')}
          </Title>
          <Text style={{ whiteSpace: 'pre-line' }}>{agenda}</Text>
        </section>
      )}
      {event.speakers.length > 0 && (
        <section aria-labelledby="speakers-title">
          <Title order={2} size="h4" id="speakers-title" mb="xs">
            {t('gatherings.event.speakers')}
          </Title>
          <List>
            {event.speakers.map((s, i) => (
              <List.Item key={i}>
                {s.name}
                {localized(s.titleKo, s.titleEn) && ` · ${localized(s.titleKo, s.titleEn)}`}
              </List.Item>
            ))}
          </List>
        </section>
      )}
      <RegistrationPanel event={event} occurrence={date} />
      {event.canManage && <EventManageCard event={event} date={date} dateLabel={when} />}
      <MinutesSection org={orgSlug} eventId={event.id} date={date} />
    </Stack>
  );
}
