/** Miles on the earth's surface, and the bounding box an index can narrow a radius search with. */
import { haversineMiles, type Point } from '../../platform/geocode.ts';

const MILES_PER_DEGREE_LATITUDE = 69.0;

export { type Point };

/** Miles on the earth's surface between two points. */
export const distanceMiles = haversineMiles;

export interface Box {
  minLatitude: number;
  maxLatitude: number;
  minLongitude: number;
  maxLongitude: number;
}

/** A box that contains every point within `miles` of `center` (a little more, never less). */
export function boundingBox(center: Point, miles: number): Box {
  const dLat = miles / MILES_PER_DEGREE_LATITUDE;
  const cos = Math.max(Math.cos((center.latitude * Math.PI) / 180), 0.01);
  const dLng = miles / (MILES_PER_DEGREE_LATITUDE * cos);
  return {
    minLatitude: center.latitude - dLat,
    maxLatitude: center.latitude + dLat,
    minLongitude: center.longitude - dLng,
    maxLongitude: center.longitude + dLng,
  };
}

/** Two decimals of a mile, as recipients are told. */
export function roundMiles(miles: number): number {
  return Math.round(miles * 100) / 100;
}

/** About a block (three decimals of a degree, ~110 m): where members who are not liaisons see an alert. */
export function toBlock(value: number): number {
  return Math.round(value * 1000) / 1000;
}
