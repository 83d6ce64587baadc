import path from 'node:path';
import { webpImage } from '../businesses/logo.ts';

export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;
export const MAX_PHOTOS = 12;
const PHOTO_SIZE = 1600;

/** A site photo: at most 1600 px a side, re-encoded as logos are (EXIF/GPS dropped). */
export function sitePhoto(input: Buffer): Promise<Buffer> {
  return webpImage(input, PHOTO_SIZE, 80);
}

/** Where a photo lives, relative to the upload directory (stored as mini_site_photos.path). */
export function photoPath(businessId: string, photoId: string): string {
  return path.posix.join('site-photos', businessId, `${photoId}.webp`);
}
