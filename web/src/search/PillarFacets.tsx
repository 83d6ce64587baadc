import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePillars } from '../business/queries.ts';
import { useLocalized } from '../components/localized.ts';

interface Props {
  facets: { key: string; count: number }[];
  selected: string;
  /** Filters by that pillar, or ('') clears the pillar filter. */
  onSelect: (key: string) => void;
}

/** How many results each pillar has; choosing one filters by it, choosing it again clears the filter. */
export function PillarFacets({ facets, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const pillars = usePillars();
  if (facets.length === 0) {
    return null;
  }
  const name = (key: string) => {
    const pillar = pillars.data?.find((p) => p.key === key);
    return pillar ? localized(pillar.nameKo, pillar.nameEn) : key;
  };
  return (
    <Group gap="xs" role="group" aria-labelledby="search-facets-title">
      <Text size="sm" fw={600} id="search-facets-title">
        {t('search.facets')}
      </Text>
      {facets.map((facet) => (
        <Button
          key={facet.key}
          size="compact-sm"
          variant={selected === facet.key ? 'filled' : 'outline'}
          aria-pressed={selected === facet.key}
          onClick={() => onSelect(selected === facet.key ? '' : facet.key)}
        >
          {t('search.facetItem', { name: name(facet.key), count: facet.count })}
        </Button>
      ))}
    </Group>
  );
}
