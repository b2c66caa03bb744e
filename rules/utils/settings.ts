import { inspect } from 'node:util';

import type { TSESLint } from '@typescript-eslint/utils';

import { catalogCodes, catalogStatusByCode } from './catalog.js';

/**
 * `settings.licensespring`, shared by every rule of the plugin:
 *
 * - `additionalCodes`: codes the application or an SDK defines beyond the
 *   catalog, as a list (`['wrong_license_type']`) or with their statuses
 *   (`{ wrong_license_type: 400 }`). They count as known codes.
 * - `typeChecking`: `'auto'` (default) uses type information when the parser
 *   provides it; `'off'` always uses the syntactic checks.
 */
export interface LicenseSpringSettings {
  /** Catalog codes plus additional codes. */
  readonly knownCodes: ReadonlySet<string>;
  /** Additional codes with their status, `undefined` when none was given. */
  readonly additionalCodes: ReadonlyMap<string, number | undefined>;
  readonly typeChecking: 'auto' | 'off';
}

const settingsKeys = new Set(['additionalCodes', 'typeChecking']);

function fail(path: string, problem: string, value: unknown): never {
  throw new Error(
    `eslint-plugin-licensespring: settings.licensespring${path} ${problem}, got ${inspect(value, { depth: 1, breakLength: Infinity })}.`,
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkCode(path: string, code: unknown): string {
  if (typeof code !== 'string' || code.trim() === '') {
    fail(path, 'must be a non-empty string', code);
  }
  return code;
}

function checkStatus(path: string, code: string, status: unknown): number {
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 100 || status > 599) {
    fail(path, 'must be an HTTP status (an integer from 100 to 599)', status);
  }
  const catalogStatus = catalogStatusByCode.get(code);
  if (catalogStatus !== undefined && catalogStatus !== status) {
    fail(path, `names the catalog code "${code}" with status ${String(status)}, but the catalog gives it ${String(catalogStatus)}; remove it or fix the status`, status);
  }
  return status;
}

function parseAdditionalCodes(value: unknown): Map<string, number | undefined> {
  const codes = new Map<string, number | undefined>();
  if (value === undefined) {
    return codes;
  }
  if (Array.isArray(value)) {
    value.forEach((code: unknown, index) => codes.set(checkCode(`.additionalCodes[${String(index)}]`, code), undefined));
    return codes;
  }
  if (isPlainObject(value)) {
    for (const [code, status] of Object.entries(value)) {
      const path = `.additionalCodes[${JSON.stringify(code)}]`;
      codes.set(checkCode(path, code), checkStatus(path, code, status));
    }
    return codes;
  }
  return fail('.additionalCodes', 'must be an array of codes or an object from code to status', value);
}

/** Reads and validates `settings.licensespring`; throws a message naming the bad setting. */
export function getLicenseSpringSettings(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): LicenseSpringSettings {
  const raw: unknown = context.settings['licensespring'];
  if (raw === undefined) {
    return { knownCodes: catalogCodes, additionalCodes: new Map(), typeChecking: 'auto' };
  }
  if (!isPlainObject(raw)) {
    fail('', 'must be an object', raw);
  }
  for (const key of Object.keys(raw)) {
    if (!settingsKeys.has(key)) {
      fail(`.${key}`, `is not a known setting (known: ${[...settingsKeys].join(', ')})`, raw[key]);
    }
  }
  const typeChecking = 'typeChecking' in raw ? raw['typeChecking'] : 'auto';
  if (typeChecking !== 'auto' && typeChecking !== 'off') {
    fail('.typeChecking', 'must be "auto" or "off"', typeChecking);
  }
  const additionalCodes = parseAdditionalCodes(raw['additionalCodes']);
  const knownCodes = additionalCodes.size === 0 ? catalogCodes : new Set([...catalogCodes, ...additionalCodes.keys()]);
  return { knownCodes, additionalCodes, typeChecking };
}
