import type { Insertable } from 'kysely';
import { newId } from '../platform/auth/secrets.ts';
import type { DbOrTrx } from '../platform/db/database.ts';
import type { StockMovementTable } from '../platform/db/schema.ts';
import { dayString, epochDay, localDay } from '../modules/inventory/days.ts';
import { MAIN_LOCATION } from '../modules/inventory/queries.ts';
import { DEFAULT_SETTINGS } from '../modules/inventory/settings.ts';
import { demoProducts, demoSuppliers, type Demand, type DemoProduct } from './inventory-catalogue.ts';
import { mulberry32 } from '../platform/random.ts';

/**
 * Han Mart's Smart Store on first run: its catalogue, suppliers, and HISTORY_DAYS of daily sales ending
 * yesterday, with the owner's weekly habit orders as receipts — so the forecast, the suggestions and the
 * cost-reduction report show something real. Demand is drawn from a fixed-seed generator, and sales are
 * what the shelf could serve (an empty shelf sells nothing): the history has real stock-outs. Everything is
 * written in bulk, and the stock level is the sum of the movements.
 */

/** Sixty weeks: a year to replay and eight weeks for Dari to learn from before it. */
export const HISTORY_DAYS = 420;
/** Rows per INSERT: ten columns each, under both databases' limits on bound parameters. */
const CHUNK = 2000;
/** The owner re-reads what sold every quarter and orders by that. */
const HABIT_REVIEW_WEEKS = 13;
/** What one more line on an order costs Han Mart (the settings' default is $5). */
const ORDER_LINE_CENTS = 100;
/** Empty days in a quarter the owner notices, and orders a quarter more for. */
const EMPTY_DAYS_NOTICED = 5;
/** A Monday's epoch day mod 7 (1970-01-05 was a Monday). */
const MONDAY = 4;
const FRIDAY = 1;
const SATURDAY = 2;

/** A Poisson draw (Knuth; the rates here are small). */
function poisson(random: () => number, rate: number): number {
  if (rate <= 0) {
    return 0;
  }
  const limit = Math.exp(-rate);
  let k = 0;
  let p = random();
  while (p > limit) {
    k++;
    p *= random();
  }
  return k;
}

/** Units customers want on day `i` of `days` (epoch day `epoch`). */
function demandOn(demand: Demand, random: () => number, i: number, days: number, epoch: number): number {
  switch (demand.kind) {
    case 'steady':
      return poisson(random, demand.rate);
    case 'weekend': {
      const slot = epoch % 7;
      const busy = slot === FRIDAY || slot === SATURDAY;
      return poisson(random, demand.rate * (busy ? demand.lift : 0.85));
    }
    case 'slow':
      return random() < 1 / demand.every ? 1 + poisson(random, demand.size - 1) : 0;
    case 'trend':
      return poisson(random, Math.max(0, demand.rate * (1 + (demand.growth * i) / days)));
    case 'stopped':
      return i < days - demand.stoppedDaysAgo ? poisson(random, demand.rate) : 0;
  }
}

function meanDaily(demand: Demand): number {
  switch (demand.kind) {
    case 'slow':
      return demand.size / demand.every;
    default:
      return demand.rate;
  }
}

const packs = (units: number, pack: number) => Math.ceil(units / pack - 1e-9) * pack;

interface Context {
  businessId: string;
  ownerId: string;
  locationId: string;
  firstEpoch: number;
  rows: Insertable<StockMovementTable>[];
}

function movement(
  c: Context,
  productId: string,
  kind: 'sale' | 'receipt' | 'count',
  quantity: number,
  epoch: number,
): void {
  const day = dayString(epoch);
  // Midday in Dallas whatever the season, so the business day is the calendar day.
  const at = `${day}T${kind === 'sale' ? '22' : '15'}:00:00.000Z`;
  c.rows.push({
    id: newId(),
    business_id: c.businessId,
    product_id: productId,
    location_id: c.locationId,
    kind,
    quantity,
    user_id: kind === 'sale' ? null : c.ownerId,
    occurred_at: at,
    business_day: day,
    created_at: at,
  });
}

