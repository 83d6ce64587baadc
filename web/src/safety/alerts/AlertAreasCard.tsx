import { ActionIcon, Button, Card, Group, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { FormError, fieldError } from '../../components/forms.tsx';
import type { AlertArea } from './queries.ts';

const areasKey = ['alert-areas'];

/** On /account: the areas the user opted into for safety alerts, by ZIP and radius. */
export function AlertAreasCard() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const areas = useQuery({ queryKey: areasKey, queryFn: () => api.get<AlertArea[]>('/account/alert-areas') });
  const [label, setLabel] = useState('');
  const [zip, setZip] = useState('');
  const [radius, setRadius] = useState<number>(1);
  const refresh = () => queryClient.invalidateQueries({ queryKey: areasKey });
  const add = useMutation({
    mutationFn: () =>
      api.post<AlertArea>('/account/alert-areas', {
        label: label.trim(),
        zip: zip.trim(),
        radiusMiles: radius,
      }),
    onSuccess: async () => {
      setLabel('');
      setZip('');
      await refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) => api.delete(`/account/alert-areas/${id}`),
    onSuccess: refresh,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  return (
    <Card withBorder component="section" aria-labelledby="alert-areas-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="alert-areas-title">
          {t('alerts.areas.title')}
        </Title>
        <Text size="sm">{t('alerts.areas.intro')}</Text>
        <FormError error={areas.error ?? add.error ?? remove.error} />
        {areas.data?.length === 0 && <Text c="dimmed">{t('alerts.areas.empty')}</Text>}
        <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }}>
          {areas.data?.map((area) => (
            <Group component="li" key={area.id} justify="space-between" wrap="nowrap">
              <Text>
                <strong>{area.label}</strong> —{' '}
                {t('alerts.areas.summary', {
                  place: area.zip ?? `${area.latitude.toFixed(3)}, ${area.longitude.toFixed(3)}`,
                  miles: area.radiusMiles,
                })}
              </Text>
              <ActionIcon
                variant="subtle"
                color="red.9"
                aria-label={t('alerts.areas.remove', { label: area.label })}
                onClick={() => remove.mutate(area.id)}
              >
                ×
              </ActionIcon>
            </Group>
          ))}
        </Stack>
        <Stack component="form" onSubmit={submit} gap="xs">
          <Group grow align="flex-start">
            <TextInput
              label={t('alerts.areas.label')}
              required
              maxLength={80}
              value={label}
              onChange={(e) => setLabel(e.currentTarget.value)}
              error={fieldError(add.error, 'label')}
            />
            <TextInput
              label={t('alerts.areas.zip')}
              required
              inputMode="numeric"
              maxLength={10}
              value={zip}
              onChange={(e) => setZip(e.currentTarget.value)}
              error={fieldError(add.error, 'zip')}
            />
            <NumberInput
              label={t('alerts.areas.radius')}
              min={0.25}
              max={10}
              step={0.25}
              decimalScale={2}
              value={radius}
              onChange={(value) => setRadius(typeof value === 'number' ? value : Number(value) || 1)}
              error={fieldError(add.error, 'radiusMiles')}
            />
          </Group>
          <Button type="submit" variant="outline" loading={add.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('alerts.areas.add')}
          </Button>
        </Stack>
      </Stack>
    </Card>
  );
}
