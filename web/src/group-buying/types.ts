/** The group-buying API's shapes (server/modules/group-buying/schema.ts). */
export interface Store {
  slug: string;
  nameKo: string;
  nameEn: string;
}

export type GroupOrderStatus = 'open' | 'closed' | 'cancelled';

export interface GroupOrderSummary {
  id: string;
  titleKo: string;
  titleEn: string;
  supplierName: string;
  supplierSku: string;
  unitCostCents: number;
  breakQuantity: number;
  breakCostCents: number;
  closesOn: string;
  status: GroupOrderStatus;
  organizer: Store | null;
  pooledQuantity: number;
  storeCount: number;
  progressPercent: number;
  breakReached: boolean;
  acceptingCommitments: boolean;
  myQuantity: number;
  createdAt: string;
}

export interface GroupOrderList {
  organization: Store;
  canOrganize: boolean;
  myStores: Store[];
  items: GroupOrderSummary[];
}

export interface MyStoreCommitment {
  business: Store;
  quantity: number | null;
  purchaseOrder: { id: string; number: number } | null;
}

export interface GroupOrder extends GroupOrderSummary {
  canManage: boolean;
  myStores: MyStoreCommitment[];
  commitments: { business: Store; quantity: number; updatedAt: string; purchaseOrderMade: boolean }[] | null;
}

export interface Suggestion {
  product: { id: string; sku: string; nameKo: string; nameEn: string } | null;
  onHand: number;
  onOrder: number;
  dailyDemand: number;
  suggestedQuantity: number;
}
