import { purchaseOrderLabel } from '../purchase-order-number.ts';
import type { LineRow, OrderRow } from './queries.ts';

export function presentOrderSummary(row: OrderRow) {
  return {
    id: row.id,
    number: row.number,
    label: purchaseOrderLabel(row.number),
    status: row.status,
    locale: row.locale,
    supplierId: row.supplier_id,
    supplierName: row.supplier_name,
    // PostgreSQL returns count() and sum() as strings.
    lineCount: Number(row.line_count ?? 0),
    units: Number(row.units ?? 0),
    receivedUnits: Number(row.received_units ?? 0),
    totalCents: Number(row.total_cents ?? 0),
    note: row.note,
    createdAt: row.created_at,
    sentAt: row.sent_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

export function presentOrder(row: OrderRow, lines: LineRow[]) {
  return {
    ...presentOrderSummary(row),
    supplierEmail: row.supplier_email,
    createdByName: row.created_by_name,
    lines: lines.map((line) => ({
      productId: line.product_id,
      sku: line.sku,
      supplierSku: line.supplier_sku ?? '',
      nameKo: line.name_ko,
      nameEn: line.name_en,
      quantity: line.quantity,
      receivedQuantity: line.received_quantity,
      unitCostCents: line.unit_cost_cents,
    })),
  };
}

export type PresentedOrder = ReturnType<typeof presentOrder>;
