/**
 * What the public types cost the type checker: `tsc --extendedDiagnostics` on
 * small files that use them, against a baseline that only reads the error.
 *
 *   npx tsx bench/types/types-cost.ts
 *
 * The files are written from the catalog at run time (never listed by hand)
 * into bench/results/types/, inside this package, so they import
 * `eslint-plugin-licensespring/types` by self-reference and see the built
 * `dist/types/*.d.ts` exactly as a user does. Needs `npm run build` first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { licenseErrorCatalog, licenseErrorStatuses } from '../../types/catalog.js';

export type TypesCase = 'baseline' | 'matchAllCodes' | 'matchAllStatuses' | 'matchSomeCodes';

export interface TypesCost {
  readonly instantiations: number;
  readonly types: number;
  readonly checkMs: number;
  readonly totalMs: number;
  readonly memoryKiB: number;
}

/**
 * The budget `tests/bench/types-cost.test.ts` enforces: instantiations added
 * by one `matchLicenseError` call over every code, on top of the baseline.
 * Measured at 2,771 with TypeScript 6.0.3 and 79 codes; the budget leaves
 * room for the catalog to grow and for compiler versions to differ, and still
 * fails if a change to the types makes the call grow much faster.
 */
export const instantiationBudget = 4000;

const header = [
  "import { matchLicenseError, matchLicenseErrorStatus } from 'eslint-plugin-licensespring/types';",
  "import type { LicenseApiError } from 'eslint-plugin-licensespring/types';",
  '',
  'declare const error: LicenseApiError;',
  'void matchLicenseError;',
  'void matchLicenseErrorStatus;',
  '',
];

export const typesCaseSources: Readonly<Record<TypesCase, string>> = {
  baseline: [...header, 'export const message: string = `${error.code}: ${error.message}`;'].join('\n') + '\n',
  matchAllCodes: [
    ...header,
    'export const message: string = matchLicenseError(error, {',
    ...licenseErrorCatalog.map(({ code }) => `  ${code}: (e) => e.message,`),
    '});',
  ].join('\n') + '\n',
  matchAllStatuses: [
    ...header,
    'export const message: string = matchLicenseErrorStatus(error, {',
    ...licenseErrorStatuses.map(({ status }) => `  ${String(status)}: (e) => e.code,`),
    '});',
  ].join('\n') + '\n',
  matchSomeCodes: [
    ...header,
    'export const message: string = matchLicenseError(',
    '  error,',
    '  {',
    ...licenseErrorCatalog.slice(0, 5).map(({ code }) => `    ${code}: (e) => e.message,`),
    '  },',
    '  (other) => other.code,',
    ');',
  ].join('\n') + '\n',
};

const compilerOptions = {
  target: 'es2023',
  lib: ['es2023'],
  module: 'nodenext',
  moduleResolution: 'nodenext',
  strict: true,
  exactOptionalPropertyTypes: true,
  skipLibCheck: true,
  types: [],
  noEmit: true,
};

const workDir = path.join(import.meta.dirname, '..', 'results', 'types');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

function field(output: string, name: string): number {
  const match = new RegExp(`^${name}:\\s+([\\d.]+)`, 'm').exec(output);
  if (match?.[1] === undefined) {
    throw new Error(`tsc --extendedDiagnostics printed no "${name}":\n${output}`);
  }
  return Number(match[1]);
}

/** Type-checks one case with `tsc --extendedDiagnostics` and reads its figures. */
export function measureTypesCost(name: TypesCase): TypesCost {
  if (!existsSync(path.join(import.meta.dirname, '..', '..', 'dist', 'types', 'index.d.ts'))) {
    throw new Error('dist/types/index.d.ts is missing: run `npm run build` first.');
  }
  const dir = path.join(workDir, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'case.ts'), typesCaseSources[name]);
  writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['case.ts'] }, undefined, 2));
  let output: string;
  try {
    output = execFileSync(process.execPath, [tsc, '-p', dir, '--extendedDiagnostics'], { encoding: 'utf8' });
  } catch (error) {
    const { stdout } = error as { stdout?: string };
    throw new Error(`tsc reported errors for the ${name} case:\n${stdout ?? String(error)}`, { cause: error });
  }
  return {
    instantiations: field(output, 'Instantiations'),
    types: field(output, 'Types'),
    checkMs: field(output, 'Check time') * 1000,
    totalMs: field(output, 'Total time') * 1000,
    memoryKiB: Number(/^Memory used:\s+(\d+)K/m.exec(output)?.[1] ?? Number.NaN),
  };
}

export function formatTypesCost(costs: ReadonlyMap<TypesCase, TypesCost>): string {
  const baseline = costs.get('baseline');
  const lines = [
    '| File | Instantiations | Added to baseline | Types | Check time | Total tsc time |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const [name, cost] of costs) {
    const added = baseline === undefined ? '' : String(cost.instantiations - baseline.instantiations);
    lines.push(
      `| ${name} | ${String(cost.instantiations)} | ${added} | ${String(cost.types)} | ${cost.checkMs.toFixed(0)} ms | ${cost.totalMs.toFixed(0)} ms |`,
    );
  }
  lines.push('', `Budget: a matchLicenseError call over every code adds at most ${String(instantiationBudget)} instantiations.`);
  return lines.join('\n');
}

if (import.meta.filename === process.argv[1]) {
  const names = Object.keys(typesCaseSources) as TypesCase[];
  const costs = new Map(names.map((name) => [name, measureTypesCost(name)]));
  process.stdout.write(`${formatTypesCost(costs)}\n`);
}
