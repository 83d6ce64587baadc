import type { DataRow, ParsedTable } from '../../imports/parse.ts';
import { localDay } from '../days.ts';
import { instantOf, parseDateTime, parseDay, parseTime, squareTimeZone, type DateTime } from './dates.ts';
import type { GenericFormat, SalesField, SquareBinding } from './formats.ts';

/**
 * Turns a till's rows into sale lines, each with the key that identifies it for good (`source_key`), or
 * into row problems. Nothing is guessed: a row that cannot be read exactly is a problem, reported with
 * its line number.
 *
 * Why the keys are stable, so that importing the same file, or an overlapping one, adds nothing twice:
 * - generic-daily `daily:<day>:<location>:<SKU>` — a daily export has one total per product, day and
 *   location, and every export covering that day repeats it. Lines repeated within one file are added
 *   together. (So export whole days: a day brought in half-way is not topped up later.)
 * - generic-transactions `txn:<location>:<transaction>:<sale|return>:<SKU>:<n>` — a closed receipt
 *   never changes, so every export holding it lists the same lines; numbering a SKU's lines within their
 *   receipt (n-th sale, n-th return of it), not by position in the file, keeps the key even when
 *   another export orders the lines differently.
 * - square-items `square:<Transaction ID>:payment:<Payment ID>:<SKU>:<n>` and, for a refund,
 *   `square:<Transaction ID>:refund:<Payment ID>:<Date> <seconds into the day>:<SKU>:<n>` — Square repeats the
 *   Transaction ID on a refund's lines, so the event and, for refunds, their own date and time tell two
 *   partial refunds of one sale apart.
 * `<location>` is the location as the file writes it (lower case, empty without one), not where the lines
 * were put: the same file imported again with another location chosen for it still adds nothing.
 */
export interface SaleLine {
  line: number;
  key: string;
  productId: string;
  locationId: string;
  /** Units sold; negative for a refund or return (the stock comes back). */
  sold: number;
  day: string;
  occurredAt: string;
  reference: string | null;
}

/** A row problem; `key` (namespace 'sales') is translated in the reader's language. */
export interface RowError {
  line: number;
  field: string;
  key: string;
  params?: Record<string, unknown>;
}

export interface Reading {
  lines: SaleLine[];
  errors: RowError[];
  /** Square lines without a SKU (custom amounts, unlisted items): not stock, so skipped and counted. */
  withoutSku: number;
}

/** What rows are checked against. */
interface ReadContext {
  /** SKU → product id, for the SKUs the file names. */
  products: ReadonlyMap<string, string>;
  /** Lower-case location name → id. */
  locations: ReadonlyMap<string, string>;
  /** Where every line goes when the user chose one location for the file; else the file says, or Main. */
  fixedLocationId: string | null;
  mainLocationId: string;
  /** The store's time zone: days and times without one of their own are its. */
  timeZone: string;
  now: Date;
}

/** Clocks on tills drift; a sale a little ahead of the server is still "now" (as for movements). */
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;
const MAX_UNITS = 1_000_000;
const MAX_ID_LENGTH = 120;
const QUANTITY = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

export type Layout =
  | { format: GenericFormat; columns: Partial<Record<SalesField, number>> }
  | { format: 'square-items'; columns: SquareBinding };

export function skuColumn(layout: Layout): number {
  return layout.columns.sku ?? -1;
}

class Reader {
  readonly lines: SaleLine[] = [];
  readonly errors: RowError[] = [];
  withoutSku = 0;
  private readonly counters = new Map<string, number>();
  private readonly merged = new Map<string, SaleLine>();
  private readonly unknownLocations = new Map<string, { line: number; count: number }>();

  constructor(private readonly ctx: ReadContext) {}

  problem(line: number, field: string, key: string, params?: Record<string, unknown>): void {
    this.errors.push({ line, field, key, ...(params ? { params } : {}) });
  }

  /** The cell's product, or null after reporting why not. */
  product(row: DataRow, sku: string): string | null {
    if (!sku) {
      this.problem(row.line, 'sku', 'skuMissing');
      return null;
    }
    const id = this.ctx.products.get(sku);
    if (!id) {
      this.problem(row.line, 'sku', 'skuUnknown', { sku: sku.slice(0, 64) });
    }
    return id ?? null;
  }

