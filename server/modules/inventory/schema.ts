import { Type, type Static } from 'typebox';

const Slug = Type.String({ minLength: 1, maxLength: 80 });
const Id = Type.String({ minLength: 1, maxLength: 64 });
const Name = Type.String({ minLength: 1, maxLength: 120 });
const Sku = Type.String({ minLength: 1, maxLength: 64, pattern: '\\S' });
const Barcode = Type.String({ minLength: 4, maxLength: 32, pattern: '^[0-9A-Za-z\\-]+$' });
const Cents = Type.Integer({ minimum: 0, maximum: 100_000_000 });
const LeadTime = Type.Integer({ minimum: 0, maximum: 365 });
const Stamp = Type.String({ format: 'date-time', maxLength: 40 });
const Page = Type.Integer({ minimum: 1, maximum: 10_000 });
const PageSize = Type.Integer({ minimum: 1, maximum: 200 });

export const SlugParams = Type.Object({ slug: Slug }, { additionalProperties: false });
export const IdParams = Type.Object({ slug: Slug, id: Id }, { additionalProperties: false });
export const BarcodeParams = Type.Object({ slug: Slug, barcode: Barcode }, { additionalProperties: false });

export const LocationBody = Type.Object({ name: Name }, { additionalProperties: false });
export type LocationBody = Static<typeof LocationBody>;

export const Location = Type.Object({ id: Type.String(), name: Type.String(), createdAt: Type.String() });
export const LocationList = Type.Array(Location);

const supplierFields = {
  name: Name,
  email: Type.Union([Type.Literal(''), Type.String({ format: 'email', maxLength: 254 })]),
  phone: Type.String({ maxLength: 40, pattern: '^[0-9+()\\-. ]*$' }),
  /** The language its purchase orders are written in. */
  locale: Type.Enum(['ko', 'en']),
  leadTimeDays: LeadTime,
};

export const SupplierCreateBody = Type.Object(
  {
    name: supplierFields.name,
    email: Type.Optional(supplierFields.email),
    phone: Type.Optional(supplierFields.phone),
    locale: Type.Optional(supplierFields.locale),
    leadTimeDays: Type.Optional(supplierFields.leadTimeDays),
  },
  { additionalProperties: false },
);
export type SupplierCreateBody = Static<typeof SupplierCreateBody>;

export const SupplierUpdateBody = Type.Object(
  {
    name: Type.Optional(supplierFields.name),
    email: Type.Optional(supplierFields.email),
    phone: Type.Optional(supplierFields.phone),
    locale: Type.Optional(supplierFields.locale),
    leadTimeDays: Type.Optional(supplierFields.leadTimeDays),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type SupplierUpdateBody = Static<typeof SupplierUpdateBody>;

export const Supplier = Type.Object({
  id: Type.String(),
  name: Type.String(),
  email: Type.String(),
  phone: Type.String(),
  locale: Type.String(),
  leadTimeDays: Type.Integer(),
  createdAt: Type.String(),
});
export const SupplierList = Type.Array(Supplier);

export const SupplierLinkBody = Type.Object(
  {
    supplierId: Id,
    supplierSku: Type.Optional(Type.String({ maxLength: 64 })),
    packSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000 })),
    minOrderPacks: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000 })),
    unitCostCents: Cents,
    /** Null: the supplier's own lead time. Null first: type coercion would read it as 0. */
    leadTimeDays: Type.Optional(Type.Union([Type.Null(), LeadTime])),
    preferred: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type SupplierLinkBody = Static<typeof SupplierLinkBody>;

const productFields = {
  sku: Sku,
  /** Null clears it. Null first: type coercion would otherwise read null as ''. */
  barcode: Type.Union([Type.Null(), Barcode]),
  nameKo: Name,
  nameEn: Name,
  category: Type.String({ maxLength: 80 }),
  unitCostCents: Cents,
  priceCents: Cents,
  /** The whole list of the product's suppliers (replaces the previous list on update). */
  suppliers: Type.Array(SupplierLinkBody, { maxItems: 20 }),
};

export const ProductCreateBody = Type.Object(
  {
    sku: productFields.sku,
    barcode: Type.Optional(productFields.barcode),
    nameKo: productFields.nameKo,
    nameEn: productFields.nameEn,
    category: Type.Optional(productFields.category),
    unitCostCents: productFields.unitCostCents,
    priceCents: productFields.priceCents,
    suppliers: Type.Optional(productFields.suppliers),
  },
  { additionalProperties: false },
);
export type ProductCreateBody = Static<typeof ProductCreateBody>;

