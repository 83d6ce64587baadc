import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/harness.ts';
import { dialects } from '../../../test/harness.ts';
import { createOrganization } from '../../../test/fixtures.ts';
import type { DatabaseHandle } from '../../platform/db/database.ts';
import { exportMembersCommand, importMembersCommand, type Output } from './cli.ts';
import { csvText, membersCsv } from './fixtures/files.ts';

function capture(): Output & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, info: (l) => lines.push(l), error: (l) => errors.push(l) };
}

describe.each(dialects)('member import/export commands on %s', (dialect) => {
  let handle: DatabaseHandle;
  let dir: string;
  let slug: string;

  beforeAll(async () => {
    handle = await openTestDatabase(dialect);
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dari-import-'));
    slug = (await createOrganization(handle.db)).slug;
  });
  afterAll(async () => {
    await handle.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('dry-runs, imports with progress and a summary, then exports a file that re-imports unchanged', async () => {
    const file = path.join(dir, 'members.csv');
    await fs.writeFile(file, membersCsv(12, { bom: true }));

    const dry = capture();
    expect(
      await importMembersCommand(handle.db, { file, orgSlug: slug, dryRun: true, locale: 'en' }, dry),
    ).toBe(0);
    expect(dry.lines.at(-1)).toBe(
      'Dry run: 12 valid, 0 invalid; would create 12, update 0, leave 0 unchanged.',
    );

    const real = capture();
    expect(
      await importMembersCommand(handle.db, { file, orgSlug: slug, dryRun: false, locale: 'ko' }, real),
    ).toBe(0);
    expect(real.lines[0]).toContain('utf-8-bom, 12행');
    expect(real.lines).toContain('12 / 12행');
    expect(real.lines.at(-1)).toBe('가져오기 완료: 새로 추가 12, 변경 0, 그대로 0.');

    const out = path.join(dir, 'export.xlsx');
    const exported = capture();
    expect(await exportMembersCommand(handle.db, { orgSlug: slug, format: 'xlsx', out }, exported)).toBe(0);
    expect(exported.lines).toEqual([`Exported 12 members to ${out}.`]);
    const again = capture();
    expect(
      await importMembersCommand(handle.db, { file: out, orgSlug: slug, dryRun: false, locale: 'en' }, again),
    ).toBe(0);
    expect(again.lines.at(-1)).toBe('Imported: 0 created, 0 updated, 12 unchanged.');
  });

  it('prints each row error and exits 1 without importing; exits 2 for an unknown organization', async () => {
    const file = path.join(dir, 'broken.csv');
    await fs.writeFile(
      file,
      csvText([
        ['Name', 'Email'],
        ['Good', 'good@example.test'],
        ['Bad', 'nope'],
      ]),
    );
    const run = capture();
    expect(
      await importMembersCommand(handle.db, { file, orgSlug: slug, dryRun: false, locale: 'en' }, run),
    ).toBe(1);
    expect(run.errors).toEqual([
      'line 3, email: Not a valid e-mail address: "nope".',
      'Nothing was imported: 1 rows have errors.',
    ]);
    const unknown = capture();
    expect(
      await importMembersCommand(handle.db, { file, orgSlug: 'nope', dryRun: true, locale: 'en' }, unknown),
    ).toBe(2);
    expect(unknown.errors).toEqual(['No organization with the slug "nope".']);
  });
});
