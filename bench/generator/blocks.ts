/**
 * The pieces a generated module is made of. Most are ordinary application
 * code (classes, generics, async functions, unions and the switches over
 * them); the rest handle License API errors the ways real code does.
 */
import { codes, codesOf, misspell, statuses, statusName } from './catalog.js';
import type { Imports } from './imports.js';
import type { Random } from './random.js';

export interface BlockContext {
  readonly random: Random;
  /** Unique within the file; suffixes every top-level name a block declares. */
  readonly id: string;
  readonly imports: Imports;
}

export type Block = (context: BlockContext) => string[];

const errors = '../../shared/license-errors.js';
const result = '../../shared/result.js';
const http = '../../shared/http.js';
const typesPackage = 'eslint-plugin-licensespring/types';

const nouns = ['Invoice', 'Seat', 'Device', 'Entitlement', 'Order', 'Customer', 'Feature', 'Activation', 'Report', 'Quota'];
const verbs = ['load', 'sync', 'refresh', 'validate', 'archive', 'import', 'export', 'reconcile'];
const errorNames = ['error', 'err', 'apiError', 'failure', 'problem'];

function status(context: BlockContext, value: number, magic: number): string {
  if (context.random.chance(magic)) {
    return String(value);
  }
  context.imports.value(errors, 'LicenseStatus');
  return `LicenseStatus.${statusName(value)}`;
}

// Ordinary code -------------------------------------------------------------

const repositoryClass: Block = ({ random, id, imports }) => {
  const noun = random.pick(nouns);
  imports.type(result, 'Result');
  imports.value(result, 'err', 'ok');
  return [
    `export interface ${noun}${id} {`,
    '  readonly id: string;',
    '  name: string;',
    '  updatedAt: number;',
    '  tags: readonly string[];',
    `  weight${random.chance(0.5) ? '?' : ''}: number;`,
    '}',
    '',
    `export class ${noun}Store${id}<T extends { readonly id: string; updatedAt: number }> {`,
    '  readonly #items = new Map<string, T>();',
    `  #version = ${String(random.int(0, 9))};`,
    '',
    '  get size(): number {',
    '    return this.#items.size;',
    '  }',
    '',
    '  put(item: T): void {',
    '    this.#items.set(item.id, item);',
    '    this.#version++;',
    '  }',
    '',
    '  find(id: string): Result<T> {',
    '    const item = this.#items.get(id);',
    '    return item === undefined ? err(`missing ${id}`) : ok(item);',
    '  }',
    '',
    '  newerThan(timestamp: number): T[] {',
    '    return [...this.#items.values()].filter((item) => item.updatedAt > timestamp);',
    '  }',
    '',
    '  map<U>(transform: (item: T, index: number) => U): U[] {',
    '    return [...this.#items.values()].map(transform);',
    '  }',
    '',
    '  get version(): number {',
    '    return this.#version;',
    '  }',
    '}',
  ];
};

const asyncLoader: Block = ({ random, id, imports }) => {
  const noun = random.pick(nouns);
  const verb = random.pick(verbs);
  const retries = random.int(2, 5);
  imports.type(http, 'HttpClient', 'Logger');
  imports.value(http, 'sleep');
  imports.type(result, 'Result');
  imports.value(result, 'err', 'ok');
  return [
    `export interface ${noun}Page${id} {`,
    `  readonly items: readonly { id: string; label: string; count: number }[];`,
    '  readonly next?: string;',
    '}',
    '',
    `export async function ${verb}${noun}s${id}(client: HttpClient, logger: Logger, cursor?: string): Promise<Result<number>> {`,
    '  let total = 0;',
    '  let next = cursor;',
    `  for (let page = 0; page < ${String(random.int(5, 40))}; page++) {`,
    `    let response = await client.get<${noun}Page${id}>('/${noun.toLowerCase()}s', next === undefined ? {} : { cursor: next });`,
    `    for (let retry = 1; retry < ${String(retries)} && response.status >= 500; retry++) {`,
    `      await sleep(${String(random.int(1, 9) * 100)} * retry);`,
    `      response = await client.get<${noun}Page${id}>('/${noun.toLowerCase()}s', next === undefined ? {} : { cursor: next });`,
    '    }',
    '    if (response.status !== 200) {',
    `      logger.warn('${verb} stopped', { page, status: response.status });`,
    '      return err(`HTTP ${String(response.status)}`);',
    '    }',
    '    total += response.data.items.reduce((sum, item) => sum + item.count, 0);',
    '    next = response.data.next;',
    '    if (next === undefined) {',
    '      break;',
    '    }',
    '  }',
    `  logger.debug('${verb} done', { total });`,
    '  return ok(total);',
    '}',
  ];
};

