import type { Selectable } from 'kysely';
import type { InventoryLocationTable, SupplierTable } from '../../platform/db/schema.ts';
import type { MovementRow, ProductRow, productSuppliers, listStockLevels } from './queries.ts';

type SupplierLinkRow = Awaited<ReturnType<typeof productSuppliers>>[number];
type StockRow = Awaited<ReturnType<typeof listStockLevels>>['items'][number];

export function presentLocation(row: Selectable<InventoryLocationTable>) {
  return { id: row.id, name: row.name, createdAt: row.created_at };
}

export function presentSupplier(row: Selectable<SupplierTable>) {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    locale: row.locale,
    leadTimeDays: row.lead_time_days,
    createdAt: row.created_at,
  };
}

export function presentProductSummary(row: ProductRow) {
  return {
    id: row.id,
    sku: row.sku,
    barcode: row.barcode,
    nameKo: row.name_ko,
    nameEn: row.name_en,
    category: row.category,
    unitCostCents: row.unit_cost_cents,
    priceCents: row.price_cents,
    // PostgreSQL sums integers to a bigint string; no level yet is null.
    onHand: Number(row.on_hand ?? 0),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function presentSupplierLink(row: SupplierLinkRow) {
  return {
    supplierId: row.supplier_id,
    supplierName: row.supplier_name,
    supplierSku: row.supplier_sku,
    packSize: row.pack_size,
    minOrderPacks: row.min_order_packs,
    unitCostCents: row.unit_cost_cents,
    leadTimeDays: row.lead_time_days,
    effectiveLeadTimeDays: row.lead_time_days ?? row.supplier_lead_time_days,
    preferred: row.preferred === 1,
  };
}

export function presentProduct(row: ProductRow, links: SupplierLinkRow[]) {
  return { ...presentProductSummary(row), suppliers: links.map(presentSupplierLink) };
}

export function presentMovement(row: MovementRow) {
  return {
    id: row.id,
    productId: row.product_id,
    locationId: row.location_id,
    locationName: row.location_name,
    kind: row.kind,
    quantity: row.quantity,
    transferId: row.transfer_id,
    reference: row.reference,
    note: row.note,
    negativeAllowed: row.negative_allowed === 1,
    userId: row.user_id,
    userName: row.user_name,
    occurredAt: row.occurred_at,
    createdAt: row.created_at,
  };
}

export function presentStockLevel(row: StockRow) {
  const lastNegativeAllowedAt = row.last_negative_allowed_at ?? null;
  return {
    productId: row.product_id,
    sku: row.sku,
    nameKo: row.name_ko,
    nameEn: row.name_en,
    locationId: row.location_id,
    locationName: row.location_name,
    onHand: row.on_hand,
    anomaly: row.on_hand < 0 || lastNegativeAllowedAt !== null,
    lastNegativeAllowedAt,
    updatedAt: row.updated_at,
  };
}
