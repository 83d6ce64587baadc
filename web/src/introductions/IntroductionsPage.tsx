import { Anchor, Card, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router-dom';
import { api } from '../api.ts';
import { PageState } from '../components/PageState.tsx';
import { useDateFormat, useLocalized } from '../components/localized.ts';
import { useSession } from '../session.ts';
import { StageBadge } from './StageBadge.tsx';
import type { IntroductionSummary } from './types.ts';

/** /introductions — the introductions of one of my businesses (?business=slug), received and sent. */
export function IntroductionsPage() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const businesses = session.data?.businesses ?? [];
  const slug = params.get('business') ?? businesses[0]?.slug ?? '';
  const list = useQuery({
    queryKey: ['introductions', 'list', slug],
    queryFn: () => api.get<IntroductionSummary[]>(`/introductions?business=${encodeURIComponent(slug)}`),
    enabled: slug !== '',
  });
  if (!session.data) {
    return <PageState error={session.error} />;
  }
  if (!session.data.user) {
    return <Navigate to="/login" replace />;
  }
  return (
    <Stack maw={860} mx="auto" gap="md">
      <Title order={1}>{t('introductions.title')}</Title>
      {businesses.length === 0 && <Text>{t('introductions.noBusiness')}</Text>}
      {businesses.length > 1 && (
        <NativeSelect
          label={t('introductions.business')}
          value={slug}
          onChange={(e) => setParams({ business: e.currentTarget.value })}
          data={businesses.map((b) => ({ value: b.slug, label: localized(b.nameKo, b.nameEn) }))}
          maw={360}
        />
      )}
      {slug !== '' && !list.data && <PageState error={list.error} />}
      {list.data && (
        <>
          <IntroductionList
            title={t('introductions.received')}
            items={list.data.filter((i) => i.direction === 'received')}
          />
          <IntroductionList
            title={t('introductions.sent')}
            items={list.data.filter((i) => i.direction === 'sent')}
          />
        </>
      )}
    </Stack>
  );
}

function IntroductionList({ title, items }: { title: string; items: IntroductionSummary[] }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const date = useDateFormat();
  return (
    <Stack component="section" aria-label={title} gap="xs">
      <Title order={2} size="h3">
        {title}
      </Title>
      {items.length === 0 && <Text>{t('introductions.none')}</Text>}
      {items.map((item) => {
        const name = localized(item.other.nameKo, item.other.nameEn);
        return (
          <Card key={item.id} withBorder padding="sm" component="article">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Anchor component={Link} to={`/introductions/${item.id}`} fw={600}>
                {t('introductions.with', { name })}
              </Anchor>
              <StageBadge stage={item.stage} outcome={item.outcome} />
            </Group>
            <Text size="sm" lineClamp={2}>
              {item.message}
            </Text>
            <Text size="sm" c="dimmed">
              {t('introductions.requestedOn', { date: date(item.createdAt) })}
            </Text>
          </Card>
        );
      })}
    </Stack>
  );
}