const eventUnionSwitch: Block = ({ random, id }) => {
  const noun = random.pick(nouns);
  const exhaustive = random.chance(0.6);
  const lines = [
    `export type ${noun}Event${id} =`,
    `  | { readonly kind: 'created'; readonly id: string; readonly at: number }`,
    `  | { readonly kind: 'renamed'; readonly id: string; readonly from: string; readonly to: string }`,
    `  | { readonly kind: 'moved'; readonly id: string; readonly parent: string }`,
    `  | { readonly kind: 'deleted'; readonly id: string; readonly soft: boolean };`,
    '',
    `export function describe${noun}Event${id}(event: ${noun}Event${id}): string {`,
    '  switch (event.kind) {',
    "    case 'created':",
    '      return `created ${event.id} at ${String(event.at)}`;',
    "    case 'renamed':",
    '      return `renamed ${event.from} to ${event.to}`;',
  ];
  if (exhaustive) {
    lines.push(
      "    case 'moved':",
      '      return `moved under ${event.parent}`;',
      "    case 'deleted':",
      "      return event.soft ? 'archived' : 'deleted';",
      '  }',
      '}',
    );
  } else {
    lines.push('    default:', "      return 'changed';", '  }', '}');
  }
  return lines;
};

const levelSwitch: Block = ({ random, id }) => [
  `type Level${id} = 'trace' | 'debug' | 'info' | 'warn' | 'error';`,
  '',
  `const levelWeights${id}: Readonly<Record<Level${id}, number>> = { trace: 0, debug: 1, info: 2, warn: 3, error: 4 };`,
  '',
  `export function shouldLog${id}(level: Level${id}, threshold: Level${id} = '${random.pick(['info', 'warn', 'debug'])}'): boolean {`,
  `  return levelWeights${id}[level] >= levelWeights${id}[threshold];`,
  '}',
  '',
  `export function levelLabel${id}(level: Level${id}): string {`,
  '  switch (level) {',
  "    case 'warn':",
  "      return 'WARNING';",
  "    case 'error':",
  "      return 'ERROR';",
  '    default:',
  '      return level.toUpperCase();',
  '  }',
  '}',
];

const genericHelpers: Block = ({ random, id }) => [
  `export function groupBy${id}<T, K extends PropertyKey>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {`,
  '  const groups = {} as Record<K, T[]>;',
  '  for (const item of items) {',
  '    const group = key(item);',
  '    (groups[group] ??= []).push(item);',
  '  }',
  '  return groups;',
  '}',
  '',
  `export function chunk${id}<T>(items: readonly T[], size = ${String(random.int(2, 50))}): T[][] {`,
  '  const chunks: T[][] = [];',
  '  for (let start = 0; start < items.length; start += size) {',
  '    chunks.push(items.slice(start, start + size));',
  '  }',
  '  return chunks;',
  '}',
  '',
  `export function pick${id}<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Pick<T, K> {`,
  '  const picked = {} as Pick<T, K>;',
  '  for (const key of keys) {',
  '    picked[key] = value[key];',
  '  }',
  '  return picked;',
  '}',
];

const reducer: Block = ({ random, id }) => {
  const noun = random.pick(nouns);
  return [
    `interface ${noun}State${id} {`,
    '  readonly selected: readonly string[];',
    '  readonly loading: boolean;',
    '  readonly page: number;',
    '}',
    '',
    `type ${noun}Action${id} =`,
    "  | { type: 'select'; id: string }",
    "  | { type: 'clear' }",
    "  | { type: 'loading'; value: boolean }",
    "  | { type: 'page'; delta: number };",
    '',
    `export function reduce${noun}${id}(state: ${noun}State${id}, action: ${noun}Action${id}): ${noun}State${id} {`,
    '  switch (action.type) {',
    "    case 'select':",
    '      return state.selected.includes(action.id) ? state : { ...state, selected: [...state.selected, action.id] };',
    "    case 'clear':",
    '      return { ...state, selected: [] };',
    "    case 'loading':",
    '      return { ...state, loading: action.value };',
    "    case 'page':",
    `      return { ...state, page: Math.max(0, Math.min(${String(random.int(10, 99))}, state.page + action.delta)) };`,
    '  }',
    '}',
  ];
};

