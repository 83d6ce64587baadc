import { spokenLanguages } from '../businesses/industries.ts';
import type { Origin, Side } from './queries.ts';
import { MILES_PER_DEGREE } from './queries.ts';

/**
 * The in-process inverted index the search endpoint ranks from. Every business is a dense document
 * number; every term has a posting list of (document, weight) in typed arrays. A query adds up
 * weight × rarity over the postings of its terms (all of them, or any when nothing has them all), then
 * filters, counts pillar facets and keeps the best page in a bounded heap — one pass over the matches,
 * not three aggregations in SQL. The database stays the source of truth (search_terms, businesses,
 * offers, needs): the index is built from it and a changed business is re-read (see index.ts).
 */

/** Pillars are bits of a 32-bit mask; a directory with more pillars is searched in SQL instead. */
export const MAX_PILLARS = 32;

class Posting {
  docs = new Int32Array(4);
  weights = new Float32Array(4);
  length = 0;

  add(doc: number, weight: number): void {
    if (this.length === this.docs.length) {
      const docs = new Int32Array(this.length * 2);
      docs.set(this.docs);
      this.docs = docs;
      const weights = new Float32Array(this.length * 2);
      weights.set(this.weights);
      this.weights = weights;
    }
    this.docs[this.length] = doc;
    this.weights[this.length] = weight;
    this.length += 1;
  }
}

export interface IndexedBusiness {
  id: string;
  name_ko: string;
  name_en: string;
  industry: string;
  languages: string;
  latitude: number | null;
  longitude: number | null;
}

export interface Query {
  terms: string[];
  requireAll: boolean;
  side: Side;
  pillarId?: string | undefined;
  /** Only these businesses (the organization filter, read from the database per request). */
  only?: Set<string> | undefined;
  industry?: string | undefined;
  language?: string | undefined;
  origin?: Origin | undefined;
  radiusMiles?: number | undefined;
  locale: 'ko' | 'en';
  offset: number;
  limit: number;
}

export interface Ranked {
  total: number;
  page: { id: string; score: number; distance: number | null }[];
  facets: { key: string; count: number }[];
}

const languageBits = new Map<string, number>(spokenLanguages.map((code, i) => [code, 1 << i]));

function languageMask(json: string): number {
  let mask = 0;
  try {
    const list: unknown = JSON.parse(json);
    for (const code of Array.isArray(list) ? list : []) {
      mask |= languageBits.get(String(code)) ?? 0;
    }
  } catch {
    // An unreadable list speaks no known language, as the SQL match would find none.
  }
  return mask;
}

export class PostingIndex {
  private readonly postings = new Map<string, Posting>();
  private readonly docOf = new Map<string, number>();
  private readonly ids: string[] = [];
  private readonly alive: boolean[] = [];
  private readonly names: { ko: string; en: string }[] = [];
  /** Position of each document in (name, id) order per language, from the last build; -1 for later ones. */
  private readonly nameRanks = { ko: [] as number[], en: [] as number[] };
  private readonly industries: string[] = [];
  private readonly languages: number[] = [];
  private readonly latitudes: number[] = [];
  private readonly longitudes: number[] = [];
  private readonly offerPillars: number[] = [];
  private readonly needPillars: number[] = [];
  private readonly pillarBits = new Map<string, number>();
  private readonly pillarKeys: string[] = [];
  private liveCount = 0;
  // Scratch space reused by every query (single-threaded): which query touched a document last,
  // how many of its terms it matched, and its score.
  private stamp = new Uint32Array(0);
  private matched = new Uint8Array(0);
  private scores = new Float64Array(0);
  private generation = 0;

  constructor(pillars: { id: string; key: string }[]) {
    pillars.forEach((p, i) => {
      this.pillarBits.set(p.id, i);
      this.pillarKeys.push(p.key);
    });
  }

  get size(): number {
    return this.liveCount;
  }

  knowsPillar(pillarId: string): boolean {
    return this.pillarBits.has(pillarId);
  }

  /** A new document for this business (an older one of the same business is retired). */
  addBusiness(b: IndexedBusiness): number {
    this.removeBusiness(b.id);
    const doc = this.ids.length;
    this.ids.push(b.id);
    this.alive.push(true);
    this.names.push({ ko: b.name_ko.toLowerCase(), en: b.name_en.toLowerCase() });
    this.nameRanks.ko.push(-1);
    this.nameRanks.en.push(-1);
    this.industries.push(b.industry);
    this.languages.push(languageMask(b.languages));
    this.latitudes.push(b.latitude === null ? NaN : Number(b.latitude));
    this.longitudes.push(b.longitude === null ? NaN : Number(b.longitude));
    this.offerPillars.push(0);
    this.needPillars.push(0);
    this.docOf.set(b.id, doc);
    this.liveCount += 1;
    return doc;
  }

  /** Retired documents stay in the postings and are skipped; a rebuild drops them. */
  removeBusiness(businessId: string): void {
    const doc = this.docOf.get(businessId);
    if (doc !== undefined) {
      this.alive[doc] = false;
      this.docOf.delete(businessId);
      this.liveCount -= 1;
    }
  }

