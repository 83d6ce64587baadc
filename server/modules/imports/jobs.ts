import type { Db } from '../../platform/db/database.ts';
import type { Locale } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/auth/secrets.ts';
import { t } from '../../platform/i18n/index.ts';
import type { Mapping } from './mapping.ts';
import type { ParsedTable } from './parse.ts';
import { runMemberImport, type ImportSummary } from './service.ts';
import type { RowError } from './validate.ts';

/**
 * Import jobs live in this process only: a job is short (seconds) and its result is read right after by
 * the admin who started it. Finished jobs are kept for an hour so the page can be reloaded.
 */
export interface ImportJob {
  id: string;
  organizationId: string;
  status: 'running' | 'done' | 'failed';
  dryRun: boolean;
  processed: number;
  total: number;
  summary?: ImportSummary;
  errors: RowError[];
  finishedAt?: number;
}

/** Errors shown per job; a file with every row broken would otherwise send megabytes of messages. */
export const MAX_REPORTED_ERRORS = 1000;
const KEEP_MS = 60 * 60 * 1000;

const jobs = new Map<string, ImportJob>();

function forget(nowMs: number): void {
  for (const [id, job] of jobs) {
    if (job.finishedAt !== undefined && nowMs - job.finishedAt > KEEP_MS) {
      jobs.delete(id);
    }
  }
}

export interface StartImport {
  organizationId: string;
  table: ParsedTable;
  mapping: Mapping;
  dryRun: boolean;
  onError?: (error: unknown) => void;
}

/** One import per organization at a time: two concurrent runs of one file could both create the same member. */
export function startImportJob(db: Db, input: StartImport): ImportJob {
  forget(Date.now());
  const busy = [...jobs.values()].some(
    (j) => j.organizationId === input.organizationId && j.status === 'running',
  );
  if (busy) {
    throw new AppError('conflict', { fields: { file: { key: 'imports:jobs.busy' } } });
  }
  const job: ImportJob = {
    id: newId(),
    organizationId: input.organizationId,
    status: 'running',
    dryRun: input.dryRun,
    processed: 0,
    total: input.table.rows.length,
    errors: [],
  };
  jobs.set(job.id, job);
  void runMemberImport(db, {
    ...input,
    onProgress: (processed) => {
      job.processed = processed;
    },
  })
    .then((result) => {
      Object.assign(job, { status: result.status, summary: result.summary, errors: result.errors });
    })
    .catch((error: unknown) => {
      input.onError?.(error);
      Object.assign(job, { status: 'failed', errors: [{ line: 0, field: 'file', key: 'errors.internal' }] });
    })
    .finally(() => {
      job.finishedAt = Date.now();
    });
  return job;
}

export function findImportJob(organizationId: string, id: string): ImportJob | undefined {
  const job = jobs.get(id);
  return job?.organizationId === organizationId ? job : undefined;
}

export function translateErrors(locale: Locale, errors: readonly RowError[]) {
  const shown = errors.slice(0, MAX_REPORTED_ERRORS).map((e) => ({
    line: e.line,
    field: e.field,
    message: t(locale, e.key, e.params),
  }));
  if (errors.length > MAX_REPORTED_ERRORS) {
    shown.push({
      line: 0,
      field: 'file',
      message: t(locale, 'imports:rows.moreErrors', { count: errors.length - MAX_REPORTED_ERRORS }),
    });
  }
  return shown;
}

export function presentJob(job: ImportJob, locale: Locale) {
  return {
    id: job.id,
    status: job.status,
    processed: job.processed,
    total: job.total,
    dryRun: job.dryRun,
    ...(job.summary ? { summary: job.summary } : {}),
    errors: translateErrors(locale, job.errors),
  };
}
