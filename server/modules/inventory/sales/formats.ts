import type { SalesImportFormat } from '../../../platform/db/schema.ts';
import { AppError } from '../../../platform/errors.ts';
import {
  normalizeHeader,
  suggestColumns,
  type ColumnMapping,
  type ColumnSet,
} from '../../imports/columns.ts';

/**
 * The layouts a till's export can come in. The two generic ones are mapped column by column (the
 * mapping is saved per store); Square's "Item Sales Detail" export is recognised by its own headers.
 */
export type GenericFormat = Exclude<SalesImportFormat, 'square-items'>;
export const genericFormats: readonly GenericFormat[] = ['generic-daily', 'generic-transactions'];

export type SalesField = 'date' | 'time' | 'transactionId' | 'sku' | 'quantity' | 'location';
export type SalesMapping = ColumnMapping<SalesField>;

/** Header spellings (after `normalizeHeader`) from common tills and spreadsheets, English and Korean. */
const aliases: Record<SalesField, readonly string[]> = {
  date: [
    'date',
    'day',
    'salesdate',
    'saledate',
    'businessdate',
    'transactiondate',
    'orderdate',
    'datetime',
    'timestamp',
    'soldat',
    'createdat',
    '날짜',
    '일자',
    '판매일',
    '판매일자',
    '매출일',
    '매출일자',
    '영업일',
    '거래일',
    '거래일자',
    '거래일시',
    '판매일시',
    '일시',
  ],
  time: ['time', 'saletime', 'transactiontime', '시간', '시각', '판매시간', '거래시간', '판매시각'],
  transactionId: [
    'transactionid',
    'transaction',
    'transactionno',
    'transactionnumber',
    'receipt',
    'receiptid',
    'receiptno',
    'receiptnumber',
    'ticket',
    'ticketno',
    'orderid',
    'orderno',
    'ordernumber',
    'invoice',
    'invoiceno',
    '거래번호',
    '영수증번호',
    '영수증',
    '주문번호',
    '전표번호',
  ],
  sku: [
    'sku',
    'itemcode',
    'productcode',
    'itemsku',
    'productsku',
    'plu',
    'code',
    '상품코드',
    '품목코드',
    '코드',
  ],
  quantity: [
    'quantity',
    'qty',
    'units',
    'unitssold',
    'quantitysold',
    'qtysold',
    'sold',
    'count',
    '수량',
    '판매수량',
    '판매량',
    '개수',
  ],
  location: ['location', 'store', 'branch', 'site', 'outlet', '매장', '지점', '위치', '점포'],
};

function missing(field: SalesField): AppError {
  return new AppError('validation_failed', {
    fields: { mapping: { key: `sales:mapping.${field}Missing` } },
  });
}

function columnSet(format: GenericFormat): ColumnSet<SalesField> {
  const required: SalesField[] =
    format === 'generic-daily' ? ['date', 'sku', 'quantity'] : ['date', 'transactionId', 'sku', 'quantity'];
  return {
    fields:
      format === 'generic-daily'
        ? ['date', 'sku', 'quantity', 'location']
        : ['date', 'time', 'transactionId', 'sku', 'quantity', 'location'],
    aliases,
    checkComplete(mapped) {
      const absent = required.find((field) => !mapped.has(field));
      if (absent) {
        throw missing(absent);
      }
    },
  };
}

export const columnSets: Record<GenericFormat, ColumnSet<SalesField>> = {
  'generic-daily': columnSet('generic-daily'),
  'generic-transactions': columnSet('generic-transactions'),
};

/** The fields a format's mapping offers, for the preview. */
export function fieldList(format: GenericFormat) {
  const required = new Set<SalesField>(['date', 'sku', 'quantity']);
  if (format === 'generic-transactions') {
    required.add('transactionId');
  }
  return columnSets[format].fields.map((key) => ({ key, required: required.has(key) }));
}

/** The columns of Square's Item Sales Detail export that Dari reads, as Square names them. */
const squareColumns = {
  date: 'Date',
  time: 'Time',
  timeZone: 'Time Zone',
  item: 'Item',
  quantity: 'Qty',
  sku: 'SKU',
  transactionId: 'Transaction ID',
  paymentId: 'Payment ID',
  eventType: 'Event Type',
  location: 'Location',
} as const;
type SquareColumn = keyof typeof squareColumns;
const squareRequired: SquareColumn[] = [
  'date',
  'time',
  'timeZone',
  'item',
  'quantity',
  'sku',
  'transactionId',
  'eventType',
];

/** Each Square column Dari reads → its index in the file (-1 when absent). */
export type SquareBinding = Record<SquareColumn, number>;

export function bindSquare(headers: readonly string[]): SquareBinding | { missing: string } {
  const normalized = headers.map(normalizeHeader);
  const binding = Object.fromEntries(
    (Object.keys(squareColumns) as SquareColumn[]).map((column) => [
      column,
      normalized.indexOf(normalizeHeader(squareColumns[column])),
    ]),
  ) as SquareBinding;
  const absent = squareRequired.find((column) => binding[column] < 0);
  return absent ? { missing: squareColumns[absent] } : binding;
}

export function isSquareExport(headers: readonly string[]): boolean {
  return !('missing' in bindSquare(headers));
}

/** The generic layout a file looks like: per transaction when a column names one, else per day. */
export function guessGenericFormat(headers: readonly string[]): GenericFormat {
  const suggested = suggestColumns(columnSets['generic-transactions'], headers);
  return Object.values(suggested).includes('transactionId') ? 'generic-transactions' : 'generic-daily';
}
