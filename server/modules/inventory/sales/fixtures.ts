import { csvText } from '../../imports/fixtures/files.ts';
import { dayString, epochDay } from '../days.ts';

/** Builders for till exports in the layouts the sales import reads, generated in the tests. */

/** The day `offset` days from `day` (YYYY-MM-DD). */
export const addDays = (day: string, offset: number) => dayString(epochDay(day) + offset);

export function dailyCsv(
  rows: Array<[day: string, sku: string, quantity: string | number, location?: string]>,
) {
  const withLocation = rows.some((r) => r[3] !== undefined);
  const header = withLocation ? ['Date', 'SKU', 'Qty', 'Location'] : ['Date', 'SKU', 'Qty'];
  return Buffer.from(csvText([header, ...rows.map((r) => r.map(String))]), 'utf8');
}

/**
 * Square's "Item Sales Detail" export header as Square writes it today (35 columns); older exports
 * stop after "Customer Reference ID" or have fewer, and the import reads both.
 */
const squareHeader = [
  'Date',
  'Time',
  'Time Zone',
  'Category',
  'Item',
  'Qty',
  'Price Point Name',
  'SKU',
  'Modifiers Applied',
  'Gross Sales',
  'Discounts',
  'Net Sales',
  'Tax',
  'Transaction ID',
  'Payment ID',
  'Device Name',
  'Notes',
  'Details',
  'Event Type',
  'Location',
  'Dining Option',
  'Customer ID',
  'Customer Name',
  'Customer Reference ID',
  'Unit',
  'Count',
  'GTIN',
  'Itemization Type',
  'Commission',
  'Employee',
  'Fulfillment Note',
  'Channel',
  'Token',
  'Card Brand',
  'PAN Suffix',
];

export interface SquareLine {
  date: string;
  time: string;
  item: string;
  qty: string;
  sku: string;
  price: number;
  transaction: string;
  payment: string;
  event?: 'Payment' | 'Refund';
  location?: string;
  zone?: string;
}

const money = (dollars: number) => (dollars < 0 ? `-$${(-dollars).toFixed(2)}` : `$${dollars.toFixed(2)}`);

function squareRow(line: SquareLine): string[] {
  const qty = Number(line.qty);
  const gross = money(line.price * qty);
  const tax = money(line.price * qty * 0.0825);
  return [
    line.date,
    line.time,
    line.zone ?? 'Central Time (US & Canada)',
    'Grocery',
    line.item,
    line.qty,
    'Regular',
    line.sku,
    '',
    gross,
    '$0.00',
    gross,
    tax,
    line.transaction,
    line.payment,
    'Counter iPad',
    '',
    `https://squareup.com/dashboard/sales/transactions/${line.transaction}`,
    line.event ?? 'Payment',
    line.location ?? 'Han Mart',
    '',
    '',
    '',
    '',
    'ea',
    '1',
    '',
    line.sku ? 'Physical Good' : 'Custom Amount',
    '$0.00',
    '',
    '',
    'Point of Sale',
    `tok-${line.transaction}-${line.payment}`,
    'Visa',
    '4242',
  ];
}

export function squareCsv(lines: SquareLine[]): Buffer {
  return Buffer.from(csvText([squareHeader, ...lines.map(squareRow)]), 'utf8');
}
