import fs from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { AppError } from '../../platform/errors.ts';

export const MAX_LOGO_BYTES = 5 * 1024 * 1024;
export const LOGO_SIZE = 256;
const ACCEPTED_FORMATS = new Set(['png', 'jpeg', 'webp']);
// Refuses decompression bombs: a 5 MB file may still claim billions of pixels.
const MAX_INPUT_PIXELS = 40_000_000;

/**
 * Checks the upload by its content (never its name or declared type) and re-encodes it as a WebP of at
 * most 256×256; re-encoding drops EXIF/GPS and any other metadata.
 */
export async function logoImage(input: Buffer): Promise<Buffer> {
  try {
    const { format } = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
    if (!ACCEPTED_FORMATS.has(format)) {
      throw new AppError('unsupported_file');
    }
    return await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS })
      .rotate()
      .resize(LOGO_SIZE, LOGO_SIZE, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 85 })
      .toBuffer();
  } catch (error) {
    throw error instanceof AppError ? error : new AppError('unsupported_file');
  }
}

/** Where a business's logo lives, relative to the upload directory (stored as businesses.logo_path). */
export function logoPath(businessId: string): string {
  return path.posix.join('logos', `${businessId}.webp`);
}

export function logoFile(uploadDir: string, relativePath: string): string {
  const root = path.resolve(uploadDir);
  const file = path.resolve(root, relativePath);
  if (!file.startsWith(root + path.sep)) {
    throw new AppError('not_found');
  }
  return file;
}

/** Writes beside the target then renames, so a reader never sees half a file. */
export async function saveLogo(uploadDir: string, relativePath: string, image: Buffer): Promise<void> {
  const file = logoFile(uploadDir, relativePath);
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  await fs.writeFile(temporary, image);
  await fs.rename(temporary, file);
}

export async function readLogo(uploadDir: string, relativePath: string): Promise<Buffer> {
  try {
    return await fs.readFile(logoFile(uploadDir, relativePath));
  } catch {
    throw new AppError('not_found');
  }
}
