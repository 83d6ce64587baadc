import { Button, Card, NumberInput, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { fieldError, FormError, optional } from '../components/forms.tsx';

const asNumber = (value: string | number) => (typeof value === 'number' ? value : Number.NaN);

/** Adds a product to the catalogue: SKU, barcode, names in both languages, cost and price. */
export function ProductForm({ slug, onDone }: { slug: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [sku, setSku] = useState('');
  const [barcode, setBarcode] = useState('');
  const [nameKo, setNameKo] = useState('');
  const [nameEn, setNameEn] = useState('');
  const [category, setCategory] = useState('');
  const [unitCost, setUnitCost] = useState<string | number>('');
  const [price, setPrice] = useState<string | number>('');
  const save = useMutation({
    mutationFn: () =>
      api.post(`/businesses/${slug}/inventory/products`, {
        sku,
        ...(optional(barcode) ? { barcode: optional(barcode) } : {}),
        nameKo,
        nameEn,
        category,
        unitCostCents: asNumber(unitCost),
        priceCents: asNumber(price),
      }),
    onSuccess: () => {
      for (const reset of [setSku, setBarcode, setNameKo, setNameEn, setCategory]) {
        reset('');
      }
      setUnitCost('');
      setPrice('');
      onDone();
    },
  });
  const text = (label: string, value: string, set: (v: string) => void, field: string, required = true) => (
    <TextInput
      label={label}
      required={required}
      maxLength={120}
      value={value}
      onChange={(e) => set(e.currentTarget.value)}
      error={fieldError(save.error, field)}
    />
  );
  return (
    <Card withBorder padding="sm">
      <Stack
        gap="xs"
        component="form"
        aria-label={t('inventory.product.title')}
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Title order={2} size="h4">
          {t('inventory.product.title')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          {text(t('inventory.sku'), sku, setSku, 'sku')}
          {text(t('inventory.barcode'), barcode, setBarcode, 'barcode', false)}
          {text(t('inventory.product.nameKo'), nameKo, setNameKo, 'nameKo')}
          {text(t('inventory.product.nameEn'), nameEn, setNameEn, 'nameEn')}
          {text(t('inventory.product.category'), category, setCategory, 'category', false)}
          <NumberInput
            label={t('inventory.product.unitCost')}
            required
            min={0}
            allowDecimal={false}
            value={unitCost}
            onChange={setUnitCost}
            error={fieldError(save.error, 'unitCostCents')}
          />
          <NumberInput
            label={t('inventory.product.price')}
            required
            min={0}
            allowDecimal={false}
            value={price}
            onChange={setPrice}
            error={fieldError(save.error, 'priceCents')}
          />
        </SimpleGrid>
        <FormError error={save.error} />
        <Button type="submit" w="fit-content" loading={save.isPending}>
          {t('inventory.product.submit')}
        </Button>
      </Stack>
    </Card>
  );
}
