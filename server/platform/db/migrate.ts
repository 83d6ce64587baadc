import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './database.ts';
import { migrations } from './migrations/index.ts';

/** Migrations are listed in code (not read from disk) so tsx, tests and the CLI resolve the same set. */
class ListedMigrations implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return migrations;
  }
}

export async function migrateToLatest(db: Db): Promise<void> {
  const migrator = new Migrator({ db, provider: new ListedMigrations() });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
}

export async function migrateDown(db: Db): Promise<void> {
  const migrator = new Migrator({ db, provider: new ListedMigrations() });
  for (;;) {
    const { error, results } = await migrator.migrateDown();
    if (error) {
      throw error instanceof Error ? error : new Error(String(error));
    }
    if (!results || results.length === 0) {
      return;
    }
  }
}
