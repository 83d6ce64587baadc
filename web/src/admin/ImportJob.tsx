import { Alert, Progress, SimpleGrid, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { AdminTable } from './AdminTable.tsx';
import { ErrorAlert } from './ErrorAlert.tsx';
import type { ImportJob, ImportSummary } from './types.ts';

/** Polls an import job until it is no longer running. */
export function useImportJob(slug: string, jobId: string | null) {
  return useQuery({
    queryKey: ['admin', slug, 'import-job', jobId],
    queryFn: () => api.get<ImportJob>(`/organizations/${encodeURIComponent(slug)}/imports/${jobId}`),
    enabled: jobId !== null,
    refetchInterval: (query) => (query.state.data?.status === 'running' ? 400 : false),
    staleTime: Infinity,
  });
}

const summaryKeys: (keyof ImportSummary)[] = ['valid', 'invalid', 'created', 'updated', 'unchanged'];

/** Progress while a job runs; afterwards its summary and every row error. */
export function ImportJobResult({ job, error }: { job: ImportJob | undefined; error: unknown }) {
  const { t } = useTranslation();
  if (error) {
    return <ErrorAlert error={error} />;
  }
  if (!job) {
    return null;
  }
  const percent = job.total > 0 ? Math.round((job.processed / job.total) * 100) : 0;
  if (job.status === 'running') {
    return (
      <Stack gap="xs" role="status">
        <Text>{t('admin.import.running')}</Text>
        <Progress value={percent} animated aria-label={t('admin.import.progressLabel')} />
        <Text size="sm" c="dimmed">
          {t('admin.import.progress', { processed: job.processed, total: job.total })}
        </Text>
      </Stack>
    );
  }
  const invalid = job.summary?.invalid ?? job.errors.length;
  return (
    <Stack>
      <Progress
        value={100}
        color={job.status === 'failed' ? 'red.9' : 'teal.9'}
        aria-label={t('admin.import.progressLabel')}
      />
      <Alert
        variant="outline"
        role="status"
        color={job.status === 'failed' ? 'red.9' : invalid > 0 ? 'orange.9' : 'teal.9'}
      >
        {job.status === 'failed'
          ? t('admin.import.failed')
          : job.dryRun
            ? `${t('admin.import.dryRunDone')} ${invalid > 0 ? t('admin.import.dryRunErrors') : t('admin.import.dryRunClean')}`
            : t('admin.import.commitDone')}
      </Alert>
      {job.summary && (
        <SimpleGrid cols={{ base: 2, sm: 5 }} component="dl">
          {summaryKeys
            .filter((key) => !job.dryRun || key === 'valid' || key === 'invalid')
            .map((key) => (
              <Paper key={key} withBorder p="sm">
                <Text component="dt" size="sm" c="dimmed">
                  {t(`admin.import.summary.${key}`)}
                </Text>
                <Text component="dd" m={0} fw={700} size="xl">
                  {job.summary?.[key] ?? 0}
                </Text>
              </Paper>
            ))}
        </SimpleGrid>
      )}
      {job.errors.length > 0 && (
        <Stack gap="xs">
          <Title order={3} size="h4">
            {t('admin.import.errorsTitle')}
          </Title>
          <AdminTable
            minWidth={520}
            label={t('admin.import.errorsTitle')}
            columns={[t('admin.import.line'), t('admin.import.field'), t('admin.import.problem')]}
          >
            {job.errors.map((rowError, index) => (
              <Table.Tr key={`${rowError.line}-${rowError.field}-${index}`}>
                <Table.Td>{rowError.line}</Table.Td>
                <Table.Td>
                  {t(`admin.import.fieldNames.${rowError.field}`, { defaultValue: rowError.field })}
                </Table.Td>
                <Table.Td>{rowError.message}</Table.Td>
              </Table.Tr>
            ))}
          </AdminTable>
        </Stack>
      )}
    </Stack>
  );
}
