import type { Insertable, Updateable } from 'kysely';
import { newId } from '../../platform/auth/secrets.ts';
import type { DbOrTrx } from '../../platform/db/database.ts';
import type { ProductSupplierTable, ProductTable } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { inventoryError } from './messages.ts';
import { presentLocation, presentProduct, presentProductSummary, presentSupplier } from './presenter.ts';
import * as queries from './queries.ts';
import type {
  LocationBody,
  ProductCreateBody,
  ProductQuery,
  ProductUpdateBody,
  SupplierCreateBody,
  SupplierLinkBody,
  SupplierUpdateBody,
} from './schema.ts';

/** A 400 naming the field, in the caller's language. */
export const invalid = (field: string, name: string, params?: Record<string, unknown>) =>
  new AppError('validation_failed', { fields: { [field]: inventoryError(name, params) } });

const taken = (field: string, name: string, params: Record<string, unknown>) =>
  new AppError('conflict', { fields: { [field]: inventoryError(name, params) } });

function trimmedName(field: string, value: string): string {
  const name = value.trim();
  if (!name) {
    throw invalid(field, 'nameMissing');
  }
  return name;
}

/** The store's Main location, made on its first use of the inventory. */
export async function mainLocation(trx: DbOrTrx, businessId: string, at: Date) {
  await queries.insertLocation(trx, businessId, queries.MAIN_LOCATION, at.toISOString());
  const main = await queries.findLocationByName(trx, businessId, queries.MAIN_LOCATION);
  if (!main) {
    throw new AppError('internal');
  }
  return main;
}

export async function listLocations(trx: DbOrTrx, businessId: string, at: Date) {
  await mainLocation(trx, businessId, at);
  return (await queries.listLocations(trx, businessId)).map(presentLocation);
}

export async function createLocation(trx: DbOrTrx, businessId: string, body: LocationBody, at: Date) {
  await mainLocation(trx, businessId, at);
  const name = trimmedName('name', body.name);
  const id = await queries.insertLocation(trx, businessId, name, at.toISOString());
  const row = id ? await queries.findLocation(trx, businessId, id) : undefined;
  if (!row) {
    throw taken('name', 'locationTaken', { name });
  }
  return presentLocation(row);
}

export async function listSuppliers(db: DbOrTrx, businessId: string) {
  return (await queries.listSuppliers(db, businessId)).map(presentSupplier);
}

export async function createSupplier(trx: DbOrTrx, businessId: string, body: SupplierCreateBody, at: Date) {
  const id = newId();
  await queries.insertSupplier(trx, {
    id,
    business_id: businessId,
    name: trimmedName('name', body.name),
    email: body.email?.trim().toLowerCase() ?? '',
    phone: body.phone?.trim() ?? '',
    locale: body.locale ?? 'en',
    lead_time_days: body.leadTimeDays ?? 7,
    created_at: at.toISOString(),
  });
  return supplierOrThrow(trx, businessId, id);
}

async function supplierOrThrow(db: DbOrTrx, businessId: string, id: string) {
  const row = await queries.findSupplier(db, businessId, id);
  if (!row) {
    throw new AppError('not_found');
  }
  return presentSupplier(row);
}

export async function updateSupplier(trx: DbOrTrx, businessId: string, id: string, body: SupplierUpdateBody) {
  await supplierOrThrow(trx, businessId, id);
  await queries.updateSupplier(trx, id, {
    ...(body.name !== undefined ? { name: trimmedName('name', body.name) } : {}),
    ...(body.email !== undefined ? { email: body.email.trim().toLowerCase() } : {}),
    ...(body.phone !== undefined ? { phone: body.phone.trim() } : {}),
    ...(body.locale !== undefined ? { locale: body.locale } : {}),
    ...(body.leadTimeDays !== undefined ? { lead_time_days: body.leadTimeDays } : {}),
  });
  return supplierOrThrow(trx, businessId, id);
}

export async function searchProducts(db: DbOrTrx, businessId: string, query: ProductQuery) {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  const { items, total } = await queries.searchProducts(db, businessId, query.q, page, pageSize);
  return { items: items.map(presentProductSummary), total, page, pageSize };
}

export async function getProduct(db: DbOrTrx, businessId: string, id: string) {
  const row = await queries.findProduct(db, businessId, id);
  if (!row) {
    throw new AppError('not_found');
  }
  return presentProduct(row, await queries.productSuppliers(db, id));
}

export async function productByBarcode(db: DbOrTrx, businessId: string, barcode: string) {
  const row = await queries.findProductByBarcode(db, businessId, barcode);
  if (!row) {
    throw new AppError('not_found');
  }
  return presentProduct(row, await queries.productSuppliers(db, row.id));
}

/**
 * Which of the store's product identifiers a failed write collided with, from the unique index's error
 * (PostgreSQL: 23505 naming the index; SQLite: "UNIQUE constraint failed: products.business_id, products.sku");
 * undefined for any other error.
 */
export function productIdentifierClash(error: unknown): 'sku' | 'barcode' | undefined {
  if (typeof error !== 'object' || error === null) {
    return undefined;
  }
  const { code, constraint, message } = error as { code?: unknown; constraint?: unknown; message?: unknown };
  const where =
    code === '23505' && typeof constraint === 'string'
      ? constraint
      : code === 'SQLITE_CONSTRAINT_UNIQUE' && typeof message === 'string'
        ? message
        : '';
  if (/products_business_sku|products\.sku/.test(where)) {
    return 'sku';
  }
  return /products_business_barcode|products\.barcode/.test(where) ? 'barcode' : undefined;
}

