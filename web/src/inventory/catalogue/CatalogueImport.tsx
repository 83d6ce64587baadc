import { useState } from 'react';
import { Badge, Button, FileInput, Group, Loader, Modal, Paper, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { ErrorAlert } from '../../admin/ErrorAlert.tsx';
import { ColumnMapping, mappingReady, type Mapping } from '../../components/ColumnMapping.tsx';
import { CatalogueReport } from './CatalogueReport.tsx';
import type { CataloguePreview, CatalogueResult } from './types.ts';

/** The inventory page's way in: a button opening the import in a dialog (full screen on a phone). */
export function CatalogueImportButton({ slug, onImported }: { slug: string; onImported: () => void }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const phone = useMediaQuery('(max-width: 48em)');
  return (
    <>
      <Button variant="light" w="fit-content" onClick={() => setOpened(true)}>
        {t('inventoryImport.open')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('inventoryImport.title')}
        size="xl"
        fullScreen={phone}
        closeButtonProps={{ 'aria-label': t('inventoryImport.close') }}
      >
        <CatalogueImport slug={slug} onImported={onImported} />
      </Modal>
    </>
  );
}

/**
 * Catalogue import: choose a file → map its columns → dry run (every bad row with its line) → import
 * (everything, or nothing if a row is bad) → what it created, changed and counted.
 */
export function CatalogueImport({ slug, onImported }: { slug: string; onImported: () => void }) {
  const { t } = useTranslation();
  const base = `/businesses/${encodeURIComponent(slug)}/inventory/catalogue-import`;
  const [file, setFile] = useState<File | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});

  const preview = useMutation({
    mutationFn: (chosen: File) => {
      const form = new FormData();
      form.append('file', chosen);
      return api.post<CataloguePreview>(`${base}/preview`, form);
    },
    onSuccess: (result) => setMapping({ ...result.suggestedMapping }),
  });
  const run = (dryRun: boolean) => {
    if (!file) {
      throw new Error('no file');
    }
    // Fields go before the file so the streaming multipart reader has them when the file arrives.
    const form = new FormData();
    const chosen = Object.fromEntries(Object.entries(mapping).filter(([, field]) => Boolean(field)));
    form.append('mapping', JSON.stringify(chosen));
    form.append('dryRun', String(dryRun));
    form.append('file', file);
    return api.post<CatalogueResult>(base, form);
  };
  const dryRun = useMutation({ mutationFn: () => run(true) });
  const commit = useMutation({
    mutationFn: () => run(false),
    onSuccess: (result) => {
      if (result.status === 'done') {
        onImported();
      }
    },
  });

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setMapping({});
    dryRun.reset();
    commit.reset();
    preview.reset();
    if (chosen) {
      preview.mutate(chosen);
    }
  };
  const changeMapping = (next: Mapping) => {
    setMapping(next);
    dryRun.reset();
  };

  const previewData = preview.data;
  const busy = preview.isPending || dryRun.isPending || commit.isPending;
  const committed = commit.data !== undefined;
  const dryRunClean = dryRun.data?.status === 'done' && dryRun.data.errors.length === 0;

  return (
    <Stack>
      <Text>{t('inventoryImport.intro')}</Text>
      <FileInput
        label={t('inventoryImport.file')}
        placeholder={t('inventoryImport.filePlaceholder')}
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        value={file}
        onChange={choose}
        clearable
        styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
        clearButtonProps={{ 'aria-label': t('inventoryImport.clearFile') }}
        disabled={busy}
      />
      {preview.isPending && (
        <Group gap="xs" role="status">
          <Loader size="sm" />
          <Text>{t('inventoryImport.reading')}</Text>
        </Group>
      )}
      <ErrorAlert error={preview.error} />
      {previewData && (
        <Paper withBorder p="md">
          <Stack>
            <Group gap="lg" wrap="wrap">
              <Text>
                {t('inventoryImport.encoding')}:{' '}
                <Badge variant="outline">{t(`inventoryImport.encodings.${previewData.encoding}`)}</Badge>
              </Text>
              <Text>
                {t('inventoryImport.rowCount')}: <strong>{previewData.rowCount}</strong>
              </Text>
            </Group>
            <ColumnMapping
              texts="inventoryImport"
              fieldNames="inventoryImport.fields"
              headers={previewData.headers}
              sample={previewData.sampleRows[0]}
              fields={previewData.fields}
              mapping={mapping}
              onChange={changeMapping}
              disabled={busy || committed}
            />
            <Group>
              <Button
                variant="outline"
                disabled={!mappingReady(previewData.fields, mapping) || busy || committed}
                loading={dryRun.isPending}
                onClick={() => dryRun.mutate()}
              >
                {t('inventoryImport.dryRun')}
              </Button>
              <Button
                disabled={!dryRunClean || busy || committed}
                loading={commit.isPending}
                onClick={() => commit.mutate()}
              >
                {t('inventoryImport.commit')}
              </Button>
              {(committed || dryRun.data) && !busy && (
                <Button variant="subtle" onClick={() => choose(null)}>
                  {t('inventoryImport.startOver')}
                </Button>
              )}
            </Group>
            {(dryRun.isPending || commit.isPending) && (
              <Text role="status">{t('inventoryImport.running')}</Text>
            )}
            <ErrorAlert error={dryRun.error ?? commit.error} />
            {!committed && dryRun.data && <CatalogueReport result={dryRun.data} />}
            {commit.data && <CatalogueReport result={commit.data} />}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
