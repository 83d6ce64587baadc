import path from 'node:path';
import sharp from 'sharp';
import { AppError } from '../../platform/errors.ts';
import { removeStoredFile } from '../../platform/stored-files.ts';
import { fieldMessages } from './messages.ts';

export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;
export const MAX_PHOTOS = 4;
/** Long side of a stored photo: enough to read a plate or a logo on a jacket, not a raw camera file. */
const MAX_SIDE = 2560;
// Refuses decompression bombs: a small file may still claim billions of pixels.
const MAX_INPUT_PIXELS = 60_000_000;

type PhotoFormat = 'jpeg' | 'png' | 'webp';
const CONTENT_TYPES: Record<PhotoFormat, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
};

/** The format by magic bytes, never by the file's name or declared type. */
export function sniffPhoto(input: Buffer): PhotoFormat | undefined {
  if (input.length >= 3 && input[0] === 0xff && input[1] === 0xd8 && input[2] === 0xff) {
    return 'jpeg';
  }
  if (input.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    return 'png';
  }
  if (
    input.subarray(0, 4).toString('latin1') === 'RIFF' &&
    input.subarray(8, 12).toString('latin1') === 'WEBP'
  ) {
    return 'webp';
  }
  return undefined;
}

export interface ProcessedPhoto {
  data: Buffer;
  format: PhotoFormat;
  contentType: string;
}

/**
 * Re-encodes the photo, turned upright (rotate() applies the EXIF orientation). Re-encoding drops EXIF,
 * GPS and every other metadata; with `keepLocation` the metadata (GPS included) is copied over.
 */
export async function processPhoto(input: Buffer, keepLocation: boolean): Promise<ProcessedPhoto> {
  const notAnImage = () =>
    new AppError('validation_failed', { fields: { file: fieldMessages.error('notAnImage') } });
  const format = sniffPhoto(input);
  if (!format) {
    throw notAnImage();
  }
  try {
    const meta = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
    if (meta.format !== format) {
      throw notAnImage();
    }
    let pipeline = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS })
      .rotate()
      .resize(MAX_SIDE, MAX_SIDE, { fit: 'inside', withoutEnlargement: true });
    if (keepLocation) {
      pipeline = pipeline.keepMetadata();
    }
    const data = await pipeline.toFormat(format, format === 'png' ? {} : { quality: 85 }).toBuffer();
    return { data, format, contentType: CONTENT_TYPES[format] };
  } catch (error) {
    throw error instanceof AppError ? error : notAnImage();
  }
}

/** Relative to the upload directory: incidents/<incident>/<photo>.<ext>. */
export function photoPath(incidentId: string, photoId: string, format: PhotoFormat): string {
  return path.posix.join('incidents', incidentId, `${photoId}.${format === 'jpeg' ? 'jpg' : format}`);
}

/** Removes the incident's photo folder (retention purge); a missing folder is already purged. */
export async function removeIncidentPhotos(uploadDir: string, incidentId: string): Promise<void> {
  await removeStoredFile(uploadDir, path.posix.join('incidents', incidentId));
}
