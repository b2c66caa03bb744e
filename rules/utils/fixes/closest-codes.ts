import { catalogCodes } from '../catalog/catalog.js';

/**
 * One spelling for the forms a code is mistyped in: `LICENSE_EXPIRED`,
 * `license-expired`, `license expired` and `licenseExpired` all become
 * `license_expired`.
 */
export function normalizeCode(value: string): string {
  return value
    .replaceAll(/([a-z0-9])([A-Z])/gu, '$1_$2')
    .toLowerCase()
    .replaceAll(/[^a-z0-9]+/gu, '_')
    .replaceAll(/^_+|_+$/gu, '');
}

interface Candidate {
  readonly code: string;
  readonly normalized: string;
  readonly words: readonly string[];
}

function toCandidate(code: string): Candidate {
  const normalized = normalizeCode(code);
  return { code, normalized, words: normalized.split('_') };
}

/** Catalog codes split into words, computed once per process. */
const catalogCandidates: readonly Candidate[] = [...catalogCodes].map(toCandidate);

/** Catalog codes by their normalised spelling (all distinct). */
const catalogByNormalized: ReadonlyMap<string, string> = new Map(catalogCandidates.map(({ normalized, code }) => [normalized, code]));

/** Edits allowed for a string of this length: short strings get fewer, so `ok` matches nothing. */
function maxDistance(length: number): number {
  return length <= 4 ? 0 : length <= 8 ? 1 : length <= 15 ? 2 : 3;
}

/**
 * Optimal string alignment distance (Levenshtein plus adjacent
 * transpositions) when it is at most `limit`, else `limit + 1`. Only the
 * diagonal band `|i - j| <= limit` can hold such a path, so only it is
 * computed, and the work stops once a whole row exceeds `limit`.
 */
function editDistance(a: string, b: string, limit: number): number {
  const over = limit + 1;
  if (Math.abs(a.length - b.length) > limit) {
    return over;
  }
  // Three rows of the table, rotated: the transposition step looks two rows back.
  let beforePrevious = new Int32Array(b.length + 2);
  let previous = new Int32Array(b.length + 2);
  let current = new Int32Array(b.length + 2);
  for (let j = 0; j <= b.length + 1; j++) {
    previous[j] = Math.min(j, over);
  }
  for (let i = 1; i <= a.length; i++) {
    const first = Math.max(1, i - limit);
    const last = Math.min(b.length, i + limit);
    // The cells just off the band, which the next steps read, hold `over` (or the first column's value).
    current[first - 1] = first === 1 ? Math.min(i, over) : over;
    current[last + 1] = over;
    let rowMinimum = first === 1 ? Math.min(i, over) : over;
    for (let j = first; j <= last; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min((previous[j] ?? over) + 1, (current[j - 1] ?? over) + 1, (previous[j - 1] ?? over) + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        value = Math.min(value, (beforePrevious[j - 2] ?? over) + 1);
      }
      value = Math.min(value, over);
      current[j] = value;
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) {
      return over;
    }
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return previous[b.length] ?? over;
}

function commonPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) {
    length++;
  }
  return length;
}

/** Shortest shared stem that makes two words the same word: `fail` in `failed` and `failure`. */
const minStem = 4;

/**
 * How alike two words are, from 0 to 1: equal, a few edits apart
 * (`licence`, `license`), or the same stem (`failed`, `failure`); else 0.
 */
function wordSimilarity(a: string, b: string): number {
  if (a === b) {
    return 1;
  }
  const longer = Math.max(a.length, b.length);
  const limit = maxDistance(longer);
  const distance = editDistance(a, b, limit);
  const stem = commonPrefixLength(a, b);
  return Math.max(
    distance <= limit ? 1 - distance / longer : 0,
    stem >= minStem && stem * 2 >= longer ? stem / longer : 0,
  );
}

/**
 * `wordSimilarity` of the value's word at an index with a candidate's word,
 * each pair computed once per lookup: codes share most of their words
 * (`license`, `not`, `found`), so the 79 candidates need few distinct pairs.
 */
type WordSimilarities = (index: number, other: string) => number;

function createWordSimilarities(words: readonly string[]): WordSimilarities {
  const known = new Map<string, number[]>();
  return (index, other) => {
    let row = known.get(other);
    if (row === undefined) {
      row = words.map((word) => wordSimilarity(word, other));
      known.set(other, row);
    }
    return row[index] ?? 0;
  };
}

/** How many of the candidate's words are like some word of the value: fewer than two rules a match out cheaply. */
function countAlikeWords(words: readonly string[], candidate: readonly string[], similarity: WordSimilarities): number {
  return candidate.filter((other) => words.some((_, index) => similarity(index, other) > 0)).length;
}

