import { Type, type Static } from 'typebox';

export const ReportQuery = Type.Object(
  {
    /** The period: the last N weeks (52 by default), or the history there is when shorter. */
    weeks: Type.Optional(Type.Integer({ minimum: 4, maximum: 104 })),
    /** Dead stock: on hand and no sale for this many days (90 by default). */
    deadDays: Type.Optional(Type.Integer({ minimum: 14, maximum: 365 })),
    /** Overstock: on hand covers more than this many weeks of forecast demand (8 by default). */
    overstockWeeks: Type.Optional(Type.Integer({ minimum: 1, maximum: 52 })),
    /** How many products each list shows (all of them are in the totals and the CSV). */
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
  },
  { additionalProperties: false },
);
export type ReportQuery = Static<typeof ReportQuery>;

const Cents = Type.Integer();
const Units = Type.Number();

/** A policy replayed over the period: what it sold, lost, held and ordered. */
const PolicyFigures = Type.Object({
  demandUnits: Units,
  soldUnits: Units,
  lostUnits: Units,
  /** Sold / demand, 0–1. */
  fillRate: Type.Number(),
  stockoutDays: Type.Integer(),
  holdingCostCents: Cents,
  lostMarginCents: Cents,
  /** Mean value at cost of the stock on hand: the cash tied up. */
  averageStockValueCents: Cents,
  orders: Type.Integer(),
  orderingCostCents: Cents,
});

const Costs = Type.Object({
  holdingCostCents: Cents,
  lostMarginCents: Cents,
  orderingCostCents: Cents,
  totalCents: Cents,
});

const CostSet = Type.Object({ habit: Costs, dari: Costs, saving: Costs });

/** What the store's own records measured over the period. */
const ActualFigures = Type.Object({
  soldUnits: Units,
  receivedUnits: Units,
  receipts: Type.Integer(),
  stockoutDays: Type.Integer(),
  lostUnitsEstimate: Units,
  averageStockValueCents: Cents,
  holdingCostCents: Cents,
});

const ProductNames = {
  productId: Type.String(),
  sku: Type.String(),
  nameKo: Type.String(),
  nameEn: Type.String(),
  category: Type.String(),
};

const ProductPolicy = Type.Object({
  holdingCostCents: Cents,
  lostUnits: Units,
  lostMarginCents: Cents,
  fillRate: Type.Number(),
  averageStockValueCents: Cents,
  orders: Type.Integer(),
});

const ReportItem = Type.Object({
  ...ProductNames,
  demandClass: Type.String(),
  /** The habit's fixed weekly order (units). */
  habitWeeklyOrder: Units,
  /** The habit orders only when the shelf (on hand + on order) holds less than this (units). */
  habitShelfLevel: Units,
  /** On hand the day before the period: both replays start from it. */
  initialStock: Units,
  habit: ProductPolicy,
  dari: ProductPolicy,
  actual: Type.Object({
    averageStockValueCents: Cents,
    stockoutDays: Type.Integer(),
    receivedUnits: Units,
    soldUnits: Units,
  }),
  yearlySavingCents: Cents,
});

const DeadItem = Type.Object({
  ...ProductNames,
  onHand: Type.Integer(),
  valueCents: Cents,
  /** The last sale in the history read (null: none). */
  lastSaleDay: Type.Union([Type.String(), Type.Null()]),
  daysSinceSale: Type.Union([Type.Integer(), Type.Null()]),
});

const OverstockItem = Type.Object({
  ...ProductNames,
  onHand: Type.Integer(),
  weeklyForecast: Units,
  /** Weeks the on-hand lasts at the forecast (null: nothing is forecast to sell). */
  coverWeeks: Type.Union([Type.Number(), Type.Null()]),
  excessUnits: Type.Integer(),
  excessValueCents: Cents,
});

export const CostReport = Type.Object({
  period: Type.Object({
    /** First and last day replayed (null: not enough history). */
    from: Type.Union([Type.String(), Type.Null()]),
    to: Type.Union([Type.String(), Type.Null()]),
    days: Type.Integer(),
    weeksRequested: Type.Integer(),
    /** Days of history before the period that Dari learned from. */
    learningDays: Type.Integer(),
    historyDays: Type.Integer(),
    /** 365 / days: what turns the period's figures into yearly ones. */
    annualFactor: Type.Number(),
    /** There was enough history to replay. */
    enough: Type.Boolean(),
    /** The period is long enough (26 weeks or more) to trust the yearly figure. */
    trusted: Type.Boolean(),
  }),
  assumptions: Type.Object({
    /** The habit's weekly order: the store's average receipts, or (none recorded) its average sales. */
    habitBasis: Type.Union([Type.Literal('receipts'), Type.Literal('sales')]),
    habitSkipWeeks: Type.Integer(),
    reviewDays: Type.Integer(),
    serviceLevel: Type.Number(),
    holdingRate: Type.Number(),
    orderCostCents: Cents,
    minLearningDays: Type.Integer(),
    deadDays: Type.Integer(),
    overstockWeeks: Type.Integer(),
  }),
  products: Type.Object({
    replayed: Type.Integer(),
    /** With history, but too new to learn from before the period. */
    tooNew: Type.Integer(),
  }),
  habit: PolicyFigures,
  dari: PolicyFigures,
  actual: ActualFigures,
  /** Costs over the period and per year, and the saving: habit minus Dari, part by part. */
  costs: Type.Object({ period: CostSet, yearly: CostSet }),
  byCategory: Type.Array(
    Type.Object({
      category: Type.String(),
      products: Type.Integer(),
      habitAverageStockValueCents: Cents,
      dariAverageStockValueCents: Cents,
      yearlySavingCents: Cents,
    }),
  ),
  /** The products with the largest yearly saving first (`limit` of them). */
  items: Type.Array(ReportItem),
  deadStock: Type.Object({ count: Type.Integer(), valueCents: Cents, items: Type.Array(DeadItem) }),
  overstock: Type.Object({
    count: Type.Integer(),
    excessValueCents: Cents,
    items: Type.Array(OverstockItem),
  }),
});
export type CostReportBody = Static<typeof CostReport>;
