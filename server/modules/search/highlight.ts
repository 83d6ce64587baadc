import { MAX_PREFIX } from './terms.ts';

/**
 * Marks what the query matched in a text, HTML-escaped with <mark>…</mark>, the same way the index
 * matched it: Hangul words anywhere (parts of words too), initial consonants against the syllables'
 * initial consonants, Latin words at the start of a word (prefixes).
 */

export interface Needles {
  hangul: string[];
  choseong: string[];
  latin: string[];
}

const SNIPPET_CHARS = 120;

export function needlesOf(q: string): Needles {
  const text = q.normalize('NFC').toLowerCase();
  const all = (pattern: RegExp) => [...text.matchAll(pattern)].map(([w]) => w);
  return {
    hangul: all(/[\uac00-\ud7a3]+/g),
    choseong: all(/[\u3131-\u314e]+/g),
    latin: all(/[a-z0-9]+/g)
      .filter((w) => w.length >= 2)
      .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w))
      .map((w) => w.slice(0, MAX_PREFIX)),
  };
}

export function hasNeedles(n: Needles): boolean {
  return n.hangul.length + n.choseong.length + n.latin.length > 0;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

// The initial consonant of a syllable is arithmetic on its code point (19 initials × 588 syllables
// each); the same letters es-hangul's getChoseong gives, without a call per character.
const INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';

/** Lower-cased with one code unit per code unit, so positions in it are positions in the text. */
function lowerShape(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) {
    return lower;
  }
  // A few letters lower-case to two units (İ → i̇): keep those as they are.
  let out = '';
  for (const unit of text.split('')) {
    const small = unit.toLowerCase();
    out += small.length === 1 ? small : unit;
  }
  return out;
}

/** The text with every Hangul syllable replaced by its initial consonant (position for position). */
function initialsShape(lower: string): string {
  const codes = new Array<number>(lower.length);
  for (let i = 0; i < lower.length; i += 1) {
    const code = lower.charCodeAt(i);
    codes[i] =
      code >= 0xac00 && code <= 0xd7a3 ? INITIALS.charCodeAt(Math.floor((code - 0xac00) / 588)) : code;
  }
  return String.fromCharCode(...codes);
}

/**
 * The comparison shapes of a text. Result cards repeat page after page, so the shapes of recent texts
 * are remembered (bounded; the oldest go first).
 */
const shapeMemo = new Map<string, { lower: string; initials: string | undefined }>();
const SHAPE_MEMO_SIZE = 50_000;

function shapes(text: string, withInitials: boolean): { lower: string; initials: string } {
  let known = shapeMemo.get(text);
  if (!known) {
    known = { lower: lowerShape(text), initials: undefined };
    shapeMemo.set(text, known);
    if (shapeMemo.size > SHAPE_MEMO_SIZE) {
      const oldest = shapeMemo.keys().next().value;
      if (oldest !== undefined) {
        shapeMemo.delete(oldest);
      }
    }
  }
  if (withInitials && known.initials === undefined) {
    known.initials = initialsShape(known.lower);
  }
  return { lower: known.lower, initials: known.initials ?? '' };
}

function occurrences(haystack: string, needle: string, atWordStart: boolean): [number, number][] {
  const ranges: [number, number][] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (!atWordStart || at === 0 || !/[a-z0-9]/.test(haystack.charAt(at - 1))) {
      ranges.push([at, at + needle.length]);
    }
  }
  return ranges;
}

/** Sorted, non-overlapping matched ranges of the text. */
function matchedRanges(text: string, needles: Needles): [number, number][] {
  const { lower, initials } = shapes(text, needles.choseong.length > 0);
  const ranges = [
    ...needles.hangul.flatMap((n) => occurrences(lower, n, false)),
    ...needles.choseong.flatMap((n) => occurrences(initials, n, false)),
    ...needles.latin.flatMap((n) => occurrences(lower, n, true)),
  ].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) {
      last[1] = Math.max(last[1], range[1]);
    } else {
      merged.push([range[0], range[1]]);
    }
  }
  return merged;
}

/**
 * The text (or, when long, a window around its first match) escaped and marked; undefined when
 * nothing in it matched.
 */
export function highlight(text: string, needles: Needles, snippet = true): string | undefined {
  const ranges = matchedRanges(text, needles);
  const first = ranges[0];
  if (!first) {
    return undefined;
  }
  let start = 0;
  let end = text.length;
  if (snippet && text.length > SNIPPET_CHARS) {
    start = Math.max(0, first[0] - SNIPPET_CHARS / 4);
    end = Math.min(text.length, start + SNIPPET_CHARS);
  }
  let out = start > 0 ? '…' : '';
  let at = start;
  for (const [from, to] of ranges) {
    if (from >= end) {
      break;
    }
    out += escapeHtml(text.slice(at, Math.max(at, from)));
    out += `<mark>${escapeHtml(text.slice(Math.max(at, from), Math.min(to, end)))}</mark>`;
    at = Math.min(to, end);
  }
  out += escapeHtml(text.slice(at, end));
  return end < text.length ? `${out}…` : out;
}

/** The first of the texts that matched, marked. */
export function highlightFirst(texts: string[], needles: Needles, snippet = true): string | undefined {
  for (const text of texts) {
    const marked = highlight(text, needles, snippet);
    if (marked !== undefined) {
      return marked;
    }
  }
  return undefined;
}
