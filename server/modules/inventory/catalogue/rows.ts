import type { DataRow } from '../../imports/parse.ts';
import type { CatalogueField } from './columns.ts';

/** A row problem; `key` is translated in the reader's language when the report is sent. */
export interface RowError {
  line: number;
  field: CatalogueField | 'file';
  key: string;
  params?: Record<string, unknown>;
}

/**
 * One valid row. A field is undefined when its column is not mapped or its cell is empty: an empty cell
 * never erases what the product already has.
 */
export interface CatalogueRow {
  line: number;
  sku: string;
  barcode?: string;
  nameKo?: string;
  nameEn?: string;
  category?: string;
  unitCostCents?: number;
  priceCents?: number;
  supplier?: string;
  supplierSku?: string;
  packSize?: number;
  minOrderPacks?: number;
  leadTimeDays?: number;
  onHand?: number;
}

const textLimits = {
  sku: 64,
  nameKo: 120,
  nameEn: 120,
  category: 80,
  supplier: 120,
  supplierSku: 64,
} as const;

/** Whole-number fields and their ranges (as the product and supplier forms allow). */
const wholeRanges = {
  packSize: [1, 100_000],
  minOrderPacks: [1, 100_000],
  leadTimeDays: [0, 365],
  onHand: [0, 1_000_000],
} as const;

const MAX_CENTS = 100_000_000;
const BARCODE = /^[0-9A-Za-z-]{4,32}$/;
/** What Excel writes for a long number column saved as CSV: 8801043014809 becomes 8.80104E+12. */
const SCIENTIFIC = /^\d+(\.\d+)?e\+?\d+$/i;
/** Dollars with a decimal point, an optional $ and thousands commas: 3.49, $1,234.50, 12. */
const MONEY = /^\$?(\d{1,3}(,\d{3})+|\d+)?(\.\d{1,2})?$/;
const WHOLE = /^(\d{1,3}(,\d{3})+|\d+)(\.0+)?$/;

type Fail = (field: CatalogueField, key: string, params?: Record<string, unknown>) => void;

/** Cents from a dollar amount, by string arithmetic (no binary fractions); undefined when it is no amount. */
export function parseDollars(value: string): number | undefined {
  const match = MONEY.exec(value.replace(/\s/g, ''));
  if (!match || (match[1] === undefined && match[3] === undefined)) {
    return undefined;
  }
  const dollars = Number((match[1] ?? '0').replaceAll(',', ''));
  const cents = Number((match[3] ?? '.').slice(1).padEnd(2, '0'));
  return dollars * 100 + cents;
}

function money(field: 'unitCost' | 'price', value: string, fail: Fail): number | undefined {
  const shown = value.slice(0, 40);
  if (/^(-|\(|\$-)/.test(value.trim())) {
    fail(field, 'moneyNegative', { value: shown });
    return undefined;
  }
  const cents = parseDollars(value);
  if (cents === undefined) {
    fail(field, 'moneyInvalid', { value: shown });
  } else if (cents > MAX_CENTS) {
    fail(field, 'moneyTooLarge', { value: shown });
  } else {
    return cents;
  }
  return undefined;
}

function whole(field: keyof typeof wholeRanges, value: string, fail: Fail): number | undefined {
  const [min, max] = wholeRanges[field];
  const shown = value.slice(0, 40);
  if (WHOLE.test(value)) {
    const number = Number(value.replace(/,/g, '').replace(/\.0+$/, ''));
    if (number >= min && number <= max) {
      return number;
    }
    fail(field, 'outOfRange', { value: shown, min, max });
  } else if (/^-\s*\d/.test(value)) {
    fail(field, min > 0 ? 'outOfRange' : 'notNegative', { value: shown, min, max });
  } else if (/^\d[\d,]*\.\d+$/.test(value)) {
    fail(field, 'wholeNumber', { value: shown });
  } else {
    fail(field, 'numberInvalid', { value: shown });
  }
  return undefined;
}

function barcode(value: string, fail: Fail): string | undefined {
  if (BARCODE.test(value)) {
    return value;
  }
  fail('barcode', SCIENTIFIC.test(value) ? 'barcodeScientific' : 'barcodeInvalid', {
    value: value.slice(0, 40),
  });
  return undefined;
}

/** Checks one data row on its own (the file and the store are checked by the service). */
export function readRow(
  row: DataRow,
  columns: ReadonlyArray<readonly [number, CatalogueField]>,
): { product?: CatalogueRow; errors: RowError[] } {
  const raw: Partial<Record<CatalogueField, string>> = {};
  for (const [index, field] of columns) {
    const cell = (row.cells[index] ?? '').trim();
    if (cell !== '') {
      raw[field] = cell;
    }
  }
  const errors: RowError[] = [];
  const fail: Fail = (field, key, params) =>
    errors.push({ line: row.line, field, key: `catalogue:rows.${key}`, ...(params ? { params } : {}) });
  for (const [field, limit] of Object.entries(textLimits) as Array<[keyof typeof textLimits, number]>) {
    if ((raw[field]?.length ?? 0) > limit) {
      fail(field, 'tooLong', { limit });
    }
  }
  if (raw.sku === undefined) {
    fail('sku', 'skuRequired');
  }
  if (raw.nameKo === undefined && raw.nameEn === undefined) {
    fail('nameKo', 'nameRequired');
  }
  if (raw.supplier === undefined) {
    for (const field of ['supplierSku', 'packSize', 'minOrderPacks', 'leadTimeDays'] as const) {
      if (raw[field] !== undefined) {
        fail(field, 'supplierNeeded');
      }
    }
  }
  const product: CatalogueRow = {
    line: row.line,
    sku: raw.sku ?? '',
    ...pick(raw, ['nameKo', 'nameEn', 'category', 'supplier', 'supplierSku']),
  };
  if (raw.barcode !== undefined) {
    product.barcode = barcode(raw.barcode, fail);
  }
  if (raw.unitCost !== undefined) {
    product.unitCostCents = money('unitCost', raw.unitCost, fail);
  }
  if (raw.price !== undefined) {
    product.priceCents = money('price', raw.price, fail);
  }
  for (const field of Object.keys(wholeRanges) as Array<keyof typeof wholeRanges>) {
    const value = raw[field];
    if (value !== undefined) {
      product[field] = whole(field, value, fail);
    }
  }
  return errors.length > 0 ? { errors } : { product, errors };
}

function pick<K extends CatalogueField>(raw: Partial<Record<CatalogueField, string>>, keys: readonly K[]) {
  const out: Partial<Record<K, string>> = {};
  for (const key of keys) {
    if (raw[key] !== undefined) {
      out[key] = raw[key];
    }
  }
  return out;
}
