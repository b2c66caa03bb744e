import { catalogCodes } from './catalog.js';

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

/** Normalised catalog codes, computed once per process. */
const normalizedCatalog: readonly (readonly [normalized: string, code: string])[] = [...catalogCodes].map((code) => [
  normalizeCode(code),
  code,
]);

/** Edits allowed for a string of this length: short strings get fewer, so `ok` matches nothing. */
function maxDistance(length: number): number {
  return length <= 4 ? 0 : length <= 8 ? 1 : length <= 15 ? 2 : 3;
}

/**
 * Optimal string alignment distance (Levenshtein plus adjacent
 * transpositions), giving up with `limit + 1` once every path exceeds `limit`.
 */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) {
    return limit + 1;
  }
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (beforePrevious[j - 2] ?? 0) + 1);
      }
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) {
      return limit + 1;
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

const maxSuggestions = 3;

/**
 * The known codes `value` most likely meant: those equal to it once case and
 * separators are ignored, or else those at the smallest edit distance within
 * a threshold that grows with the length (at most 2). Up to three ties, in
 * catalog order then additional codes; empty when nothing is close.
 */
export function findClosestCodes(value: string, additionalCodes: Iterable<string> = []): string[] {
  const normalized = normalizeCode(value);
  const limit = maxDistance(normalized.length);
  const candidates = [...normalizedCatalog];
  for (const code of additionalCodes) {
    if (!catalogCodes.has(code)) {
      candidates.push([normalizeCode(code), code]);
    }
  }
  let best = limit + 1;
  let matches: string[] = [];
  for (const [candidate, code] of candidates) {
    const distance = candidate === normalized ? 0 : editDistance(normalized, candidate, Math.min(limit, best));
    if (distance < best) {
      best = distance;
      matches = [code];
    } else if (distance === best && distance <= limit) {
      matches.push(code);
    }
  }
  return matches.slice(0, maxSuggestions);
}