export const ProductUpdateBody = Type.Object(
  {
    sku: Type.Optional(productFields.sku),
    barcode: Type.Optional(productFields.barcode),
    nameKo: Type.Optional(productFields.nameKo),
    nameEn: Type.Optional(productFields.nameEn),
    category: Type.Optional(productFields.category),
    unitCostCents: Type.Optional(productFields.unitCostCents),
    priceCents: Type.Optional(productFields.priceCents),
    suppliers: Type.Optional(productFields.suppliers),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type ProductUpdateBody = Static<typeof ProductUpdateBody>;

export const ProductQuery = Type.Object(
  {
    /** Matches the SKU or barcode from the start, or either name anywhere. */
    q: Type.Optional(Type.String({ maxLength: 80 })),
    page: Type.Optional(Page),
    pageSize: Type.Optional(PageSize),
  },
  { additionalProperties: false },
);
export type ProductQuery = Static<typeof ProductQuery>;

const SupplierLink = Type.Object({
  supplierId: Type.String(),
  supplierName: Type.String(),
  supplierSku: Type.String(),
  packSize: Type.Integer(),
  minOrderPacks: Type.Integer(),
  unitCostCents: Type.Integer(),
  leadTimeDays: Type.Union([Type.Integer(), Type.Null()]),
  /** The override, else the supplier's lead time. */
  effectiveLeadTimeDays: Type.Integer(),
  preferred: Type.Boolean(),
});

const productSummary = {
  id: Type.String(),
  sku: Type.String(),
  barcode: Type.Union([Type.String(), Type.Null()]),
  nameKo: Type.String(),
  nameEn: Type.String(),
  category: Type.String(),
  unitCostCents: Type.Integer(),
  priceCents: Type.Integer(),
  /** Summed over the store's locations. */
  onHand: Type.Integer(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
};
export const ProductSummary = Type.Object(productSummary);
export const Product = Type.Object({ ...productSummary, suppliers: Type.Array(SupplierLink) });
export const ProductPage = Type.Object({
  items: Type.Array(ProductSummary),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});

export const MovementKind = Type.Enum(['receipt', 'sale', 'adjustment', 'count', 'transfer']);

export const MovementBody = Type.Object(
  {
    kind: MovementKind,
    /** The product, by id or by SKU (one of the two). */
    productId: Type.Optional(Id),
    sku: Type.Optional(Sku),
    /** Where it happens (the source of a transfer); the store's Main location when left out. */
    locationId: Type.Optional(Id),
    /** A transfer's destination. */
    toLocationId: Type.Optional(Id),
    /**
     * Whole units: received, sold or transferred (above zero), added or removed (adjustment, signed,
     * not zero), or counted (a count: the number on the shelf, zero or more).
     */
    quantity: Type.Integer({ minimum: -1_000_000, maximum: 1_000_000 }),
    /** When it happened; now when left out. Not in the future. */
    occurredAt: Type.Optional(Stamp),
    reference: Type.Optional(Type.String({ maxLength: 120 })),
    note: Type.Optional(Type.String({ maxLength: 500 })),
    /** Record it even if the on-hand goes below zero (kept and shown as an anomaly). */
    allowNegative: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type MovementBody = Static<typeof MovementBody>;

export const Movement = Type.Object({
  id: Type.String(),
  productId: Type.String(),
  locationId: Type.String(),
  locationName: Type.String(),
  kind: Type.String(),
  /** Signed: what it added to the on-hand. */
  quantity: Type.Integer(),
  transferId: Type.Union([Type.String(), Type.Null()]),
  reference: Type.Union([Type.String(), Type.Null()]),
  note: Type.String(),
  negativeAllowed: Type.Boolean(),
  userId: Type.Union([Type.String(), Type.Null()]),
  userName: Type.Union([Type.String(), Type.Null()]),
  occurredAt: Type.String(),
  createdAt: Type.String(),
});
/** A recorded movement (two for a transfer) and the on-hand after it at each location it touched. */
export const MovementResult = Type.Object({
  movements: Type.Array(Movement),
  levels: Type.Array(Type.Object({ locationId: Type.String(), onHand: Type.Integer() })),
});

export const MovementQuery = Type.Object(
  { locationId: Type.Optional(Id), page: Type.Optional(Page), pageSize: Type.Optional(PageSize) },
  { additionalProperties: false },
);
export type MovementQuery = Static<typeof MovementQuery>;
export const MovementPage = Type.Object({
  items: Type.Array(Movement),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});

export const StockQuery = Type.Object(
  {
    productId: Type.Optional(Id),
    locationId: Type.Optional(Id),
    /** Only the anomalies: below zero, or holding a movement recorded with allowNegative. */
    anomalies: Type.Optional(Type.Boolean()),
    page: Type.Optional(Page),
    pageSize: Type.Optional(PageSize),
  },
  { additionalProperties: false },
);
export type StockQuery = Static<typeof StockQuery>;

export const StockLevel = Type.Object({
  productId: Type.String(),
  sku: Type.String(),
  nameKo: Type.String(),
  nameEn: Type.String(),
  locationId: Type.String(),
  locationName: Type.String(),
  onHand: Type.Integer(),
  /** Below zero now, or a movement here was recorded with allowNegative. */
  anomaly: Type.Boolean(),
  /** The latest movement recorded with allowNegative, if any. */
  lastNegativeAllowedAt: Type.Union([Type.String(), Type.Null()]),
  updatedAt: Type.String(),
});
export const StockPage = Type.Object({
  items: Type.Array(StockLevel),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});