const statistics: Block = ({ random, id }) => [
  `export function summarize${id}(values: readonly number[]): { mean: number; p95: number; outliers: number } {`,
  '  if (values.length === 0) {',
  '    return { mean: 0, p95: 0, outliers: 0 };',
  '  }',
  '  const sorted = [...values].sort((left, right) => left - right);',
  '  const mean = sorted.reduce((sum, value) => sum + value, 0) / sorted.length;',
  `  const p95 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0;`,
  `  const outliers = sorted.filter((value) => value > mean * ${String(random.int(2, 4))}).length;`,
  '  return { mean, p95, outliers };',
  '}',
  '',
  `export function httpOutcome${id}(response: { status: number }): 'ok' | 'redirect' | 'client' | 'server' {`,
  '  if (response.status >= 500) {',
  "    return 'server';",
  '  }',
  '  if (response.status >= 400) {',
  "    return 'client';",
  '  }',
  "  return response.status >= 300 ? 'redirect' : 'ok';",
  '}',
];

export const ordinaryBlocks: readonly Block[] = [
  repositoryClass,
  asyncLoader,
  eventUnionSwitch,
  levelSwitch,
  genericHelpers,
  reducer,
  statistics,
];

// License API error handling --------------------------------------------------

const narrowedCodeSwitch: Block = (context) => {
  const { random, id, imports } = context;
  const target = random.pick(statuses.filter((value) => codesOf(value).length <= 5));
  const name = random.pick(errorNames);
  imports.type(errors, 'LicenseApiError');
  const cases = codesOf(target).flatMap(({ code }) => [`      case '${code}':`, `        return '${code.replaceAll('_', ' ')}';`]);
  return [
    `export function explain${id}(${name}: LicenseApiError): string {`,
    `  if (${name}.status === ${status(context, target, 0.3)}) {`,
    `    switch (${name}.code) {`,
    ...cases,
    '    }',
    '  }',
    `  return ${name}.message;`,
    '}',
  ];
};

const statusSwitch: Block = (context) => {
  const { random, id, imports } = context;
  const name = random.pick(errorNames);
  const withDefault = random.chance(0.5);
  const covered = withDefault ? random.sample(statuses, random.int(2, 4)) : statuses;
  imports.type(errors, 'LicenseApiError');
  imports.type(http, 'Logger');
  const cases = covered.flatMap((value) => [
    `    case ${status(context, value, 0.25)}:`,
    `      logger.${value >= 500 ? 'error' : 'warn'}('license request failed', { code: ${name}.code });`,
    `      return ${String(value === 500 || value === 409)};`,
  ]);
  return [
    `export function report${id}(${name}: LicenseApiError, logger: Logger): boolean {`,
    `  switch (${name}.status) {`,
    ...cases,
    ...(withDefault ? ['    default:', '      return false;'] : []),
    '  }',
    '}',
  ];
};

const partialCodeSwitch: Block = ({ random, id, imports }) => {
  const name = random.pick(errorNames);
  const chosen = random.sample(codes, random.int(3, 8));
  imports.type(errors, 'LicenseApiError');
  imports.value(errors, 'describeLicenseError');
  const cases: string[] = [];
  let index = 0;
  while (index < chosen.length) {
    // Some codes share a branch: two labels, one body.
    const group = chosen.slice(index, index + (random.chance(0.4) ? 2 : 1));
    index += group.length;
    cases.push(...group.map(({ code }) => `    case '${code}':`));
    cases.push(`      return '${group.map(({ code }) => code.replaceAll('_', ' ')).join(' or ')}: please try again later.';`);
  }
  return [
    `export function userMessage${id}(${name}: LicenseApiError): string {`,
    `  switch (${name}.code) {`,
    ...cases,
    '    default:',
    `      return describeLicenseError(${name});`,
    '  }',
    '}',
  ];
};

const fullCodeSwitch: Block = ({ random, id, imports }) => {
  const name = random.pick(errorNames);
  imports.type(errors, 'LicenseApiError');
  return [
    `export function severity${id}(${name}: LicenseApiError): 'fatal' | 'retry' | 'user' | 'auth' {`,
    `  switch (${name}.code) {`,
    ...statuses.flatMap((value) => [
      ...codesOf(value).map(({ code }) => `    case '${code}':`),
      `      return '${value === 500 ? 'retry' : value === 401 ? 'auth' : value === 404 ? 'fatal' : 'user'}';`,
    ]),
    '  }',
    '}',
  ];
};

