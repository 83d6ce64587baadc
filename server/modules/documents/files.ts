import path from 'node:path';
import sharp from 'sharp';
import { AppError } from '../../platform/errors.ts';
import { sniffPhoto } from '../incidents/photos.ts';

export const MAX_FILE_BYTES = 15 * 1024 * 1024;
export const MAX_FILE_LABEL = '15 MB';
/** Long side of a stored photo: a page photographed on a phone stays readable. */
const MAX_SIDE = 3000;
// Refuses decompression bombs: a small file may still claim billions of pixels.
const MAX_INPUT_PIXELS = 60_000_000;

export type FileKind = 'pdf' | 'jpeg' | 'png' | 'webp';
const CONTENT_TYPES: Record<FileKind, string> = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
};
const EXTENSIONS: Record<FileKind, string> = { pdf: 'pdf', jpeg: 'jpg', png: 'png', webp: 'webp' };
const CLAIMED_BY_EXTENSION: Record<string, 'pdf' | 'image'> = {
  '.pdf': 'pdf',
  '.jpg': 'image',
  '.jpeg': 'image',
  '.png': 'image',
  '.webp': 'image',
  '.heic': 'image',
};

/** The kind by magic bytes, never by the file's name or declared type. */
export function sniffFile(input: Buffer): FileKind | undefined {
  if (input.subarray(0, 5).toString('latin1') === '%PDF-') {
    return 'pdf';
  }
  return sniffPhoto(input);
}

/** What the upload says it is: its declared type, or else its name's extension. */
function claimOf(fileName: string, mimeType: string): 'pdf' | 'image' | undefined {
  if (mimeType === 'application/pdf') {
    return 'pdf';
  }
  if (mimeType.startsWith('image/')) {
    return 'image';
  }
  return CLAIMED_BY_EXTENSION[path.extname(fileName).toLowerCase()];
}

export interface CheckedFile {
  data: Buffer;
  kind: FileKind;
  contentType: string;
}

/**
 * A PDF is kept as sent; a photo is re-encoded upright, which drops EXIF, GPS and all other metadata.
 * Anything else, or a file whose content is not what its name or type claims (a PDF named .jpg) → 415.
 */
export async function checkFile(input: Buffer, fileName: string, mimeType: string): Promise<CheckedFile> {
  const kind = sniffFile(input);
  const claim = claimOf(fileName, mimeType);
  if (!kind || (claim !== undefined && claim !== (kind === 'pdf' ? 'pdf' : 'image'))) {
    throw new AppError('unsupported_file');
  }
  if (kind === 'pdf') {
    return { data: input, kind, contentType: CONTENT_TYPES.pdf };
  }
  try {
    const meta = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
    if (meta.format !== kind) {
      throw new AppError('unsupported_file');
    }
    const data = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS })
      .rotate()
      .resize(MAX_SIDE, MAX_SIDE, { fit: 'inside', withoutEnlargement: true })
      .toFormat(kind, kind === 'png' ? {} : { quality: 85 })
      .toBuffer();
    return { data, kind, contentType: CONTENT_TYPES[kind] };
  } catch (error) {
    throw error instanceof AppError ? error : new AppError('unsupported_file');
  }
}

/** Relative to the upload directory: documents/<business>/<document>/<file id>.<ext>. */
export function filePath(businessId: string, documentId: string, fileId: string, kind: FileKind): string {
  return path.posix.join('documents', businessId, documentId, `${fileId}.${EXTENSIONS[kind]}`);
}

/** The download name: the uploaded name's stem with the stored kind's extension, safe for a header. */
export function downloadName(fileName: string, kind: string): string {
  const stem =
    path
      .parse(fileName)
      .name.replace(/[^\w.\- ]+/g, '_')
      .slice(0, 80) || 'document';
  return `${stem}.${kind === 'application/pdf' ? 'pdf' : (kind.split('/')[1] ?? 'bin').replace('jpeg', 'jpg')}`;
}
