/**
 * The oxlint parity check: one corpus of untyped JavaScript, linted by ESLint
 * (espree) and by oxlint (the plugin as a JS plugin, `jsPlugins`) with the
 * same rules, options and settings, compared as sets of findings.
 *
 * The corpus has three parts, written to a temporary folder:
 * - `app/`: the example app, its TypeScript stripped by `ts.transpileModule`;
 * - `cases/`: the code of every rule test case that is valid JavaScript, with
 *   that case's rule, options and settings (collected by
 *   `oxlint-rule-cases.ts`, so nothing is copied);
 * - `fuzz/`: seeded programs of tests/fuzz/generate.ts, TypeScript ones stripped.
 *
 * A "run" is one settings value: one oxlint process with one config file, and
 * one ESLint instance; inside a run, each folder gets its own rules, as
 * `overrides` (oxlint) and `files` blocks (ESLint).
 *
 * Fixes are compared after one pass: `oxlint --fix` applies one round of
 * non-overlapping fixes, where ESLint's `--fix` lints again up to ten times.
 * The ESLint side applies the fixes of one `lintFiles()` the way ESLint's own
 * fixer does in a pass (sorted by range, an overlapping fix waits).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { ESLint } from 'eslint';
import type { Linter } from 'eslint';
import * as espree from 'espree';
import fc from 'fast-check';
import ts from 'typescript';

import { fuzzProgram } from '../fuzz/generate.js';
import type { RuleCase } from './oxlint-rule-cases.js';

const root = path.join(import.meta.dirname, '..', '..');
export const builtPlugin = path.join(root, 'dist', 'index.js');
const oxlintBin = path.join(root, 'node_modules', 'oxlint', 'bin', 'oxlint');

type Settings = Readonly<Record<string, unknown>> | undefined;
type Rules = Readonly<Record<string, Linter.RuleEntry>>;

interface Part {
  /** Folder inside the run, forward slashes. */
  readonly dir: string;
  readonly rules: Rules;
  readonly files: ReadonlyMap<string, string>;
}

interface Run {
  readonly name: string;
  readonly settings: Settings;
  readonly parts: Part[];
}

export interface Finding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly rule: string;
  readonly message: string;
}

/** A file whose text after one pass of fixes differs between the two. */
export interface FixDifference {
  readonly file: string;
  readonly source: string;
  readonly eslint: string;
  readonly oxlint: string;
}

export interface ParityResult {
  readonly files: number;
  readonly runs: number;
  readonly eslint: readonly Finding[];
  readonly oxlint: readonly Finding[];
  /** Files that one pass of fixes changes, by ESLint's fixes. */
  readonly fixedFiles: number;
  readonly fixDifferences: readonly FixDifference[];
  /** Runs where a linter failed as a whole (a rule threw, a config was refused), per linter. */
  readonly failures: readonly string[];
}

export interface CorpusOptions {
  readonly fuzzSeed: number;
  readonly fuzzRuns: number;
}

interface PluginModule {
  readonly default: ESLint.Plugin & { readonly configs: { readonly recommended: Linter.Config; readonly strict: Linter.Config } };
}

const stripTypes = (source: string): string =>
  ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ESNext, module: ts.ModuleKind.ESNext } }).outputText;

function parsesAsJavaScript(code: string, sourceType: 'module' | 'commonjs'): boolean {
  try {
    espree.parse(code, { ecmaVersion: 'latest', sourceType });
    return true;
  } catch {
    return false;
  }
}

