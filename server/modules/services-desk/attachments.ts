import path from 'node:path';
import { AppError } from '../../platform/errors.ts';
import { sniffPhoto } from '../incidents/photos.ts';

/** Attachments of a request: PDFs and photos, checked by their bytes, never by their name. */

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS = 5;

const TYPES = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
} as const;
type Kind = keyof typeof TYPES;

export function sniffAttachment(data: Buffer): Kind | undefined {
  if (data.subarray(0, 5).toString('latin1') === '%PDF-') {
    return 'pdf';
  }
  return sniffPhoto(data);
}

/**
 * The file's type when its content is what it claims (declared type, or else its extension): 415
 * otherwise — an executable renamed .pdf, a PNG sent as a PDF. Nothing is stored before this passes.
 */
export function checkAttachment(
  data: Buffer,
  fileName: string,
  declaredType: string,
): { contentType: string; ext: string } {
  const kind = sniffAttachment(data);
  if (!kind) {
    throw new AppError('unsupported_file');
  }
  const contentType = TYPES[kind];
  const ext = path.extname(fileName).toLowerCase();
  const byExtension: Record<string, string> = {
    '.pdf': TYPES.pdf,
    '.jpg': TYPES.jpeg,
    '.jpeg': TYPES.jpeg,
    '.png': TYPES.png,
    '.webp': TYPES.webp,
  };
  const generic = declaredType === '' || declaredType === 'application/octet-stream';
  const claimed = generic ? byExtension[ext] : declaredType.toLowerCase();
  if (claimed !== contentType) {
    throw new AppError('unsupported_file');
  }
  return { contentType, ext: kind === 'jpeg' ? 'jpg' : kind };
}

/** A name safe to show and to send back in Content-Disposition. */
export function cleanFileName(name: string): string {
  const base = path
    .basename(name)
    .replace(/[^\p{L}\p{N}._ -]/gu, '_')
    .slice(0, 120);
  return base === '' ? 'attachment' : base;
}

export function attachmentPath(requestId: string, attachmentId: string, ext: string): string {
  return path.posix.join('service-requests', requestId, `${attachmentId}.${ext}`);
}
