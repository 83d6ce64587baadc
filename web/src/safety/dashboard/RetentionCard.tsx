import { Button, Card, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { fieldError, FormError } from '../../components/forms.tsx';

interface Props {
  slug: string;
  months: number;
  canManage: boolean;
}

/** How long incident reports keep personal details; organization admins may change it. */
export function RetentionCard({ slug, months, canManage }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [value, setValue] = useState<string | number>(months);
  const save = useMutation({
    mutationFn: (retentionMonths: number) =>
      api.patch<{ retentionMonths: number }>(`/organizations/${encodeURIComponent(slug)}/safety-retention`, {
        retentionMonths,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['safety-dashboard', slug] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(Number(value));
  };
  return (
    <Card withBorder component="section" aria-labelledby="retention-title">
      <Stack gap="xs">
        <Title order={2} size="h3" id="retention-title">
          {t('safetyDashboard.retention.title')}
        </Title>
        <Text size="sm">{t('safetyDashboard.retention.text')}</Text>
        {canManage ? (
          <Group component="form" onSubmit={submit} align="flex-end">
            <NumberInput
              label={t('safetyDashboard.retention.label')}
              min={1}
              max={120}
              allowDecimal={false}
              value={value}
              onChange={setValue}
              error={fieldError(save.error, 'retentionMonths')}
              w={160}
            />
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        ) : (
          <Text fw={600}>{t('safetyDashboard.retention.current', { count: months })}</Text>
        )}
        {save.isSuccess && (
          <Text size="sm" role="status">
            {t('safetyDashboard.retention.saved', { count: save.data.retentionMonths })}
          </Text>
        )}
        <FormError error={save.error && !fieldError(save.error, 'retentionMonths') ? save.error : null} />
      </Stack>
    </Card>
  );
}
