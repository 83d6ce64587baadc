import { createRequire } from 'node:module';

/** A US ZIP centroid, from the offline `zipcodes` registry package (no network, no API key). */
export interface ZipLocation {
  zip: string;
  latitude: number;
  longitude: number;
  city: string;
  state: string;
}

interface ZipRecord {
  zip: string;
  latitude: number;
  longitude: number;
  city: string;
  state: string;
}

// The package ships CommonJS without type declarations; only `lookup` is used.
const require = createRequire(import.meta.url);
const zipcodes = require('zipcodes') as { lookup(zip: string): ZipRecord | undefined };

const ZIP_PATTERN = /^(\d{5})(?:-?\d{4})?$/;

/** "75201", "75201-1234" or "752011234" → "75201"; anything else → undefined. */
export function normalizeZip(value: string): string | undefined {
  return ZIP_PATTERN.exec(value.trim())?.[1];
}

/** ZIP (5-digit or ZIP+4) → centroid, city and state; undefined when the ZIP is malformed or unknown. */
export function geocodeZip(value: string): ZipLocation | undefined {
  const zip = normalizeZip(value);
  if (!zip) {
    return undefined;
  }
  const record = zipcodes.lookup(zip);
  if (!record) {
    return undefined;
  }
  return {
    zip,
    latitude: record.latitude,
    longitude: record.longitude,
    city: record.city,
    state: record.state,
  };
}
