/** The purchasing API's shapes the pages read (server/modules/inventory/purchasing/schema.ts). */
export interface OrderingSettings {
  reviewDays: number;
  serviceLevel: number;
  holdingRate: number;
  orderCostCents: number;
  timeZone: string;
}

export type Verdict = 'trust' | 'watch' | 'too-little-history';

export interface SuggestionItem {
  productId: string;
  sku: string;
  nameKo: string;
  nameEn: string;
  supplierSku: string;
  packSize: number;
  minOrder: number;
  leadDays: number;
  unitCostCents: number;
  demandClass: string;
  method: string;
  dailyForecast: number;
  safetyStock: number;
  reorderLevel: number;
  orderUpTo: number;
  onHand: number;
  onOrder: number;
  inDraft: number;
  suggested: number;
  accuracy: { verdict: Verdict; mase: number | null; baselineMase: number | null; weeks: number };
}

export interface SupplierSuggestions {
  supplierId: string;
  supplierName: string;
  supplierEmail: string;
  locale: string;
  items: SuggestionItem[];
  totals: { lines: number; units: number; costCents: number };
}

export interface Suggestions {
  today: string;
  reviewDays: number;
  serviceLevel: number;
  suppliers: SupplierSuggestions[];
  elapsedMs: number;
}

export interface AccuracyTrack {
  productId: string;
  verdict: Verdict;
  demandClass: string;
  method: string;
  mase: number | null;
  baselineMase: number | null;
  weeks: { start: string; mase: number | null; baselineMase: number | null }[];
}

export type OrderStatus = 'draft' | 'sent' | 'partial' | 'received' | 'cancelled';

export interface OrderSummary {
  id: string;
  number: number;
  label: string;
  status: OrderStatus;
  locale: string;
  supplierId: string;
  supplierName: string;
  lineCount: number;
  units: number;
  receivedUnits: number;
  totalCents: number;
  note: string;
  createdAt: string;
  sentAt: string | null;
  updatedAt: string;
  version: number;
}

export interface OrderPage {
  items: OrderSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export interface OrderLine {
  productId: string;
  sku: string;
  supplierSku: string;
  nameKo: string;
  nameEn: string;
  quantity: number;
  receivedQuantity: number;
  unitCostCents: number;
}

export interface Order extends OrderSummary {
  supplierEmail: string;
  createdByName: string | null;
  lines: OrderLine[];
}

export interface SendResult {
  order: Order;
  emailedTo: string | null;
}
