import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api.ts';
import { PageState } from '../../components/PageState.tsx';
import { useDateFormat, useLocalized } from '../../components/localized.ts';
import { leadsKey } from './LeadForm.tsx';
import { expoApi, type Lead } from './types.ts';

/** The booth's leads, newest first: contact details and the introduction only where the attendee agreed. */
export function LeadList({
  orgSlug,
  eventId,
  exhibitorId,
}: {
  orgSlug: string;
  eventId: string;
  exhibitorId: string;
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const date = useDateFormat();
  const list = useQuery({
    queryKey: leadsKey(exhibitorId),
    queryFn: () => api.get<{ leads: Lead[] }>(`${expoApi(orgSlug, eventId)}/exhibitors/${exhibitorId}/leads`),
  });
  return (
    <Stack gap="xs" component="section" aria-labelledby="leads-title">
      <Title order={2} id="leads-title" size="h4">
        {t('expo.leads.listTitle', { n: list.data?.leads.length ?? 0 })}
      </Title>
      {!list.data && <PageState error={list.error} />}
      {list.data?.leads.length === 0 && <Text>{t('expo.leads.none')}</Text>}
      {list.data?.leads.map((lead) => (
        <Card key={lead.id} withBorder padding="sm" component="article" aria-label={lead.name}>
          <Stack gap={4}>
            <Group justify="space-between" gap="xs">
              <Text fw={700}>{lead.name}</Text>
              <Badge color="dark" variant={lead.consent ? 'outline' : 'default'}>
                {lead.consent ? t('expo.leads.consented') : t('expo.leads.nameOnly')}
              </Badge>
            </Group>
            {lead.company && <Text size="sm">{lead.company}</Text>}
            {lead.email && (
              <Anchor href={`mailto:${lead.email}`} size="sm">
                {lead.email}
              </Anchor>
            )}
            {lead.note && <Text size="sm">{lead.note}</Text>}
            <Group gap="sm">
              <Text size="xs" c="dimmed">
                {date(lead.capturedAt)}
              </Text>
              {lead.introductionId && (
                <Anchor component={Link} to={`/introductions/${lead.introductionId}`} size="sm">
                  {lead.business
                    ? t('expo.leads.introductionWith', {
                        name: localized(lead.business.nameKo, lead.business.nameEn),
                      })
                    : t('expo.leads.introduction')}
                </Anchor>
              )}
            </Group>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
