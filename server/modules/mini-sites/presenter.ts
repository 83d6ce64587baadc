import type { Business } from '../../platform/db/schema.ts';
import { parseHours } from './hours.ts';
import type { SiteValues } from './queries.ts';
import type { EditorResponse, SiteResponse } from './schema.ts';
import { isTheme, themes, type Theme } from './themes.ts';
import { MAX_PHOTOS } from './photos.ts';
import type { Static } from 'typebox';

/** A site never edited reads as the defaults: the classic theme, no texts, no hours. */
export const defaultSite: SiteValues = {
  theme: 'classic',
  tagline_ko: '',
  tagline_en: '',
  about_ko: '',
  about_en: '',
  hours: '[]',
};

export function siteTheme(values: SiteValues): Theme {
  return isTheme(values.theme) ? values.theme : 'classic';
}

export const pagePath = (slug: string) => `/b/${encodeURIComponent(slug)}`;
export const photoUrl = (slug: string, id: string) => `${pagePath(slug)}/photos/${encodeURIComponent(id)}`;

export function presentSite(
  business: Business,
  values: SiteValues,
  photos: readonly { id: string }[],
  canInvite: boolean,
): SiteResponse {
  const page = pagePath(business.slug);
  return {
    slug: business.slug,
    nameKo: business.name_ko,
    nameEn: business.name_en,
    theme: siteTheme(values),
    themes: [...themes],
    taglineKo: values.tagline_ko,
    taglineEn: values.tagline_en,
    aboutKo: values.about_ko,
    aboutEn: values.about_en,
    hours: parseHours(values.hours),
    photos: photos.map((p) => ({ id: p.id, url: photoUrl(business.slug, p.id) })),
    maxPhotos: MAX_PHOTOS,
    pageUrl: page,
    qrUrl: `${page}/qr.svg`,
    printUrl: `${page}/print`,
    canInvite,
  };
}

export function presentEditor(
  row: { id: string; email: string; expires_at: string; created_at: string },
  at: string,
): Static<typeof EditorResponse> {
  return {
    id: row.id,
    email: row.email,
    expiresAt: row.expires_at,
    expired: row.expires_at <= at,
    createdAt: row.created_at,
  };
}