/** One product's year: the owner's Monday habit orders, and sales as far as the shelf allows. */
function history(c: Context, productId: string, product: DemoProduct, index: number): number {
  const random = mulberry32(0x5eed + index * 7919);
  const usual = meanDaily(product.demand) * 7;
  let onHand = product.initial ?? Math.round(usual * 2);
  let noticed = usual;
  let soldThisQuarter = 0;
  let emptyDays = 0;
  movement(c, productId, 'count', onHand, c.firstEpoch);
  for (let i = 0; i < HISTORY_DAYS; i++) {
    const epoch = c.firstEpoch + i;
    if (epoch % 7 === MONDAY && product.habit > 0) {
      if (i > 0 && i % (HABIT_REVIEW_WEEKS * 7) < 7) {
        // What sold, and a little more if the shelf was seen empty: sales hide what an empty shelf lost.
        noticed = (soldThisQuarter / HABIT_REVIEW_WEEKS) * (emptyDays >= EMPTY_DAYS_NOTICED ? 1.25 : 1);
        soldThisQuarter = 0;
        emptyDays = 0;
      }
      const order = noticed > 0 ? Math.max(packs(noticed * product.habit, product.pack), product.pack) : 0;
      if (order > 0 && onHand < 3 * order) {
        movement(c, productId, 'receipt', order, epoch);
        onHand += order;
      }
    }
    if (product.bulk && i === HISTORY_DAYS - product.bulk.daysAgo) {
      movement(c, productId, 'receipt', product.bulk.units, epoch);
      onHand += product.bulk.units;
    }
    const sold = Math.min(onHand, demandOn(product.demand, random, i, HISTORY_DAYS, epoch));
    if (sold > 0) {
      movement(c, productId, 'sale', -sold, epoch);
      onHand -= sold;
      soldThisQuarter += sold;
    }
    if (onHand === 0) {
      emptyDays++;
    }
  }
  return onHand;
}

export interface InventorySeedSummary {
  products: number;
  movements: number;
}

/** Writes Han Mart's Smart Store into the seed's transaction; its history ends the day before `now`. */
export async function seedDemoInventory(
  trx: DbOrTrx,
  businessId: string,
  ownerId: string,
  now: Date,
): Promise<InventorySeedSummary> {
  const today = epochDay(localDay(now, DEFAULT_SETTINGS.timeZone));
  const firstEpoch = today - HISTORY_DAYS;
  const created = `${dayString(firstEpoch)}T14:00:00.000Z`;
  const stamp = now.toISOString();
  const locationId = newId();
  await trx
    .insertInto('inventory_locations')
    .values({ id: locationId, business_id: businessId, name: MAIN_LOCATION, created_at: created })
    .execute();

  // Its distributors deliver weekly anyway: one more line on the order costs about a dollar of handling.
  await trx
    .insertInto('inventory_settings')
    .values({ business_id: businessId, order_cost_cents: ORDER_LINE_CENTS, updated_at: stamp })
    .execute();

  const supplierIds = new Map(demoSuppliers.map((s) => [s.key, newId()]));
  await trx
    .insertInto('suppliers')
    .values(
      demoSuppliers.map((s) => ({
        id: supplierIds.get(s.key) ?? '',
        business_id: businessId,
        name: s.name,
        email: s.email,
        phone: s.phone,
        locale: s.locale,
        lead_time_days: s.leadTimeDays,
        created_at: created,
      })),
    )
    .execute();

  const productIds = demoProducts.map(() => newId());
  await trx
    .insertInto('products')
    .values(
      demoProducts.map((p, i) => ({
        id: productIds[i] ?? '',
        business_id: businessId,
        sku: p.sku,
        barcode: ean13(`880${String(1_000_000 + i * 7_919).padStart(9, '0')}`),
        name_ko: p.ko,
        name_en: p.en,
        category: p.category,
        unit_cost_cents: p.costCents,
        price_cents: p.priceCents,
        created_at: created,
        updated_at: created,
      })),
    )
    .execute();
  await trx
    .insertInto('product_suppliers')
    .values(
      demoProducts.flatMap((p, i) => {
        const link = (key: DemoProduct['supplier'], preferred: boolean) => ({
          product_id: productIds[i] ?? '',
          supplier_id: supplierIds.get(key) ?? '',
          supplier_sku: `${key.slice(0, 2).toUpperCase()}-${p.sku.slice(3)}`,
          pack_size: p.pack,
          min_order_packs: p.minPacks ?? 1,
          // The second supplier is a fallback: a little dearer.
          unit_cost_cents: preferred ? p.costCents : Math.round(p.costCents * 1.08),
          lead_time_days: null,
          preferred: preferred ? 1 : 0,
        });
        return p.alternative
          ? [link(p.supplier, true), link(p.alternative, false)]
          : [link(p.supplier, true)];
      }),
    )
    .execute();

  const context: Context = { businessId, ownerId, locationId, firstEpoch, rows: [] };
  const levels = demoProducts.map((p, i) => ({
    product_id: productIds[i] ?? '',
    location_id: locationId,
    on_hand: history(context, productIds[i] ?? '', p, i),
    updated_at: stamp,
  }));
  for (let i = 0; i < context.rows.length; i += CHUNK) {
    await trx
      .insertInto('stock_movements')
      .values(context.rows.slice(i, i + CHUNK))
      .execute();
  }
  await trx.insertInto('stock_levels').values(levels).execute();
  return { products: demoProducts.length, movements: context.rows.length };
}

/** A 12-digit code with its EAN-13 check digit. */
function ean13(code: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    sum += Number(code[i]) * (i % 2 === 0 ? 1 : 3);
  }
  return `${code}${(10 - (sum % 10)) % 10}`;
}
