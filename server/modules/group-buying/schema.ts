import { Type, type Static } from 'typebox';

const Slug = Type.String({ minLength: 1, maxLength: 80 });
const Id = Type.String({ minLength: 1, maxLength: 64 });
const Title = Type.String({ minLength: 1, maxLength: 120 });
const Cents = Type.Integer({ minimum: 0, maximum: 100_000_000 });
/** Whole units: above zero. */
const Units = Type.Integer({ minimum: 1, maximum: 1_000_000 });

export const OrgParams = Type.Object({ slug: Slug }, { additionalProperties: false });
export const OrderParams = Type.Object({ slug: Slug, id: Id }, { additionalProperties: false });
export const CommitmentParams = Type.Object(
  { slug: Slug, id: Id, businessSlug: Slug },
  { additionalProperties: false },
);

export const GroupOrderCreateBody = Type.Object(
  {
    supplierName: Type.String({ minLength: 1, maxLength: 120 }),
    /** The supplier's own code for the product: stores link it on their product to join and be ordered. */
    supplierSku: Type.String({ minLength: 1, maxLength: 64, pattern: '\\S' }),
    titleKo: Title,
    titleEn: Title,
    /** The price per unit without the group. */
    unitCostCents: Cents,
    /** Units the supplier wants in one order for the lower price. */
    breakQuantity: Units,
    /** The price per unit at the break: lower than the regular one. */
    breakCostCents: Cents,
    /** Last day stores may join (YYYY-MM-DD), today or later. */
    closesOn: Type.String({ minLength: 10, maxLength: 10, pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
    /** Started for one of the organizer's stores (its people organize it too). */
    businessSlug: Type.Optional(Slug),
  },
  { additionalProperties: false },
);
export type GroupOrderCreateBody = Static<typeof GroupOrderCreateBody>;

export const CommitmentBody = Type.Object({ quantity: Units }, { additionalProperties: false });
export type CommitmentBody = Static<typeof CommitmentBody>;

const Store = Type.Object({ slug: Type.String(), nameKo: Type.String(), nameEn: Type.String() });

const summary = {
  id: Type.String(),
  titleKo: Type.String(),
  titleEn: Type.String(),
  supplierName: Type.String(),
  supplierSku: Type.String(),
  unitCostCents: Type.Integer(),
  breakQuantity: Type.Integer(),
  breakCostCents: Type.Integer(),
  closesOn: Type.String(),
  status: Type.Enum(['open', 'closed', 'cancelled']),
  /** The store it was started for, if any. */
  organizer: Type.Union([Store, Type.Null()]),
  /** Units committed by every store together. */
  pooledQuantity: Type.Integer(),
  storeCount: Type.Integer(),
  /** Pooled quantity as a share of the break, in whole percent, at most 100. */
  progressPercent: Type.Integer(),
  breakReached: Type.Boolean(),
  /** Open and the closing day not past: stores may join, change or withdraw. */
  acceptingCommitments: Type.Boolean(),
  /** What the caller's own stores committed. */
  myQuantity: Type.Integer(),
  createdAt: Type.String(),
};
export const GroupOrderSummary = Type.Object(summary);

export const GroupOrderList = Type.Object({
  organization: Store,
  /** Whether the caller may start a group order here. */
  canOrganize: Type.Boolean(),
  /** The caller's stores in the organization (to start one for, or to join with). */
  myStores: Type.Array(Store),
  items: Type.Array(GroupOrderSummary),
});

const PurchaseOrderRef = Type.Object({ id: Type.String(), number: Type.Integer() });

export const GroupOrder = Type.Object({
  ...summary,
  /** The organizer or an organization admin: sees every store's commitment, closes and cancels. */
  canManage: Type.Boolean(),
  /** Each of the caller's stores in the organization, with its commitment (quantity null: not joined). */
  myStores: Type.Array(
    Type.Object({
      business: Store,
      quantity: Type.Union([Type.Integer(), Type.Null()]),
      /** The draft purchase order made in the store's books when the group order closed. */
      purchaseOrder: Type.Union([PurchaseOrderRef, Type.Null()]),
    }),
  ),
  /** The pooled order, store by store: only for whoever may manage it (null for other stores). */
  commitments: Type.Union([
    Type.Array(
      Type.Object({
        business: Store,
        quantity: Type.Integer(),
        updatedAt: Type.String(),
        purchaseOrderMade: Type.Boolean(),
      }),
    ),
    Type.Null(),
  ]),
});

/** A store's prefill: the order its own forecast suggests for its product with the supplier's SKU. */
export const Suggestion = Type.Object({
  /** The store's product linked to the supplier with this SKU; null when it has none. */
  product: Type.Union([
    Type.Object({ id: Type.String(), sku: Type.String(), nameKo: Type.String(), nameEn: Type.String() }),
    Type.Null(),
  ]),
  onHand: Type.Integer(),
  /** Ordered (sent) and not yet received. */
  onOrder: Type.Integer(),
  /** Forecast mean units sold per day. */
  dailyDemand: Type.Number(),
  /** Units to order now through this supplier, whole packs; 0 when stock covers the next cycle. */
  suggestedQuantity: Type.Integer(),
});