/**
 * Runs a product write that the identifier check already passed: a concurrent request may still have taken
 * the SKU or barcode before this one commits (two creates at once), and then the unique index answers. That
 * is the same 409 as the check's. The other product is not readable here (PostgreSQL has aborted the
 * transaction), so the barcode message names the barcode itself.
 */
async function guardIdentifiers(
  sku: string | undefined,
  barcode: string | null | undefined,
  write: () => Promise<void>,
) {
  try {
    await write();
  } catch (error) {
    const clash = productIdentifierClash(error);
    if (clash === 'sku' && sku !== undefined) {
      throw taken('sku', 'skuTaken', { sku });
    }
    if (clash === 'barcode' && barcode) {
      throw taken('barcode', 'barcodeTaken', { sku: barcode });
    }
    throw error;
  }
}

/** SKU and barcode each name one product of the store. */
async function checkIdentifiers(
  db: DbOrTrx,
  businessId: string,
  productId: string | null,
  sku: string | undefined,
  barcode: string | null | undefined,
) {
  if (sku !== undefined) {
    const other = await queries.findProductBySku(db, businessId, sku);
    if (other && other.id !== productId) {
      throw taken('sku', 'skuTaken', { sku });
    }
  }
  if (barcode) {
    const other = await queries.findProductByBarcode(db, businessId, barcode);
    if (other && other.id !== productId) {
      throw taken('barcode', 'barcodeTaken', { sku: other.sku });
    }
  }
}

async function supplierLinks(
  db: DbOrTrx,
  businessId: string,
  productId: string,
  links: SupplierLinkBody[],
): Promise<Insertable<ProductSupplierTable>[]> {
  if (links.filter((l) => l.preferred).length > 1) {
    throw invalid('suppliers', 'onePreferred');
  }
  const seen = new Set<string>();
  const rows: Insertable<ProductSupplierTable>[] = [];
  for (const [index, link] of links.entries()) {
    if (seen.has(link.supplierId)) {
      throw invalid(`suppliers.${index}.supplierId`, 'supplierTwice');
    }
    seen.add(link.supplierId);
    if (!(await queries.findSupplier(db, businessId, link.supplierId))) {
      throw invalid(`suppliers.${index}.supplierId`, 'supplierUnknown');
    }
    rows.push({
      product_id: productId,
      supplier_id: link.supplierId,
      supplier_sku: link.supplierSku?.trim() ?? '',
      pack_size: link.packSize ?? 1,
      min_order_packs: link.minOrderPacks ?? 1,
      unit_cost_cents: link.unitCostCents,
      lead_time_days: link.leadTimeDays ?? null,
      preferred: link.preferred ? 1 : 0,
    });
  }
  return rows;
}

export async function createProduct(trx: DbOrTrx, businessId: string, body: ProductCreateBody, at: Date) {
  const sku = body.sku.trim();
  await checkIdentifiers(trx, businessId, null, sku, body.barcode);
  const id = newId();
  const links = await supplierLinks(trx, businessId, id, body.suppliers ?? []);
  const stamp = at.toISOString();
  await guardIdentifiers(sku, body.barcode, () =>
    queries.insertProduct(trx, {
      id,
      business_id: businessId,
      sku,
      barcode: body.barcode ?? null,
      name_ko: trimmedName('nameKo', body.nameKo),
      name_en: trimmedName('nameEn', body.nameEn),
      category: body.category?.trim() ?? '',
      unit_cost_cents: body.unitCostCents,
      price_cents: body.priceCents,
      created_at: stamp,
      updated_at: stamp,
    }),
  );
  await queries.replaceProductSuppliers(trx, id, links);
  return getProduct(trx, businessId, id);
}

export async function updateProduct(
  trx: DbOrTrx,
  businessId: string,
  id: string,
  body: ProductUpdateBody,
  at: Date,
) {
  await getProduct(trx, businessId, id);
  const sku = body.sku?.trim();
  await checkIdentifiers(trx, businessId, id, sku, body.barcode);
  const changes: Updateable<ProductTable> = {
    ...(sku !== undefined ? { sku } : {}),
    ...(body.barcode !== undefined ? { barcode: body.barcode } : {}),
    ...(body.nameKo !== undefined ? { name_ko: trimmedName('nameKo', body.nameKo) } : {}),
    ...(body.nameEn !== undefined ? { name_en: trimmedName('nameEn', body.nameEn) } : {}),
    ...(body.category !== undefined ? { category: body.category.trim() } : {}),
    ...(body.unitCostCents !== undefined ? { unit_cost_cents: body.unitCostCents } : {}),
    ...(body.priceCents !== undefined ? { price_cents: body.priceCents } : {}),
  };
  if (body.suppliers !== undefined) {
    await queries.replaceProductSuppliers(trx, id, await supplierLinks(trx, businessId, id, body.suppliers));
  }
  await guardIdentifiers(sku, body.barcode, () =>
    queries.updateProduct(trx, id, { ...changes, updated_at: at.toISOString() }),
  );
  return getProduct(trx, businessId, id);
}
