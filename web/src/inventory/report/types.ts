/** The cost-reduction report as the API sends it (server/modules/inventory/report/schema.ts). */

export interface PolicyFigures {
  demandUnits: number;
  soldUnits: number;
  lostUnits: number;
  fillRate: number;
  stockoutDays: number;
  holdingCostCents: number;
  lostMarginCents: number;
  averageStockValueCents: number;
  orders: number;
  orderingCostCents: number;
}

export interface Costs {
  holdingCostCents: number;
  lostMarginCents: number;
  orderingCostCents: number;
  totalCents: number;
}

interface CostSet {
  habit: Costs;
  dari: Costs;
  saving: Costs;
}

interface ProductNames {
  productId: string;
  sku: string;
  nameKo: string;
  nameEn: string;
  category: string;
}

interface ProductPolicy {
  holdingCostCents: number;
  lostUnits: number;
  lostMarginCents: number;
  fillRate: number;
  averageStockValueCents: number;
  orders: number;
}

export interface ReportItem extends ProductNames {
  demandClass: string;
  habitWeeklyOrder: number;
  habitShelfLevel: number;
  initialStock: number;
  habit: ProductPolicy;
  dari: ProductPolicy;
  actual: { averageStockValueCents: number; stockoutDays: number; receivedUnits: number; soldUnits: number };
  yearlySavingCents: number;
}

export interface DeadItem extends ProductNames {
  onHand: number;
  valueCents: number;
  lastSaleDay: string | null;
  daysSinceSale: number | null;
}

export interface OverstockItem extends ProductNames {
  onHand: number;
  weeklyForecast: number;
  coverWeeks: number | null;
  excessUnits: number;
  excessValueCents: number;
}

export interface CostReport {
  period: {
    from: string | null;
    to: string | null;
    days: number;
    weeksRequested: number;
    learningDays: number;
    historyDays: number;
    annualFactor: number;
    enough: boolean;
    trusted: boolean;
  };
  assumptions: {
    habitBasis: 'receipts' | 'sales';
    habitSkipWeeks: number;
    reviewDays: number;
    serviceLevel: number;
    holdingRate: number;
    orderCostCents: number;
    minLearningDays: number;
    deadDays: number;
    overstockWeeks: number;
  };
  products: { replayed: number; tooNew: number };
  habit: PolicyFigures;
  dari: PolicyFigures;
  actual: {
    soldUnits: number;
    receivedUnits: number;
    receipts: number;
    stockoutDays: number;
    lostUnitsEstimate: number;
    averageStockValueCents: number;
    holdingCostCents: number;
  };
  costs: { period: CostSet; yearly: CostSet };
  byCategory: {
    category: string;
    products: number;
    habitAverageStockValueCents: number;
    dariAverageStockValueCents: number;
    yearlySavingCents: number;
  }[];
  items: ReportItem[];
  deadStock: { count: number; valueCents: number; items: DeadItem[] };
  overstock: { count: number; excessValueCents: number; items: OverstockItem[] };
}
