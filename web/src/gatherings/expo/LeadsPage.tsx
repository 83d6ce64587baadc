import { Anchor, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../api.ts';
import { PageState } from '../../components/PageState.tsx';
import { useLocalized } from '../../components/localized.ts';
import { eventPaths } from '../types.ts';
import { LeadForm } from './LeadForm.tsx';
import { LeadList } from './LeadList.tsx';
import { expoApi, expoKey, type Expo } from './types.ts';

/** /events/:orgSlug/:eventId/expo/leads — at the booth, on a phone: scan or type a badge, then the leads. */
export function LeadsPage() {
  const { orgSlug = '', eventId = '' } = useParams();
  const { t } = useTranslation();
  const localized = useLocalized();
  const [chosen, setChosen] = useState<string | null>(null);
  const expo = useQuery({
    queryKey: expoKey(orgSlug, eventId),
    queryFn: () => api.get<Expo>(expoApi(orgSlug, eventId)),
  });
  const data = expo.data;
  if (!data) {
    return <PageState error={expo.error} />;
  }
  const exhibitorId = chosen ?? data.myExhibitors[0]?.id ?? null;
  return (
    <Stack maw={560} mx="auto" gap="md">
      <Stack gap={4}>
        <Title order={1}>{t('expo.leads.title')}</Title>
        <Text>{localized(data.titleKo, data.titleEn)}</Text>
        <Anchor component={Link} to={eventPaths.expo(orgSlug, eventId)}>
          {t('expo.leads.back')}
        </Anchor>
      </Stack>
      {!exhibitorId ? (
        <Text role="status">{t('expo.leads.noBooth')}</Text>
      ) : (
        <>
          {data.myExhibitors.length > 1 && (
            <NativeSelect
              label={t('expo.leads.exhibitor')}
              value={exhibitorId}
              onChange={(e) => setChosen(e.currentTarget.value)}
              data={data.myExhibitors.map((x) => ({ value: x.id, label: localized(x.nameKo, x.nameEn) }))}
            />
          )}
          <LeadForm key={exhibitorId} orgSlug={orgSlug} eventId={eventId} exhibitorId={exhibitorId} />
          <LeadList orgSlug={orgSlug} eventId={eventId} exhibitorId={exhibitorId} />
        </>
      )}
    </Stack>
  );
}
