import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { buildApp, type App } from '../server/app.ts';
import { loadConfig } from '../server/platform/config.ts';
import { openDatabase, type DatabaseHandle, type DialectName } from '../server/platform/db/database.ts';
import { migrateToLatest } from '../server/platform/db/migrate.ts';

/**
 * Like Kysely's own tests, every database test runs once per dialect: SQLite always, PostgreSQL
 * when DATABASE_URL is set (as `.ci/run` does). Each PostgreSQL test database is a fresh schema,
 * so test files can run in parallel against one server.
 */
export const dialects: DialectName[] = process.env.DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export async function openTestDatabase(dialect: DialectName): Promise<DatabaseHandle> {
  if (dialect === 'sqlite') {
    const handle = openDatabase({ sqlitePath: ':memory:' });
    await migrateToLatest(handle.db);
    return handle;
  }
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error('DATABASE_URL is required for the postgres dialect');
  }
  return openFreshSchema(url, 'test');
}

/** A new PostgreSQL schema, migrated, dropped again on close (tests and the benchmark use it). */
export async function openFreshSchema(url: string, prefix: string): Promise<DatabaseHandle> {
  const schema = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const handle = openDatabase({ databaseUrl: url, schema });
  await migrateToLatest(handle.db, schema);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`drop schema ${schema} cascade`);
      await cleanup.end();
    },
  };
}

export interface TestApp {
  app: App;
  handle: DatabaseHandle;
  /** This app's own upload folder (logos, photos), removed on close. */
  uploadDir: string;
  close: () => Promise<void>;
}

export async function createTestApp(
  dialect: DialectName,
  env: Record<string, string> = {},
): Promise<TestApp> {
  const handle = await openTestDatabase(dialect);
  const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dari-uploads-'));
  const config = {
    ...loadConfig({ UPLOAD_DIR: uploadDir, ...env }),
    loginRateLimit: Number(env.LOGIN_RATE_LIMIT ?? 1000),
  };
  const app = await buildApp({ config, db: handle.db, dialect: handle.dialect });
  await app.ready();
  return {
    app,
    handle,
    uploadDir,
    close: async () => {
      await app.close();
      await handle.close();
      fs.rmSync(uploadDir, { recursive: true, force: true });
    },
  };
}

/**
 * Two server instances over one SQLite file and one Redis (REDIS_URL), as behind a load balancer; the
 * second listens on a port for SSE clients. For `describe.skipIf(!process.env.REDIS_URL)` suites.
 */
export interface TwoInstances {
  handle: DatabaseHandle;
  first: App;
  second: App;
  /** The second instance's port on 127.0.0.1. */
  port: number;
  close(): Promise<void>;
}

export async function openTwoInstances(redisUrl: string): Promise<TwoInstances> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dari-two-'));
  const handle = openDatabase({ sqlitePath: path.join(dir, 'shared.db') });
  await migrateToLatest(handle.db);
  const config = loadConfig({
    REDIS_URL: redisUrl,
    REDIS_NAMESPACE: `test-${randomBytes(4).toString('hex')}`,
  });
  const first = await buildApp({ config, db: handle.db, dialect: handle.dialect });
  const second = await buildApp({ config, db: handle.db, dialect: handle.dialect });
  await second.listen({ port: 0, host: '127.0.0.1' });
  return {
    handle,
    first,
    second,
    port: (second.server.address() as AddressInfo).port,
    close: async () => {
      await first.close();
      await second.close();
      await handle.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
