import { buildApp } from './app.ts';
import { loadConfig } from './platform/config.ts';
import { openDatabase } from './platform/db/database.ts';
import { migrateToLatest } from './platform/db/migrate.ts';
import { warmSearchIndex } from './modules/search/live-index.ts';
import { warmMatchDirectory } from './modules/matching/directory.ts';
import { startSweeps } from './platform/sweeps.ts';
import { isDatabaseEmpty, seedDemoFederation } from './seed/demo.ts';

const config = loadConfig();
const handle = openDatabase({ databaseUrl: config.databaseUrl, sqlitePath: config.sqlitePath });
await migrateToLatest(handle.db);

let seeded = false;
if (await isDatabaseEmpty(handle.db)) {
  const summary = await seedDemoFederation(handle.db);
  seeded = true;
  console.log(
    `Seeded the demo federation: ${summary.organizations} organizations, ${summary.businesses} businesses ` +
      `(${summary.members} members, ${summary.partners} partners), ${summary.offers} offers, ${summary.needs} needs.`,
  );
}

const app = await buildApp({
  config,
  db: handle.db,
  dialect: handle.dialect,
  logger: process.env.DARI_LOG === '1',
});
await app.listen({ port: config.port, host: config.host });
// The search index and the matching directory are built from the database in the background; the first
// searches and matches wait for them.
void warmSearchIndex(handle.db).then(() => warmMatchDirectory(handle.db));
const stopSweeps = startSweeps(app);

const where = handle.dialect === 'sqlite' ? config.sqlitePath : 'PostgreSQL (DATABASE_URL)';
console.log(`
  Dari (다리) is running at http://localhost:${config.port}
  Database: ${handle.dialect} — ${where}${seeded ? ' (demo federation seeded)' : ''}
  API docs: http://localhost:${config.port}/api/docs

  Sign in with a demo account (password: dari-demo-2026):
    admin@dari.local              platform admin
    staff@kaccdallas.org          admin of the Korean-American Chamber (kacc-dallas)
    owner@hanmart.example         member, owner of Han Mart (한마트)
    partner@securekorea.example   partner firm
    liaison@dallaspolice.example  police safety liaison
  E-mail goes to the outbox (Admin → Outbox) unless SMTP_URL is set.
`);

async function shutdown(): Promise<void> {
  stopSweeps();
  await app.close();
  await handle.close();
  process.exit(0);
}
process.once('SIGINT', () => void shutdown());
process.once('SIGTERM', () => void shutdown());
