import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api } from '../api.ts';
import { useLocalized } from '../components/localized.ts';
import { PageState } from '../components/PageState.tsx';
import { useSession } from '../session.ts';
import { AskForm } from './AskForm.tsx';
import { statusColors } from './format.ts';
import { helpApi, helpPaths, type AskForm as AskFormData, type ServiceRequestList } from './types.ts';

/** /my/business/:slug/help — the business's requests and the "Ask for help" form. */
export function AskPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const localized = useLocalized();
  const { data: session } = useSession();
  const business = session?.businesses.find((b) => b.slug === slug);
  const form = useQuery({
    queryKey: ['servicesDesk', slug, 'form'],
    queryFn: () => api.get<AskFormData>(helpApi.form(slug)),
  });
  const list = useQuery({
    queryKey: ['servicesDesk', slug, 'requests'],
    queryFn: () => api.get<ServiceRequestList>(helpApi.requests(slug)),
  });
  if (!form.data || !list.data) {
    return <PageState error={form.error ?? list.error} />;
  }
  return (
    <Stack maw={760} mx="auto" gap="md">
      <Title order={1}>
        {t('servicesDesk.ask.title', { name: business ? localized(business.nameKo, business.nameEn) : slug })}
      </Title>
      <Text>{t('servicesDesk.hub.intro')}</Text>
      <Stack gap="xs" component="section" aria-labelledby="my-requests">
        <Title order={2} size="h3" id="my-requests">
          {t('servicesDesk.ask.mine')}
        </Title>
        {list.data.requests.length === 0 && <Text>{t('servicesDesk.ask.none')}</Text>}
        {list.data.requests.map((r) => (
          <Card key={r.id} withBorder padding="sm">
            <Group justify="space-between" wrap="wrap">
              <Anchor component={Link} to={helpPaths.request(slug, r.id)} fw={600}>
                {r.title}
              </Anchor>
              <Badge color={statusColors[r.status]} variant="outline">
                {t(`servicesDesk.status.${r.status}`)}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed">
              {localized(r.pillar.nameKo, r.pillar.nameEn)} ·{' '}
              {t('servicesDesk.ask.proposals', { count: r.proposalCount })}
            </Text>
          </Card>
        ))}
      </Stack>
      <AskForm slug={slug} form={form.data} />
    </Stack>
  );
}
