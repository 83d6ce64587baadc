import {
  Button,
  Card,
  Group,
  NumberInput,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { fieldError, FormError } from '../../components/forms.tsx';
import type { OrderingSettings } from './types.ts';

const percent = (share: number) => Math.round(share * 1000) / 10;

/** How the store orders, in one line, and a form to change it. */
export function SettingsCard({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const settings = useQuery({
    queryKey: ['purchasing', slug, 'settings'],
    queryFn: () => api.get<OrderingSettings>(`/businesses/${slug}/inventory/settings`),
  });
  const [draft, setDraft] = useState<{
    reviewDays: string;
    serviceLevel: number | string;
    holdingRate: number | string;
    orderCost: number | string;
    timeZone: string;
  } | null>(null);
  const save = useMutation({
    mutationFn: () =>
      api.put<OrderingSettings>(`/businesses/${slug}/inventory/settings`, {
        reviewDays: Number(draft?.reviewDays),
        serviceLevel: Number(draft?.serviceLevel) / 100,
        holdingRate: Number(draft?.holdingRate) / 100,
        orderCostCents: Math.round(Number(draft?.orderCost) * 100),
        timeZone: draft?.timeZone.trim(),
      }),
    onSuccess: () => {
      setDraft(null);
      void queryClient.invalidateQueries({ queryKey: ['purchasing', slug] });
    },
  });
  const s = settings.data;
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby="ordering-settings">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h4" id="ordering-settings">
            {t('purchasing.settings.title')}
          </Title>
          {s && !draft && (
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={() =>
                setDraft({
                  reviewDays: String(s.reviewDays),
                  serviceLevel: percent(s.serviceLevel),
                  holdingRate: percent(s.holdingRate),
                  orderCost: s.orderCostCents / 100,
                  timeZone: s.timeZone,
                })
              }
            >
              {t('purchasing.settings.edit')}
            </Button>
          )}
        </Group>
        {s && !draft && (
          <Text size="sm">
            {t('purchasing.settings.summary', {
              review: t(s.reviewDays === 1 ? 'purchasing.settings.daily' : 'purchasing.settings.weekly'),
              level: percent(s.serviceLevel),
              holding: percent(s.holdingRate),
              cost: (s.orderCostCents / 100).toFixed(2),
              zone: s.timeZone,
            })}
          </Text>
        )}
        {draft && (
          <Stack
            gap="xs"
            component="form"
            aria-label={t('purchasing.settings.title')}
            onSubmit={(e) => {
              e.preventDefault();
              save.mutate();
            }}
          >
            <Text size="sm" id="review-label">
              {t('purchasing.settings.review')}
            </Text>
            <SegmentedControl
              aria-labelledby="review-label"
              value={draft.reviewDays}
              onChange={(reviewDays) => setDraft({ ...draft, reviewDays })}
              data={[
                { value: '1', label: t('purchasing.settings.daily') },
                { value: '7', label: t('purchasing.settings.weekly') },
              ]}
            />
            <NumberInput
              label={t('purchasing.settings.serviceLevel')}
              description={t('purchasing.settings.serviceLevelHelp')}
              min={50}
              max={99.5}
              step={0.5}
              decimalScale={1}
              suffix="%"
              value={draft.serviceLevel}
              onChange={(serviceLevel) => setDraft({ ...draft, serviceLevel })}
              error={fieldError(save.error, 'serviceLevel')}
            />
            <NumberInput
              label={t('purchasing.settings.holdingRate')}
              description={t('purchasing.settings.holdingRateHelp')}
              min={0}
              max={200}
              decimalScale={1}
              suffix="%"
              value={draft.holdingRate}
              onChange={(holdingRate) => setDraft({ ...draft, holdingRate })}
              error={fieldError(save.error, 'holdingRate')}
            />
            <NumberInput
              label={t('purchasing.settings.orderCost')}
              min={0}
              decimalScale={2}
              prefix="$"
              value={draft.orderCost}
              onChange={(orderCost) => setDraft({ ...draft, orderCost })}
              error={fieldError(save.error, 'orderCostCents')}
            />
            <TextInput
              label={t('purchasing.settings.timeZone')}
              maxLength={64}
              value={draft.timeZone}
              onChange={(e) => setDraft({ ...draft, timeZone: e.currentTarget.value })}
              error={fieldError(save.error, 'timeZone')}
            />
            <FormError error={save.error} />
            <Group>
              <Button type="submit" loading={save.isPending}>
                {t('common.save')}
              </Button>
              <Button variant="default" onClick={() => setDraft(null)}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