/** The rule test cases, from a child process that imports the test files with `RuleTester#run` replaced. */
export function collectRuleCases(): RuleCase[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'licensespring-cases-'));
  try {
    const out = path.join(dir, 'cases.json');
    execFileSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'oxlint-rule-cases.ts'), out], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    return JSON.parse(readFileSync(out, 'utf8')) as RuleCase[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function runFor(runs: Map<string, Run>, settings: Settings): Run {
  const key = JSON.stringify(settings ?? null);
  let run = runs.get(key);
  if (run === undefined) {
    run = { name: `run${String(runs.size)}`, settings, parts: [] };
    runs.set(key, run);
  }
  return run;
}

function partFor(run: Run, dir: string, rules: Rules): Map<string, string> {
  const existing = run.parts.find((part) => part.dir === dir);
  if (existing !== undefined) {
    return existing.files as Map<string, string>;
  }
  const files = new Map<string, string>();
  run.parts.push({ dir, rules, files });
  return files;
}

/** Lays the corpus out in runs; nothing is written yet. */
export function buildCorpus(plugin: PluginModule['default'], cases: readonly RuleCase[], options: CorpusOptions): Run[] {
  const runs = new Map<string, Run>();
  const recommended = plugin.configs.recommended.rules as Rules;
  const strict = plugin.configs.strict.rules as Rules;

  const appDir = path.join(root, 'examples', 'app', 'src');
  const app = partFor(runFor(runs, undefined), 'app', recommended);
  for (const file of readdirSync(appDir).filter((name) => name.endsWith('.ts')).sort()) {
    app.set(file.replace(/\.ts$/, '.js'), stripTypes(readFileSync(path.join(appDir, file), 'utf8')));
  }

  // Cases with the same rule and options share a folder; each distinct settings value is a run of its own.
  const ruleDirs = new Map<string, string>();
  for (const [index, item] of cases.entries()) {
    const commonJs = /\.c[jt]s$/.test(item.filename ?? '');
    if (!parsesAsJavaScript(item.code, commonJs ? 'commonjs' : 'module')) {
      continue;
    }
    const ruleKey = JSON.stringify([item.rule, item.options]);
    const dir = ruleDirs.get(ruleKey) ?? `cases/${item.rule}-${String(ruleDirs.size)}`;
    ruleDirs.set(ruleKey, dir);
    const rule = `licensespring/${item.rule}`;
    const entry: Linter.RuleEntry = item.options.length > 0 ? ['error', ...item.options] : 'error';
    partFor(runFor(runs, item.settings), dir, { [rule]: entry }).set(`case${String(index)}.${commonJs ? 'cjs' : 'js'}`, item.code);
  }

  // Half the programs with `recommended`, half with `strict`, each with the program's own settings.
  const programs = fc.sample(fuzzProgram({ typedRatio: 0 }), { seed: options.fuzzSeed, numRuns: options.fuzzRuns });
  for (const [index, program] of programs.entries()) {
    const config = index % 2 === 0 ? 'recommended' : 'strict';
    const settings = program.settings === undefined ? undefined : { licensespring: program.settings };
    const files = partFor(runFor(runs, settings), `fuzz/${config}`, config === 'recommended' ? recommended : strict);
    const extension = program.dialect === 'cjs' ? 'cjs' : 'js';
    files.set(`program${String(index)}.${extension}`, program.dialect === 'ts' ? stripTypes(program.source) : program.source);
  }
  return [...runs.values()];
}

export function writeRun(corpus: string, run: Run): string {
  const runDir = path.join(corpus, run.name);
  for (const part of run.parts) {
    for (const [file, source] of part.files) {
      const target = path.join(runDir, part.dir, file);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, source);
    }
  }
  // Every native oxlint rule off: only the plugin's rules report.
  const oxlintConfig = {
    plugins: [],
    categories: Object.fromEntries(['correctness', 'suspicious', 'pedantic', 'perf', 'style', 'restriction', 'nursery'].map((category) => [category, 'off'])),
    jsPlugins: [builtPlugin],
    ...(run.settings === undefined ? {} : { settings: run.settings }),
    rules: {},
    overrides: run.parts.map((part) => ({ files: [`${part.dir}/**`], rules: part.rules })),
  };
  writeFileSync(path.join(runDir, '.oxlintrc.json'), `${JSON.stringify(oxlintConfig, null, 2)}\n`);
  return runDir;
}

const relative = (corpus: string, file: string): string => path.relative(corpus, file).split(path.sep).join('/');

interface ESLintRun {
  readonly findings: Finding[];
  /** Text after one pass of fixes, per absolute path. */
  readonly fixed: Map<string, string>;
}

/** One pass of ESLint's fixer over the fixes `lintFiles()` reported. */
function applyOnePass(text: string, messages: readonly Linter.LintMessage[]): string {
  const fixes = messages
    .flatMap((message) => (message.fix === undefined ? [] : [message.fix]))
    .sort((left, right) => left.range[0] - right.range[0] || left.range[1] - right.range[1]);
  let output = '';
  let last = Number.NEGATIVE_INFINITY;
  for (const { range, text: replacement } of fixes) {
    if (last >= range[0] || range[0] > range[1]) {
      continue;
    }
    output += text.slice(Math.max(0, last), range[0]) + replacement;
    last = range[1];
  }
  return output + text.slice(Math.max(0, last));
}

async function lintWithESLint(corpus: string, runDir: string, run: Run, plugin: PluginModule['default']): Promise<ESLintRun> {
  const eslint = new ESLint({
    cwd: runDir,
    overrideConfigFile: true,
    overrideConfig: [
      { linterOptions: { reportUnusedDisableDirectives: 'off' } },
      { plugins: { licensespring: plugin }, ...(run.settings === undefined ? {} : { settings: run.settings }) },
      ...run.parts.map((part) => ({ files: [`${part.dir}/**`], rules: part.rules })),
    ],
  });
  const results = await eslint.lintFiles(['.']);
  return {
    findings: results.flatMap((result) =>
      result.messages.map((message) => ({
        file: relative(corpus, result.filePath),
        line: message.line,
        column: message.column,
        rule: message.ruleId ?? (message.fatal === true ? 'parse-error' : 'unknown'),
        message: message.message,
      })),
    ),
    fixed: new Map(results.map((result) => [result.filePath, applyOnePass(readFileSync(result.filePath, 'utf8'), result.messages)])),
  };
}

interface OxlintDiagnostic {
  readonly message: string;
  readonly code?: string;
  readonly filename: string;
  readonly labels?: readonly { readonly span: { readonly offset: number; readonly line: number; readonly column: number } }[];
}

