import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api } from '../api.ts';
import { PageState } from '../components/PageState.tsx';
import { useDateFormat, useLocalized } from '../components/localized.ts';
import { useBusiness } from '../business/queries.ts';
import { useDay } from './format.ts';
import { vaultApi, vaultPaths, type SharedDocument } from './types.ts';

/** /my/business/:slug/documents/shared — documents other businesses share with this one, while they last. */
export function SharedPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const localized = useLocalized();
  const date = useDateFormat();
  const day = useDay();
  const business = useBusiness(slug);
  const list = useQuery({
    queryKey: ['documents', slug, 'shared'],
    queryFn: () => api.get<{ items: SharedDocument[] }>(vaultApi.shared(slug)),
  });
  const data = list.data;
  if (!data) {
    return <PageState error={list.error} />;
  }
  const name = business.data ? localized(business.data.nameKo, business.data.nameEn) : slug;
  return (
    <Stack maw={860} mx="auto" gap="md">
      <Anchor component={Link} to={vaultPaths.vault(slug)}>
        {t('documents.open')}
      </Anchor>
      <Title order={1}>{t('documents.shared.title', { name })}</Title>
      <Text>{t('documents.shared.intro')}</Text>
      {data.items.length === 0 && <Text>{t('documents.shared.none')}</Text>}
      <Stack gap="sm" component="ul" p={0} style={{ listStyle: 'none' }}>
        {data.items.map((s) => (
          <Card key={s.shareId} withBorder component="li">
            <Stack gap={4}>
              <Title order={2} size="h4">
                {s.document.title}
              </Title>
              <Text size="sm">
                {t(`documents.types.${s.document.type}`)}
                {s.document.number && ` · ${s.document.number}`}
                {s.document.expiresOn && ` · ${t('documents.detail.expiresOn')} ${day(s.document.expiresOn)}`}
              </Text>
              <Text size="sm">
                {t('documents.shared.from', { name: localized(s.owner.nameKo, s.owner.nameEn) })}
              </Text>
              {s.note && <Text size="sm">{s.note}</Text>}
              <Text size="sm">{t('documents.shared.until', { date: date(s.expiresAt) })}</Text>
              {s.document.file && (
                <Anchor href={s.document.file.url} target="_blank" rel="noopener">
                  {t('documents.shared.open')} ({s.document.file.name})
                </Anchor>
              )}
            </Stack>
          </Card>
        ))}
      </Stack>
    </Stack>
  );
}
