import { parseArgs } from 'node:util';
import { loadConfig } from './platform/config.ts';
import { openDatabase, type Db } from './platform/db/database.ts';
import { migrateToLatest } from './platform/db/migrate.ts';
import { isLocale } from './platform/i18n/index.ts';
import type { Locale } from './platform/db/schema.ts';
import { createApiToken } from './modules/tokens/service.ts';
import { exportMembersCommand, importMembersCommand } from './modules/imports/cli.ts';

const usage = `Usage:
  dari token create --org SLUG --name NAME      create an API token for an organization (printed once)
  dari import members FILE --org SLUG [--dry-run] [--lang ko|en]
  dari export members --org SLUG --format csv|xlsx [--out FILE]
  dari migrate                                  bring the database schema up to date

The database is the one npm start uses: DATABASE_URL (PostgreSQL) or SQLITE_PATH (default ./data/dari.db).`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    org: { type: 'string' },
    name: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    lang: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

function fail(message: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(2);
}

async function findOrganizationId(db: Db, slug: string | undefined): Promise<string> {
  if (!slug) {
    fail('--org SLUG is required.');
  }
  const org = await db.selectFrom('organizations').select('id').where('slug', '=', slug).executeTakeFirst();
  if (!org) {
    fail(`No organization with slug "${slug}".`);
  }
  return org.id;
}

async function run(db: Db, command: string): Promise<number> {
  const locale: Locale = isLocale(values.lang) ? values.lang : 'en';
  switch (command) {
    case 'migrate':
      console.log('Database is up to date.');
      return 0;
    case 'token create': {
      const organizationId = await findOrganizationId(db, values.org);
      if (!values.name) {
        fail('--name NAME is required.');
      }
      const token = await createApiToken(db, organizationId, values.name, null);
      console.log(
        `Created API token "${token.name}" for ${values.org}. It is shown only once:\n\n${token.token}\n`,
      );
      console.log('Use it as: Authorization: Bearer <token>');
      return 0;
    }
    case 'import members': {
      const file = positionals[2];
      if (!file) {
        fail('FILE is required.');
      }
      if (!values.org) {
        fail('--org SLUG is required.');
      }
      return importMembersCommand(db, {
        file,
        orgSlug: values.org,
        dryRun: values['dry-run'] ?? false,
        locale,
      });
    }
    case 'export members': {
      if (!values.org) {
        fail('--org SLUG is required.');
      }
      if (values.format !== 'csv' && values.format !== 'xlsx') {
        fail('--format must be csv or xlsx.');
      }
      return exportMembersCommand(db, {
        orgSlug: values.org,
        format: values.format,
        out: values.out,
        locale,
      });
    }
    default:
      fail(command ? `Unknown command "${command}".` : 'No command given.');
  }
}

if (values.help) {
  console.log(usage);
  process.exit(0);
}
const command = positionals[0] === 'migrate' ? 'migrate' : positionals.slice(0, 2).join(' ');
const config = loadConfig();
const handle = openDatabase({ databaseUrl: config.databaseUrl, sqlitePath: config.sqlitePath });
try {
  await migrateToLatest(handle.db);
  process.exitCode = await run(handle.db, command);
} finally {
  await handle.close();
}
