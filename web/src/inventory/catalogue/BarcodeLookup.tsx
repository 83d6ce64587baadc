import { useState } from 'react';
import { Button, Group, Modal, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api.ts';
import { fieldError } from '../../components/forms.tsx';
import { useLocalized } from '../../components/localized.ts';
import type { ProductSummary } from '../types.ts';
import { CameraScanner, useCanScan } from '../../components/CameraScanner.tsx';

/**
 * Finds the store's product by barcode: typed (or from a scanner that types, ending with Enter) or, where the
 * browser reads barcodes and has a camera, scanned. Lives inside other forms, so Enter here only looks up.
 */
export function BarcodeLookup({
  slug,
  onFound,
}: {
  slug: string;
  onFound: (product: ProductSummary) => void;
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const canScan = useCanScan();
  const [barcode, setBarcode] = useState('');
  const [scanning, setScanning] = useState(false);
  const lookup = useMutation({
    mutationFn: (code: string) =>
      api.get<ProductSummary>(`/businesses/${slug}/inventory/barcodes/${encodeURIComponent(code)}`),
    onSuccess: onFound,
  });
  const find = (code: string) => {
    const trimmed = code.trim();
    if (trimmed !== '') {
      lookup.mutate(trimmed);
    }
  };
  const error = lookup.error;
  const message =
    error instanceof ApiError && error.status === 404
      ? t('inventoryImport.barcode.notFound')
      : error
        ? (fieldError(error, 'barcode') ?? (error instanceof ApiError ? error.message : undefined))
        : undefined;

  return (
    <>
      <Group align="flex-start" gap="xs" wrap="nowrap">
        <TextInput
          label={t('inventoryImport.barcode.label')}
          inputMode="numeric"
          autoComplete="off"
          maxLength={32}
          flex={1}
          value={barcode}
          onChange={(e) => setBarcode(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              find(barcode);
            }
          }}
          error={message}
        />
        <Button variant="default" mt={24} loading={lookup.isPending} onClick={() => find(barcode)}>
          {t('inventoryImport.barcode.find')}
        </Button>
        {canScan && (
          <Button variant="light" mt={24} onClick={() => setScanning(true)}>
            {t('inventoryImport.barcode.scan')}
          </Button>
        )}
      </Group>
      {lookup.data && (
        <Text size="sm" role="status">
          {t('inventoryImport.barcode.found', {
            name: localized(lookup.data.nameKo, lookup.data.nameEn),
            sku: lookup.data.sku,
          })}
        </Text>
      )}
      <Modal
        opened={scanning}
        onClose={() => setScanning(false)}
        title={t('inventoryImport.barcode.scanTitle')}
        closeButtonProps={{ 'aria-label': t('inventoryImport.barcode.cancel') }}
      >
        <CameraScanner
          texts="inventoryImport.barcode"
          onDetected={(code) => {
            setScanning(false);
            setBarcode(code);
            find(code);
          }}
        />
      </Modal>
    </>
  );
}
