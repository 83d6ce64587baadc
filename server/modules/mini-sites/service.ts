import { newId } from '../../platform/auth/secrets.ts';
import type { DbOrTrx } from '../../platform/db/database.ts';
import type { Business } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { removeStoredFile, storeFile } from '../../platform/stored-files.ts';
import { badHours } from './hours.ts';
import { fieldMessages } from './messages.ts';
import { MAX_PHOTOS, photoPath } from './photos.ts';
import { defaultSite, presentSite } from './presenter.ts';
import * as queries from './queries.ts';
import type { SiteResponse, SiteUpdateBody } from './schema.ts';

export async function siteValues(db: DbOrTrx, businessId: string): Promise<queries.SiteValues> {
  const row = await queries.findSite(db, businessId);
  return row ?? defaultSite;
}

export async function loadSite(db: DbOrTrx, business: Business, canInvite: boolean): Promise<SiteResponse> {
  const values = await siteValues(db, business.id);
  const photos = await queries.listPhotos(db, business.id);
  return presentSite(business, values, photos, canInvite);
}

/** Texts, hours and theme only: contacts and ownership stay with the business's profile. */
export async function updateSite(db: DbOrTrx, businessId: string, body: SiteUpdateBody): Promise<void> {
  if (body.hours) {
    const bad = badHours(body.hours);
    if (bad >= 0) {
      throw new AppError('validation_failed', {
        fields: { [`hours.${bad}`]: fieldMessages.closesBeforeOpens },
      });
    }
  }
  const current = await siteValues(db, businessId);
  await queries.saveSite(db, businessId, {
    theme: body.theme ?? current.theme,
    tagline_ko: body.taglineKo ?? current.tagline_ko,
    tagline_en: body.taglineEn ?? current.tagline_en,
    about_ko: body.aboutKo ?? current.about_ko,
    about_en: body.aboutEn ?? current.about_en,
    hours: body.hours ? JSON.stringify(body.hours) : current.hours,
  });
}

/** Adds a checked, re-encoded photo; the file is written last, so a refused upload stores nothing. */
export async function addPhoto(
  db: DbOrTrx,
  uploadDir: string,
  businessId: string,
  image: Buffer,
): Promise<string> {
  const photos = await queries.listPhotos(db, businessId);
  if (photos.length >= MAX_PHOTOS) {
    throw new AppError('validation_failed', { fields: { file: fieldMessages.tooManyPhotos(MAX_PHOTOS) } });
  }
  const id = newId();
  const relativePath = photoPath(businessId, id);
  await queries.insertPhoto(db, businessId, id, relativePath);
  await storeFile(uploadDir, relativePath, image);
  return id;
}

export async function removePhoto(
  db: DbOrTrx,
  uploadDir: string,
  businessId: string,
  id: string,
): Promise<void> {
  const photo = await queries.findPhoto(db, businessId, id);
  if (!photo) {
    throw new AppError('not_found');
  }
  await queries.deletePhoto(db, photo.id);
  await removeStoredFile(uploadDir, photo.path);
}
