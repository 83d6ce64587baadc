import type { Business, Locale } from '../../platform/db/schema.ts';
import type { OfferRow } from '../businesses/queries.ts';
import { logoUrl } from '../businesses/presenter.ts';
import { parseHours, type OpeningHours } from './hours.ts';
import { localBusiness } from './json-ld.ts';
import { pagePath, photoUrl, siteTheme } from './presenter.ts';
import type { SiteValues } from './queries.ts';
import type { Theme } from './themes.ts';

/**
 * Everything the public page shows, in one language, built from public fields only: a contact field the
 * business keeps private is null here, so no template can show it by mistake. URLs are absolute.
 */
export interface SitePage {
  locale: Locale;
  theme: Theme;
  slug: string;
  name: string;
  alternateName: string;
  tagline: string;
  about: string;
  pageUrl: string;
  /** The same page in each language, for hreflang. */
  alternates: Record<Locale, string>;
  logo: string | null;
  photos: string[];
  shareImage: string | null;
  place: string;
  streetAddress: string | null;
  mapUrl: string;
  phone: string | null;
  email: string | null;
  website: string | null;
  hours: OpeningHours[];
  offers: { pillar: string; description: string; priceHint: string }[];
  directoryUrl: string;
  qrUrl: string;
  structuredData: Record<string, unknown>;
}

export interface PageSource {
  business: Business;
  site: SiteValues;
  photos: readonly { id: string }[];
  offers: readonly OfferRow[];
}

/** The text in the page's language, else the other one. */
const pick = (locale: Locale, ko: string, en: string) => (locale === 'ko' ? ko || en : en || ko);

export function sitePage(
  { business: b, site, photos, offers }: PageSource,
  locale: Locale,
  publicUrl: string,
  previewTheme?: Theme,
): SitePage {
  const base = publicUrl.replace(/\/+$/, '');
  const pageUrl = `${base}${pagePath(b.slug)}`;
  const logoPath = logoUrl(b);
  const logo = logoPath ? `${base}${logoPath}` : null;
  const photoUrls = photos.map((p) => `${base}${photoUrl(b.slug, p.id)}`);
  const streetAddress = b.address_public === 1 && b.address ? b.address : null;
  const place = [b.city, [b.state, b.zip].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  const hours = parseHours(site.hours);
  const name = pick(locale, b.name_ko, b.name_en);
  const about =
    pick(locale, site.about_ko, site.about_en) || pick(locale, b.description_ko, b.description_en);
  const page: Omit<SitePage, 'structuredData'> = {
    locale,
    theme: previewTheme ?? siteTheme(site),
    slug: b.slug,
    name,
    alternateName: locale === 'ko' ? b.name_en : b.name_ko,
    tagline: pick(locale, site.tagline_ko, site.tagline_en),
    about,
    pageUrl: `${pageUrl}?lang=${locale}`,
    alternates: { ko: `${pageUrl}?lang=ko`, en: `${pageUrl}?lang=en` },
    logo,
    photos: photoUrls,
    shareImage: logo ?? photoUrls[0] ?? null,
    place,
    streetAddress,
    mapUrl: `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(
      [streetAddress, place].filter(Boolean).join(', '),
    )}`,
    phone: b.phone_public === 1 && b.phone ? b.phone : null,
    email: b.email_public === 1 && b.email ? b.email : null,
    website: b.website_public === 1 && /^https?:\/\//.test(b.website) ? b.website : null,
    hours,
    offers: offers.map((o) => ({
      pillar: pick(locale, o.pillar_name_ko, o.pillar_name_en),
      description: pick(locale, o.description_ko, o.description_en),
      priceHint: o.price_hint,
    })),
    directoryUrl: `${base}/directory/${encodeURIComponent(b.slug)}`,
    qrUrl: `${pageUrl}/qr.svg`,
  };
  const structuredData = localBusiness({
    name,
    alternateName: page.alternateName,
    description: page.tagline || about,
    url: pageUrl,
    images: [...(logo ? [logo] : []), ...photoUrls],
    streetAddress,
    city: b.city,
    state: b.state,
    zip: b.zip,
    telephone: page.phone,
    email: page.email,
    website: page.website,
    latitude: b.latitude === null ? null : Number(b.latitude),
    longitude: b.longitude === null ? null : Number(b.longitude),
    hours,
  });
  return { ...page, structuredData };
}
