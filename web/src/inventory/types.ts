/** The inventory API's shapes the page reads (server/modules/inventory/schema.ts). */
export interface ProductSummary {
  id: string;
  sku: string;
  barcode: string | null;
  nameKo: string;
  nameEn: string;
  category: string;
  unitCostCents: number;
  priceCents: number;
  onHand: number;
}

export interface ProductPage {
  items: ProductSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export interface MovementResult {
  movements: { id: string; kind: string; quantity: number }[];
  levels: { locationId: string; onHand: number }[];
}
