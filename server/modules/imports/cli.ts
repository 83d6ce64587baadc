import fs from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../../platform/db/database.ts';
import type { Locale } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n/index.ts';
import { exportMembers, type ExportFormat } from './export.ts';
import { translateErrors } from './jobs.ts';
import { resolveMapping } from './mapping.ts';
import './messages.ts';
import { parseTableFile } from './parse.ts';
import { runMemberImport } from './service.ts';

/** Where the commands write: stdout for progress and results, stderr for problems (tests pass their own). */
export interface Output {
  info: (line: string) => void;
  error: (line: string) => void;
}

const consoleOutput: Output = {
  info: (line) => process.stdout.write(`${line}\n`),
  error: (line) => process.stderr.write(`${line}\n`),
};

/** Exit codes: 0 done, 1 rows with errors (nothing imported), 2 unusable input (file, organization, mapping). */
export const EXIT_OK = 0;
export const EXIT_INVALID_ROWS = 1;
export const EXIT_USAGE = 2;

async function organizationId(db: Db, slug: string): Promise<{ id: string; slug: string } | undefined> {
  return db.selectFrom('organizations').select(['id', 'slug']).where('slug', '=', slug).executeTakeFirst();
}

function describeError(locale: Locale, error: unknown): string {
  if (error instanceof AppError) {
    const details = Object.values(error.fields ?? {}).map((f) => t(locale, f.key, f.params));
    return details.length > 0 ? details.join(' ') : t(locale, `errors.${error.code}`, error.params);
  }
  return error instanceof Error ? error.message : String(error);
}

export async function importMembersCommand(
  db: Db,
  options: { file: string; orgSlug: string; dryRun: boolean; locale: Locale },
  out: Output = consoleOutput,
): Promise<number> {
  const { locale } = options;
  const organization = await organizationId(db, options.orgSlug);
  if (!organization) {
    out.error(t(locale, 'imports:cli.orgUnknown', { slug: options.orgSlug }));
    return EXIT_USAGE;
  }
  let prepared;
  try {
    const table = await parseTableFile(await fs.readFile(options.file));
    prepared = { table, mapping: resolveMapping(undefined, table.headers) };
  } catch (error) {
    out.error(describeError(locale, error));
    return EXIT_USAGE;
  }
  const total = prepared.table.rows.length;
  out.info(
    t(locale, 'imports:cli.reading', { file: options.file, encoding: prepared.table.encoding, rows: total }),
  );
  let lastTenth = -1;
  const result = await runMemberImport(db, {
    organizationId: organization.id,
    ...prepared,
    dryRun: options.dryRun,
    onProgress: (processed) => {
      const tenth = Math.floor((processed / Math.max(total, 1)) * 10);
      if (tenth > lastTenth) {
        lastTenth = tenth;
        out.info(t(locale, 'imports:cli.progress', { processed, total }));
      }
    },
  });
  for (const e of translateErrors(locale, result.errors)) {
    out.error(t(locale, 'imports:cli.errorLine', e));
  }
  const summary = result.summary;
  if (options.dryRun) {
    out.info(t(locale, 'imports:cli.dryRunDone', { ...summary }));
  } else if (result.status === 'failed') {
    out.error(t(locale, 'imports:cli.failed', { ...summary }));
  } else {
    out.info(t(locale, 'imports:cli.done', { ...summary }));
  }
  return summary.invalid > 0 ? EXIT_INVALID_ROWS : EXIT_OK;
}

/** Writes the export to `out`, or to stdout when `out` is omitted or "-". */
export async function exportMembersCommand(
  db: Db,
  options: { orgSlug: string; format: ExportFormat; out?: string; locale?: Locale },
  output: Output = consoleOutput,
): Promise<number> {
  const locale = options.locale ?? 'en';
  const organization = await organizationId(db, options.orgSlug);
  if (!organization) {
    output.error(t(locale, 'imports:cli.orgUnknown', { slug: options.orgSlug }));
    return EXIT_USAGE;
  }
  const file = await exportMembers(db, organization, locale, options.format);
  if (options.out === undefined || options.out === '-') {
    process.stdout.write(file.body);
    return EXIT_OK;
  }
  await fs.mkdir(path.dirname(path.resolve(options.out)), { recursive: true });
  await fs.writeFile(options.out, file.body);
  output.info(t(locale, 'imports:cli.exported', { count: file.count, out: options.out }));
  return EXIT_OK;
}
