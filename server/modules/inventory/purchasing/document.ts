import type { DbOrTrx } from '../../../platform/db/database.ts';
import type { Locale } from '../../../platform/db/schema.ts';
import { t } from '../../../platform/i18n/index.ts';
import { queueMail } from '../../../platform/mail/outbox.ts';
import { drawTable, writePdf, type PdfCell, type PdfColumn } from '../../../platform/pdf.ts';
import { localDay } from '../days.ts';
import { inventorySettings } from '../settings.ts';
import type { PresentedOrder } from './presenter.ts';
import { storeOf } from './queries.ts';

/** A purchase order as the supplier gets it: the PDF and the e-mail carrying it, in the order's language. */

type Store = Awaited<ReturnType<typeof storeOf>>;

const money = (locale: Locale) =>
  new Intl.NumberFormat(locale === 'ko' ? 'ko-KR' : 'en-US', { style: 'currency', currency: 'USD' });

/** The product name in the order's language first, the other one after it. */
function productName(locale: Locale, line: PresentedOrder['lines'][number]): string {
  const [first, second] = locale === 'ko' ? [line.nameKo, line.nameEn] : [line.nameEn, line.nameKo];
  return second && second !== first ? `${first}\n${second}` : first;
}

function storeName(locale: Locale, store: Store): string {
  return locale === 'ko' ? store.name_ko || store.name_en : store.name_en || store.name_ko;
}

function storeLines(locale: Locale, store: Store): string {
  const place = [store.address, [store.city, store.state, store.zip].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  return [storeName(locale, store), place, store.phone, store.email].filter(Boolean).join('\n');
}

/** The order's PDF: labels in its language (the supplier's), product names in both. */
export async function orderPdf(db: DbOrTrx, businessId: string, order: PresentedOrder): Promise<Buffer> {
  const locale: Locale = order.locale === 'ko' ? 'ko' : 'en';
  const label = (key: string) => t(locale, `purchasing:pdf.${key}`);
  const store = await storeOf(db, businessId);
  const settings = await inventorySettings(db, businessId);
  const date = localDay(order.sentAt ?? order.createdAt, settings.timeZone);
  const format = money(locale);
  return writePdf({ title: order.label, author: storeName(locale, store), lang: locale }, (doc) => {
    const left = doc.page.margins.left;
    const width = doc.page.width - left - doc.page.margins.right;
    doc.font('bold').fontSize(20).text(label('title'), left, doc.y);
    doc.font('regular').fontSize(10);
    doc.text(`${label('number')}: ${order.label}    ${label('date')}: ${date}`);
    doc.moveDown();
    const top = doc.y;
    const half = width / 2 - 8;
    doc.font('bold').text(label('from'), left, top, { width: half });
    doc.font('regular').text(storeLines(locale, store), { width: half });
    const fromBottom = doc.y;
    doc.font('bold').text(label('to'), left + width / 2, top, { width: half });
    doc
      .font('regular')
      .text([order.supplierName, order.supplierEmail].filter(Boolean).join('\n'), { width: half });
    doc.x = left;
    doc.y = Math.max(fromBottom, doc.y) + 16;
    const columns: PdfColumn[] = [
      { header: label('line'), width: 30 },
      { header: label('sku'), width: 80 },
      { header: label('product'), width: '*' },
      { header: label('quantity'), width: 40, align: 'right' },
      { header: label('unitCost'), width: 64, align: 'right' },
      { header: label('amount'), width: 72, align: 'right' },
    ];
    const rows: PdfCell[][] = order.lines.map((line, i) => [
      String(i + 1),
      line.supplierSku || line.sku,
      productName(locale, line),
      String(line.quantity),
      format.format(line.unitCostCents / 100),
      format.format((line.quantity * line.unitCostCents) / 100),
    ]);
    const bold = (text: string) => ({ text, font: 'bold' as const });
    rows.push([
      '',
      '',
      bold(label('total')),
      bold(String(order.units)),
      '',
      bold(format.format(order.totalCents / 100)),
    ]);
    drawTable(doc, columns, rows);
    doc.moveDown();
    if (order.note) {
      doc.font('bold').text(label('note'), left);
      doc.font('regular').text(order.note, { width });
      doc.moveDown();
    }
    doc.text(label('thanks'), left);
  });
}

export interface MailContext {
  smtpConfigured: boolean;
  uploadDir: string;
}

/** Queues the e-mail to the supplier, in its language, with the PDF attached (inside the caller's transaction). */
export async function queueOrderMail(
  db: DbOrTrx,
  businessId: string,
  order: PresentedOrder,
  to: string,
  mail: MailContext,
): Promise<void> {
  const locale: Locale = order.locale === 'ko' ? 'ko' : 'en';
  const store = await storeOf(db, businessId);
  const pdf = await orderPdf(db, businessId, order);
  await queueMail(
    db,
    {
      to,
      locale,
      template: 'purchasing:mail.order',
      params: {
        supplier: order.supplierName,
        store: storeName(locale, store),
        number: order.label,
        lines: order.lineCount,
        units: order.units,
        total: money(locale).format(order.totalCents / 100),
        note: order.note ? t(locale, 'purchasing:mail.order.note', { note: order.note }) : '',
        replyTo: store.email || store.phone || storeName(locale, store),
      },
      // The store's own books: not shown to its organization's admins in their outbox.
      organizationId: null,
    },
    mail.smtpConfigured,
    { uploadDir: mail.uploadDir, files: [{ filename: `${order.label}.pdf`, content: pdf }] },
  );
}
