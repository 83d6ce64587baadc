import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../api.ts';
import { PageState } from '../components/PageState.tsx';
import { useLocalized } from '../components/localized.ts';
import type { OrganizationSummary } from './types.ts';

export function HomePage() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const organizations = useQuery({
    queryKey: ['organizations'],
    queryFn: () => api.get<OrganizationSummary[]>('/organizations'),
  });
  return (
    <Stack maw={960} mx="auto">
      <Title order={1}>{t('home.title')}</Title>
      <Text>{t('home.intro')}</Text>
      <Title order={2}>{t('home.organizations')}</Title>
      {organizations.data ? (
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          {organizations.data.map((o) => (
            <Card key={o.id} withBorder component="article">
              <Title order={3} size="h4">
                <Anchor component={Link} to={`/o/${o.slug}`}>
                  {localized(o.nameKo, o.nameEn)}
                </Anchor>
              </Title>
              <Text size="sm" mt="xs">
                {t(`organizationKinds.${o.kind}`, { defaultValue: o.kind })}
              </Text>
              <Text size="sm" mt="xs" lineClamp={4}>
                {localized(o.descriptionKo, o.descriptionEn)}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      ) : (
        <PageState error={organizations.error} />
      )}
    </Stack>
  );
}