  /**
   * Ties in score are ordered by name; comparing two numbers is much cheaper than two strings, and
   * common terms tie thousands of documents. Documents added later compare by their strings, which
   * orders them consistently with the ranks (the ranks are the same (name, id) order).
   */
  rankNames(): void {
    for (const locale of ['ko', 'en'] as const) {
      const docs = this.ids.map((_, doc) => doc);
      docs.sort((a, b) => this.byName(a, b, locale));
      const ranks = this.nameRanks[locale];
      docs.forEach((doc, rank) => {
        ranks[doc] = rank;
      });
    }
  }

  private byName(a: number, b: number, locale: 'ko' | 'en'): number {
    const x = this.names[a]?.[locale] ?? '';
    const y = this.names[b]?.[locale] ?? '';
    if (x !== y) {
      return x < y ? -1 : 1;
    }
    const ia = this.ids[a] as string;
    const ib = this.ids[b] as string;
    return ia === ib ? 0 : ia < ib ? -1 : 1;
  }

  docFor(businessId: string): number | undefined {
    return this.docOf.get(businessId);
  }

  addItem(doc: number, side: 'offers' | 'needs', pillarId: string): boolean {
    const bit = this.pillarBits.get(pillarId);
    if (bit === undefined) {
      return false;
    }
    const masks = side === 'offers' ? this.offerPillars : this.needPillars;
    masks[doc] = (masks[doc] ?? 0) | (1 << bit);
    return true;
  }

  addTerm(term: string, doc: number, weight: number): void {
    let posting = this.postings.get(term);
    if (!posting) {
      posting = new Posting();
      this.postings.set(term, posting);
    }
    posting.add(doc, weight);
  }

  /** ln(1 + N / df): a term few businesses use outweighs one most of them use. */
  private rarity(posting: Posting): number {
    return Math.log(1 + Math.max(1, this.liveCount) / Math.max(1, posting.length));
  }

  private scratch(): number {
    const size = this.ids.length;
    if (this.stamp.length < size) {
      const capacity = Math.max(1024, size * 2);
      this.stamp = new Uint32Array(capacity);
      this.matched = new Uint8Array(capacity);
      this.scores = new Float64Array(capacity);
      this.generation = 0;
    }
    this.generation += 1;
    if (this.generation === 0xffffffff) {
      this.stamp.fill(0);
      this.generation = 1;
    }
    return this.generation;
  }

  /** Documents matching the terms (all, or any) with their scores left in `this.scores`. */
  private candidates(terms: string[], requireAll: boolean): number[] {
    const unique = [...new Set(terms)];
    if (unique.length === 0) {
      const all: number[] = [];
      for (let doc = 0; doc < this.ids.length; doc += 1) {
        if (this.alive[doc]) {
          this.scores[doc] = 0;
          all.push(doc);
        }
      }
      return all;
    }
    const postings = unique.map((t) => this.postings.get(t));
    const found = postings.filter((p): p is Posting => p !== undefined);
    if (requireAll && found.length < unique.length) {
      return [];
    }
    // Smallest first: with all terms required, only the first list's documents can match.
    found.sort((a, b) => a.length - b.length);
    const gen = this.generation;
    const { stamp, matched, scores } = this;
    const out: number[] = [];
    for (let k = 0; k < found.length; k += 1) {
      const posting = found[k] as Posting;
      const idf = this.rarity(posting);
      const { docs, weights, length } = posting;
      for (let i = 0; i < length; i += 1) {
        const doc = docs[i] as number;
        if (stamp[doc] === gen) {
          if (!requireAll || matched[doc] === k) {
            matched[doc] = k + 1;
            scores[doc] = (scores[doc] as number) + (weights[i] as number) * idf;
          }
        } else if (k === 0 || !requireAll) {
          stamp[doc] = gen;
          matched[doc] = 1;
          scores[doc] = (weights[i] as number) * idf;
          out.push(doc);
        }
      }
    }
    const needed = found.length;
    let kept = 0;
    for (const doc of out) {
      if (this.alive[doc] && (!requireAll || matched[doc] === needed)) {
        out[kept] = doc;
        kept += 1;
      }
    }
    out.length = kept;
    return out;
  }

