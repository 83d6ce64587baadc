import { getDocumentProxy } from 'unpdf';
import { AppError } from '../../platform/errors.ts';

/** Enough for any licence or lease; a 500-page scan's text is not worth indexing past this. */
const MAX_PAGES = 60;
const MAX_CHARS = 200_000;

/**
 * The text of a PDF (pdf.js through unpdf, offline), pages joined, whitespace folded, capped. A scanned
 * PDF with no text layer gives ''. A file that starts like a PDF but pdf.js cannot open → 415.
 */
export async function pdfText(data: Buffer): Promise<string> {
  let proxy: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    proxy = await getDocumentProxy(new Uint8Array(data));
  } catch {
    throw new AppError('unsupported_file');
  }
  try {
    const pages: string[] = [];
    const count = Math.min(proxy.numPages, MAX_PAGES);
    for (let number = 1; number <= count; number += 1) {
      const page = await proxy.getPage(number);
      const content = await page.getTextContent();
      pages.push(
        content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''),
      );
    }
    return pages.join('\n').replace(/\s+/g, ' ').trim().slice(0, MAX_CHARS);
  } catch {
    return '';
  } finally {
    await proxy.destroy();
  }
}
