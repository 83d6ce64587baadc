import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { newId } from '../server/platform/auth/secrets.ts';
import { openDatabase, type DatabaseHandle, type DialectName } from '../server/platform/db/database.ts';
import { migrateToLatest } from '../server/platform/db/migrate.ts';
import { MAX_ROWS } from '../server/modules/imports/parse.ts';
import { dayString, epochDay, localDay } from '../server/modules/inventory/days.ts';
import { importSales } from '../server/modules/inventory/sales/service.ts';
import { createBusiness, createOrganization, createUser } from '../test/fixtures.ts';
import { openFreshSchema } from '../test/harness.ts';

/**
 * The sales-import part of `npm run bench -- inventory`: a store's generated daily sales written as
 * generic-daily CSV files (one line per product and day it sold; each file whole days and at most the
 * upload's 50,000 lines, as a store sends a month or a week at a time), each brought in through the
 * import service the route calls (parse, check, one transaction) into a fresh database. Sales are
 * history here, before any stock count, so the import is told to allow on-hand below zero.
 */

export interface SalesImportTiming {
  dialect: DialectName;
  products: number;
  days: number;
  files: number;
  lines: number;
  seconds: number;
  /** The last file again: every line already imported. */
  reimportSeconds: number;
  /** How far the process's memory grew while importing (each file is read whole, one at a time). */
  addedMemoryMb: number;
  /** The database's size on disk afterwards (SQLite: file and WAL; PostgreSQL: the schema's tables). */
  databaseMb: number;
}

/** Fills `into` (one slot per day) with a product's units sold per day. */
export type Demand = (index: number, days: number, into: Float32Array) => void;

const sku = (index: number) => `P${String(index).padStart(6, '0')}`;

interface BenchDatabase {
  handle: DatabaseHandle;
  sizeMb: () => Promise<number>;
  cleanup: () => void;
}

async function openBench(dialect: DialectName): Promise<BenchDatabase> {
  if (dialect === 'postgres') {
    const handle = await openFreshSchema(process.env.DATABASE_URL ?? '', 'bench');
    const sizeMb = async () => {
      const { rows } = await sql<{
        bytes: string | number | null;
      }>`select sum(pg_total_relation_size(c.oid)) as bytes
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = current_schema() and c.relkind = 'r'`.execute(handle.db);
      return Number(rows[0]?.bytes ?? 0) / 2 ** 20;
    };
    return { handle, sizeMb, cleanup: () => {} };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dari-sales-bench-'));
  const file = path.join(dir, 'bench.sqlite');
  const handle = openDatabase({ sqlitePath: file });
  await migrateToLatest(handle.db);
  const sizeMb = async () =>
    [file, `${file}-wal`].reduce((sum, f) => sum + (fs.existsSync(f) ? fs.statSync(f).size : 0), 0) / 2 ** 20;
  return { handle, sizeMb, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

async function seedStore(handle: DatabaseHandle, products: number) {
  const db = handle.db;
  const org = await createOrganization(db);
  const owner = await createUser(db, { name: 'Bench Owner' });
  const business = await createBusiness(db, { organizationIds: [org.id], ownerId: owner.id });
  const stamp = new Date().toISOString();
  for (let first = 0; first < products; first += 500) {
    const rows = [];
    for (let i = first; i < Math.min(products, first + 500); i++) {
      rows.push({
        id: newId(),
        business_id: business.id,
        sku: sku(i),
        barcode: null,
        name_ko: `상품 ${i}`,
        name_en: `Product ${i}`,
        unit_cost_cents: 100,
        price_cents: 150,
        created_at: stamp,
        updated_at: stamp,
      });
    }
    await db.insertInto('products').values(rows).execute();
  }
  return { businessId: business.id, userId: owner.id };
}

/** The CSV files of whole days, each at most MAX_ROWS lines (a day is split only if it alone is larger). */
function* dailyFiles(sales: Float32Array, products: number, days: number, firstDay: number) {
  let lines: string[] = ['Date,SKU,Quantity'];
  for (let t = 0; t < days; t++) {
    const day = dayString(firstDay + t);
    const today: string[] = [];
    for (let i = 0; i < products; i++) {
      const units = sales[i * days + t] ?? 0;
      if (units > 0) {
        today.push(`${day},${sku(i)},${units}`);
      }
    }
    if (lines.length - 1 + today.length > MAX_ROWS && lines.length > 1) {
      yield Buffer.from(`${lines.join('\n')}\n`);
      lines = ['Date,SKU,Quantity'];
    }
    for (const line of today) {
      lines.push(line);
      if (lines.length - 1 === MAX_ROWS) {
        yield Buffer.from(`${lines.join('\n')}\n`);
        lines = ['Date,SKU,Quantity'];
      }
    }
  }
  if (lines.length > 1) {
    yield Buffer.from(`${lines.join('\n')}\n`);
  }
}

export async function measureSalesImport(
  dialect: DialectName,
  products: number,
  days: number,
  demand: Demand,
): Promise<SalesImportTiming> {
  const sales = new Float32Array(products * days);
  for (let i = 0; i < products; i++) {
    demand(i, days, sales.subarray(i * days, (i + 1) * days));
  }
  const { handle, sizeMb, cleanup } = await openBench(dialect);
  const baseRss = process.memoryUsage().rss;
  let peakRss = baseRss;
  try {
    const { businessId, userId } = await seedStore(handle, products);
    // The history ends yesterday in the store's time zone (the default, Dallas), so no day is in the future.
    const firstDay = epochDay(localDay(new Date(), 'America/Chicago')) - days;
    let files = 0;
    let lines = 0;
    let seconds = 0;
    let last: Buffer | undefined;
    const fields = { format: 'generic-daily', allowNegative: 'true' };
    for (const file of dailyFiles(sales, products, days, firstDay)) {
      const started = performance.now();
      const report = await importSales(
        handle.db,
        businessId,
        userId,
        { file, fileName: `sales-${files + 1}.csv`, fields },
        'en',
        new Date(),
      );
      seconds += (performance.now() - started) / 1000;
      if (report.errors.length > 0 || report.alreadyImported > 0) {
        throw new Error(`file ${files + 1}: ${JSON.stringify(report.errors.slice(0, 3))}`);
      }
      files += 1;
      lines += report.newLines;
      last = file;
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      if (files % 50 === 0) {
        console.log(
          `  ${dialect}: ${files} files, ${lines.toLocaleString('en-US')} lines, ${seconds.toFixed(1)} s`,
        );
      }
    }
    const started = performance.now();
    if (last) {
      const again = await importSales(
        handle.db,
        businessId,
        userId,
        { file: last, fileName: 'again.csv', fields },
        'en',
        new Date(),
      );
      if (again.newLines !== 0) {
        throw new Error('the same file imported twice added lines');
      }
    }
    const reimportSeconds = (performance.now() - started) / 1000;
    return {
      dialect,
      products,
      days,
      files,
      lines,
      seconds,
      reimportSeconds,
      addedMemoryMb: Math.round((peakRss - baseRss) / 2 ** 20),
      databaseMb: Math.round(await sizeMb()),
    };
  } finally {
    await handle.close();
    cleanup();
  }
}
