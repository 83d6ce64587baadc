import { Anchor, Avatar, Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useBusiness, useIndustries } from '../business/queries.ts';
import { contactFields } from '../business/types.ts';
import { PageState } from '../components/PageState.tsx';
import { useLocalized } from '../components/localized.ts';
import { RequestIntroduction } from './RequestIntroduction.tsx';

/** Public business profile; private contact fields appear only when the server includes them. */
export function BusinessPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const localized = useLocalized();
  const business = useBusiness(slug);
  const industries = useIndustries();

  const b = business.data;
  if (!b) {
    return <PageState error={business.error} />;
  }
  const name = localized(b.nameKo, b.nameEn);
  const industry = industries.data?.find((i) => i.key === b.industry);
  const place = [b.city, b.state, b.zip].filter(Boolean).join(', ');
  return (
    <Stack maw={860} mx="auto" gap="lg">
      <Group wrap="nowrap" align="flex-start">
        <Avatar src={b.logoUrl} alt={t('business.logoOf', { name })} size={72} radius="md">
          {name.slice(0, 1)}
        </Avatar>
        <Stack gap={4}>
          <Title order={1}>{name}</Title>
          <Text>
            {[
              t(`businessKinds.${b.kind}`, { defaultValue: b.kind }),
              industry && localized(industry.nameKo, industry.nameEn),
              place,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          {b.canEdit && (
            <Button
              component={Link}
              to={`/my/business/${b.slug}`}
              variant="outline"
              size="xs"
              w="fit-content"
            >
              {t('business.edit')}
            </Button>
          )}
          <RequestIntroduction
            business={{
              slug: b.slug,
              kind: b.kind,
              nameKo: b.nameKo,
              nameEn: b.nameEn,
              city: b.city,
              distanceMiles: null,
            }}
          />
        </Stack>
      </Group>
      <Text style={{ whiteSpace: 'pre-line' }}>{localized(b.descriptionKo, b.descriptionEn)}</Text>

      <section aria-labelledby="contact-title">
        <Title order={2} id="contact-title" size="h3" mb="xs">
          {t('business.contact')}
        </Title>
        <List listStyleType="none" spacing={4}>
          {contactFields.map((field) =>
            b[field] ? (
              <List.Item key={field}>
                <Text span fw={600}>
                  {t(`fields.${field}`)}:{' '}
                </Text>
                {field === 'website' ? (
                  <Anchor href={b.website ?? ''} target="_blank" rel="noopener noreferrer">
                    {b.website}
                  </Anchor>
                ) : (
                  b[field]
                )}
              </List.Item>
            ) : null,
          )}
          {b.languages.length > 0 && (
            <List.Item>
              <Text span fw={600}>
                {t('fields.languages')}:{' '}
              </Text>
              {b.languages.map((code) => t(`languages.${code}`, { defaultValue: code })).join(', ')}
            </List.Item>
          )}
        </List>
        <Group gap="xs" mt="xs">
          {b.organizations.map((o) => (
            <Anchor key={o.slug} component={Link} to={`/o/${o.slug}`}>
              {localized(o.nameKo, o.nameEn)}
            </Anchor>
          ))}
        </Group>
      </section>

      <ItemsSection kind="offers" empty={b.offers.length === 0}>
        {b.offers.map((o) => (
          <Card key={o.id} withBorder component="article">
            <Badge variant="outline">{localized(o.pillar.nameKo, o.pillar.nameEn)}</Badge>
            <Text mt="xs">{localized(o.descriptionKo, o.descriptionEn)}</Text>
            {o.priceHint && <Text size="sm">{t('offers.priceHintValue', { value: o.priceHint })}</Text>}
            {o.radiusMiles > 0 && <Text size="sm">{t('offers.radiusValue', { count: o.radiusMiles })}</Text>}
          </Card>
        ))}
      </ItemsSection>

      <ItemsSection kind="needs" empty={b.needs.length === 0}>
        {b.needs.map((n) => (
          <Card key={n.id} withBorder component="article">
            <Group gap="xs">
              <Badge variant="outline">{localized(n.pillar.nameKo, n.pillar.nameEn)}</Badge>
              <Badge variant="outline" color="gray">
                {t(`needs.urgencies.${n.urgency}`)}
              </Badge>
            </Group>
            <Text mt="xs">{localized(n.descriptionKo, n.descriptionEn)}</Text>
          </Card>
        ))}
      </ItemsSection>
    </Stack>
  );
}

/** The business's offers or needs under their heading; says so when there are none. */
function ItemsSection({
  kind,
  empty,
  children,
}: {
  kind: 'offers' | 'needs';
  empty: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={`${kind}-title`}>
      <Title order={2} id={`${kind}-title`} size="h3" mb="xs">
        {t(`${kind}.title`)}
      </Title>
      {empty && <Text>{t(`${kind}.empty`)}</Text>}
      <Stack gap="xs">{children}</Stack>
    </section>
  );
}
