import type { Insertable, Selectable, Updateable } from 'kysely';
import { newId } from '../../../platform/auth/secrets.ts';
import type { Db, DbOrTrx } from '../../../platform/db/database.ts';
import type { Locale, ProductSupplierTable, ProductTable } from '../../../platform/db/schema.ts';
import { AppError } from '../../../platform/errors.ts';
import { t } from '../../../platform/i18n/index.ts';
import { bindColumns } from '../../imports/columns.ts';
import type { ParsedTable } from '../../imports/parse.ts';
import { recordMovement } from '../movements.ts';
import { MAIN_LOCATION } from '../queries.ts';
import { productIdentifierClash } from '../service.ts';
import type { CatalogueMapping } from './columns.ts';
import { readRow, type CatalogueRow, type RowError } from './rows.ts';

export interface CatalogueImportInput {
  businessId: string;
  userId: string;
  /** The importer's language: the note on opening counts. */
  locale: Locale;
  table: ParsedTable;
  mapping: CatalogueMapping;
  dryRun: boolean;
  now: Date;
}

export interface CatalogueSummary {
  rows: number;
  valid: number;
  invalid: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Opening counts recorded (or, on a dry run, that would be). */
  counted: number;
  suppliersCreated: number;
}

export interface CatalogueResult {
  status: 'done' | 'failed';
  dryRun: boolean;
  summary: CatalogueSummary;
  errors: RowError[];
}

/** Bounds `in (…)` lists and multi-row inserts (13 columns × 500 is far below both databases' limits). */
const CHUNK = 500;
/** Errors sent back; a file with every row broken would otherwise send megabytes of messages. */
const MAX_REPORTED_ERRORS = 1000;

type Existing = Pick<
  Selectable<ProductTable>,
  'id' | 'sku' | 'barcode' | 'name_ko' | 'name_en' | 'category' | 'unit_cost_cents' | 'price_cents'
>;
type Link = Selectable<ProductSupplierTable>;

/** What the store has now, for the file's SKUs and barcodes. */
interface Store {
  bySku: Map<string, Existing>;
  byBarcode: Map<string, Existing>;
  /** By lower-cased name. */
  suppliers: Map<string, { id: string; name: string }>;
  links: Map<string, Link[]>;
  /** On-hand at the Main location, where an opening count is recorded. */
  mainOnHand: Map<string, number>;
}

interface Plan {
  newSuppliers: Array<{ id: string; name: string }>;
  inserts: Insertable<ProductTable>[];
  updates: Array<{ id: string; changes: Updateable<ProductTable> }>;
  newLinks: Insertable<ProductSupplierTable>[];
  linkUpdates: Array<{ productId: string; supplierId: string; changes: Updateable<ProductSupplierTable> }>;
  counts: Array<{ productId: string; quantity: number }>;
  unchanged: number;
}

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) {
    out.push(items.slice(i, i + CHUNK));
  }
  return out;
}

/** Every row on its own, then SKUs and barcodes repeated within the file (named by their first line). */
function readRows(input: CatalogueImportInput): {
  rows: CatalogueRow[];
  errors: RowError[];
  invalid: number;
} {
  const columns = bindColumns(input.mapping, input.table.headers);
  const rows: CatalogueRow[] = [];
  const errors: RowError[] = [];
  const skuLine = new Map<string, number>();
  const barcodeLine = new Map<string, number>();
  let invalid = 0;
  for (const dataRow of input.table.rows) {
    const result = readRow(dataRow, columns);
    const { product } = result;
    if (product) {
      const line = product.line;
      const skuEarlier = skuLine.get(product.sku);
      if (skuEarlier !== undefined) {
        result.errors.push({
          line,
          field: 'sku',
          key: 'catalogue:rows.skuTwice',
          params: { sku: product.sku, line: skuEarlier },
        });
      }
      skuLine.set(product.sku, skuEarlier ?? line);
      const barcode = product.barcode;
      const barcodeEarlier = barcode === undefined ? undefined : barcodeLine.get(barcode);
      if (barcode !== undefined && barcodeEarlier !== undefined) {
        result.errors.push({
          line,
          field: 'barcode',
          key: 'catalogue:rows.barcodeTwice',
          params: { barcode, line: barcodeEarlier },
        });
      } else if (barcode !== undefined) {
        barcodeLine.set(barcode, line);
      }
    }
    if (result.errors.length > 0) {
      invalid++;
      errors.push(...result.errors);
    } else if (product) {
      rows.push(product);
    }
  }
  return { rows, errors, invalid };
}

