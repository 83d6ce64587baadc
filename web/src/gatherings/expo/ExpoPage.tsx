import { Anchor, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../api.ts';
import { PageState } from '../../components/PageState.tsx';
import { useLocalized } from '../../components/localized.ts';
import { useSession } from '../../session.ts';
import { eventPaths } from '../types.ts';
import { ExhibitorForm } from './ExhibitorForm.tsx';
import { Exhibitors } from './Exhibitors.tsx';
import { InterestForm } from './InterestForm.tsx';
import { Interests } from './Interests.tsx';
import { Sessions } from './Sessions.tsx';
import { expoApi, expoKey, type Expo, type Exhibitor } from './types.ts';

/** /events/:orgSlug/:eventId/expo — sponsors and exhibitors, the floor plan, sessions, next year's list. */
export function ExpoPage() {
  const { orgSlug = '', eventId = '' } = useParams();
  const { t } = useTranslation();
  const localized = useLocalized();
  const [editing, setEditing] = useState<Exhibitor | null>(null);
  const signedIn = Boolean(useSession().data?.user);
  const expo = useQuery({
    queryKey: expoKey(orgSlug, eventId),
    queryFn: () => api.get<Expo>(expoApi(orgSlug, eventId)),
  });
  const data = expo.data;
  if (!data) {
    return <PageState error={expo.error} />;
  }
  const path = expoApi(orgSlug, eventId);
  return (
    <Stack maw={960} mx="auto" gap="lg">
      <Stack gap={4}>
        <Text size="sm" fw={700} c="dimmed">
          {t('expo.title')}
        </Text>
        <Title order={1}>{localized(data.titleKo, data.titleEn)}</Title>
        <Text>{t('expo.when', { date: data.date, start: data.startTime, end: data.endTime })}</Text>
        <Group gap="md">
          <Anchor component={Link} to={eventPaths.event(orgSlug, eventId)}>
            {t('expo.eventPage')}
          </Anchor>
          {data.myExhibitors.length > 0 && (
            <Anchor component={Link} to={eventPaths.leads(orgSlug, eventId)}>
              {t('expo.leadsLink')}
            </Anchor>
          )}
          {signedIn && (
            <Anchor href={`/api/v1${path}/badges/mine.pdf`} target="_blank" rel="noopener">
              {t('expo.myBadge')}
            </Anchor>
          )}
          {data.canManage && (
            <Anchor href={`/api/v1${path}/badges.pdf`} target="_blank" rel="noopener">
              {t('expo.badgesPdf')}
            </Anchor>
          )}
        </Group>
      </Stack>
      <Exhibitors orgSlug={orgSlug} eventId={eventId} expo={data} onEdit={setEditing} />
      {data.canManage && (
        <ExhibitorForm
          key={editing?.id ?? 'new'}
          orgSlug={orgSlug}
          eventId={eventId}
          exhibitor={editing}
          onDone={() => setEditing(null)}
        />
      )}
      <Stack gap="xs" component="section" aria-labelledby="floor-plan-title">
        <Title order={2} id="floor-plan-title" size="h3">
          {t('expo.floorPlan.title')}
        </Title>
        {data.floorPlan.length === 0 ? (
          <Text>{t('expo.floorPlan.none')}</Text>
        ) : (
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('expo.floorPlan.booth')}</Table.Th>
                <Table.Th>{t('expo.floorPlan.exhibitor')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.floorPlan.map((spot) => (
                <Table.Tr key={spot.exhibitorId}>
                  <Table.Td fw={700}>{spot.booth}</Table.Td>
                  <Table.Td>{localized(spot.nameKo, spot.nameEn)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      <Sessions orgSlug={orgSlug} eventId={eventId} expo={data} />
      <InterestForm orgSlug={orgSlug} eventId={eventId} />
      {data.canManage && <Interests orgSlug={orgSlug} eventId={eventId} />}
    </Stack>
  );
}