/** Words that turn a code into its opposite: never the one word two codes may differ by. */
const negations: ReadonlySet<string> = new Set(['no', 'non', 'not']);

function unpairedWords(words: readonly string[], paired: ReadonlySet<number>): string[] {
  return words.filter((_, index) => !paired.has(index));
}

/**
 * Similarity by words: each word of `value` paired with its most alike word of
 * the candidate. It counts only when the two differ by at most one word and
 * share at least two (`internal_server_error` and `internal_error`), that word
 * is no negation (`license_activated` is not `license_not_active`), and they
 * either start with the same word or have all the same words in another order
 * (`expired_license`): a leading word of its own (`err_invalid_value`) marks
 * another vendor's namespace, not a typo. Dice coefficient over the pairs,
 * lowered slightly when the order differs.
 */
function wordScore(words: readonly string[], candidate: readonly string[], similarity: WordSimilarities): number {
  if (Math.abs(words.length - candidate.length) > 1 || countAlikeWords(words, candidate, similarity) < 2) {
    return 0;
  }
  const used = new Set<number>();
  const pairedWords = new Set<number>();
  let total = 0;
  let inOrder = true;
  let lastIndex = -1;
  let firstMatches = false;
  for (let index = 0; index < words.length; index++) {
    let best = 0;
    let bestIndex = -1;
    for (const [otherIndex, other] of candidate.entries()) {
      const alike = used.has(otherIndex) ? 0 : similarity(index, other);
      if (alike > best) {
        best = alike;
        bestIndex = otherIndex;
      }
    }
    if (bestIndex === -1) {
      continue;
    }
    used.add(bestIndex);
    pairedWords.add(index);
    total += best;
    inOrder &&= bestIndex > lastIndex;
    lastIndex = bestIndex;
    firstMatches ||= index === 0 && bestIndex === 0;
  }
  const unmatched = [...unpairedWords(words, pairedWords), ...unpairedWords(candidate, used)];
  const sameWords = unmatched.length === 0;
  if (pairedWords.size < 2 || unmatched.length > 1 || unmatched.some((word) => negations.has(word)) || !(firstMatches || sameWords)) {
    return 0;
  }
  return ((2 * total) / (words.length + candidate.length)) * (inOrder ? 1 : 0.9);
}

/** Similarity by characters: 1 minus the edit distance over the length, within the length's threshold. */
function characterScore(value: string, candidate: string): number {
  const limit = maxDistance(value.length);
  const distance = editDistance(value, candidate, limit);
  return distance <= limit ? 1 - distance / Math.max(value.length, candidate.length) : 0;
}

/** A shared beginning weighs a little: codes are named general word first. */
const prefixWeight = 0.05;

/** Scores closer than this are a tie: the rule cannot tell which code was meant. */
const tieMargin = 0.02;

function score(value: string, words: readonly string[], similarity: WordSimilarities, candidate: Candidate): number {
  if (candidate.normalized === value) {
    return 2;
  }
  const best = Math.max(characterScore(value, candidate.normalized), wordScore(words, candidate.words, similarity));
  if (best === 0) {
    return 0;
  }
  return best + (prefixWeight * commonPrefixLength(value, candidate.normalized)) / Math.max(value.length, candidate.normalized.length);
}

/**
 * The known codes `value` most likely meant: one when a single code is
 * closest, several when the closest are equally close (a tie, in which no
 * code should be suggested), none when nothing is close. Close means equal
 * once case and separators are ignored, a few edits away (more for longer
 * strings), or the same words but one (see `wordScore`).
 */
export function findClosestCodes(value: string, additionalCodes: Iterable<string> = []): string[] {
  const normalized = normalizeCode(value);
  if (normalized === '') {
    return [];
  }
  const exact = catalogByNormalized.get(normalized);
  if (exact !== undefined) {
    // Only another exact match scores near one: the common case (`'LICENSE_EXPIRED'`) needs no scoring.
    return [exact, ...[...additionalCodes].filter((code) => !catalogCodes.has(code) && normalizeCode(code) === normalized)];
  }
  const words = normalized.split('_');
  const similarity = createWordSimilarities(words);
  const candidates = [...catalogCandidates];
  for (const code of additionalCodes) {
    if (!catalogCodes.has(code)) {
      candidates.push(toCandidate(code));
    }
  }
  const scored = candidates
    .map((candidate) => ({ code: candidate.code, score: score(normalized, words, similarity, candidate) }))
    .filter((entry) => entry.score > 0);
  const best = Math.max(0, ...scored.map((entry) => entry.score));
  return scored.filter((entry) => best - entry.score < tieMargin).map(({ code }) => code);
}
