import { Type, type Static } from 'typebox';

const Slug = Type.String({ minLength: 1, maxLength: 80 });
const Id = Type.String({ minLength: 1, maxLength: 64 });
const Version = Type.Integer({ minimum: 1, maximum: 1_000_000_000 });
const Note = Type.String({ maxLength: 1000 });
const Page = Type.Integer({ minimum: 1, maximum: 10_000 });
const PageSize = Type.Integer({ minimum: 1, maximum: 200 });
/** Whole and above zero is checked by the service, with a message that says so. */
const Quantity = Type.Number({ maximum: 1_000_000 });
const NullableNumber = Type.Union([Type.Null(), Type.Number()]);
const NullableString = Type.Union([Type.Null(), Type.String()]);

export const SlugParams = Type.Object({ slug: Slug }, { additionalProperties: false });
export const IdParams = Type.Object({ slug: Slug, id: Id }, { additionalProperties: false });

const settingsFields = {
  /** Days between ordering reviews: every day (1) or every week (7). */
  reviewDays: Type.Enum([1, 7]),
  /** Target cycle service level: the chance a replenishment cycle has no stock-out. */
  serviceLevel: Type.Number({ minimum: 0.5, maximum: 0.995 }),
  /** Yearly cost of holding stock, as a share of its cost (capital, space, shrink). */
  holdingRate: Type.Number({ minimum: 0, maximum: 2 }),
  /** Cost of placing and receiving one order line. */
  orderCostCents: Type.Integer({ minimum: 0, maximum: 1_000_000 }),
  /** IANA time zone, e.g. America/Chicago: the store's business days. */
  timeZone: Type.String({ minLength: 1, maxLength: 64 }),
};

