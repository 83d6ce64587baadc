import QRCode from 'qrcode';
import type { Event, Locale } from '../../../platform/db/schema.ts';
import { t } from '../../../platform/i18n/index.ts';
import { writePdf } from '../../../platform/pdf.ts';
import { TICKET_PREFIX } from '../shapes.ts';
import type { BadgeHolder } from './queries.ts';
import './messages.ts';

/** Two columns of three on a Letter page: 4 × 3.3 inch badges, cut along the hairlines. */
export const BADGES_PER_PAGE = 6;
const COLUMNS = 2;
const ROWS = BADGES_PER_PAGE / COLUMNS;
const MARGIN = 36;
const QR_SIZE = 104;

/**
 * The QR code as a small grayscale PNG without transparency (4 pixels a module): pdfkit embeds such a PNG
 * as it is, where an RGBA one is split into colour and mask in JavaScript (the difference between about
 * 40 ms and 5 ms a badge).
 */
async function qrPng(ticketCode: string): Promise<Buffer> {
  return QRCode.toBuffer(`${TICKET_PREFIX}${ticketCode}`, {
    type: 'png',
    errorCorrectionLevel: 'M',
    margin: 2,
    scale: 4,
    rendererOpts: { colorType: 0 },
  } as QRCode.QRCodeToBufferOptions);
}

function companyOf(holder: BadgeHolder, locale: Locale): string {
  if (holder.company) {
    return holder.company;
  }
  return (locale === 'ko' ? holder.business_name_ko : holder.business_name_en) ?? '';
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One badge, top to bottom: the expo, the name (up to two lines), the company, the QR code and its code. */
function drawBadge(
  doc: PDFKit.PDFDocument,
  box: Box,
  title: string,
  holder: BadgeHolder,
  qr: Buffer | undefined,
  locale: Locale,
): void {
  const { x, y, width, height } = box;
  const line = { width: width - 24, align: 'center' as const };
  const oneLine = { ...line, lineBreak: false, ellipsis: true };
  doc.save().lineWidth(0.5).strokeColor('#999999').rect(x, y, width, height).stroke().restore();
  doc
    .font('regular')
    .fontSize(9)
    .fillColor('#444444')
    .text(title, x + 12, y + 10, oneLine);
  doc.font('bold').fontSize(18).fillColor('#000000');
  doc.text(holder.name, x + 12, y + 28, { ...line, height: 54, ellipsis: true });
  const company = companyOf(holder, locale) || t(locale, 'expo:badge.visitor');
  doc
    .font('regular')
    .fontSize(11)
    .fillColor('#333333')
    .text(company, x + 12, y + 84, oneLine);
  if (qr) {
    doc.image(qr, x + (width - QR_SIZE) / 2, y + 104, { width: QR_SIZE });
  }
  doc
    .fontSize(7)
    .fillColor('#666666')
    .text(holder.ticket_code, x + 12, y + height - 28, oneLine);
  doc.text(t(locale, 'expo:badge.scan'), x + 12, y + height - 16, oneLine);
}

/**
 * Every holder's badge, BADGES_PER_PAGE to a page: the expo's title, the name (Korean names in Noto Sans
 * KR), the company, and the QR code a door or booth scans, with the code printed under it for typing.
 */
export async function badgesPdf(event: Event, holders: BadgeHolder[], locale: Locale): Promise<Buffer> {
  const title = locale === 'ko' ? event.title_ko : event.title_en;
  const images = await Promise.all(holders.map((holder) => qrPng(holder.ticket_code)));
  return writePdf(
    { title: t(locale, 'expo:badge.title', { event: title }), lang: locale, size: 'LETTER', margin: MARGIN },
    (doc) => {
      const width = (doc.page.width - 2 * MARGIN) / COLUMNS;
      const height = (doc.page.height - 2 * MARGIN) / ROWS;
      holders.forEach((holder, index) => {
        const slot = index % BADGES_PER_PAGE;
        if (index > 0 && slot === 0) {
          doc.addPage();
        }
        const x = MARGIN + (slot % COLUMNS) * width;
        const y = MARGIN + Math.floor(slot / COLUMNS) * height;
        drawBadge(doc, { x, y, width, height }, title, holder, images[index], locale);
      });
    },
  );
}
