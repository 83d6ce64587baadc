import {
  Anchor,
  Badge,
  Button,
  Card,
  CopyButton,
  Group,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { api } from '../api.ts';
import { PageState } from '../components/PageState.tsx';
import { useLocalized } from '../components/localized.ts';
import type { OrganizationLanding } from '../public/types.ts';
import { useCan } from '../session.ts';
import { useEventTime } from './format.ts';
import { eventApi, useEvents } from './queries.ts';
import { eventPaths, type EventSummary } from './types.ts';

/** The feed's full address, for a calendar app to subscribe to. */
const feedUrl = (org: string) => `${window.location.origin}${eventApi.feed(org)}`;

/** In the past view, the event's last date (a recurring one may also have a coming date). */
function EventCard({ event, past }: { event: EventSummary; past: boolean }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const time = useEventTime();
  const title = localized(event.titleKo, event.titleEn);
  const shown = past && event.last ? event.last : event.next;
  return (
    <Card withBorder padding="sm" component="article" aria-label={title}>
      <Stack gap={4}>
        <Group gap="xs">
          <Badge variant="outline" color="blue.9">
            {t(`gatherings.kinds.${event.kind}`)}
          </Badge>
          {event.audience === 'members' && (
            <Badge variant="outline" color="grape.9">
              {t('gatherings.audience.membersBadge')}
            </Badge>
          )}
          {event.rrule && (
            <Badge variant="outline" color="gray.8">
              {t('gatherings.list.recurring')}
            </Badge>
          )}
          {event.status === 'cancelled' && (
            <Badge variant="outline" color="red.9">
              {t('gatherings.status.cancelled')}
            </Badge>
          )}
        </Group>
        <Title order={3} size="h4">
          <Anchor component={Link} to={eventPaths.event(event.organizationSlug, event.id, shown?.date)}>
            {title}
          </Anchor>
        </Title>
        {shown ? (
          <Text>
            {shown === event.last && <Text span>{t('gatherings.list.lastDate')} </Text>}
            {time.day(shown.startsAt, event.timeZone)} ·{' '}
            {time.range(shown.startsAt, shown.endsAt, event.timeZone)}
          </Text>
        ) : (
          <Text c="dimmed">{t('gatherings.list.noNext')}</Text>
        )}
        {event.venueName && <Text size="sm">{event.venueName}</Text>}
      </Stack>
    </Card>
  );
}

/** /events/:orgSlug — an organization's coming events, its calendar feed, and "new event" for its managers. */
export function EventsPage() {
  const { orgSlug = '' } = useParams();
  const { t } = useTranslation();
  const localized = useLocalized();
  const organization = useQuery({
    queryKey: ['organization', orgSlug],
    queryFn: () => api.get<OrganizationLanding>(`/organizations/${encodeURIComponent(orgSlug)}`),
  });
  const [searchParams, setSearchParams] = useSearchParams();
  const past = searchParams.get('past') === '1';
  const events = useEvents(orgSlug, past);
  const canManage = useCan('events.manage', organization.data?.id);
  if (!organization.data || !events.data) {
    return <PageState error={organization.error ?? events.error} />;
  }
  const name = localized(organization.data.nameKo, organization.data.nameEn);
  return (
    <Stack maw={960} mx="auto" gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('gatherings.list.pageTitle', { name })}</Title>
        {canManage && (
          <Button component={Link} to={eventPaths.create(orgSlug)}>
            {t('gatherings.list.newEvent')}
          </Button>
        )}
      </Group>
      <section aria-labelledby="coming-events">
        <Group justify="space-between" mb="xs">
          <Title order={2} size="h3" id="coming-events">
            {t(past ? 'gatherings.list.past' : 'gatherings.list.coming')}
          </Title>
          <Anchor component="button" type="button" onClick={() => setSearchParams(past ? {} : { past: '1' })}>
            {t(past ? 'gatherings.list.showComing' : 'gatherings.list.showPast')}
          </Anchor>
        </Group>
        {events.data.length === 0 && <Text>{t('gatherings.list.none')}</Text>}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {events.data.map((event) => (
            <EventCard key={event.id} event={event} past={past} />
          ))}
        </SimpleGrid>
      </section>
      <Card withBorder padding="sm" component="section" aria-labelledby="subscribe-title">
        <Title order={2} size="h4" id="subscribe-title">
          {t('gatherings.list.subscribeTitle')}
        </Title>
        <Text size="sm" mb="xs">
          {t('gatherings.list.subscribeHint')}
        </Text>
        <Group align="flex-end" gap="xs" wrap="wrap">
          <TextInput
            label={t('gatherings.list.feedLabel')}
            readOnly
            value={feedUrl(orgSlug)}
            onFocus={(e) => e.currentTarget.select()}
            style={{ flex: 1, minWidth: 240 }}
          />
          <CopyButton value={feedUrl(orgSlug)}>
            {({ copied, copy }) => (
              <Button variant="light" onClick={copy}>
                {copied ? t('gatherings.list.copied') : t('gatherings.list.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Card>
    </Stack>
  );
}