function oxlint(cwd: string, args: readonly string[]): string {
  const result = spawnSync(process.execPath, [oxlintBin, '-c', '.oxlintrc.json', ...args, '.'], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // 1: findings were reported. Anything else: oxlint itself failed.
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`oxlint exited with ${String(result.status)}: ${result.stderr}${result.stdout.slice(0, 2000)}`);
  }
  return result.stdout;
}

/**
 * ESLint's line and column (1-based, in UTF-16 code units) of a UTF-8 byte
 * offset: oxlint's JSON reporter counts its columns in bytes, so after a
 * non-ASCII character on the line they drift from ESLint's; the byte offset
 * it also gives is exact.
 */
function positionOfByteOffset(text: Buffer, offset: number): { line: number; column: number } {
  const before = text.subarray(0, offset).toString('utf8');
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'), before.lastIndexOf('\u2028'), before.lastIndexOf('\u2029')) + 1;
  const lines = before.split(/\r\n|[\r\n\u2028\u2029]/).length;
  return { line: lines, column: before.length - lineStart + 1 };
}

function lintWithOxlint(corpus: string, runDir: string): Finding[] {
  const { diagnostics } = JSON.parse(oxlint(runDir, ['-f', 'json'])) as { diagnostics: readonly OxlintDiagnostic[] };
  const texts = new Map<string, Buffer>();
  return diagnostics.map((diagnostic) => {
    const file = path.join(runDir, diagnostic.filename);
    const span = diagnostic.labels?.[0]?.span;
    let text = texts.get(file);
    if (text === undefined) {
      text = readFileSync(file);
      texts.set(file, text);
    }
    const { line, column } = span === undefined ? { line: 0, column: 0 } : positionOfByteOffset(text, span.offset);
    // oxlint names a plugin rule `plugin(rule)`; ESLint `plugin/rule`.
    const rule = /^([^()]+)\((.+)\)$/.exec(diagnostic.code ?? '');
    return {
      file: relative(corpus, file),
      line,
      column,
      rule: rule === null ? (diagnostic.code ?? 'unknown') : `${rule[1] ?? ''}/${rule[2] ?? ''}`,
      message: diagnostic.message,
    };
  });
}

/** `oxlint --fix` on a copy of the run; the text of each file afterwards, by its path in the run. */
function fixWithOxlint(runDir: string, files: Iterable<string>): Map<string, string> {
  const copy = `${runDir}-fixed`;
  cpSync(runDir, copy, { recursive: true });
  oxlint(copy, ['--fix', '--silent']);
  return new Map([...files].map((file) => [file, readFileSync(path.join(copy, path.relative(runDir, file)), 'utf8')]));
}

const firstLine = (error: unknown): string => (error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error));

/** Builds the corpus, lints it with both, and returns both sets of findings and the fix differences. */
export async function checkParity(options: CorpusOptions): Promise<ParityResult> {
  const { default: plugin } = (await import(pathToFileURL(builtPlugin).href)) as PluginModule;
  const runs = buildCorpus(plugin, collectRuleCases(), options);
  const corpus = mkdtempSync(path.join(os.tmpdir(), 'licensespring-oxlint-'));
  try {
    const eslintFindings: Finding[] = [];
    const oxlintFindings: Finding[] = [];
    const fixDifferences: FixDifference[] = [];
    const failures: string[] = [];
    let fixedFiles = 0;
    for (const run of runs) {
      const runDir = writeRun(corpus, run);
      const settings = JSON.stringify(run.settings ?? null);
      try {
        const eslint = await lintWithESLint(corpus, runDir, run, plugin);
        eslintFindings.push(...eslint.findings);
        const oxlintFixed = fixWithOxlint(runDir, eslint.fixed.keys());
        for (const [file, fixed] of eslint.fixed) {
          const source = readFileSync(file, 'utf8');
          fixedFiles += fixed === source ? 0 : 1;
          const byOxlint = oxlintFixed.get(file) ?? source;
          if (byOxlint !== fixed) {
            fixDifferences.push({ file: relative(corpus, file), source, eslint: fixed, oxlint: byOxlint });
          }
        }
      } catch (error) {
        failures.push(`ESLint, settings ${settings}: ${firstLine(error)}`);
      }
      try {
        oxlintFindings.push(...lintWithOxlint(corpus, runDir));
      } catch (error) {
        failures.push(`oxlint, settings ${settings}: ${firstLine(error)}`);
      }
    }
    const files = runs.reduce((sum, run) => sum + run.parts.reduce((count, part) => count + part.files.size, 0), 0);
    return { files, runs: runs.length, eslint: eslintFindings, oxlint: oxlintFindings, fixedFiles, fixDifferences, failures };
  } finally {
    rmSync(corpus, { recursive: true, force: true });
  }
}

export const findingKey = ({ file, line, column, rule, message }: Finding): string =>
  `${file}:${String(line)}:${String(column)} ${rule}: ${message}`;
