import { Button, Card, NativeSelect, NumberInput, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { fieldError, FormError } from '../components/forms.tsx';
import { useLocalized } from '../components/localized.ts';
import { localDayFromToday } from './format.ts';
import type { GroupOrder, Store } from './types.ts';

/** Dollars typed with cents (12.5) to the API's whole cents; anything else the server refuses. */
const cents = (value: string | number) => (typeof value === 'number' ? Math.round(value * 100) : Number.NaN);
const units = (value: string | number) => (typeof value === 'number' ? value : Number.NaN);

/** Starts a group order: what to buy from which supplier, the regular and the break price, until when. */
export function GroupOrderForm({
  orgSlug,
  myStores,
  onCreated,
}: {
  orgSlug: string;
  myStores: Store[];
  onCreated: (id: string) => void;
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const queryClient = useQueryClient();
  const [titleKo, setTitleKo] = useState('');
  const [titleEn, setTitleEn] = useState('');
  const [supplierName, setSupplierName] = useState('');
  const [supplierSku, setSupplierSku] = useState('');
  const [unitCost, setUnitCost] = useState<string | number>('');
  const [breakQuantity, setBreakQuantity] = useState<string | number>('');
  const [breakCost, setBreakCost] = useState<string | number>('');
  const [closesOn, setClosesOn] = useState(localDayFromToday(7));
  const [store, setStore] = useState(myStores[0]?.slug ?? '');
  const save = useMutation({
    mutationFn: () =>
      api.post<GroupOrder>(`/organizations/${encodeURIComponent(orgSlug)}/group-orders`, {
        titleKo,
        titleEn,
        supplierName,
        supplierSku,
        unitCostCents: cents(unitCost),
        breakQuantity: units(breakQuantity),
        breakCostCents: cents(breakCost),
        closesOn,
        ...(store ? { businessSlug: store } : {}),
      }),
    onSuccess: async (order) => {
      for (const reset of [setTitleKo, setTitleEn, setSupplierName, setSupplierSku]) {
        reset('');
      }
      setUnitCost('');
      setBreakQuantity('');
      setBreakCost('');
      await queryClient.invalidateQueries({ queryKey: ['groupBuying', orgSlug] });
      onCreated(order.id);
    },
  });
  const text = (label: string, value: string, set: (v: string) => void, field: string, max = 120) => (
    <TextInput
      label={label}
      required
      maxLength={max}
      value={value}
      onChange={(e) => set(e.currentTarget.value)}
      error={fieldError(save.error, field)}
    />
  );
  const money = (label: string, value: string | number, set: (v: string | number) => void, field: string) => (
    <NumberInput
      label={label}
      required
      min={0}
      decimalScale={2}
      prefix="$"
      value={value}
      onChange={set}
      error={fieldError(save.error, field)}
    />
  );
  return (
    <Card withBorder padding="sm">
      <Stack
        gap="xs"
        component="form"
        aria-label={t('groupBuying.create.title')}
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Title order={2} size="h4">
          {t('groupBuying.create.title')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          {text(t('groupBuying.create.titleKo'), titleKo, setTitleKo, 'titleKo')}
          {text(t('groupBuying.create.titleEn'), titleEn, setTitleEn, 'titleEn')}
          {text(t('groupBuying.create.supplierName'), supplierName, setSupplierName, 'supplierName')}
          {text(t('groupBuying.create.supplierSku'), supplierSku, setSupplierSku, 'supplierSku', 64)}
          {money(t('groupBuying.create.unitCost'), unitCost, setUnitCost, 'unitCostCents')}
          {money(t('groupBuying.create.breakCost'), breakCost, setBreakCost, 'breakCostCents')}
          <NumberInput
            label={t('groupBuying.create.breakQuantity')}
            description={t('groupBuying.create.breakQuantityHint')}
            required
            min={1}
            allowDecimal={false}
            value={breakQuantity}
            onChange={setBreakQuantity}
            error={fieldError(save.error, 'breakQuantity')}
          />
          <TextInput
            label={t('groupBuying.create.closesOn')}
            description={t('groupBuying.create.closesOnHint')}
            type="date"
            required
            value={closesOn}
            onChange={(e) => setClosesOn(e.currentTarget.value)}
            error={fieldError(save.error, 'closesOn')}
          />
          {myStores.length > 0 && (
            <NativeSelect
              label={t('groupBuying.create.store')}
              value={store}
              onChange={(e) => setStore(e.currentTarget.value)}
              error={fieldError(save.error, 'businessSlug')}
              data={[
                ...myStores.map((s) => ({ value: s.slug, label: localized(s.nameKo, s.nameEn) })),
                { value: '', label: t('groupBuying.create.noStore') },
              ]}
            />
          )}
        </SimpleGrid>
        <FormError error={save.error} />
        <Button type="submit" w="fit-content" loading={save.isPending}>
          {t('groupBuying.create.submit')}
        </Button>
      </Stack>
    </Card>
  );
}
