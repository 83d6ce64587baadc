import { Alert, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { PageState } from '../../components/PageState.tsx';
import { SupplierCard } from './SupplierCard.tsx';
import type { Suggestions } from './types.ts';

/** Today's suggestions, one card per supplier; products with nothing to order on request. */
export function SuggestionsSection({
  slug,
  onCreated,
}: {
  slug: string;
  onCreated: (orderId: string) => void;
}) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const suggestions = useQuery({
    queryKey: ['purchasing', slug, 'suggestions', all],
    queryFn: () =>
      api.get<Suggestions>(`/businesses/${slug}/inventory/suggestions${all ? '' : '?toOrder=true'}`),
  });
  const data = suggestions.data;
  return (
    <Stack gap="sm" component="section" aria-labelledby="suggestions-title">
      <Group justify="space-between" wrap="wrap">
        <Title order={2} size="h4" id="suggestions-title">
          {t('purchasing.suggestions.title')}
        </Title>
        <Switch
          label={t('purchasing.suggestions.showAll')}
          checked={all}
          onChange={(e) => setAll(e.currentTarget.checked)}
        />
      </Group>
      <Text size="sm" c="dimmed">
        {t('purchasing.suggestions.intro')}
      </Text>
      {!data && <PageState error={suggestions.error} />}
      {data && data.suppliers.length === 0 && (
        <Alert color="green" variant="light">
          {t(all ? 'purchasing.suggestions.noSupplied' : 'purchasing.suggestions.nothing')}
        </Alert>
      )}
      {data?.suppliers.map((group) => (
        // Keyed on the data too: fresh suggestions reset the edited quantities.
        <SupplierCard
          key={`${group.supplierId}-${suggestions.dataUpdatedAt}`}
          slug={slug}
          group={group}
          onCreated={onCreated}
        />
      ))}
    </Stack>
  );
}
