import { Alert, Button, Card, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { FormError, fieldError } from '../components/forms.tsx';
import type { Capacity } from './types.ts';

/** A partner's weekly limit of new introduction requests; empty means no limit. */
export function CapacityCard({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const capacity = useQuery({
    queryKey: ['capacity', slug],
    queryFn: () => api.get<Capacity>(`/businesses/${encodeURIComponent(slug)}/capacity`),
  });
  return (
    <Card withBorder component="section" aria-labelledby="capacity-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="capacity-title">
          {t('capacity.title')}
        </Title>
        <Text size="sm">{t('capacity.intro')}</Text>
        <FormError error={capacity.error} />
        {capacity.data && <CapacityForm slug={slug} current={capacity.data} />}
      </Stack>
    </Card>
  );
}

function CapacityForm({ slug, current }: { slug: string; current: Capacity }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [limit, setLimit] = useState(
    current.weeklyIntroCapacity === null ? '' : String(current.weeklyIntroCapacity),
  );
  const save = useMutation({
    mutationFn: () =>
      api.put<Capacity>(`/businesses/${encodeURIComponent(slug)}/capacity`, {
        weeklyIntroCapacity: limit.trim() === '' ? null : Number(limit),
      }),
    onSuccess: (data) => queryClient.setQueryData(['capacity', slug], data),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <Stack component="form" onSubmit={submit} gap="sm">
      <Text size="sm">{t('capacity.usage', { count: current.receivedThisWeek })}</Text>
      <FormError error={save.error} />
      {save.isSuccess && (
        <Alert color="green" variant="outline" role="status">
          {t('common.saved')}
        </Alert>
      )}
      <TextInput
        label={t('capacity.limit')}
        description={t('capacity.unlimitedHint')}
        placeholder={t('capacity.unlimited')}
        inputMode="numeric"
        pattern="[0-9]*"
        maxLength={4}
        value={limit}
        onChange={(e) => setLimit(e.currentTarget.value.replace(/\D/g, ''))}
        error={fieldError(save.error, 'weeklyIntroCapacity')}
        maw={260}
      />
      <Button type="submit" variant="outline" loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
        {t('capacity.save')}
      </Button>
    </Stack>
  );
}
