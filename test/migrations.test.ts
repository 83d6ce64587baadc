import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateDown, migrateToLatest } from '../server/platform/db/migrate.ts';
import { migrations } from '../server/platform/db/migrations/index.ts';
import { dialects, openTestDatabase } from './harness.ts';

describe.each(dialects)('migrations on %s', (dialect) => {
  it('go all the way down and up again, leaving the eight pillars seeded', async () => {
    const handle = await openTestDatabase(dialect);
    const schema =
      dialect === 'postgres'
        ? (await sql<{ s: string }>`select current_schema() as s`.execute(handle.db)).rows[0]?.s
        : undefined;
    try {
      await migrateDown(handle.db, schema);
      const tables = await handle.db.introspection.getTables();
      const ours = tables.filter((t) => schema === undefined || t.schema === schema).map((t) => t.name);
      expect(ours).not.toContain('users');
      expect(ours).not.toContain('businesses');
      await migrateToLatest(handle.db, schema);
      const pillars = await handle.db.selectFrom('pillars').select('key').orderBy('position').execute();
      expect(pillars.map((p) => p.key)).toEqual([
        'safe-city',
        'cyber-security',
        'digitization',
        'smart-store',
        'inventory',
        'legal',
        'finance',
        'web-design',
      ]);
    } finally {
      await handle.close();
    }
  });

  it('are named by timestamp, in order', () => {
    const names = Object.keys(migrations);
    expect(names).toEqual([...names].sort());
    for (const name of names) {
      expect(name).toMatch(/^\d{14}_[a-z_]+$/);
    }
  });
});
