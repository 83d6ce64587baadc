import { Card, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { FormError } from '../components/forms.tsx';
import { ItemCard } from './ItemCard.tsx';
import { OfferForm } from './OfferForm.tsx';
import { businessKey } from './queries.ts';
import type { Offer } from './types.ts';

export function OffersSection({ slug, offers }: { slug: string; offers: Offer[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<Offer | undefined>();
  const remove = useMutation({
    mutationFn: (id: string) => api.delete(`/businesses/${encodeURIComponent(slug)}/offers/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: businessKey(slug) }),
  });
  return (
    <Stack component="section" aria-labelledby="offers-title" gap="sm">
      <Title order={2} id="offers-title">
        {t('offers.title')}
      </Title>
      <Text>{t('offers.intro')}</Text>
      <FormError error={remove.error} />
      {offers.length === 0 && <Text>{t('offers.empty')}</Text>}
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {offers.map((o) => (
          <ItemCard
            key={o.id}
            pillar={o.pillar}
            descriptionKo={o.descriptionKo}
            descriptionEn={o.descriptionEn}
            details={[
              o.radiusMiles > 0 ? t('offers.radiusValue', { count: o.radiusMiles }) : '',
              o.priceHint ? t('offers.priceHintValue', { value: o.priceHint }) : '',
              o.languages.map((code) => t(`languages.${code}`, { defaultValue: code })).join(', '),
            ].filter(Boolean)}
            deleting={remove.isPending && remove.variables === o.id}
            onEdit={() => setEditing(o)}
            onDelete={() => remove.mutate(o.id)}
          />
        ))}
      </Stack>
      <Card withBorder bg="gray.0">
        <OfferForm
          key={editing?.id ?? 'new'}
          slug={slug}
          offer={editing}
          onDone={() => setEditing(undefined)}
        />
      </Card>
    </Stack>
  );
}
