import { Card, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { FormError } from '../components/forms.tsx';
import { ItemCard } from './ItemCard.tsx';
import { NeedForm } from './NeedForm.tsx';
import { businessKey } from './queries.ts';
import type { Need } from './types.ts';

export function NeedsSection({ slug, needs }: { slug: string; needs: Need[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<Need | undefined>();
  const remove = useMutation({
    mutationFn: (id: string) => api.delete(`/businesses/${encodeURIComponent(slug)}/needs/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: businessKey(slug) }),
  });
  return (
    <Stack component="section" aria-labelledby="needs-title" gap="sm">
      <Title order={2} id="needs-title">
        {t('needs.title')}
      </Title>
      <Text>{t('needs.intro')}</Text>
      <FormError error={remove.error} />
      {needs.length === 0 && <Text>{t('needs.empty')}</Text>}
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {needs.map((n) => (
          <ItemCard
            key={n.id}
            pillar={n.pillar}
            descriptionKo={n.descriptionKo}
            descriptionEn={n.descriptionEn}
            details={[t('needs.urgencyValue', { value: t(`needs.urgencies.${n.urgency}`) })]}
            deleting={remove.isPending && remove.variables === n.id}
            onEdit={() => setEditing(n)}
            onDelete={() => remove.mutate(n.id)}
          />
        ))}
      </Stack>
      <Card withBorder bg="gray.0">
        <NeedForm
          key={editing?.id ?? 'new'}
          slug={slug}
          need={editing}
          onDone={() => setEditing(undefined)}
        />
      </Card>
    </Stack>
  );
}
