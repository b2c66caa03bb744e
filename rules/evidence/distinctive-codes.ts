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

/** The licensing words in the two cases codes are written in (`license`, `LICENSE`), by the code of one of their characters. */
function indexLicensingWords(characterAt: (word: string) => number): ReadonlyMap<number, readonly string[]> {
  const index = new Map<number, string[]>();
  for (const word of [...licensingWords].flatMap((lower) => [lower, lower.toUpperCase()])) {
    index.set(characterAt(word), [...(index.get(characterAt(word)) ?? []), word]);
  }
  return index;
}

const wordsByFirstCharacter = indexLicensingWords((word) => word.charCodeAt(0));
const wordsByLastCharacter = indexLicensingWords((word) => word.charCodeAt(word.length - 1));

/** Whether the underscore at `index` joins a licensing word to another (`license_`, `_TRIAL`); most underscores fail at one character. */
function joinsLicensingWordAt(text: string, index: number): boolean {
  return (
    (wordsByFirstCharacter.get(text.charCodeAt(index + 1))?.some((word) => text.startsWith(word, index + 1)) ?? false) ||
    (wordsByLastCharacter.get(text.charCodeAt(index - 1))?.some((word) => text.endsWith(word, index)) ?? false)
  );
}

/** `[A-Za-z0-9_$]`: what a JavaScript name and a code are made of, so what a code must not touch. */
function isWordCharacter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 36;
}

/** Whether the text at `[start, end)` stands alone: no name character right before or after it. */
function standsAlone(text: string, start: number, end: number): boolean {
  return !isWordCharacter(text.charCodeAt(start - 1)) && !isWordCharacter(text.charCodeAt(end));
}

/** The distinctive codes of each settings object, and where a source text writes them. */
export interface DistinctiveCodes {
  readonly codes: ReadonlySet<string>;
  /**
   * Where `text` writes a distinctive code as a whole word, in lower case or
   * in upper case (`'license_expired'`, `"LICENSE_EXPIRED"`, a table's key
   * `license_expired:`): the offsets of their first characters, ascending.
   * Comments and prose are included; the caller asks the AST what stands
   * there.
   */
  readonly findInText: (text: string) => readonly number[];
}

const bySettings = new WeakMap<LicenseSpringSettings, DistinctiveCodes>();

/**
 * The known codes that are evidence on their own: catalog codes with a
 * licensing word, and every code the settings add (the user, or a preset
 * the user chose, says those are License API codes).
 */
export function getDistinctiveCodes(settings: LicenseSpringSettings): DistinctiveCodes {
  let distinctive = bySettings.get(settings);
  if (distinctive !== undefined) {
    return distinctive;
  }
  const codes = new Set([...settings.knownCodes].filter((code) => settings.additionalCodes.has(code) || hasLicensingWord(code)));
  const isCode = (word: string): boolean => codes.has(word) || (word === word.toUpperCase() && codes.has(word.toLowerCase()));
  // Codes the settings add need not contain a licensing word, or even an underscore: each is looked for as it is.
  const addedForms = [...settings.additionalCodes.keys()].flatMap((code) => [...new Set([code.toLowerCase(), code.toUpperCase()])]);

  /**
   * Every catalog code that is distinctive joins a licensing word with `_`,
   * which source code has few of: one native scan for `_`, a look at the
   * words beside each, and the whole word around the few that join one. A
   * regular expression with a branch per code cost far more per character.
   */
  function findJoinedCodes(text: string, found: number[]): void {
    let underscore = text.indexOf('_');
    while (underscore !== -1) {
      if (!joinsLicensingWordAt(text, underscore)) {
        underscore = text.indexOf('_', underscore + 1);
        continue;
      }
      let start = underscore;
      while (isWordCharacter(text.charCodeAt(start - 1))) {
        start--;
      }
      let end = underscore + 1;
      while (isWordCharacter(text.charCodeAt(end))) {
        end++;
      }
      if (isCode(text.slice(start, end))) {
        found.push(start);
      }
      underscore = text.indexOf('_', end);
    }
  }

  function findAddedCodes(text: string, found: number[]): void {
    for (const form of addedForms) {
      for (let index = text.indexOf(form); index !== -1; index = text.indexOf(form, index + 1)) {
        if (standsAlone(text, index, index + form.length)) {
          found.push(index);
        }
      }
    }
  }

  distinctive = {
    codes,
    findInText: (text) => {
      const found: number[] = [];
      findJoinedCodes(text, found);
      if (addedForms.length > 0) {
        findAddedCodes(text, found);
      }
      // Sorted only when two searches filled it; most texts have no code at all.
      return found.length === 0 || addedForms.length === 0 ? found : [...new Set(found)].sort((a, b) => a - b);
    },
  };
  bySettings.set(settings, distinctive);
  return distinctive;
}
