import type { commitments, GroupOrderRow, storesOfUser } from './queries.ts';

type CommitmentRow = Awaited<ReturnType<typeof commitments>>[number];
type StoreRow = Awaited<ReturnType<typeof storesOfUser>>[number];

export function presentStore(row: { slug: string; name_ko: string; name_en: string }) {
  return { slug: row.slug, nameKo: row.name_ko, nameEn: row.name_en };
}

/** `today` is the order's own calendar day: joining stays open through the closing day. */
export function presentSummary(row: GroupOrderRow, today: string) {
  // PostgreSQL sums and counts to bigint strings; no commitment yet is null.
  const pooled = Number(row.pooled ?? 0);
  return {
    id: row.id,
    titleKo: row.title_ko,
    titleEn: row.title_en,
    supplierName: row.supplier_name,
    supplierSku: row.supplier_sku,
    unitCostCents: row.unit_cost_cents,
    breakQuantity: row.break_quantity,
    breakCostCents: row.break_cost_cents,
    closesOn: row.closes_on,
    status: row.status,
    organizer:
      row.organizer_slug !== null && row.organizer_name_ko !== null && row.organizer_name_en !== null
        ? { slug: row.organizer_slug, nameKo: row.organizer_name_ko, nameEn: row.organizer_name_en }
        : null,
    pooledQuantity: pooled,
    storeCount: Number(row.stores ?? 0),
    progressPercent: Math.min(100, Math.floor((pooled * 100) / row.break_quantity)),
    breakReached: pooled >= row.break_quantity,
    acceptingCommitments: row.status === 'open' && today <= row.closes_on,
    myQuantity: Number(row.my_quantity ?? 0),
    createdAt: row.created_at,
  };
}

export function presentMyStore(row: StoreRow) {
  return {
    business: presentStore(row),
    quantity: row.quantity,
    purchaseOrder:
      row.purchase_order_id !== null && row.purchase_order_number !== null
        ? { id: row.purchase_order_id, number: row.purchase_order_number }
        : null,
  };
}

/** One store's line of the pooled order, as the organizer and admins see it (not its books). */
export function presentCommitment(row: CommitmentRow) {
  return {
    business: presentStore(row),
    quantity: row.quantity,
    updatedAt: row.updated_at,
    purchaseOrderMade: row.purchase_order_id !== null,
  };
}
