import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../server/platform/auth/secrets.ts';
import { openDatabase } from '../server/platform/db/database.ts';
import { migrateToLatest } from '../server/platform/db/migrate.ts';
import { createOrganization } from './fixtures.ts';

const run = promisify(execFile);

/** The real `dari` command, run as a user would, against an SQLite file. */
describe('dari command line', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dari-cli-'));
  const env = { ...process.env, SQLITE_PATH: path.join(dir, 'dari.db'), DATABASE_URL: '' };
  const dari = (...args: string[]) => run(process.execPath, ['bin/dari.js', ...args], { env });

  beforeAll(async () => {
    const handle = openDatabase({ sqlitePath: env.SQLITE_PATH });
    await migrateToLatest(handle.db);
    await createOrganization(handle.db, 'cli-chamber');
    await handle.close();
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('creates an API token that is stored only as a hash', async () => {
    const { stdout } = await dari('token', 'create', '--org', 'cli-chamber', '--name', 'Website');
    const token =
      stdout
        .split('\n')
        .find((line) => /^[\w-]{40,}$/.test(line.trim()))
        ?.trim() ?? '';
    expect(token).not.toBe('');
    const handle = openDatabase({ sqlitePath: env.SQLITE_PATH });
    const row = await handle.db.selectFrom('api_tokens').selectAll().executeTakeFirstOrThrow();
    await handle.close();
    expect(row).toMatchObject({ name: 'Website', token_hash: hashSecret(token) });
  });

  it('explains a wrong organization or a missing argument and exits with 2', async () => {
    await expect(dari('token', 'create', '--org', 'nope', '--name', 'X')).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('No organization with slug "nope"'),
    });
    await expect(dari('token', 'create', '--org', 'cli-chamber')).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--name NAME is required'),
    });
    await expect(dari('frobnicate')).rejects.toMatchObject({ code: 2 });
  });
});
