import { inspect } from 'node:util';

import type { TSESLint } from '@typescript-eslint/utils';

import { presets } from '../../presets/index.js';
import { catalogCodes, catalogStatusByCode, catalogStatuses } from './catalog.js';

/**
 * `settings.licensespring`, shared by every rule of the plugin:
 *
 * - `additionalCodes`: codes the application or an SDK defines beyond the
 *   catalog, as a list (`['wrong_license_type']`) or with their statuses
 *   (`{ wrong_license_type: 400 }`). They count as known codes.
 * - `additionalStatuses`: HTTP statuses the application's API returns beyond
 *   the catalog's (`[503]` behind a proxy). They count as known statuses.
 * - `presets`: named code sets with their statuses (`['node-sdk']`: the codes
 *   `@licensespring/node-sdk` throws itself). They count as additional codes.
 * - `typeChecking`: `'auto'` (default) uses type information when the parser
 *   provides it; `'off'` always uses the syntactic checks.
 * - `assume`: `'evidence'` (default) treats code as License API code only
 *   where it shows so (see docs/evidence.md); `'license-api'` treats every
 *   linted file as License API code, for users who scope the plugin with
 *   `files` themselves.
 */
export interface LicenseSpringSettings {
  /** Catalog codes plus additional codes. */
  readonly knownCodes: ReadonlySet<string>;
  /** Additional codes (presets' included) with their status, `undefined` when none was given. */
  readonly additionalCodes: ReadonlyMap<string, number | undefined>;
  /** Catalog statuses, additional statuses, and the statuses of additional codes. */
  readonly knownStatuses: ReadonlySet<number>;
  readonly typeChecking: 'auto' | 'off';
  /** `'license-api'` when every linted file is License API code by the user's word. */
  readonly assume: 'evidence' | 'license-api';
}

const settingsKeys = new Set(['additionalCodes', 'additionalStatuses', 'assume', 'presets', 'typeChecking']);

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

function checkHttpStatus(path: string, status: unknown): number {
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 100 || status > 599) {
    fail(path, 'must be an HTTP status (an integer from 100 to 599)', status);
  }
  return status;
}

function checkStatus(path: string, code: string, value: unknown): number {
  const status = checkHttpStatus(path, value);
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

/** The listed presets' codes with their statuses, in the order given. */
function parsePresets(value: unknown): Map<string, number> {
  const codes = new Map<string, number>();
  if (value === undefined) {
    return codes;
  }
  if (!Array.isArray(value)) {
    fail('.presets', `must be an array of preset names (known: ${[...presets.keys()].join(', ')})`, value);
  }
  value.forEach((name: unknown, index) => {
    const preset = typeof name === 'string' ? presets.get(name) : undefined;
    if (preset === undefined) {
      fail(`.presets[${String(index)}]`, `is not a known preset (known: ${[...presets.keys()].join(', ')})`, name);
    }
    for (const [code, status] of Object.entries(preset)) {
      codes.set(code, status);
    }
  });
  return codes;
}

function parseAdditionalStatuses(value: unknown): number[] {
  if (value === undefined) {
    return [];
  }
  if (!Array.isArray(value)) {
    fail('.additionalStatuses', 'must be an array of HTTP statuses', value);
  }
  return value.map((status: unknown, index) => checkHttpStatus(`.additionalStatuses[${String(index)}]`, status));
}

/**
 * Preset codes first, then the user's: a status the user gives wins, and a
 * code the user lists without a status keeps the preset's.
 */
function mergeCodes(presetCodes: ReadonlyMap<string, number>, userCodes: ReadonlyMap<string, number | undefined>): Map<string, number | undefined> {
  const merged = new Map<string, number | undefined>(presetCodes);
  for (const [code, status] of userCodes) {
    merged.set(code, status ?? presetCodes.get(code));
  }
  return merged;
}

function parseSettings(raw: Record<string, unknown>): LicenseSpringSettings {
  for (const key of Object.keys(raw)) {
    if (!settingsKeys.has(key)) {
      fail(`.${key}`, `is not a known setting (known: ${[...settingsKeys].join(', ')})`, raw[key]);
    }
  }
  const typeChecking = 'typeChecking' in raw ? raw['typeChecking'] : 'auto';
  if (typeChecking !== 'auto' && typeChecking !== 'off') {
    fail('.typeChecking', 'must be "auto" or "off"', typeChecking);
  }
  const assume = 'assume' in raw ? raw['assume'] : 'evidence';
  if (assume !== 'evidence' && assume !== 'license-api') {
    fail('.assume', 'must be "evidence" or "license-api"', assume);
  }
  const additionalCodes = mergeCodes(parsePresets(raw['presets']), parseAdditionalCodes(raw['additionalCodes']));
  const knownCodes = additionalCodes.size === 0 ? catalogCodes : new Set([...catalogCodes, ...additionalCodes.keys()]);
  const extraStatuses = [
    ...parseAdditionalStatuses(raw['additionalStatuses']),
    ...[...additionalCodes.values()].filter((status) => status !== undefined),
  ].filter((status) => !catalogStatuses.has(status));
  const knownStatuses = extraStatuses.length === 0 ? catalogStatuses : new Set([...catalogStatuses, ...extraStatuses]);
  return { knownCodes, additionalCodes, knownStatuses, typeChecking, assume };
}

const defaultSettings: LicenseSpringSettings = {
  knownCodes: catalogCodes,
  additionalCodes: new Map(),
  knownStatuses: catalogStatuses,
  typeChecking: 'auto',
  assume: 'evidence',
};

/** Parsed once per settings object: every rule asks for them on every file. */
const parsedSettings = new WeakMap<object, LicenseSpringSettings>();

/** Reads and validates `settings.licensespring`; throws a message naming the bad setting. */
export function getLicenseSpringSettings(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): LicenseSpringSettings {
  const raw: unknown = context.settings['licensespring'];
  if (raw === undefined) {
    return defaultSettings;
  }
  if (!isPlainObject(raw)) {
    fail('', 'must be an object', raw);
  }
  let settings = parsedSettings.get(raw);
  if (settings === undefined) {
    settings = parseSettings(raw);
    parsedSettings.set(raw, settings);
  }
  return settings;
}