export const OrderingSettings = Type.Object({ ...settingsFields, reviewDays: Type.Integer() });
export const OrderingSettingsBody = Type.Object(
  {
    reviewDays: Type.Optional(settingsFields.reviewDays),
    serviceLevel: Type.Optional(settingsFields.serviceLevel),
    holdingRate: Type.Optional(settingsFields.holdingRate),
    orderCostCents: Type.Optional(settingsFields.orderCostCents),
    timeZone: Type.Optional(settingsFields.timeZone),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type OrderingSettingsBody = Static<typeof OrderingSettingsBody>;

export const SuggestionQuery = Type.Object(
  {
    supplierId: Type.Optional(Id),
    /** Only the products to order now (suggested quantity above zero). */
    toOrder: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type SuggestionQuery = Static<typeof SuggestionQuery>;

export const Verdict = Type.Enum(['trust', 'watch', 'too-little-history']);

const Accuracy = Type.Object({
  /** trust: beat "same as last week" over enough weeks; watch: did not; too-little-history: under 4 weeks of sales. */
  verdict: Verdict,
  /** MASE over the tracked weeks (below 1: better than the naive rule was in the history); null: not measurable. */
  mase: NullableNumber,
  baselineMase: NullableNumber,
  /** Tracked weeks with something to score. */
  weeks: Type.Integer(),
});

export const SuggestionItem = Type.Object({
  productId: Type.String(),
  sku: Type.String(),
  nameKo: Type.String(),
  nameEn: Type.String(),
  supplierSku: Type.String(),
  packSize: Type.Integer(),
  minOrder: Type.Integer(),
  leadDays: Type.Integer(),
  unitCostCents: Type.Integer(),
  /** regular, seasonal, intermittent, lumpy, no-demand; "new" for too little history. */
  demandClass: Type.String(),
  /** ets, ets-damped, croston, sba, zero; "average" for the short-history fallback. */
  method: Type.String(),
  /** Mean daily demand forecast over the next review + lead days. */
  dailyForecast: Type.Number(),
  safetyStock: Type.Number(),
  /** Order when on hand + on order is below it. */
  reorderLevel: Type.Number(),
  orderUpTo: Type.Number(),
  onHand: Type.Integer(),
  /** Sent purchase orders not yet received. */
  onOrder: Type.Integer(),
  /** On draft purchase orders (not counted as on order until sent). */
  inDraft: Type.Integer(),
  /** Units to order now: whole packs, at least the minimum (0: nothing). */
  suggested: Type.Integer(),
  accuracy: Accuracy,
});

export const SupplierSuggestions = Type.Object({
  supplierId: Type.String(),
  supplierName: Type.String(),
  supplierEmail: Type.String(),
  locale: Type.String(),
  items: Type.Array(SuggestionItem),
  /** Over the suggested quantities. */
  totals: Type.Object({ lines: Type.Integer(), units: Type.Integer(), costCents: Type.Integer() }),
});

export const Suggestions = Type.Object({
  /** The store's day the suggestions are for (its history ends the day before). */
  today: Type.String(),
  reviewDays: Type.Integer(),
  serviceLevel: Type.Number(),
  suppliers: Type.Array(SupplierSuggestions),
  /** How long the forecasts took, in milliseconds. */
  elapsedMs: Type.Integer(),
});

export const AccuracyTrack = Type.Object({
  productId: Type.String(),
  verdict: Verdict,
  demandClass: Type.String(),
  method: Type.String(),
  mase: NullableNumber,
  baselineMase: NullableNumber,
  weeks: Type.Array(
    Type.Object({
      /** First day of the week forecast (YYYY-MM-DD). */
      start: Type.String(),
      mase: NullableNumber,
      baselineMase: NullableNumber,
    }),
  ),
});

const LineBody = Type.Object({ productId: Id, quantity: Quantity }, { additionalProperties: false });
const Lines = Type.Array(LineBody, { minItems: 1, maxItems: 500 });

export const OrderCreateBody = Type.Object(
  { supplierId: Id, lines: Lines, note: Type.Optional(Note) },
  { additionalProperties: false },
);
export type OrderCreateBody = Static<typeof OrderCreateBody>;

export const OrderUpdateBody = Type.Object(
  { version: Version, lines: Type.Optional(Lines), note: Type.Optional(Note) },
  { additionalProperties: false },
);
export type OrderUpdateBody = Static<typeof OrderUpdateBody>;

/** `version`, when given, must still be the order's (409 otherwise). */
export const OrderActionBody = Type.Object(
  { version: Type.Optional(Version) },
  { additionalProperties: false },
);
export type OrderActionBody = Static<typeof OrderActionBody>;

export const ReceiveBody = Type.Object(
  {
    version: Type.Optional(Version),
    /** Units arriving now per product of the order; products left out receive nothing. */
    lines: Lines,
    /** Where the goods go; the store's Main location when left out. */
    locationId: Type.Optional(Id),
  },
  { additionalProperties: false },
);
export type ReceiveBody = Static<typeof ReceiveBody>;

export const OrderStatus = Type.Enum(['draft', 'sent', 'partial', 'received', 'cancelled']);

export const OrderQuery = Type.Object(
  { status: Type.Optional(OrderStatus), page: Type.Optional(Page), pageSize: Type.Optional(PageSize) },
  { additionalProperties: false },
);
export type OrderQuery = Static<typeof OrderQuery>;

const orderSummary = {
  id: Type.String(),
  number: Type.Integer(),
  /** PO-0001 */
  label: Type.String(),
  status: OrderStatus,
  /** The language it is written in (the supplier's). */
  locale: Type.String(),
  supplierId: Type.String(),
  supplierName: Type.String(),
  lineCount: Type.Integer(),
  units: Type.Integer(),
  receivedUnits: Type.Integer(),
  totalCents: Type.Integer(),
  note: Type.String(),
  createdAt: Type.String(),
  sentAt: NullableString,
  updatedAt: Type.String(),
  version: Type.Integer(),
};

export const OrderSummary = Type.Object(orderSummary);
export const OrderPage = Type.Object({
  items: Type.Array(OrderSummary),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});

export const Order = Type.Object({
  ...orderSummary,
  supplierEmail: Type.String(),
  createdByName: NullableString,
  lines: Type.Array(
    Type.Object({
      productId: Type.String(),
      sku: Type.String(),
      supplierSku: Type.String(),
      nameKo: Type.String(),
      nameEn: Type.String(),
      quantity: Type.Integer(),
      receivedQuantity: Type.Integer(),
      unitCostCents: Type.Integer(),
    }),
  ),
});

export const SendResult = Type.Object({
  order: Order,
  /** Where the e-mail with the PDF was queued; null when the supplier has no e-mail address. */
  emailedTo: NullableString,
});
