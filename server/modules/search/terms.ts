import { getChoseong } from 'es-hangul';

/**
 * Text → index terms, the same function for documents and queries so both sides always agree.
 * See docs/search.md for why these terms answer the ways Korean and English users search:
 * - Hangul words: syllable bigrams (보안 inside 사이버보안 shares the bigram 보안), the word's first
 *   syllable (보 finds 보안 as a prefix), and the whole word when it is one syllable (팀);
 * - the same for the words' initial consonants (ㅂㅇ finds 보안, ㅅㅇㅂ finds 사이버);
 * - Latin words and numbers: lower-cased whole words and their prefixes from 2 characters (secur → security).
 * Terms of different scripts never collide, so no field prefixes are needed.
 */

/** Latin prefixes longer than this are not indexed; longer query words are cut to it. */
export const MAX_PREFIX = 15;

/** A whole word or an exact syllable bigram says more than a prefix or an initial-consonant shape. */
const EXACT = 1;
const PARTIAL = 0.5;

const HANGUL_SYLLABLES = /[\uac00-\ud7a3]+/g;
/** Compatibility jamo consonants, which is what a keyboard types for a lone ㅂ. */
const CHOSEONG = /[\u3131-\u314e]+/g;
const LATIN = /[a-z0-9]+/g;

function add(terms: Map<string, number>, term: string, weight: number): void {
  const current = terms.get(term) ?? 0;
  if (weight > current) {
    terms.set(term, weight);
  }
}

function bigrams(word: string): string[] {
  const chars = [...word];
  const result: string[] = [];
  for (let i = 0; i + 1 < chars.length; i += 1) {
    result.push(`${chars[i]}${chars[i + 1]}`);
  }
  return result;
}

/** NFC so decomposed input (macOS file names, some IMEs) matches composed text; lower-case for Latin. */
function normalize(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

function addHangulWord(terms: Map<string, number>, word: string, weight: number): void {
  const first = word.charAt(0);
  if (word.length === 1) {
    add(terms, word, weight);
  } else {
    add(terms, first, PARTIAL * weight);
    for (const pair of bigrams(word)) {
      add(terms, pair, weight);
    }
  }
  addChoseongWord(terms, getChoseong(word), PARTIAL * weight);
}

function addChoseongWord(terms: Map<string, number>, shape: string, weight: number): void {
  add(terms, shape.charAt(0), weight * PARTIAL);
  if (shape.length === 1) {
    return;
  }
  for (const pair of bigrams(shape)) {
    add(terms, pair, weight);
  }
}

/** Every term of a document text with its weight (0..1): the index side. */
export function termsOf(text: string): Map<string, number> {
  const terms = new Map<string, number>();
  const normalized = normalize(text);
  for (const [word] of normalized.matchAll(HANGUL_SYLLABLES)) {
    addHangulWord(terms, word, EXACT);
  }
  for (const [word] of normalized.matchAll(LATIN)) {
    if (word.length < 2) {
      continue;
    }
    const limit = Math.min(word.length, MAX_PREFIX);
    for (let end = 2; end <= limit; end += 1) {
      add(terms, word.slice(0, end), end === word.length ? EXACT : PARTIAL);
    }
    add(terms, word.slice(0, MAX_PREFIX), EXACT);
  }
  return terms;
}

/** Query words that carry no meaning alone in English; dropped unless they are all there is. */
const STOP_WORDS = new Set(['an', 'and', 'the', 'of', 'for', 'in', 'on', 'to', 'or', 'with', 'at', 'by']);

/**
 * The distinct terms a query must match (all of them, falling back to any of them in the search).
 * A Hangul word gives its bigrams (or itself when one syllable long), a run of initial consonants its
 * choseong bigrams (or the lone consonant), a Latin word itself cut to MAX_PREFIX, so it matches as
 * a prefix; a plural "s" is dropped so "stores" finds "store". Anything else (emoji, punctuation, SQL
 * fragments' symbols) is not a term.
 */
export function queryTerms(q: string): string[] {
  const terms = new Set<string>();
  const normalized = normalize(q);
  for (const [word] of normalized.matchAll(HANGUL_SYLLABLES)) {
    for (const term of word.length === 1 ? [word] : bigrams(word)) {
      terms.add(term);
    }
  }
  for (const [shape] of normalized.matchAll(CHOSEONG)) {
    for (const term of shape.length === 1 ? [shape] : bigrams(shape)) {
      terms.add(term);
    }
  }
  const latin = [...normalized.matchAll(LATIN)].map(([word]) => word).filter((word) => word.length >= 2);
  const meaningful = latin.filter((word) => !STOP_WORDS.has(word));
  for (const word of meaningful.length > 0 ? meaningful : latin) {
    const singular = word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
    terms.add(singular.slice(0, MAX_PREFIX));
  }
  return [...terms];
}
