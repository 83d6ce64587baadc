import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../api.ts';
import { PageState } from '../../components/PageState.tsx';
import { useLocalized } from '../../components/localized.ts';
import { eventPaths } from '../types.ts';
import { AgendaSection } from './AgendaSection.tsx';
import { PeopleSection } from './PeopleSection.tsx';
import { ProfileForm } from './ProfileForm.tsx';
import { RequestsSection } from './RequestsSection.tsx';
import { meetingsApi, type Me, type RequestList } from './types.ts';

/** /events/:orgSlug/:eventId/meetings — an attendee's B2B meetings at the expo, phone-first. */
export function MeetingsPage() {
  const { orgSlug = '', eventId = '' } = useParams();
  const { t } = useTranslation();
  const localized = useLocalized();
  const base = meetingsApi(orgSlug, eventId);
  const me = useQuery({
    queryKey: ['b2b', orgSlug, eventId, 'me'],
    queryFn: () => api.get<Me>(`${base}/me`),
  });
  const registered = Boolean(me.data?.registrationId);
  const requests = useQuery({
    queryKey: ['b2b', orgSlug, eventId, 'requests'],
    queryFn: () => api.get<RequestList>(`${base}/requests`),
    enabled: registered,
  });
  const data = me.data;
  if (!data) {
    return <PageState error={me.error} />;
  }
  const title = localized(data.event.titleKo, data.event.titleEn);
  const asked = new Set(
    [...(requests.data?.incoming ?? []), ...(requests.data?.outgoing ?? [])].map(
      (r) => r.other.registrationId,
    ),
  );
  return (
    <Stack maw={720} mx="auto" gap="md">
      <Title order={1}>{t('b2b.pageTitle', { title })}</Title>
      {data.canManage && (
        <Anchor component={Link} to={eventPaths.schedule(orgSlug, eventId)}>
          {t('b2b.toSchedule')}
        </Anchor>
      )}
      {!registered && (
        <Alert color="yellow" variant="outline" title={t('b2b.notRegistered.title')}>
          <Text size="sm">{t('b2b.notRegistered.body')}</Text>
          <Anchor component={Link} to={eventPaths.event(orgSlug, eventId)}>
            {t('b2b.notRegistered.link')}
          </Anchor>
        </Alert>
      )}
      {registered && (
        <>
          <Text>{t('b2b.intro')}</Text>
          <AgendaSection org={orgSlug} eventId={eventId} timeZone={data.event.timeZone} />
          {requests.data && (
            <RequestsSection
              org={orgSlug}
              eventId={eventId}
              timeZone={data.event.timeZone}
              list={requests.data}
            />
          )}
          <PeopleSection org={orgSlug} eventId={eventId} asked={asked} />
          <ProfileForm org={orgSlug} eventId={eventId} me={data} />
        </>
      )}
    </Stack>
  );
}
