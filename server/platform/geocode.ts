import { createRequire } from 'node:module';

/** A place on the earth, in degrees. */
export interface Point {
  latitude: number;
  longitude: number;
}

export const EARTH_RADIUS_MILES = 3958.8;
export const METERS_PER_MILE = 1609.344;
const RADIANS_PER_DEGREE = Math.PI / 180;

/**
 * Great-circle distance (haversine) in miles. Scored for thousands of candidates per match, so no
 * closures here: each one costs an allocation per call.
 */
export function haversineMiles(a: Point, b: Point): number {
  const dLat = (b.latitude - a.latitude) * RADIANS_PER_DEGREE;
  const dLon = (b.longitude - a.longitude) * RADIANS_PER_DEGREE;
  const sinLat = Math.sin(dLat / 2);
  const sinLon = Math.sin(dLon / 2);
  const h =
    sinLat * sinLat +
    Math.cos(a.latitude * RADIANS_PER_DEGREE) * Math.cos(b.latitude * RADIANS_PER_DEGREE) * sinLon * sinLon;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}

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
