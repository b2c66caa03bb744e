/**
 * Lints the foreign-code corpus the way a user who adds the plugin to a whole
 * repository does: no `files` on the plugin's config, espree for JavaScript,
 * @typescript-eslint/parser for TypeScript, and, for the paths the manifest
 * marks as typed, type information from a tsconfig written next to the
 * unpacked corpus. Shared by the corpus test, `corpus:lint` and
 * `bench:foreign`; the plugin is passed in, so each can load it its own way.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import type { Linter } from 'eslint';

import type { LicenseSpringPlugin } from '../../index.js';
import { extractArchive } from './archive.js';
import type { Manifest } from './manifest.js';
import { archivePath, packageOf, typeRootsDir } from './manifest.js';

export type PluginConfigName = keyof LicenseSpringPlugin['configs'];

export interface LintVariant {
  readonly name: string;
  readonly config: PluginConfigName;
  /** Lint only the typed paths, with type information. */
  readonly typed: boolean;
  /** `settings.licensespring`. */
  readonly settings?: Readonly<Record<string, unknown>>;
}

/** What the corpus test runs: each config without types on every file, with types on the typed paths, and syntactic mode where types exist. */
export const testVariants: readonly LintVariant[] = [
  { name: 'recommended, untyped', config: 'recommended', typed: false },
  { name: 'strict, untyped', config: 'strict', typed: false },
  { name: 'recommended, typed', config: 'recommended', typed: true },
  { name: 'strict, typed', config: 'strict', typed: true },
  { name: 'recommended, typed, typeChecking off', config: 'recommended', typed: true, settings: { typeChecking: 'off' } },
];

export const pluginPrefix = 'licensespring/';
const typeScriptFiles = ['**/*.ts', '**/*.mts', '**/*.cts', '**/*.tsx'];
const sourcePattern = /\.(?:[mc]?[jt]s|[jt]sx)$/;

export interface UnpackedCorpus {
  readonly dir: string;
  remove(): void;
}

