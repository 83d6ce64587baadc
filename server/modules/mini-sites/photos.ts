import fs from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { AppError } from '../../platform/errors.ts';
import { logoFile } from '../businesses/logo.ts';

export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;
export const MAX_PHOTOS = 12;
const PHOTO_SIZE = 1600;
const ACCEPTED_FORMATS = new Set(['png', 'jpeg', 'webp']);
// Refuses decompression bombs: a small file may still claim billions of pixels.
const MAX_INPUT_PIXELS = 40_000_000;

/**
 * Checks the upload by its content (never its name or declared type) and re-encodes it as a WebP of at most
 * 1600 px a side, as logos are; re-encoding drops EXIF/GPS and any other metadata.
 */
export async function sitePhoto(input: Buffer): Promise<Buffer> {
  try {
    const { format } = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
    if (!ACCEPTED_FORMATS.has(format)) {
      throw new AppError('unsupported_file');
    }
    return await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS })
      .rotate()
      .resize(PHOTO_SIZE, PHOTO_SIZE, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer();
  } catch (error) {
    throw error instanceof AppError ? error : new AppError('unsupported_file');
  }
}

/** Where a photo lives, relative to the upload directory (stored as mini_site_photos.path). */
export function photoPath(businessId: string, photoId: string): string {
  return path.posix.join('site-photos', businessId, `${photoId}.webp`);
}

export async function removePhotoFile(uploadDir: string, relativePath: string): Promise<void> {
  await fs.rm(logoFile(uploadDir, relativePath), { force: true });
}