  /** Whole units, signed; null after reporting why not. */
  quantity(row: DataRow, text: string): number | null {
    const value = text.trim();
    if (!value) {
      this.problem(row.line, 'quantity', 'quantityMissing');
      return null;
    }
    const number = QUANTITY.test(value) ? Number(value.replaceAll(',', '')) : NaN;
    if (!Number.isFinite(number)) {
      this.problem(row.line, 'quantity', 'quantityInvalid', { value: value.slice(0, 20) });
    } else if (!Number.isInteger(number)) {
      this.problem(row.line, 'quantity', 'quantityWhole', { value });
    } else if (number === 0) {
      this.problem(row.line, 'quantity', 'quantityZero');
    } else if (Math.abs(number) > MAX_UNITS) {
      this.problem(row.line, 'quantity', 'quantityTooLarge', { limit: MAX_UNITS.toLocaleString('en-US') });
    } else {
      return number;
    }
    return null;
  }

  location(row: DataRow, name: string): string | null {
    if (this.ctx.fixedLocationId) {
      return this.ctx.fixedLocationId;
    }
    const wanted = name.trim();
    if (!wanted) {
      return this.ctx.mainLocationId;
    }
    const id = this.ctx.locations.get(wanted.toLowerCase());
    if (!id) {
      const seen = this.unknownLocations.get(wanted) ?? { line: row.line, count: 0 };
      seen.count += 1;
      this.unknownLocations.set(wanted, seen);
    }
    return id ?? null;
  }

  /** The instant, if it is not in the future (reported otherwise). */
  notFuture(row: DataRow, instant: Date, day: string): Date | null {
    if (instant.getTime() > this.ctx.now.getTime() + FUTURE_TOLERANCE_MS) {
      this.problem(row.line, 'date', 'dateFuture', { value: day });
      return null;
    }
    return instant;
  }

  /** A transaction or payment id: required where `required`, and short enough to key a line by. */
  identifier(row: DataRow, field: string, text: string, required: boolean): boolean {
    if (required && !text) {
      this.problem(row.line, field, 'transactionMissing');
      return false;
    }
    if (text.length > MAX_ID_LENGTH) {
      this.problem(row.line, field, 'idTooLong', { limit: MAX_ID_LENGTH });
      return false;
    }
    return true;
  }

  /** Numbers the lines that share a key's prefix, in file order. */
  nth(prefix: string): number {
    const n = (this.counters.get(prefix) ?? 0) + 1;
    this.counters.set(prefix, n);
    return n;
  }

  add(line: SaleLine, mergeRepeats: boolean): void {
    const earlier = mergeRepeats ? this.merged.get(line.key) : undefined;
    if (earlier) {
      earlier.sold += line.sold;
      return;
    }
    this.merged.set(line.key, line);
    this.lines.push(line);
  }

  finish(): Reading {
    for (const [name, seen] of this.unknownLocations) {
      this.problem(seen.line, 'location', 'locationUnknown', { name: name.slice(0, 80), count: seen.count });
    }
    this.errors.sort((a, b) => a.line - b.line);
    return { lines: this.lines, errors: this.errors, withoutSku: this.withoutSku };
  }
}

const cell = (row: DataRow, index: number | undefined) =>
  index === undefined || index < 0 ? '' : (row.cells[index] ?? '').trim();