export function unpackCorpus(): UnpackedCorpus {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'foreign-corpus-'));
  extractArchive(archivePath, dir);
  return {
    dir,
    remove: () => {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** How each file is parsed: as the corpus build checked it (see parse-check.ts). */
export function parserConfigs(manifest: Manifest): Linter.Config[] {
  const commonjs = manifest.packages.flatMap((entry) => entry.commonjs);
  return [
    { files: ['**/*.jsx'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
    ...(commonjs.length > 0 ? [{ files: commonjs, languageOptions: { sourceType: 'commonjs' as const } }] : []),
    { files: typeScriptFiles, languageOptions: { parser: tsParser } },
  ];
}

export function typedPaths(manifest: Manifest): string[] {
  return manifest.packages.flatMap((entry) => entry.typed);
}

/**
 * Writes `tsconfig.json` at the corpus root covering the typed paths only.
 * Module resolution `bundler` accepts both extensionless and `.js` imports;
 * @types/node comes from this repository, so Node's globals have their types.
 */
export function writeTypedProject(manifest: Manifest, dir: string): void {
  const tsconfig = {
    compilerOptions: {
      allowJs: true,
      checkJs: false,
      noEmit: true,
      strict: true,
      target: 'es2022',
      module: 'preserve',
      moduleResolution: 'bundler',
      lib: ['es2023'],
      types: ['node'],
      typeRoots: [typeRootsDir],
      skipLibCheck: true,
    },
    include: typedPaths(manifest),
  };
  writeFileSync(path.join(dir, 'tsconfig.json'), `${JSON.stringify(tsconfig, null, 2)}\n`);
}

function typedConfig(dir: string): Linter.Config {
  return {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs', ...typeScriptFiles],
    languageOptions: { parser: tsParser, parserOptions: { projectService: true, tsconfigRootDir: dir } },
  };
}

export interface CorpusLint {
  readonly patterns: readonly string[];
  readonly config: Linter.Config[];
}

/**
 * The flat config of one variant. The plugin's config goes in as it is, with
 * no `files`: unscoped, as the README's first setup shows. Inline `eslint-*`
 * comments of the foreign code are ignored, so none of them can hide a finding.
 */
export function variantConfig(plugin: LicenseSpringPlugin, variant: LintVariant, manifest: Manifest, dir: string): CorpusLint {
  const settings: Linter.Config[] = variant.settings === undefined ? [] : [{ settings: { licensespring: variant.settings } }];
  return {
    patterns: variant.typed ? typedPaths(manifest) : ['.'],
    config: [
      { linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' } },
      ...parserConfigs(manifest),
      ...(variant.typed ? [typedConfig(dir)] : []),
      plugin.configs[variant.config],
      ...settings,
    ],
  };
}

export interface Crash {
  readonly file: string;
  readonly error: string;
}

export interface LintOutcome {
  readonly results: readonly ESLint.LintResult[];
  /** Files on which a rule threw: ESLint stops a whole run at the first, so these come from linting file by file. */
  readonly crashes: readonly Crash[];
}

/** The JS/TS files under `dir` (absolute paths); folders can have such names too (`discord.js/`). */
export function sourceFilesIn(dir: string): string[] {
  if (statSync(dir).isFile()) {
    return [dir];
  }
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => path.join(dir, file))
    .filter((file) => sourcePattern.test(file) && statSync(file).isFile())
    .sort();
}

function sourceFilesUnder(dir: string, patterns: readonly string[]): string[] {
  return patterns.flatMap((pattern) => sourceFilesIn(path.join(dir, pattern))).sort();
}

const firstLines = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split('\n').slice(0, 4).join(' | ');

async function lintFileByFile(eslint: ESLint, dir: string, patterns: readonly string[]): Promise<LintOutcome> {
  const results: ESLint.LintResult[] = [];
  const crashes: Crash[] = [];
  for (const file of sourceFilesUnder(dir, patterns)) {
    try {
      results.push(...(await eslint.lintFiles([file])));
    } catch (error) {
      crashes.push({ file: path.relative(dir, file), error: firstLines(error) });
    }
  }
  return { results, crashes };
}

export async function lintCorpus(lint: CorpusLint, dir: string, options: { readonly stats?: boolean } = {}): Promise<LintOutcome> {
  const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: lint.config, stats: options.stats ?? false });
  try {
    return { results: await eslint.lintFiles([...lint.patterns]), crashes: [] };
  } catch {
    return lintFileByFile(eslint, dir, lint.patterns);
  }
}

export interface Finding {
  /** Path inside the corpus. */
  readonly file: string;
  readonly package: string;
  readonly ruleId: string;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  /** The reported line, trimmed. */
  readonly code: string;
  readonly fixable: boolean;
}

function toFinding(manifest: Manifest, dir: string, result: ESLint.LintResult, message: Linter.LintMessage): Finding {
  const file = path.relative(dir, result.filePath).split(path.sep).join('/');
  const text = result.source ?? readFileSync(result.filePath, 'utf8');
  return {
    file,
    package: packageOf(manifest, file)?.name ?? '(unknown)',
    ruleId: message.ruleId ?? '(parser)',
    message: message.message,
    line: message.line,
    column: message.column,
    code: (text.split(/\r?\n/)[message.line - 1] ?? '').trim().slice(0, 200),
    fixable: message.fix !== undefined,
  };
}

/** The plugin's findings. */
export function pluginFindings(manifest: Manifest, dir: string, results: readonly ESLint.LintResult[]): Finding[] {
  return results.flatMap((result) =>
    result.messages
      .filter((message) => message.ruleId?.startsWith(pluginPrefix) === true)
      .map((message) => toFinding(manifest, dir, result, message)),
  );
}

/** Fatal messages: parse errors, which the corpus build should have dropped. */
export function parseErrors(manifest: Manifest, dir: string, results: readonly ESLint.LintResult[]): Finding[] {
  return results.flatMap((result) =>
    result.messages.filter((message) => message.fatal === true).map((message) => toFinding(manifest, dir, result, message)),
  );
}
