import { useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  FileInput,
  Group,
  Loader,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { api } from '../../api.ts';
import { ErrorAlert } from '../../admin/ErrorAlert.tsx';
import { InventoryNav } from '../InventoryNav.tsx';
import { PastImports } from './PastImports.tsx';
import { SalesMapping, salesMappingReady } from './SalesMapping.tsx';
import { SalesReportView } from './SalesReportView.tsx';
import type { GenericFormat, Location, Mapping, SalesFormat, SalesPreview, SalesReport } from './types.ts';

/**
 * /my/business/:slug/inventory/sales — bringing sales in from the till: choose the export → its layout
 * and columns (Square's are known) → a dry run (every bad line, stock that would go below zero) →
 * the import, all or nothing → what it added; and the files brought in before.
 */
export function SalesImportPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const base = `/businesses/${encodeURIComponent(slug)}/inventory/sales-imports`;
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<SalesFormat>('generic-daily');
  const [mapping, setMapping] = useState<Mapping>({});
  const [locationId, setLocationId] = useState('');
  const [allowNegative, setAllowNegative] = useState(false);
  const locations = useQuery({
    queryKey: ['inventory', slug, 'locations'],
    queryFn: () => api.get<Location[]>(`/businesses/${encodeURIComponent(slug)}/inventory/locations`),
  });

  const preview = useMutation({
    mutationFn: (chosen: File) => {
      const form = new FormData();
      form.append('file', chosen);
      return api.post<SalesPreview>(`${base}/preview`, form);
    },
    onSuccess: (result) => {
      setFormat(result.format);
      setMapping({ ...(result.mapping ?? {}) });
    },
  });
  const run = (dryRun: boolean) => {
    if (!file) {
      throw new Error('no file');
    }
    // Fields go before the file so the streaming multipart reader has them when the file arrives.
    const form = new FormData();
    form.append('format', format);
    if (format !== 'square-items') {
      const chosen = Object.fromEntries(Object.entries(mapping).filter(([, field]) => Boolean(field)));
      form.append('mapping', JSON.stringify(chosen));
    }
    if (locationId) {
      form.append('locationId', locationId);
    }
    form.append('dryRun', String(dryRun));
    form.append('allowNegative', String(!dryRun && allowNegative));
    form.append('file', file);
    return api.post<SalesReport>(base, form);
  };
  const dryRun = useMutation({ mutationFn: () => run(true) });
  const commit = useMutation({
    mutationFn: () => run(false),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['inventory', slug] }),
  });

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setMapping({});
    setLocationId('');
    setAllowNegative(false);
    dryRun.reset();
    commit.reset();
    preview.reset();
    if (chosen) {
      preview.mutate(chosen);
    }
  };
  const changed = () => {
    dryRun.reset();
    commit.reset();
    setAllowNegative(false);
  };

  const previewData = preview.data;
  const busy = preview.isPending || dryRun.isPending || commit.isPending;
  const committed = commit.data !== undefined;
  const ready =
    previewData !== undefined &&
    (format === 'square-items' || salesMappingReady(previewData, format, mapping));
  const found = dryRun.data;
  const negative = (found?.negative.length ?? 0) > 0;
  const canImport = !negative || allowNegative;

  return (
    <Stack maw={960} mx="auto" gap="md">
      <InventoryNav slug={slug} active="sales" />
      <Title order={1}>{t('sales.title')}</Title>
      <Text>{t('sales.intro')}</Text>
      <FileInput
        label={t('sales.file')}
        placeholder={t('sales.filePlaceholder')}
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        value={file}
        onChange={choose}
        clearable
        styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
        clearButtonProps={{ 'aria-label': t('sales.clearFile') }}
        disabled={busy}
        maw={480}
      />
      {preview.isPending && (
        <Group gap="xs" role="status">
          <Loader size="sm" />
          <Text>{t('sales.reading')}</Text>
        </Group>
      )}
      <ErrorAlert error={preview.error} />
      {previewData && (
        <Paper withBorder p="md">
          <Stack>
            <Group gap="lg" wrap="wrap">
              <Text>
                {t('sales.detected')}:{' '}
                <Badge variant="outline">{t(`sales.formats.${previewData.format}`)}</Badge>
              </Text>
              <Text>
                {t('sales.encoding')}:{' '}
                <Badge variant="outline">{t(`sales.encodings.${previewData.encoding}`)}</Badge>
              </Text>
              <Text>
                {t('sales.rowCount')}: <strong>{previewData.rowCount.toLocaleString()}</strong>
              </Text>
            </Group>
            {format === 'square-items' ? (
              <Alert variant="outline" color="blue.9">
                {t('sales.squareNote')}
              </Alert>
            ) : (
              <SalesMapping
                preview={previewData}
                format={format}
                mapping={mapping}
                disabled={busy || committed}
                onChange={(nextFormat: GenericFormat, next) => {
                  setFormat(nextFormat);
                  setMapping(next);
                  changed();
                }}
              />
            )}
            <NativeSelect
              label={t('sales.location')}
              description={t('sales.locationHelp')}
              value={locationId}
              disabled={busy || committed}
              data={[
                { value: '', label: t('sales.asInFile') },
                ...(locations.data ?? []).map((l) => ({ value: l.id, label: l.name })),
              ]}
              onChange={(event) => {
                setLocationId(event.currentTarget.value);
                changed();
              }}
              maw={480}
            />
            <Group>
              <Button
                variant="outline"
                disabled={!ready || busy || committed}
                loading={dryRun.isPending}
                onClick={() => dryRun.mutate()}
              >
                {t('sales.dryRun')}
              </Button>
              {(committed || found) && !busy && (
                <Button variant="subtle" onClick={() => choose(null)}>
                  {t('sales.startOver')}
                </Button>
              )}
            </Group>
            {busy && !preview.isPending && <Text role="status">{t('sales.running')}</Text>}
            <ErrorAlert error={dryRun.error} />
            {!committed && found && <SalesReportView report={found} />}
            {!committed && found && found.errors.length === 0 && (
              <Stack gap="xs" align="flex-start">
                {negative && (
                  <Checkbox
                    label={t('sales.allowNegative')}
                    checked={allowNegative}
                    onChange={(event) => setAllowNegative(event.currentTarget.checked)}
                    disabled={busy}
                  />
                )}
                <Button
                  disabled={!canImport || busy}
                  loading={commit.isPending}
                  onClick={() => commit.mutate()}
                >
                  {t('sales.import')}
                </Button>
              </Stack>
            )}
            <ErrorAlert error={commit.error} />
            {commit.data && <SalesReportView report={commit.data} />}
          </Stack>
        </Paper>
      )}
      <PastImports slug={slug} />
    </Stack>
  );
}
