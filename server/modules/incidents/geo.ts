/** Distances and the block grid of Safe City. Plain spherical geometry: the areas are a few miles wide. */
import { haversineMiles, METERS_PER_MILE, type Point } from '../../platform/geocode.ts';

export { METERS_PER_MILE, type Point };

const METERS_PER_DEGREE_LATITUDE = 111_320;
/** The size of a block cell: about a city block, so a blurred point no longer names a storefront. */
export const BLOCK_METERS = 150;

const radians = (degrees: number) => (degrees * Math.PI) / 180;
const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

/** Great-circle distance in meters. */
export function distanceMeters(a: Point, b: Point): number {
  return haversineMiles(a, b) * METERS_PER_MILE;
}

/**
 * The centre of the ~150 m grid cell holding the point. Rows are fixed steps of latitude; within a row
 * the longitude step widens with the latitude so cells stay about square. Every point of a cell maps to
 * the same centre, which is what members see and what the heat map counts.
 */
export function blockOf(point: Point): Point {
  const latStep = BLOCK_METERS / METERS_PER_DEGREE_LATITUDE;
  const latitude = (Math.floor(point.latitude / latStep) + 0.5) * latStep;
  const lngStep = BLOCK_METERS / (METERS_PER_DEGREE_LATITUDE * Math.max(Math.cos(radians(latitude)), 0.01));
  const longitude = (Math.floor(point.longitude / lngStep) + 0.5) * lngStep;
  return { latitude: round6(latitude), longitude: round6(Math.max(-180, Math.min(180, longitude))) };
}

/** A latitude/longitude box around a point, to narrow a radius query before the exact distance. */
export function boxAround(point: Point, meters: number) {
  const dLat = meters / METERS_PER_DEGREE_LATITUDE;
  const dLng = meters / (METERS_PER_DEGREE_LATITUDE * Math.max(Math.cos(radians(point.latitude)), 0.01));
  return {
    south: point.latitude - dLat,
    north: point.latitude + dLat,
    west: point.longitude - dLng,
    east: point.longitude + dLng,
  };
}
