import type { OpeningHours } from './hours.ts';

/** What the structured data may say: public fields only (the caller leaves out what the business keeps private). */
export interface StructuredBusiness {
  name: string;
  alternateName: string;
  description: string;
  url: string;
  images: string[];
  streetAddress: string | null;
  city: string;
  state: string;
  zip: string;
  telephone: string | null;
  email: string | null;
  website: string | null;
  latitude: number | null;
  longitude: number | null;
  hours: readonly OpeningHours[];
}

/** schema.org LocalBusiness for search engines (https://schema.org/LocalBusiness). */
export function localBusiness(b: StructuredBusiness): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'LocalBusiness',
    name: b.name,
    ...(b.alternateName && b.alternateName !== b.name ? { alternateName: b.alternateName } : {}),
    ...(b.description ? { description: b.description } : {}),
    url: b.url,
    ...(b.images.length > 0 ? { image: b.images } : {}),
    address: {
      '@type': 'PostalAddress',
      ...(b.streetAddress ? { streetAddress: b.streetAddress } : {}),
      addressLocality: b.city,
      addressRegion: b.state,
      postalCode: b.zip,
      addressCountry: 'US',
    },
    ...(b.telephone ? { telephone: b.telephone } : {}),
    ...(b.email ? { email: b.email } : {}),
    ...(b.website ? { sameAs: [b.website] } : {}),
    ...(b.latitude !== null && b.longitude !== null
      ? { geo: { '@type': 'GeoCoordinates', latitude: b.latitude, longitude: b.longitude } }
      : {}),
    ...(b.hours.length > 0
      ? {
          openingHoursSpecification: b.hours.map((h) => ({
            '@type': 'OpeningHoursSpecification',
            dayOfWeek: `https://schema.org/${h.day}`,
            opens: h.opens,
            closes: h.closes,
          })),
        }
      : {}),
  };
}

/**
 * JSON safe inside <script type="application/ld+json">: '<' is escaped so no text can close the element, and
 * the line separators JavaScript once refused are escaped too. JSON.parse reads it back unchanged.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