async function loadStore(db: DbOrTrx, businessId: string, rows: CatalogueRow[]): Promise<Store> {
  const products = (column: 'sku' | 'barcode', values: string[]) =>
    db
      .selectFrom('products')
      .select(['id', 'sku', 'barcode', 'name_ko', 'name_en', 'category', 'unit_cost_cents', 'price_cents'])
      .where('business_id', '=', businessId)
      .where(column, 'in', values)
      .execute();
  const store: Store = {
    bySku: new Map(),
    byBarcode: new Map(),
    suppliers: new Map(),
    links: new Map(),
    mainOnHand: new Map(),
  };
  for (const part of chunks(rows.map((r) => r.sku))) {
    for (const product of await products('sku', part)) {
      store.bySku.set(product.sku, product);
    }
  }
  const barcodes = rows.flatMap((r) => (r.barcode === undefined ? [] : [r.barcode]));
  for (const part of chunks(barcodes)) {
    for (const product of await products('barcode', part)) {
      store.byBarcode.set(product.barcode ?? '', product);
    }
  }
  const suppliers = await db
    .selectFrom('suppliers')
    .select(['id', 'name'])
    .where('business_id', '=', businessId)
    .orderBy('created_at')
    .execute();
  for (const supplier of suppliers) {
    const key = supplier.name.trim().toLowerCase();
    if (!store.suppliers.has(key)) {
      store.suppliers.set(key, supplier);
    }
  }
  const main = await db
    .selectFrom('inventory_locations')
    .select('id')
    .where('business_id', '=', businessId)
    .where('name', '=', MAIN_LOCATION)
    .executeTakeFirst();
  for (const part of chunks([...store.bySku.values()].map((p) => p.id))) {
    for (const link of await db
      .selectFrom('product_suppliers')
      .selectAll()
      .where('product_id', 'in', part)
      .execute()) {
      store.links.set(link.product_id, [...(store.links.get(link.product_id) ?? []), link]);
    }
    if (main) {
      const levels = await db
        .selectFrom('stock_levels')
        .select(['product_id', 'on_hand'])
        .where('location_id', '=', main.id)
        .where('product_id', 'in', part)
        .execute();
      for (const level of levels) {
        store.mainOnHand.set(level.product_id, level.on_hand);
      }
    }
  }
  return store;
}

/** What only the store can tell: a barcode another product has, a new product without cost or price. */
function storeErrors(rows: CatalogueRow[], store: Store): RowError[] {
  const errors: RowError[] = [];
  for (const row of rows) {
    const holder = row.barcode === undefined ? undefined : store.byBarcode.get(row.barcode);
    if (holder && holder.sku !== row.sku) {
      errors.push({
        line: row.line,
        field: 'barcode',
        key: 'catalogue:rows.barcodeTaken',
        params: { sku: holder.sku, barcode: row.barcode },
      });
    }
    if (!store.bySku.has(row.sku)) {
      if (row.unitCostCents === undefined) {
        errors.push({ line: row.line, field: 'unitCost', key: 'catalogue:rows.costNeeded' });
      }
      if (row.priceCents === undefined) {
        errors.push({ line: row.line, field: 'price', key: 'catalogue:rows.priceNeeded' });
      }
    }
  }
  return errors;
}

/** The columns whose value differs from the product's. */
function productChanges(current: Existing, row: CatalogueRow): Updateable<ProductTable> {
  const wanted: Partial<Existing> = {
    ...(row.barcode !== undefined ? { barcode: row.barcode } : {}),
    ...(row.nameKo !== undefined ? { name_ko: row.nameKo } : {}),
    ...(row.nameEn !== undefined ? { name_en: row.nameEn } : {}),
    ...(row.category !== undefined ? { category: row.category } : {}),
    ...(row.unitCostCents !== undefined ? { unit_cost_cents: row.unitCostCents } : {}),
    ...(row.priceCents !== undefined ? { price_cents: row.priceCents } : {}),
  };
  return Object.fromEntries(
    Object.entries(wanted).filter(([column, value]) => current[column as keyof Existing] !== value),
  );
}