const comparisons: Block = (context) => {
  const { random, id, imports } = context;
  const name = random.pick(errorNames);
  // 500 is handled first, and a failed code comparison narrows the status: keep every comparison satisfiable, or it would not type-check.
  const code = random.pick(codes.filter(({ status: value }) => value !== 500));
  const target = random.pick(statuses.filter((value) => value !== 500 && value !== code.status));
  imports.type(errors, 'HttpFailure', 'LicenseApiError');
  return [
    `export function shouldRetry${id}(${name}: LicenseApiError, attempts: number): boolean {`,
    `  if (${name}.status === ${status(context, 500, 0.5)}) {`,
    `    return attempts < ${String(random.int(2, 6))};`,
    '  }',
    `  if (${name}.code === '${code.code}' || ${name}.status === ${status(context, target, 0.5)}) {`,
    `    return ${String(random.chance(0.5))};`,
    '  }',
    '  return false;',
    '}',
    '',
    `export function isAuthProblem${id}(failure: HttpFailure): boolean {`,
    `  return failure.response?.status === ${status(context, 401, 0.6)} || failure.response?.data?.code === 'authentication_failure';`,
    '}',
  ];
};

const errorBodies: Block = (context) => {
  const { random, id, imports } = context;
  const entry = random.pick(codes);
  const other = random.pick(codes);
  imports.value(errors, 'LicenseRequestError');
  return [
    `export function reject${id}(message: string): never {`,
    '  throw new LicenseRequestError({',
    `    status: ${status(context, entry.status, 0.4)},`,
    `    code: '${entry.code}',`,
    '    message,',
    '  });',
    '}',
    '',
    `export const sample${id} = { status: ${String(other.status)}, code: '${other.code}', message: ${JSON.stringify(other.description)} };`,
  ];
};

const messageMap: Block = ({ random, id, imports }) => {
  const chosen = random.sample(codes, random.int(4, 10));
  imports.type(errors, 'LicenseApiError', 'LicenseErrorCode');
  imports.value(errors, 'licenseErrorMessages');
  return [
    `const hints${id}: Partial<Record<LicenseErrorCode, string>> = {`,
    ...chosen.map(({ code }) => `  ${code}: 'See the ${code.split('_')[0] ?? 'license'} settings page.',`),
    '};',
    '',
    `export function hintFor${id}(error: LicenseApiError): string {`,
    `  return hints${id}[error.code] ?? licenseErrorMessages[error.code];`,
    '}',
  ];
};

const catchHandler: Block = (context) => {
  const { random, id, imports } = context;
  const code = random.pick(codes);
  // About one file in forty has a typo where only the rules can see it.
  const written = random.chance(0.15) ? misspell(code.code) : code.code;
  imports.value(errors, 'isHttpFailure', 'toLicenseError');
  imports.type(http, 'HttpClient');
  return [
    `export async function activate${id}(client: HttpClient, key: string): Promise<'active' | 'expired' | 'unknown'> {`,
    '  try {',
    "    await client.post('/activate_license', { license_key: key });",
    "    return 'active';",
    '  } catch (caught) {',
    '    const error = toLicenseError(caught);',
    `    if (error?.code === 'license_expired' || error?.status === ${status(context, 404, 0.5)}) {`,
    "      return 'expired';",
    '    }',
    `    if (isHttpFailure(caught) && caught.response?.data?.code === '${written}') {`,
    "      return 'unknown';",
    '    }',
    '    throw caught;',
    '  }',
    '}',
  ];
};

const matcher: Block = ({ random, id, imports }) => {
  const chosen = random.sample(codes, random.int(2, 5));
  imports.value(typesPackage, 'matchLicenseError');
  imports.type(errors, 'LicenseApiError');
  return [
    `export function toastFor${id}(error: LicenseApiError): string {`,
    '  return matchLicenseError(',
    '    error,',
    '    {',
    ...chosen.map(({ code }) => `      ${code}: () => '${code.replaceAll('_', ' ')}',`),
    '    },',
    '    (other) => other.message,',
    '  );',
    '}',
  ];
};

/** Weighted: cheap, common handling more often than a switch over all codes. */
export const licenseBlocks: readonly Block[] = [
  narrowedCodeSwitch,
  narrowedCodeSwitch,
  statusSwitch,
  statusSwitch,
  partialCodeSwitch,
  partialCodeSwitch,
  comparisons,
  comparisons,
  comparisons,
  errorBodies,
  errorBodies,
  messageMap,
  catchHandler,
  catchHandler,
  matcher,
  fullCodeSwitch,
];
