import {
  Alert,
  Button,
  Card,
  Checkbox,
  NumberInput,
  SegmentedControl,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../api.ts';
import { fieldError, FormError } from '../components/forms.tsx';
import { BarcodeLookup } from './catalogue/BarcodeLookup.tsx';
import type { MovementResult } from './types.ts';

type Kind = 'receipt' | 'sale' | 'count';

/**
 * Records a receipt, sale or count at the store's Main location, by SKU, or by barcode (typed, or scanned
 * with the camera where the browser can) which fills in the SKU. When the server refuses stock below zero,
 * the owner may record it anyway.
 */
export function MovementForm({
  slug,
  sku: chosen,
  onDone,
}: {
  slug: string;
  sku: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<Kind>('receipt');
  const [sku, setSku] = useState(chosen);
  const [quantity, setQuantity] = useState<string | number>('');
  const [allowNegative, setAllowNegative] = useState(false);
  useEffect(() => setSku(chosen), [chosen]);
  const save = useMutation({
    mutationFn: () =>
      api.post<MovementResult>(`/businesses/${slug}/inventory/movements`, {
        kind,
        sku: sku.trim(),
        quantity: typeof quantity === 'number' ? quantity : Number.NaN,
        ...(allowNegative ? { allowNegative: true } : {}),
      }),
    onSuccess: () => {
      setQuantity('');
      setAllowNegative(false);
      onDone();
    },
  });
  const refusedNegative = save.error instanceof ApiError && save.error.code === 'stock_negative';
  const onHand = save.data?.levels[0]?.onHand;
  return (
    <Card withBorder padding="sm">
      <Stack
        gap="xs"
        component="form"
        aria-label={t('inventory.movement.title')}
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Title order={2} size="h4">
          {t('inventory.movement.title')}
        </Title>
        <SegmentedControl
          aria-label={t('inventory.movement.kind')}
          value={kind}
          onChange={(value) => setKind(value as Kind)}
          data={(['receipt', 'sale', 'count'] as const).map((k) => ({
            value: k,
            label: t(`inventory.movement.kinds.${k}`),
          }))}
        />
        <BarcodeLookup slug={slug} onFound={(product) => setSku(product.sku)} />
        <TextInput
          label={t('inventory.movement.sku')}
          required
          maxLength={64}
          value={sku}
          onChange={(e) => setSku(e.currentTarget.value)}
          error={fieldError(save.error, 'sku')}
        />
        <NumberInput
          label={t(kind === 'count' ? 'inventory.movement.countedQuantity' : 'inventory.movement.quantity')}
          required
          min={kind === 'count' ? 0 : 1}
          allowDecimal={false}
          value={quantity}
          onChange={setQuantity}
          error={fieldError(save.error, 'quantity')}
        />
        {(refusedNegative || allowNegative) && (
          <Checkbox
            label={t('inventory.movement.allowNegative')}
            checked={allowNegative}
            onChange={(e) => setAllowNegative(e.currentTarget.checked)}
          />
        )}
        <FormError error={save.error} />
        {save.isSuccess && onHand !== undefined && (
          <Alert color="green" variant="light" role="status">
            {t('inventory.movement.recorded', { sku: sku.trim(), onHand })}
          </Alert>
        )}
        <Button type="submit" w="fit-content" loading={save.isPending}>
          {t('inventory.movement.submit')}
        </Button>
      </Stack>
    </Card>
  );
}
