import { randomBytes } from 'node:crypto';
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
  close: () => Promise<void>;
}

export async function createTestApp(
  dialect: DialectName,
  env: Record<string, string> = {},
): Promise<TestApp> {
  const handle = await openTestDatabase(dialect);
  const config = { ...loadConfig({ ...env }), loginRateLimit: Number(env.LOGIN_RATE_LIMIT ?? 1000) };
  const app = await buildApp({ config, db: handle.db, dialect: handle.dialect });
  await app.ready();
  return {
    app,
    handle,
    close: async () => {
      await app.close();
      await handle.close();
    },
  };
}
