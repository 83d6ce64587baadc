import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { Locale } from './db/schema.ts';

/**
 * PDF writing shared by every module that prints (purchase orders, badges): pdfkit with Noto Sans KR,
 * which has Hangul and Latin in one face. The font ships in an npm package (SIL Open Font License), so
 * Korean names print on a server with no system fonts and no network.
 */

const require = createRequire(import.meta.url);
const FONT_FILES = {
  regular: '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf',
} as const;

/** The faces every document has registered, by name: `doc.font('bold')`. */
export type PdfFont = keyof typeof FONT_FILES;

let fonts: Promise<Record<PdfFont, Buffer>> | undefined;

/** Read once per process (about 6 MB a face); pdfkit embeds only the glyphs a document uses. */
function loadFonts(): Promise<Record<PdfFont, Buffer>> {
  fonts ??= Promise.all([
    fs.readFile(require.resolve(FONT_FILES.regular)),
    fs.readFile(require.resolve(FONT_FILES.bold)),
  ]).then(([regular, bold]) => ({ regular, bold }));
  return fonts;
}

export interface PdfOptions {
  /** The document's title (its metadata, shown by viewers). */
  title: string;
  author?: string;
  lang: Locale;
  size?: 'LETTER' | 'A4';
  margin?: number;
}

/**
 * Draws a document and returns its bytes. `draw` gets a document on its first page with the 'regular'
 * and 'bold' faces registered and 'regular' selected.
 */
export async function writePdf(
  options: PdfOptions,
  draw: (doc: PDFKit.PDFDocument) => void | Promise<void>,
): Promise<Buffer> {
  const faces = await loadFonts();
  const doc = new PDFDocument({
    size: options.size ?? 'LETTER',
    margin: options.margin ?? 48,
    lang: options.lang === 'ko' ? 'ko-KR' : 'en-US',
    info: { Title: options.title, Author: options.author ?? 'Dari', Creator: 'Dari' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', faces.regular);
  doc.registerFont('bold', faces.bold);
  doc.font('regular');
  await draw(doc);
  doc.end();
  return done;
}

export interface PdfColumn {
  header: string;
  /** Points, or '*' to share what the fixed columns leave. */
  width: number | '*';
  align?: 'left' | 'right';
}

/** A cell's text, or the text and its face. */
export type PdfCell = string | { text: string; font: PdfFont };

/**
 * A table from the current position at the left margin: a bold header (repeated on every new page),
 * rows as tall as their longest cell, a hairline under each. Drawn with plain text calls — pdfkit's own
 * table lays every cell out many times over and takes seconds for a page of Korean text.
 */
export function drawTable(doc: PDFKit.PDFDocument, columns: PdfColumn[], rows: PdfCell[][]): void {
  const padding = 4;
  const left = doc.page.margins.left;
  const total = doc.page.width - left - doc.page.margins.right;
  const fixed = columns.reduce((sum, c) => sum + (c.width === '*' ? 0 : c.width), 0);
  const stars = columns.filter((c) => c.width === '*').length;
  const widths = columns.map((c) =>
    c.width === '*' ? Math.max(0, total - fixed) / Math.max(1, stars) : c.width,
  );
  const cellOf = (cell: PdfCell | undefined) =>
    typeof cell === 'string' ? { text: cell, font: 'regular' as const } : cell;
  let y = doc.y;

  const drawRow = (cells: PdfCell[], rule: number) => {
    const parts = columns.map((_, i) => cellOf(cells[i]) ?? { text: '', font: 'regular' as const });
    const height =
      Math.max(
        ...parts.map((part, i) =>
          doc.font(part.font).heightOfString(part.text || ' ', { width: (widths[i] ?? 0) - 2 * padding }),
        ),
      ) +
      2 * padding;
    if (y + height > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      y = doc.page.margins.top;
      if (cells !== header) {
        drawRow(header, 1);
      }
    }
    let x = left;
    parts.forEach((part, i) => {
      const width = widths[i] ?? 0;
      doc.font(part.font).text(part.text, x + padding, y + padding, {
        width: width - 2 * padding,
        align: columns[i]?.align ?? 'left',
      });
      x += width;
    });
    y += height;
    doc
      .moveTo(left, y)
      .lineTo(left + total, y)
      .lineWidth(rule)
      .strokeColor('#999999')
      .stroke();
  };

  const header: PdfCell[] = columns.map((c) => ({ text: c.header, font: 'bold' }));
  drawRow(header, 1);
  for (const row of rows) {
    drawRow(row, 0.5);
  }
  doc.font('regular');
  doc.x = left;
  doc.y = y + padding;
}
