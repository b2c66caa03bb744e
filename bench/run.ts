/**
 * The benchmark: lints the generated corpus with five configurations, each
 * measurement in a fresh Node process, repeats in alternating order, and
 * prints markdown tables and the ratios docs/performance.md reports.
 *
 *   npm run bench          # 400 files x 3 repeats, then 100 / 400 / 1600 files for scaling (configs C and E)
 *   npm run bench:quick    # 30 files, 1 repeat, no scaling
 *   npx tsx bench/run.ts --files 400 --seed 1 --repeats 3 --configs A,B,C,D,E --scale 100,400,1600
 *     [--scale-configs C,E] [--scale-repeats <repeats>] [--corpus dir] [--out bench/results/latest.md] [--skip-types]
 *
 * Needs `npm run build` first: the child loads the plugin from `dist/` by its
 * package name, as a user's config does.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

import ts from 'typescript';

import { defaultCorpusDir, generateCorpus } from './generate.js';
import type { ChildMeasurement, ConfigName } from './lint-child.js';
import { formatTypesCost, measureTypesCost, typesCaseSources } from './types/types-cost.js';
import type { TypesCase } from './types/types-cost.js';

export const configDescriptions: Readonly<Record<ConfigName, string>> = {
  A: 'typed parser (projectService), no rules',
  B: 'A + @typescript-eslint/switch-exhaustiveness-check',
  C: 'A + licensespring recommended',
  D: 'A + licensespring strict',
  E: 'espree on the JS twin + licensespring recommended',
  F: 'A + typescript-eslint recommendedTypeChecked (a usual typed lint)',
  G: 'F + licensespring recommended',
  H: 'espree on the JS twin + @eslint/js recommended (a usual untyped lint)',
  I: 'H + licensespring recommended',
};

const allConfigs = Object.keys(configDescriptions) as ConfigName[];
const pluginConfigs: readonly ConfigName[] = ['C', 'D', 'E', 'G', 'I'];
const benchDir = import.meta.dirname;
const resultsDir = path.join(benchDir, 'results');
const pluginPrefix = 'licensespring/';
const switchRule = '@typescript-eslint/switch-exhaustiveness-check';

export interface Measurement extends ChildMeasurement {
  /** Spawn to exit of the child, including Node and module start-up. */
  readonly processMs: number;
}

export interface Summary {
  readonly config: ConfigName;
  readonly files: number;
  readonly runs: number;
  readonly lintMs: number;
  readonly processMs: number;
  readonly parseMs: number;
  readonly pluginMs: number;
  /** Every other rule together. */
  readonly otherMs: number;
  readonly switchMs: number;
  /**
   * The plugin's and switch-exhaustiveness-check's time in each round, in
   * order: one round runs every config once, so a ratio per round compares
   * runs made minutes apart, not the whole benchmark's drift.
   */
  readonly pluginMsByRound: readonly number[];
  readonly switchMsByRound: readonly number[];
  readonly ruleMs: Readonly<Record<string, number>>;
  readonly maxRssMiB: number;
  readonly problems: number;
}

/** Compiles the child to plain JavaScript inside this package, so it resolves `eslint-plugin-licensespring` by self-reference. */
export function compileChild(): string {
  mkdirSync(resultsDir, { recursive: true });
  const source = readFileSync(path.join(benchDir, 'lint-child.ts'), 'utf8');
  const output = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: true },
  }).outputText;
  const file = path.join(resultsDir, 'lint-child.mjs');
  writeFileSync(file, output);
  return file;
}