  search(q: Query): Ranked {
    this.scratch();
    const docs = this.candidates(q.terms, q.requireAll);
    const pillarBit = q.pillarId === undefined ? undefined : this.pillarBits.get(q.pillarId);
    const pillarMask = pillarBit === undefined ? 0 : 1 << pillarBit;
    const languageBit = q.language === undefined ? 0 : (languageBits.get(q.language) ?? -1);
    const geo = q.origin && q.radiusMiles !== undefined ? q.origin : undefined;
    const cosLat = q.origin ? Math.cos((q.origin.latitude * Math.PI) / 180) : 1;
    const radius = q.radiusMiles === undefined ? 0 : q.radiusMiles / MILES_PER_DEGREE;
    const lonSpan = radius / Math.max(0.01, cosLat);
    const facetCounts = new Array<number>(this.pillarKeys.length).fill(0);
    const distance = (doc: number): number => {
      if (!q.origin) {
        return NaN;
      }
      const dLat = (this.latitudes[doc] as number) - q.origin.latitude;
      const dLon = ((this.longitudes[doc] as number) - q.origin.longitude) * cosLat;
      return dLat * dLat + dLon * dLon;
    };
    const page = new TopPage(q.offset + q.limit, this.compare(q, distance), this.scores);
    let total = 0;
    const { industries, languages, ids, latitudes, longitudes, offerPillars, needPillars } = this;
    const { industry, language, only, side, pillarId } = q;
    for (const doc of docs) {
      if (industry !== undefined && industries[doc] !== industry) {
        continue;
      }
      if (language !== undefined && ((languages[doc] as number) & languageBit) === 0) {
        continue;
      }
      if (only && !only.has(ids[doc] as string)) {
        continue;
      }
      if (geo) {
        const lat = latitudes[doc] as number;
        const lon = longitudes[doc] as number;
        // NaN (no location) fails every comparison, as NULL does in SQL.
        if (!(Math.abs(lat - geo.latitude) <= radius && Math.abs(lon - geo.longitude) <= lonSpan)) {
          continue;
        }
        if (!(distance(doc) <= radius * radius)) {
          continue;
        }
      }
      const offers = offerPillars[doc] as number;
      const needs = needPillars[doc] as number;
      const served = side === 'offers' ? offers : side === 'needs' ? needs : offers | needs;
      if (side !== 'all' && served === 0) {
        continue;
      }
      // Facets ignore the pillar filter itself, so they show what choosing another pillar would give.
      for (let bits = served, bit = 0; bits !== 0; bits >>>= 1, bit += 1) {
        if (bits & 1) {
          facetCounts[bit] = (facetCounts[bit] as number) + 1;
        }
      }
      if (pillarId !== undefined && (served & pillarMask) === 0) {
        continue;
      }
      total += 1;
      page.offer(doc);
    }
    const best = page.sorted().slice(q.offset);
    return {
      total,
      page: best.map((doc) => {
        const d = distance(doc);
        return {
          id: this.ids[doc] as string,
          score: this.scores[doc] as number,
          distance: Number.isNaN(d) ? null : d,
        };
      }),
      facets: this.pillarKeys
        .map((key, bit) => ({ key, count: facetCounts[bit] as number }))
        .filter((f) => f.count > 0),
    };
  }

  /** Best first: score, then (with an origin) located and nearer, then name in the caller's language, then id. */
  private compare(q: Query, distance: (doc: number) => number): (a: number, b: number) => number {
    const scores = this.scores;
    const locale = q.locale;
    const ranks = this.nameRanks[locale];
    return (a, b) => {
      const byScore = (scores[b] as number) - (scores[a] as number);
      if (byScore !== 0) {
        return byScore;
      }
      if (q.origin) {
        const da = distance(a);
        const db = distance(b);
        const na = Number.isNaN(da);
        const nb = Number.isNaN(db);
        if (na !== nb) {
          return na ? 1 : -1;
        }
        if (!na && da !== db) {
          return da - db;
        }
      }
      const ra = ranks[a] as number;
      const rb = ranks[b] as number;
      return ra >= 0 && rb >= 0 ? ra - rb : this.byName(a, b, locale);
    };
  }
}

/** The best `capacity` documents seen, in a heap whose root is the worst of them. */
class TopPage {
  private readonly heap: number[] = [];

  constructor(
    private readonly capacity: number,
    private readonly compare: (a: number, b: number) => number,
    /** The score is the first key of `compare`: a lower score than the worst kept is out at once. */
    private readonly scores: Float64Array,
  ) {}

  offer(doc: number): void {
    const heap = this.heap;
    if (heap.length < this.capacity) {
      heap.push(doc);
      this.up(heap.length - 1);
    } else if (
      this.capacity > 0 &&
      (this.scores[doc] as number) >= (this.scores[heap[0] as number] as number) &&
      this.compare(doc, heap[0] as number) < 0
    ) {
      heap[0] = doc;
      this.down(0);
    }
  }

  sorted(): number[] {
    return [...this.heap].sort(this.compare);
  }

  // The root is the worst: a parent compares after (greater than) its children.
  private up(i: number): void {
    const heap = this.heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.compare(heap[i] as number, heap[parent] as number) <= 0) {
        return;
      }
      [heap[i], heap[parent]] = [heap[parent] as number, heap[i] as number];
      i = parent;
    }
  }

  private down(i: number): void {
    const heap = this.heap;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < heap.length && this.compare(heap[left] as number, heap[worst] as number) > 0) {
        worst = left;
      }
      if (right < heap.length && this.compare(heap[right] as number, heap[worst] as number) > 0) {
        worst = right;
      }
      if (worst === i) {
        return;
      }
      [heap[i], heap[worst]] = [heap[worst] as number, heap[i] as number];
      i = worst;
    }
  }
}