function readGenericRow(
  reader: Reader,
  ctx: ReadContext,
  format: GenericFormat,
  columns: Partial<Record<SalesField, number>>,
  row: DataRow,
): void {
  const daily = format === 'generic-daily';
  const dateText = cell(row, columns.date);
  let at: DateTime | null = dateText ? parseDateTime(dateText) : null;
  if (!dateText) {
    reader.problem(row.line, 'date', 'dateMissing');
  } else if (!at) {
    reader.problem(row.line, 'date', 'dateInvalid', { value: dateText.slice(0, 40) });
  }
  const timeText = daily ? '' : cell(row, columns.time);
  if (at && timeText) {
    const seconds = parseTime(timeText);
    if (seconds === null) {
      reader.problem(row.line, 'time', 'timeInvalid', { value: timeText.slice(0, 20) });
      at = null;
    } else {
      at = { ...at, seconds };
    }
  }
  const transaction = daily ? '' : cell(row, columns.transactionId);
  const identified = daily || reader.identifier(row, 'transactionId', transaction, true);
  const sku = cell(row, columns.sku);
  const productId = reader.product(row, sku);
  let sold = reader.quantity(row, cell(row, columns.quantity));
  if (daily && sold !== null && sold < 0) {
    reader.problem(row.line, 'quantity', 'dailyNegative');
    sold = null;
  }
  const locationId = reader.location(row, cell(row, columns.location));
  const fileLocation = encodeURIComponent(cell(row, columns.location).toLowerCase());
  if (!at) {
    return;
  }
  const start = daily ? { day: at.day, seconds: 0, offsetMinutes: null } : at;
  const instant = reader.notFuture(row, instantOf(start, ctx.timeZone), at.day);
  if (!instant || productId === null || sold === null || locationId === null || !identified) {
    return;
  }
  const day = at.offsetMinutes === null || daily ? at.day : localDay(instant, ctx.timeZone);
  const prefix = daily
    ? `daily:${day}:${fileLocation}:${sku}`
    : `txn:${fileLocation}:${transaction}:${sold > 0 ? 'sale' : 'return'}:${sku}`;
  reader.add(
    {
      line: row.line,
      key: daily ? prefix : `${prefix}:${reader.nth(prefix)}`,
      productId,
      locationId,
      sold,
      day,
      occurredAt: instant.toISOString(),
      reference: transaction || null,
    },
    daily,
  );
}

function readSquareRow(reader: Reader, columns: SquareBinding, row: DataRow): void {
  const sku = cell(row, columns.sku);
  if (!sku) {
    reader.withoutSku += 1;
    return;
  }
  const event = cell(row, columns.eventType).toLowerCase();
  if (event !== 'payment' && event !== 'refund') {
    reader.problem(row.line, 'eventType', 'eventUnknown', {
      value: cell(row, columns.eventType).slice(0, 40),
    });
  }
  const dateText = cell(row, columns.date);
  const day = parseDay(dateText);
  if (!day) {
    reader.problem(row.line, 'date', dateText ? 'dateInvalid' : 'dateMissing', {
      value: dateText.slice(0, 40),
    });
  }
  const timeText = cell(row, columns.time);
  const seconds = parseTime(timeText);
  if (seconds === null) {
    reader.problem(row.line, 'time', 'timeInvalid', { value: timeText.slice(0, 20) });
  }
  const zoneText = cell(row, columns.timeZone);
  const timeZone = squareTimeZone(zoneText);
  if (!timeZone) {
    reader.problem(row.line, 'timeZone', 'timeZoneUnknown', { value: zoneText.slice(0, 60) });
  }
  const transaction = cell(row, columns.transactionId);
  const payment = cell(row, columns.paymentId);
  const identified =
    reader.identifier(row, 'transactionId', transaction, true) &&
    reader.identifier(row, 'paymentId', payment, false);
  const productId = reader.product(row, sku);
  let sold = reader.quantity(row, cell(row, columns.quantity));
  if (sold !== null && event === 'payment' && sold < 0) {
    reader.problem(row.line, 'quantity', 'paymentNegative');
    sold = null;
  } else if (sold !== null && event === 'refund' && sold > 0) {
    reader.problem(row.line, 'quantity', 'refundPositive');
    sold = null;
  }
  const locationId = reader.location(row, cell(row, columns.location));
  if (!day || seconds === null || !timeZone) {
    return;
  }
  const instant = reader.notFuture(row, instantOf({ day, seconds, offsetMinutes: null }, timeZone), day);
  if (!instant || !identified || productId === null || sold === null || locationId === null) {
    return;
  }
  const prefix =
    event === 'payment'
      ? `square:${transaction}:payment:${payment}:${sku}`
      : `square:${transaction}:refund:${payment}:${day} ${seconds}:${sku}`;
  reader.add(
    {
      line: row.line,
      key: `${prefix}:${reader.nth(prefix)}`,
      productId,
      locationId,
      sold,
      // Square writes each sale's date in the seller's own time zone: that is its business day.
      day,
      occurredAt: instant.toISOString(),
      reference: transaction,
    },
    false,
  );
}

/** Every row of the table, read by its layout. */
export function readLines(layout: Layout, table: ParsedTable, ctx: ReadContext): Reading {
  const reader = new Reader(ctx);
  for (const row of table.rows) {
    if (layout.format === 'square-items') {
      readSquareRow(reader, layout.columns, row);
    } else {
      readGenericRow(reader, ctx, layout.format, layout.columns, row);
    }
  }
  return reader.finish();
}
