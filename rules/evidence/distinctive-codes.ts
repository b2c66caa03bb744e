import type { LicenseSpringSettings } from '../utils/catalog/settings.js';

/**
 * Words that only licensing speaks. A catalog code with one of them
 * (`license_expired`, `floating_not_available`, `trial_expired`) names a
 * License API error wherever it appears; the others (`not_found`,
 * `validation_error`, `internal_error`, `invalid_api_key`) are words any API
 * uses, and prove nothing on their own.
 */
const licensingWords: ReadonlySet<string> = new Set([
  'borrow',
  'consumptions',
  'floating',
  'hardware',
  'license',
  'offline',
  'policy',
  'product',
  'trial',
  'vm',
]);

function hasLicensingWord(code: string): boolean {
  return code.split('_').some((word) => licensingWords.has(word));
}

/** The distinctive codes of each settings object, and a pattern that finds them in source text. */
export interface DistinctiveCodes {
  readonly codes: ReadonlySet<string>;
  /**
   * A cheap test that a text may hold a distinctive code: a licensing word
   * joined to another by `_` (`license_`, `_TRIAL`), in lower or upper case,
   * which prose and other APIs' code rarely write. Only a text that passes is searched with
   * `pattern`, whose many alternatives cost far more per character.
   */
  readonly mayContain: (text: string) => boolean;
  /**
   * Finds a distinctive code in source text, in any case, as a whole string
   * (`'license_expired'`, `"LICENSE_EXPIRED"`) or a whole word (a table's key
   * `license_expired:`). Global: use it with `matchAll`, which copies it.
   */
  readonly pattern: RegExp;
}

const bySettings = new WeakMap<LicenseSpringSettings, DistinctiveCodes>();

function escapeForPattern(code: string): string {
  return code.replaceAll(/[.*+?^${}()|[\]\\]/gu, String.raw`\$&`);
}

/**
 * The known codes that are evidence on their own: catalog codes with a
 * licensing word, and every code the settings add (the user, or a preset
 * the user chose, says those are License API codes).
 */
export function getDistinctiveCodes(settings: LicenseSpringSettings): DistinctiveCodes {
  let distinctive = bySettings.get(settings);
  if (distinctive === undefined) {
    const codes = new Set([...settings.knownCodes].filter((code) => settings.additionalCodes.has(code) || hasLicensingWord(code)));
    // Longest first, so that a code is not cut short by another it starts with.
    const alternatives = [...codes].sort((a, b) => b.length - a.length).map(escapeForPattern);
    const pattern = new RegExp(`(?<![\\w$])(?:${alternatives.join('|')})(?![\\w$])`, 'giu');
    // Plain substrings, in the two cases codes are written in: `String#includes` scans far faster than a regular expression.
    const needles = [
      ...[...licensingWords].flatMap((word) => [`_${word}`, `${word}_`]),
      ...settings.additionalCodes.keys(),
    ].flatMap((needle) => [needle.toLowerCase(), needle.toUpperCase()]);
    distinctive = { codes, pattern, mayContain: (text) => needles.some((needle) => text.includes(needle)) };
    bySettings.set(settings, distinctive);
  }
  return distinctive;
}
