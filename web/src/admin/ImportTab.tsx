import { useEffect, useState } from 'react';
import { Badge, Button, FileInput, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ErrorAlert } from './ErrorAlert.tsx';
import { ImportJobResult, useImportJob } from './ImportJob.tsx';
import { ColumnMapping, mappingProblems, type Mapping } from '../components/ColumnMapping.tsx';
import type { ImportPreview } from './types.ts';

/** Member import: upload → map columns → dry run (every row's errors) → atomic import with progress. */
export function ImportTab({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const base = `/organizations/${encodeURIComponent(slug)}/imports/members`;
  const [file, setFile] = useState<File | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [dryRunJobId, setDryRunJobId] = useState<string | null>(null);
  const [commitJobId, setCommitJobId] = useState<string | null>(null);
  const dryRunJob = useImportJob(slug, dryRunJobId);
  const commitJob = useImportJob(slug, commitJobId);
  const queryClient = useQueryClient();
  const commitStatus = commitJob.data?.status;
  useEffect(() => {
    if (commitStatus === 'done') {
      void queryClient.invalidateQueries({ queryKey: ['admin', slug, 'members'] });
    }
  }, [commitStatus, queryClient, slug]);

  const preview = useMutation({
    mutationFn: (chosen: File) => {
      const form = new FormData();
      form.append('file', chosen);
      return api.post<ImportPreview>(`${base}/preview`, form);
    },
    onSuccess: (result) => setMapping({ ...result.suggestedMapping }),
  });
  const start = useMutation({
    mutationFn: ({ dryRun }: { dryRun: boolean }) => {
      if (!file) {
        throw new Error('no file');
      }
      // Fields go before the file so a streaming multipart parser sees them first.
      const form = new FormData();
      const chosen = Object.fromEntries(Object.entries(mapping).filter(([, field]) => Boolean(field)));
      form.append('mapping', JSON.stringify(chosen));
      form.append('dryRun', String(dryRun));
      form.append('file', file);
      return api.post<{ jobId: string }>(base, form);
    },
    onSuccess: ({ jobId }, { dryRun }) => (dryRun ? setDryRunJobId(jobId) : setCommitJobId(jobId)),
  });

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setMapping({});
    setDryRunJobId(null);
    setCommitJobId(null);
    start.reset();
    preview.reset();
    if (chosen) {
      preview.mutate(chosen);
    }
  };
  const changeMapping = (next: Mapping) => {
    setMapping(next);
    setDryRunJobId(null);
    start.reset();
  };

  const previewData = preview.data;
  const problems = previewData
    ? mappingProblems(previewData.fields, mapping)
    : { missing: [], duplicated: [], nameMissing: false };
  const mappingReady =
    problems.missing.length === 0 && problems.duplicated.length === 0 && !problems.nameMissing;
  const dryRun = dryRunJob.data;
  const running = start.isPending || dryRun?.status === 'running' || commitJob.data?.status === 'running';
  const dryRunClean =
    dryRun?.status === 'done' && dryRun.errors.length === 0 && (dryRun.summary?.invalid ?? 0) === 0;
  const committed = commitJobId !== null;

  return (
    <Stack>
      <Title order={2}>{t('admin.import.title')}</Title>
      <Text c="dimmed">{t('admin.import.intro')}</Text>
      <FileInput
        label={t('admin.import.file')}
        placeholder={t('admin.import.filePlaceholder')}
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        value={file}
        onChange={choose}
        clearable
        // The placeholder is real text here (not ::placeholder), so it needs body-text contrast.
        styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
        clearButtonProps={{ 'aria-label': t('admin.import.clearFile') }}
        disabled={running}
        maw={480}
      />
      {preview.isPending && (
        <Group gap="xs" role="status">
          <Loader size="sm" />
          <Text>{t('admin.import.reading')}</Text>
        </Group>
      )}
      <ErrorAlert error={preview.error} />
      {previewData && (
        <Paper withBorder p="md">
          <Stack>
            <Group gap="lg" wrap="wrap">
              <Text>
                {t('admin.import.encoding')}:{' '}
                <Badge variant="outline">{t(`admin.import.encodings.${previewData.encoding}`)}</Badge>
              </Text>
              <Text>
                {t('admin.import.rowCount')}: <strong>{previewData.rowCount}</strong>
              </Text>
            </Group>
            <ColumnMapping
              texts="admin.import"
              fieldNames="admin.import.fieldNames"
              headers={previewData.headers}
              sample={previewData.sampleRows[0]}
              fields={previewData.fields}
              mapping={mapping}
              onChange={changeMapping}
              disabled={running || committed}
            />
            <Group>
              <Button
                variant="outline"
                disabled={!mappingReady || running || committed}
                loading={start.isPending && start.variables.dryRun}
                onClick={() => start.mutate({ dryRun: true })}
              >
                {t('admin.import.dryRun')}
              </Button>
              <Button
                disabled={!dryRunClean || running || committed}
                loading={start.isPending && !start.variables.dryRun}
                onClick={() => start.mutate({ dryRun: false })}
              >
                {t('admin.import.commit')}
              </Button>
              {(committed || dryRunJobId) && !running && (
                <Button variant="subtle" onClick={() => choose(null)}>
                  {t('admin.import.startOver')}
                </Button>
              )}
            </Group>
            <ErrorAlert error={start.error} />
            {!committed && <ImportJobResult job={dryRun} error={dryRunJob.error} />}
            {committed && <ImportJobResult job={commitJob.data} error={commitJob.error} />}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