function linkChanges(current: Link, row: CatalogueRow): Updateable<ProductSupplierTable> {
  const wanted: Partial<Link> = {
    ...(row.supplierSku !== undefined ? { supplier_sku: row.supplierSku } : {}),
    ...(row.packSize !== undefined ? { pack_size: row.packSize } : {}),
    ...(row.minOrderPacks !== undefined ? { min_order_packs: row.minOrderPacks } : {}),
    ...(row.unitCostCents !== undefined ? { unit_cost_cents: row.unitCostCents } : {}),
    ...(row.leadTimeDays !== undefined ? { lead_time_days: row.leadTimeDays } : {}),
  };
  return Object.fromEntries(
    Object.entries(wanted).filter(([column, value]) => current[column as keyof Link] !== value),
  );
}

function supplierFor(plan: Plan, store: Store, name: string): string {
  const key = name.toLowerCase();
  const known = store.suppliers.get(key);
  if (known) {
    return known.id;
  }
  const created = { id: newId(), name };
  store.suppliers.set(key, created);
  plan.newSuppliers.push(created);
  return created.id;
}

/** Plans the link to the row's supplier; true when it adds or changes one. */
function planLink(
  plan: Plan,
  store: Store,
  row: CatalogueRow,
  productId: string,
  productCost: number,
): boolean {
  if (row.supplier === undefined) {
    return false;
  }
  const supplierId = supplierFor(plan, store, row.supplier);
  const links = store.links.get(productId) ?? [];
  const current = links.find((l) => l.supplier_id === supplierId);
  if (current) {
    const changes = linkChanges(current, row);
    if (Object.keys(changes).length === 0) {
      return false;
    }
    plan.linkUpdates.push({ productId, supplierId, changes });
    return true;
  }
  // The store orders from the imported supplier unless the product already has a preferred one.
  plan.newLinks.push({
    product_id: productId,
    supplier_id: supplierId,
    supplier_sku: row.supplierSku ?? '',
    pack_size: row.packSize ?? 1,
    min_order_packs: row.minOrderPacks ?? 1,
    unit_cost_cents: row.unitCostCents ?? productCost,
    lead_time_days: row.leadTimeDays ?? null,
    preferred: links.some((l) => l.preferred === 1) ? 0 : 1,
  });
  return true;
}

function planImport(rows: CatalogueRow[], store: Store, now: Date): Plan {
  const plan: Plan = {
    newSuppliers: [],
    inserts: [],
    updates: [],
    newLinks: [],
    linkUpdates: [],
    counts: [],
    unchanged: 0,
  };
  const stamp = now.toISOString();
  for (const row of rows) {
    const current = store.bySku.get(row.sku);
    const productId = current?.id ?? newId();
    let changed = false;
    if (current) {
      const changes = productChanges(current, row);
      changed = Object.keys(changes).length > 0;
      if (changed) {
        plan.updates.push({ id: current.id, changes });
      }
    } else {
      plan.inserts.push({
        id: productId,
        business_id: '',
        sku: row.sku,
        barcode: row.barcode ?? null,
        name_ko: row.nameKo ?? row.nameEn ?? '',
        name_en: row.nameEn ?? row.nameKo ?? '',
        category: row.category ?? '',
        unit_cost_cents: row.unitCostCents ?? 0,
        price_cents: row.priceCents ?? 0,
        created_at: stamp,
        updated_at: stamp,
      });
    }
    const productCost = row.unitCostCents ?? current?.unit_cost_cents ?? 0;
    changed = planLink(plan, store, row, productId, productCost) || changed;
    if (row.onHand !== undefined && row.onHand !== (store.mainOnHand.get(productId) ?? 0)) {
      plan.counts.push({ productId, quantity: row.onHand });
      changed = true;
    }
    if (current && !changed) {
      plan.unchanged++;
    }
  }
  return plan;
}

