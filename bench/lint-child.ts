/**
 * Lints the corpus once with one configuration and prints one JSON line of
 * measurements. `bench/run.ts` runs it in a fresh Node process per
 * measurement, compiled to plain JavaScript first so no loader hooks sit
 * between ESLint and its modules. It imports packages only, and the plugin by
 * its name, so it loads `dist/` exactly as a user's config would; with
 * `BENCH_PLUGIN=/path/to/index.js` it loads another build instead, to compare
 * before and after a change.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

import js from '@eslint/js';
import { ESLint } from 'eslint';
import type { Linter } from 'eslint';
import tseslint from 'typescript-eslint';

type Plugin = (typeof import('eslint-plugin-licensespring'))['default'];

const pluginOverride = process.env['BENCH_PLUGIN'];
const { default: plugin } = (await import(
  pluginOverride === undefined ? 'eslint-plugin-licensespring' : pathToFileURL(pluginOverride).href
)) as { default: Plugin };

export type ConfigName = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I';

export interface ChildRequest {
  readonly config: ConfigName;
  readonly corpus: string;
}

export interface ChildMeasurement {
  readonly config: ConfigName;
  readonly files: number;
  /** `new ESLint()` to the end of `lintFiles()`: config loading, parsing, type checking and rules. */
  readonly lintMs: number;
  /** Sum over files of ESLint's own parse time (with typed linting this includes building the program). */
  readonly parseMs: number;
  /** Sum over files of each rule's time, from ESLint's `stats`. */
  readonly ruleMs: Readonly<Record<string, number>>;
  readonly problems: number;
  readonly fatal: number;
  /** Peak resident set size of the whole process, in MiB. */
  readonly maxRssMiB: number;
}

function typedBase(corpus: string): Linter.Config {
  return {
    files: ['src/**/*.ts'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: corpus },
    },
  };
}

function configFor({ config, corpus }: ChildRequest): { patterns: string[]; configs: Linter.Config[] } {
  const onTs = (extra: Linter.Config): Linter.Config => ({ ...extra, files: ['src/**/*.ts'] });
  const onJs = (extra: Linter.Config): Linter.Config => ({ ...extra, files: ['js/**/*.js'] });
  const typed = (...configs: Linter.Config[]) => ({ patterns: ['src/**/*.ts'], configs: [typedBase(corpus), ...configs.map(onTs)] });
  const untyped = (...configs: Linter.Config[]) => ({ patterns: ['js/**/*.js'], configs: configs.map(onJs) });
  // typescript-eslint's own config goes first: its rules then ask the checker first, as they would in a project that lists them first.
  const usualTyped = tseslint.configs.recommendedTypeChecked as Linter.Config[];
  switch (config) {
    case 'A':
      return typed();
    case 'B':
      return typed({
        plugins: { '@typescript-eslint': tseslint.plugin },
        rules: { '@typescript-eslint/switch-exhaustiveness-check': 'error' },
      });
    case 'C':
      return typed(plugin.configs.recommended);
    case 'D':
      return typed(plugin.configs.strict);
    case 'E':
      return untyped(plugin.configs.recommended);
    case 'F':
      return typed(...usualTyped);
    case 'G':
      return typed(...usualTyped, plugin.configs.recommended);
    case 'H':
      return untyped(js.configs.recommended);
    case 'I':
      return untyped(js.configs.recommended, plugin.configs.recommended);
  }
}

export async function measure(request: ChildRequest): Promise<ChildMeasurement> {
  const { patterns, configs } = configFor(request);
  const start = performance.now();
  const eslint = new ESLint({
    cwd: request.corpus,
    overrideConfigFile: true,
    overrideConfig: [{ linterOptions: { reportUnusedDisableDirectives: 'off' } }, ...configs],
    stats: true,
  });
  const results = await eslint.lintFiles(patterns);
  const lintMs = performance.now() - start;
  const ruleMs: Record<string, number> = {};
  let parseMs = 0;
  for (const result of results) {
    for (const pass of result.stats?.times.passes ?? []) {
      parseMs += pass.parse?.total ?? 0;
      for (const [rule, { total }] of Object.entries(pass.rules ?? {})) {
        ruleMs[rule] = (ruleMs[rule] ?? 0) + total;
      }
    }
  }
  return {
    config: request.config,
    files: results.length,
    lintMs,
    parseMs,
    ruleMs,
    problems: results.reduce((sum, result) => sum + result.messages.length, 0),
    fatal: results.reduce((sum, result) => sum + result.fatalErrorCount, 0),
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
  };
}

const [config, corpus] = process.argv.slice(2);
if (config !== undefined && corpus !== undefined) {
  const measurement = await measure({ config: config as ConfigName, corpus });
  process.stdout.write(`${JSON.stringify(measurement)}\n`);
}
