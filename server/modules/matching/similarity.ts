import { MAX_PREFIX, termsOf } from '../search/terms.ts';

/**
 * Text similarity between a request and a description: the share of the request's words that the
 * description also contains. Both sides go through the search index's `termsOf`. The request keeps
 * only its full-weight terms (Hangul syllable bigrams, one-syllable words, whole Latin words) minus
 * filler; a Latin word is cut to its stem ("reducing" → "reduc") and found when a word of the
 * description starts with it, which the index's prefix terms answer ("reduction" has "reduc").
 */

/** English words that say nothing about what is needed or offered. */
const ENGLISH_FILLER = new Set([
  'a',
  'an',
  'and',
  'the',
  'of',
  'for',
  'in',
  'on',
  'to',
  'or',
  'with',
  'at',
  'by',
  'our',
  'we',
  'my',
  'your',
  'you',
  'is',
  'are',
  'be',
  'help',
  'need',
  'needs',
  'looking',
  'want',
  'from',
  'us',
  'it',
  'as',
  'offer',
  'offers',
  'service',
  'services',
  'provide',
  'small',
  'business',
  'businesses',
]);

/** Syllable pairs of Korean verb endings and particles ("…습니다", "…에서"): they match everything. */
const KOREAN_FILLER = new Set([
  '니다',
  '습니',
  '합니',
  '입니',
  '있습',
  '싶습',
  '겠습',
  '에서',
  '으로',
  '하고',
  '이고',
  '해요',
  '어요',
  '세요',
  '주세',
  '드립',
  '립니',
  '는데',
  '니까',
  '하는',
  '되는',
  '위해',
  '대한',
  '통해',
  '원합',
  '필요',
  '도움',
  '서비',
  '비스',
  '제공',
]);

/** Longest first, so "reductions" loses "ions" rather than "s". */
const SUFFIXES = [
  'ations',
  'ation',
  'ings',
  'ing',
  'ions',
  'ion',
  'ments',
  'ment',
  'ants',
  'ant',
  'ers',
  'er',
  'ed',
  'es',
  's',
];
const MIN_STEM = 3;

function stem(word: string): string {
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_STEM) {
      return word.slice(0, -suffix.length);
    }
  }
  return word;
}

const HANGUL = /^[\uac00-\ud7a3]+$/;
const LATIN = /^[a-z0-9]+$/;
const FULL_WEIGHT = 1;

export type TermSet = ReadonlySet<string>;

/** The terms a request is judged by. */
export function requestKeyTerms(text: string): TermSet {
  const result = new Set<string>();
  for (const [term, weight] of termsOf(text)) {
    if (weight < FULL_WEIGHT) {
      continue;
    }
    if (HANGUL.test(term) && !KOREAN_FILLER.has(term)) {
      result.add(term);
    } else if (LATIN.test(term) && term.length >= 2 && !ENGLISH_FILLER.has(term)) {
      result.add(stem(term).slice(0, MAX_PREFIX));
    }
  }
  return result;
}

/** A description as `termsOf` reads it: NFC, lower-cased. */
export function normalizeDescription(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

const isHangulSyllable = (ch: string) => ch >= '\uac00' && ch <= '\ud7a3';
const isLatinChar = (ch: string) => (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');

/**
 * Whether `termsOf(description)` has the request term, answered on the text itself: scoring
 * thousands of candidates must not build thousands of term maps (matching.test.ts checks both agree).
 * A syllable pair is in the index when it appears; a lone syllable or a Latin stem when a word starts
 * with it.
 */
export function mentions(normalized: string, term: string): boolean {
  const first = term.charAt(0);
  if (isHangulSyllable(first) && term.length > 1) {
    return normalized.includes(term);
  }
  const belongs = isHangulSyllable(first) ? isHangulSyllable : isLatinChar;
  for (let at = normalized.indexOf(term); at !== -1; at = normalized.indexOf(term, at + 1)) {
    if (at === 0 || !belongs(normalized.charAt(at - 1))) {
      return true;
    }
  }
  return false;
}

/**
 * The request's terms per language version: a bilingual need is matched with each of its texts and
 * the better one counts, so writing a need in both languages never halves its similarity.
 */
export function requestTerms(textKo: string, textEn: string): TermSet[] {
  return [requestKeyTerms(textKo), requestKeyTerms(textEn)].filter((terms) => terms.size > 0);
}

/** 0..1: the best share, over the request's language versions, of its terms the description has. */
export function coverage(request: readonly TermSet[], normalizedDescription: string): number {
  let best = 0;
  for (const terms of request) {
    let found = 0;
    for (const term of terms) {
      if (mentions(normalizedDescription, term)) {
        found += 1;
      }
    }
    best = Math.max(best, found / terms.size);
  }
  return best;
}
