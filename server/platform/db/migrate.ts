import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './database.ts';
import { migrations } from './migrations/index.ts';

/** Migrations are listed in code (not read from disk) so tsx, tests and the CLI resolve the same set. */
class ListedMigrations implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return migrations;
  }
}

/**
 * `schema` (PostgreSQL only) keeps Kysely's own bookkeeping tables in that schema: its existence check
 * looks across all schemas, so parallel test schemas would otherwise see each other's tables.
 */
function migrator(db: Db, schema?: string): Migrator {
  return new Migrator({
    db,
    provider: new ListedMigrations(),
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
}

export async function migrateToLatest(db: Db, schema?: string): Promise<void> {
  const { error, results } = await migrator(db, schema).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
}

export async function migrateDown(db: Db, schema?: string): Promise<void> {
  const down = migrator(db, schema);
  for (;;) {
    const { error, results } = await down.migrateDown();
    if (error) {
      throw error instanceof Error ? error : new Error(String(error));
    }
    if (!results || results.length === 0) {
      return;
    }
  }
}
