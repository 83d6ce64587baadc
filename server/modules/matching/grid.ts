import { EARTH_RADIUS_MILES, haversineMiles, type Point } from '../../platform/geocode.ts';
import { distanceFit } from './score.ts';

/** Cells of a tenth of a degree: about 7 by 6 miles around Dallas. */
const CELL_DEGREES = 0.1;
/** Shrinks a cell's nearest distance so the sphere's curvature never makes it exceed the truth. */
const SAFETY = 0.99;
const RADIANS_PER_DEGREE = Math.PI / 180;

/** What the first pass of matching reads of an item, kept in columns (see Cell). */
export interface Columns {
  /** NaN when the business has no location. */
  latitude: number;
  longitude: number;
  languageMask: number;
  /** Bits of the business's organizations (MatchDirectory.organizationBits). */
  organizationMask: number;
  /** The offer's radius; Infinity for a need. */
  radiusMiles: number;
  /** 1 when the business has received an introduction (its history part is then not known here). */
  history: number;
}

/**
 * The items of one cell, with their first-pass fields in parallel arrays. Scoring every item of a
 * pillar reads these sequentially instead of chasing one object per item across the heap, which is
 * what dominated the time; an item object is read only once its cheap bound says it can matter.
 */
export class Cell<T> {
  readonly items: T[] = [];
  readonly latitude: number[] = [];
  readonly longitude: number[] = [];
  readonly cosLatitude: number[] = [];
  readonly languageMask: number[] = [];
  readonly organizationMask: number[] = [];
  readonly radiusMiles: number[] = [];
  readonly history: number[] = [];
  /** 1 once the item was removed (re-read or deleted); the pillar rebuilds its grid now and then. */
  readonly removed: number[] = [];

  constructor(
    readonly south: number,
    readonly west: number,
  ) {}

  push(item: T, columns: Columns): number {
    this.items.push(item);
    this.latitude.push(columns.latitude);
    this.longitude.push(columns.longitude);
    this.cosLatitude.push(Math.cos(columns.latitude * RADIANS_PER_DEGREE));
    this.languageMask.push(columns.languageMask);
    this.organizationMask.push(columns.organizationMask);
    this.radiusMiles.push(columns.radiusMiles);
    this.history.push(columns.history);
    this.removed.push(0);
    return this.items.length - 1;
  }

  /** `haversineMiles` with the cosines of both latitudes known; NaN when the item has no location. */
  milesFrom(origin: Point, originCos: number, i: number): number {
    const latitude = this.latitude[i] ?? NaN;
    const dLat = (latitude - origin.latitude) * RADIANS_PER_DEGREE;
    const dLon = ((this.longitude[i] ?? NaN) - origin.longitude) * RADIANS_PER_DEGREE;
    const sinLat = Math.sin(dLat / 2);
    const sinLon = Math.sin(dLon / 2);
    const h = sinLat * sinLat + originCos * (this.cosLatitude[i] ?? NaN) * sinLon * sinLon;
    return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}

/**
 * A pillar's items by location, so a pass over them can start next door and stop where even the
 * nearest point of the remaining cells is too far to matter. Items without a location form their own
 * cell, at no known distance (distance credit 0), read last.
 */
export class Grid<T> {
  private readonly cells = new Map<string, Cell<T>>();
  private nowhere = new Cell<T>(NaN, NaN);

  add(item: T, columns: Columns): { cell: Cell<T>; slot: number } {
    if (Number.isNaN(columns.latitude) || Number.isNaN(columns.longitude)) {
      return { cell: this.nowhere, slot: this.nowhere.push(item, columns) };
    }
    const south = Math.floor(columns.latitude / CELL_DEGREES) * CELL_DEGREES;
    const west = Math.floor(columns.longitude / CELL_DEGREES) * CELL_DEGREES;
    const key = `${south.toFixed(1)},${west.toFixed(1)}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = new Cell<T>(south, west);
      this.cells.set(key, cell);
    }
    return { cell, slot: cell.push(item, columns) };
  }

  clear(): void {
    this.cells.clear();
    this.nowhere = new Cell<T>(NaN, NaN);
  }

  /**
   * Cells nearest first, each with the most distance credit any of its items can earn (`distanceFit`
   * of the cell's nearest point). Without an origin, every item is at no known distance.
   */
  *nearestFirst(origin: Point | null): Generator<{ bestDistanceFit: number; cell: Cell<T> }> {
    if (!origin) {
      for (const cell of this.cells.values()) {
        yield { bestDistanceFit: 0, cell };
      }
    } else {
      const ordered = [...this.cells.values()]
        .map((cell) => ({ cell, miles: nearestMiles(origin, cell) }))
        .sort((a, b) => a.miles - b.miles);
      for (const { cell, miles } of ordered) {
        yield { bestDistanceFit: distanceFit(miles), cell };
      }
    }
    yield { bestDistanceFit: 0, cell: this.nowhere };
  }
}

/** Never more than the distance from the origin to any point of the cell. */
function nearestMiles(origin: Point, cell: { south: number; west: number }): number {
  const latitude = Math.min(Math.max(origin.latitude, cell.south), cell.south + CELL_DEGREES);
  const longitude = Math.min(Math.max(origin.longitude, cell.west), cell.west + CELL_DEGREES);
  return haversineMiles(origin, { latitude, longitude }) * SAFETY;
}
