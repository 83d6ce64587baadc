import { Anchor, Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { usePillars } from '../business/queries.ts';
import { useLocalized } from '../components/localized.ts';
import { Highlighted } from './Highlighted.tsx';
import type { SearchResult } from './types.ts';

/** One hit: the name (marked where it matched), place and distance, pillars, and the matching text. */
function ResultCard({ result }: { result: SearchResult }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const pillars = usePillars();
  const { business: b, highlights: h } = result;
  const pillarName = (key: string) => {
    const pillar = pillars.data?.find((p) => p.key === key);
    return pillar ? localized(pillar.nameKo, pillar.nameEn) : key;
  };
  const place = [b.city, b.zip].filter(Boolean).join(' ');
  return (
    <Card withBorder component="article">
      <Stack gap={6}>
        <Title order={3} size="h4">
          <Anchor component={Link} to={`/directory/${b.slug}`}>
            {h.name ? <Highlighted html={h.name} /> : localized(b.nameKo, b.nameEn)}
          </Anchor>
        </Title>
        <Text size="sm">
          {[
            t(`businessKinds.${b.kind}`, { defaultValue: b.kind }),
            place,
            b.distanceMiles === null ? '' : t('search.distance', { miles: b.distanceMiles }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {result.pillars.length > 0 && (
          <Group gap={4}>
            {result.pillars.map((key) => (
              <Badge key={key} variant="outline" color="blue.9">
                {pillarName(key)}
              </Badge>
            ))}
          </Group>
        )}
        {h.description && (
          <Text size="sm">
            <Highlighted html={h.description} />
          </Text>
        )}
        <Snippets label={t('search.offersLabel')} items={h.offers} />
        <Snippets label={t('search.needsLabel')} items={h.needs} />
      </Stack>
    </Card>
  );
}

function Snippets({ label, items }: { label: string; items: string[] }) {
  if (items.length === 0) {
    return null;
  }
  return (
    <div>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <List size="sm" spacing={2}>
        {items.map((html, index) => (
          <List.Item key={index}>
            <Highlighted html={html} />
          </List.Item>
        ))}
      </List>
    </div>
  );
}

export function SearchResults({ results }: { results: SearchResult[] }) {
  const { t } = useTranslation();
  return (
    <Stack
      component="ul"
      gap="sm"
      aria-label={t('search.resultsLabel')}
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
    >
      {results.map((result) => (
        <li key={result.business.slug}>
          <ResultCard result={result} />
        </li>
      ))}
    </Stack>
  );
}
