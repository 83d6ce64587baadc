import path from 'node:path';
import sharp from 'sharp';
import { AppError } from '../../platform/errors.ts';

export const MAX_LOGO_BYTES = 5 * 1024 * 1024;
export const LOGO_SIZE = 256;
const ACCEPTED_FORMATS = new Set(['png', 'jpeg', 'webp']);
// Refuses decompression bombs: a small file may still claim billions of pixels.
const MAX_INPUT_PIXELS = 40_000_000;

/**
 * Checks an upload by its content (never its name or declared type: PNG, JPEG or WebP, else 415) and re-encodes
 * it upright as a WebP of at most `size` pixels a side; re-encoding drops EXIF/GPS and any other metadata.
 */
export async function webpImage(input: Buffer, size: number, quality: number): Promise<Buffer> {
  try {
    const { format } = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
    if (!ACCEPTED_FORMATS.has(format)) {
      throw new AppError('unsupported_file');
    }
    return await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS })
      .rotate()
      .resize(size, size, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality })
      .toBuffer();
  } catch (error) {
    throw error instanceof AppError ? error : new AppError('unsupported_file');
  }
}

/** A logo: at most 256×256. */
export function logoImage(input: Buffer): Promise<Buffer> {
  return webpImage(input, LOGO_SIZE, 85);
}

/** Where a business's logo lives, relative to the upload directory (stored as businesses.logo_path). */
export function logoPath(businessId: string): string {
  return path.posix.join('logos', `${businessId}.webp`);
}