async function writePlan(trx: DbOrTrx, input: CatalogueImportInput, plan: Plan): Promise<void> {
  const stamp = input.now.toISOString();
  for (const part of chunks(plan.newSuppliers)) {
    await trx
      .insertInto('suppliers')
      .values(part.map((s) => ({ ...s, business_id: input.businessId, created_at: stamp })))
      .execute();
  }
  for (const part of chunks(plan.inserts)) {
    await trx
      .insertInto('products')
      .values(part.map((p) => ({ ...p, business_id: input.businessId })))
      .execute();
  }
  for (const { id, changes } of plan.updates) {
    await trx
      .updateTable('products')
      .set({ ...changes, updated_at: stamp })
      .where('id', '=', id)
      .where('business_id', '=', input.businessId)
      .execute();
  }
  for (const part of chunks(plan.newLinks)) {
    await trx.insertInto('product_suppliers').values(part).execute();
  }
  for (const { productId, supplierId, changes } of plan.linkUpdates) {
    await trx
      .updateTable('product_suppliers')
      .set(changes)
      .where('product_id', '=', productId)
      .where('supplier_id', '=', supplierId)
      .execute();
  }
  const reference = t(input.locale, 'catalogue:countReference');
  for (const { productId, quantity } of plan.counts) {
    await recordMovement(
      trx,
      input.businessId,
      input.userId,
      { kind: 'count', productId, quantity, reference },
      input.now,
    );
  }
}

/**
 * Reads every row, then checks it against the store and plans the whole import in one transaction: a dry run
 * only reports; a real run writes everything or — any bad row, or a clash with a product added meanwhile —
 * nothing. Rows are matched by SKU, so importing the same file again changes nothing.
 */
export async function importCatalogue(db: Db, input: CatalogueImportInput): Promise<CatalogueResult> {
  const read = readRows(input);
  const run = async (trx: DbOrTrx): Promise<CatalogueResult> => {
    const store = await loadStore(trx, input.businessId, read.rows);
    const rejected = storeErrors(read.rows, store);
    const rejectedLines = new Set(rejected.map((e) => e.line));
    const valid = read.rows.filter((r) => !rejectedLines.has(r.line));
    const errors = [...read.errors, ...rejected].sort((a, b) => a.line - b.line);
    const invalid = read.invalid + rejectedLines.size;
    const plan = planImport(valid, store, input.now);
    const failed = invalid > 0 && !input.dryRun;
    if (!input.dryRun && !failed) {
      await writePlan(trx, input, plan);
    }
    return {
      status: failed ? 'failed' : 'done',
      dryRun: input.dryRun,
      errors,
      summary: {
        rows: input.table.rows.length,
        valid: valid.length,
        invalid,
        created: failed ? 0 : plan.inserts.length,
        updated: failed ? 0 : valid.length - plan.inserts.length - plan.unchanged,
        unchanged: failed ? 0 : plan.unchanged,
        counted: failed ? 0 : plan.counts.length,
        suppliersCreated: failed ? 0 : plan.newSuppliers.length,
      },
    };
  };
  if (input.dryRun) {
    return run(db);
  }
  try {
    return await db.transaction().execute(run);
  } catch (error) {
    if (productIdentifierClash(error)) {
      throw new AppError('conflict', { fields: { file: { key: 'catalogue:errors.concurrent' } } });
    }
    throw error;
  }
}

/** The result with its errors in the reader's language (at most MAX_REPORTED_ERRORS of them). */
export function presentResult(result: CatalogueResult, locale: Locale) {
  const errors = result.errors.slice(0, MAX_REPORTED_ERRORS).map((e) => ({
    line: e.line,
    field: e.field,
    message: t(locale, e.key, e.params),
  }));
  if (result.errors.length > MAX_REPORTED_ERRORS) {
    errors.push({
      line: 0,
      field: 'file',
      message: t(locale, 'catalogue:rows.moreErrors', { count: result.errors.length - MAX_REPORTED_ERRORS }),
    });
  }
  return { status: result.status, dryRun: result.dryRun, summary: result.summary, errors };
}
