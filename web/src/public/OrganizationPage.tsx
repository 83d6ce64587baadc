import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api } from '../api.ts';
import { usePillars } from '../business/queries.ts';
import { PageState } from '../components/PageState.tsx';
import { useLocalized } from '../components/localized.ts';
import { ApplyForm } from './ApplyForm.tsx';
import type { OrganizationLanding } from './types.ts';

/** Public landing page of one organization: who it is, its members, the pillars, and how to join. */
export function OrganizationPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const localized = useLocalized();
  const organization = useQuery({
    queryKey: ['organization', slug],
    queryFn: () => api.get<OrganizationLanding>(`/organizations/${encodeURIComponent(slug)}`),
  });
  const pillars = usePillars();
  const pillarName = (key: string) => {
    const pillar = pillars.data?.find((p) => p.key === key);
    return pillar ? localized(pillar.nameKo, pillar.nameEn) : key;
  };

  const org = organization.data;
  if (!org) {
    return <PageState error={organization.error} />;
  }
  return (
    <Stack maw={960} mx="auto" gap="lg">
      <Stack gap="xs">
        <Title order={1}>{localized(org.nameKo, org.nameEn)}</Title>
        <Text style={{ whiteSpace: 'pre-line' }}>{localized(org.descriptionKo, org.descriptionEn)}</Text>
        {org.website && (
          <Anchor href={org.website} target="_blank" rel="noopener noreferrer">
            {org.website}
          </Anchor>
        )}
        <Anchor component={Link} to={`/events/${org.slug}`}>
          {t('gatherings.orgLink')}
        </Anchor>
        {org.kind === 'committee' && (
          <Anchor component={Link} to={`/market-entry/${org.slug}/apply`}>
            {t('marketEntry.orgLink')}
          </Anchor>
        )}
      </Stack>

      <section aria-labelledby="pillars-title">
        <Title order={2} id="pillars-title" mb="sm">
          {t('organization.pillars')}
        </Title>
        <Group gap="xs">
          {pillars.data?.map((p) => (
            <Badge key={p.id} variant="outline" size="lg">
              {localized(p.nameKo, p.nameEn)}
            </Badge>
          ))}
        </Group>
      </section>

      <section aria-labelledby="members-title">
        <Title order={2} id="members-title" mb="sm">
          {t('organization.members', { count: org.businesses.length })}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          {org.businesses.map((b) => (
            <Card key={b.slug} withBorder component="article">
              <Title order={3} size="h5">
                <Anchor component={Link} to={`/directory/${b.slug}`}>
                  {localized(b.nameKo, b.nameEn)}
                </Anchor>
              </Title>
              <Text size="sm">
                {[t(`businessKinds.${b.kind}`, { defaultValue: b.kind }), b.city].filter(Boolean).join(' · ')}
              </Text>
              <Group gap={4} mt="xs">
                {b.pillarKeys.map((key) => (
                  <Badge key={key} size="sm" variant="light">
                    {pillarName(key)}
                  </Badge>
                ))}
              </Group>
            </Card>
          ))}
        </SimpleGrid>
      </section>

      <Card withBorder component="section" maw={560}>
        <ApplyForm slug={slug} />
      </Card>
    </Stack>
  );
}