export function runChild(child: string, config: ConfigName, corpus: string): Measurement {
  const start = performance.now();
  const stdout = execFileSync(process.execPath, [child, config, corpus], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const processMs = performance.now() - start;
  const last = stdout.trim().split('\n').at(-1) ?? '';
  return { ...(JSON.parse(last) as ChildMeasurement), processMs };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const ruleTotal = (ruleMs: Readonly<Record<string, number>>): number =>
  Object.values(ruleMs).reduce((sum, ms) => sum + ms, 0);

const pluginTotal = (ruleMs: Readonly<Record<string, number>>): number =>
  Object.entries(ruleMs)
    .filter(([rule]) => rule.startsWith(pluginPrefix))
    .reduce((sum, [, ms]) => sum + ms, 0);

export function summarize(config: ConfigName, runs: readonly Measurement[]): Summary {
  const rules = [...new Set(runs.flatMap((run) => Object.keys(run.ruleMs)))].sort();
  const first = runs[0];
  return {
    config,
    files: first?.files ?? 0,
    runs: runs.length,
    lintMs: median(runs.map((run) => run.lintMs)),
    processMs: median(runs.map((run) => run.processMs)),
    parseMs: median(runs.map((run) => run.parseMs)),
    pluginMs: median(runs.map((run) => pluginTotal(run.ruleMs))),
    otherMs: median(runs.map((run) => ruleTotal(run.ruleMs) - pluginTotal(run.ruleMs))),
    switchMs: median(runs.map((run) => run.ruleMs[switchRule] ?? 0)),
    pluginMsByRound: runs.map((run) => pluginTotal(run.ruleMs)),
    switchMsByRound: runs.map((run) => run.ruleMs[switchRule] ?? 0),
    ruleMs: Object.fromEntries(rules.map((rule) => [rule, median(runs.map((run) => run.ruleMs[rule] ?? 0))])),
    maxRssMiB: Math.max(...runs.map((run) => run.maxRssMiB)),
    problems: first?.problems ?? 0,
  };
}

/** Runs every config `repeats` times, forwards then backwards, so drift in machine load does not favour one config. */
export function measureConfigs(
  child: string,
  corpus: string,
  configs: readonly ConfigName[],
  repeats: number,
  log: (line: string) => void,
): Map<ConfigName, Summary> {
  const runs = new Map<ConfigName, Measurement[]>(configs.map((config) => [config, []]));
  for (let repeat = 0; repeat < repeats; repeat++) {
    const order = repeat % 2 === 0 ? configs : [...configs].reverse();
    for (const config of order) {
      const measurement = runChild(child, config, corpus);
      if (measurement.fatal > 0) {
        throw new Error(`Config ${config}: ${String(measurement.fatal)} files failed to parse`);
      }
      runs.get(config)?.push(measurement);
      log(
        `  run ${String(repeat + 1)}/${String(repeats)} ${config}: lint ${ms(measurement.lintMs)}, plugin rules ${ms(pluginTotal(measurement.ruleMs))}`,
      );
    }
  }
  return new Map([...runs].map(([config, measurements]) => [config, summarize(config, measurements)]));
}

const ms = (value: number): string => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
const fixed = (value: number, digits = 1): string => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const percent = (value: number): string => `${fixed(value * 100, 2)}%`;
const verdict = (holds: boolean): string => (holds ? 'holds' : '**missed**');

export function formatMain(summaries: ReadonlyMap<ConfigName, Summary>): string {
  const lines = [
    '| Config | What | Files | Lint wall (median) | Process wall | Parse | Plugin rules | Other rules | Peak RSS | Problems |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const summary of summaries.values()) {
    lines.push(
      `| ${summary.config} | ${configDescriptions[summary.config]} | ${String(summary.files)} | ${ms(summary.lintMs)} | ${ms(summary.processMs)} | ${ms(summary.parseMs)} | ${pluginConfigs.includes(summary.config) ? ms(summary.pluginMs) : '-'} | ${summary.otherMs > 0 ? ms(summary.otherMs) : '-'} | ${fixed(summary.maxRssMiB, 0)} MiB | ${String(summary.problems)} |`,
    );
  }
  const pluginRules = [...new Set([...summaries.values()].flatMap((summary) => Object.keys(summary.ruleMs)))]
    .filter((rule) => rule.startsWith(pluginPrefix))
    .sort();
  const withPlugin = [...summaries.values()].filter((summary) => pluginConfigs.includes(summary.config));
  if (pluginRules.length > 0) {
    lines.push(
      '',
      `| Rule (median time, sum over files) | ${withPlugin.map((summary) => summary.config).join(' | ')} |`,
      `| --- | ${withPlugin.map(() => '---:').join(' | ')} |`,
      ...pluginRules.map(
        (rule) => `| ${rule} | ${withPlugin.map((summary) => ms(summary.ruleMs[rule] ?? 0)).join(' | ')} |`,
      ),
    );
  }
  return lines.join('\n');
}

export function formatRatios(summaries: ReadonlyMap<ConfigName, Summary>): string {
  const get = (config: ConfigName): Summary | undefined => summaries.get(config);
  const lines = ['| Ratio | Value | Target | Verdict |', '| --- | ---: | ---: | --- |'];
  const switchCheck = get('B');
  for (const config of ['C', 'D'] as const) {
    const summary = get(config);
    if (switchCheck !== undefined && summary !== undefined) {
      const ratio = summary.pluginMs / switchCheck.switchMs;
      // One ratio moves by several hundredths between runs on a shared machine: the rounds show how far.
      const byRound = summary.pluginMsByRound.map((pluginMs, round) => pluginMs / (switchCheck.switchMsByRound[round] ?? Number.NaN));
      const spread =
        byRound.length > 1
          ? ` (by round: median ${fixed(median(byRound), 2)}x, ${fixed(Math.min(...byRound), 2)}x to ${fixed(Math.max(...byRound), 2)}x)`
          : '';
      lines.push(
        `| Plugin rule time (${config}) / switch-exhaustiveness-check rule time (B) | ${fixed(ratio, 2)}x${spread} | <= 0.5x | ${verdict(ratio <= 0.5)} |`,
      );
    }
  }
  const share = (config: ConfigName, what: string): void => {
    const summary = get(config);
    if (summary !== undefined) {
      const value = summary.pluginMs / summary.lintMs;
      lines.push(`| Plugin share of ${what}: rule time / lint wall (${config}) | ${percent(value)} | <= 2% | ${verdict(value <= 0.02)} |`);
    }
  };
  const added = (config: ConfigName, base: ConfigName): void => {
    const summary = get(config);
    const baseline = get(base);
    if (summary !== undefined && baseline !== undefined) {
      lines.push(`| Lint wall added, (${config} - ${base}) / ${base}; noisy, includes run-to-run variance | ${percent((summary.lintMs - baseline.lintMs) / baseline.lintMs)} | (informative) | |`);
    }
  };
  share('C', 'typed lint wall, plugin alone');
  share('D', 'typed lint wall, plugin alone (strict)');
  added('C', 'A');
  share('G', 'a usual typed lint');
  added('G', 'F');
  share('E', 'untyped lint wall, plugin alone');
  share('I', 'a usual untyped lint');
  added('I', 'H');
  return lines.join('\n');
}

export function formatScaling(rows: readonly Summary[]): string {
  const lines = [
    '| Config | Files | Runs | Lint wall | Plugin rules | Plugin per file | Lint wall per file | Peak RSS |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (row) =>
        `| ${row.config} | ${String(row.files)} | ${String(row.runs)} | ${ms(row.lintMs)} | ${ms(row.pluginMs)} | ${fixed((row.pluginMs / row.files) * 1000, 0)} µs | ${fixed(row.lintMs / row.files, 1)} ms | ${fixed(row.maxRssMiB, 0)} MiB |`,
    ),
  ];
  for (const config of new Set(rows.map((row) => row.config))) {
    const ofConfig = rows.filter((row) => row.config === config).sort((left, right) => left.files - right.files);
    const smallest = ofConfig[0];
    const largest = ofConfig.at(-1);
    if (smallest !== undefined && largest !== undefined && smallest !== largest) {
      const growth = largest.pluginMs / largest.files / (smallest.pluginMs / smallest.files);
      lines.push(
        '',
        `Config ${config}: plugin time per file at ${String(largest.files)} files / at ${String(smallest.files)} files = ${fixed(growth, 2)}x (target <= 1.2x: ${verdict(growth <= 1.2)})`,
      );
    }
  }
  return lines.join('\n');
}

export function environment(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const versionOf = (name: string): string => {
    try {
      return (JSON.parse(readFileSync(path.join(benchDir, '..', 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      return 'not installed';
    }
  };
  return [
    `Machine: ${String(os.availableParallelism())} CPUs (${cpu}), ${fixed(os.totalmem() / 2 ** 30, 1)} GiB RAM, load average ${os.loadavg().map((load) => fixed(load, 2)).join(' ')}`,
    `Node ${process.version}, ESLint ${versionOf('eslint')}, typescript-eslint ${versionOf('typescript-eslint')}, TypeScript ${versionOf('typescript')}`,
  ].join('\n');
}

function parseConfigs(value: string): ConfigName[] {
  const configs = value.split(',').map((config) => config.trim().toUpperCase());
  for (const config of configs) {
    if (!allConfigs.includes(config as ConfigName)) {
      throw new Error(`Unknown config ${config}; use some of ${allConfigs.join(',')}`);
    }
  }
  return configs as ConfigName[];
}

function main(): void {
  const { values } = parseArgs({
    options: {
      files: { type: 'string', default: '400' },
      seed: { type: 'string', default: '1' },
      repeats: { type: 'string', default: '3' },
      configs: { type: 'string', default: allConfigs.join(',') },
      scale: { type: 'string', default: '100,400,1600' },
      'scale-configs': { type: 'string', default: 'C,E' },
      'scale-repeats': { type: 'string' },
      corpus: { type: 'string' },
      out: { type: 'string', default: path.join(resultsDir, 'latest.md') },
      'skip-types': { type: 'boolean', default: false },
    },
  });
  const files = Number(values.files);
  const seed = Number(values.seed);
  const repeats = Number(values.repeats);
  const log = (line: string): void => {
    process.stderr.write(`${line}\n`);
  };
  const child = compileChild();
  const output: string[] = [environment(), ''];

  const corpus = generateCorpus({ files, seed, out: values.corpus ?? defaultCorpusDir(files, seed) });
  log(`Corpus ${corpus.dir}: ${String(corpus.tsFiles.length)} files, ${String(corpus.lines)} lines`);
  const summaries = measureConfigs(child, corpus.dir, parseConfigs(values.configs), repeats, log);
  output.push(
    `## ${String(corpus.tsFiles.length)} files (${String(corpus.lines)} lines), seed ${String(seed)}, median of ${String(repeats)} runs per config`,
    '',
    formatMain(summaries),
    '',
    formatRatios(summaries),
  );

  const sizes = values.scale === 'none' ? [] : values.scale.split(',').map(Number);
  if (sizes.length > 0) {
    const scaleConfigs = parseConfigs(values['scale-configs']);
    const rows: Summary[] = [];
    for (const size of sizes) {
      const scaled = size === files && values.corpus === undefined ? corpus : generateCorpus({ files: size, seed });
      log(`Scaling corpus ${scaled.dir}: ${String(scaled.tsFiles.length)} files`);
      const reuse = size === files ? scaleConfigs.filter((config) => summaries.has(config)) : [];
      rows.push(...reuse.map((config) => summaries.get(config)).filter((summary) => summary !== undefined));
      const fresh = scaleConfigs.filter((config) => !reuse.includes(config));
      rows.push(...measureConfigs(child, scaled.dir, fresh, Number(values['scale-repeats'] ?? values.repeats), log).values());
    }
    output.push('', `## Scaling (seed ${String(seed)}; each larger corpus starts with the files of the smaller ones)`, '', formatScaling(rows));
  }

  if (!values['skip-types']) {
    log('Type-checking the types cases with tsc --extendedDiagnostics');
    const cases = Object.keys(typesCaseSources) as TypesCase[];
    output.push('', '## Types cost (tsc --extendedDiagnostics)', '', formatTypesCost(new Map(cases.map((name) => [name, measureTypesCost(name)]))));
  }

  const text = output.join('\n') + '\n';
  writeFileSync(values.out, text);
  process.stdout.write(text);
}

if (import.meta.filename === process.argv[1]) {
  main();
}
