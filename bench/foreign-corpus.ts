/**
 * What the plugin costs on code that is not License API code: lints the
 * foreign-code corpus (tests/foreign-corpus/) untyped, once with `@eslint/js`
 * recommended alone (A) and once with the plugin's recommended added (B), in
 * this process, after one warm-up run of each, `--repeats` times in
 * alternating order, and prints medians: lint wall time, ESLint's per-rule
 * times (`stats: true`), the plugin's share of B's wall time, and the plugin's
 * cost per rule next to the average core rule's.
 *
 *   npm run bench:foreign
 *   npm run bench:foreign -- --repeats 5
 *
 * Loads the plugin from `dist/` by its package name, as a user's config does
 * (the npm script builds it first).
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

import js from '@eslint/js';
import type { Linter } from 'eslint';
import plugin from 'eslint-plugin-licensespring';

import type { CorpusLint } from '../scripts/foreign-corpus/lint-corpus.js';
import { lintCorpus, parserConfigs, pluginPrefix, unpackCorpus } from '../scripts/foreign-corpus/lint-corpus.js';
import type { Manifest } from '../scripts/foreign-corpus/manifest.js';
import { readManifest } from '../scripts/foreign-corpus/manifest.js';
import { median } from './run.js';

type RunName = 'A' | 'B';

interface Run {
  readonly files: number;
  readonly wallMs: number;
  readonly parseMs: number;
  readonly ruleMs: Readonly<Record<string, number>>;
}

const descriptions: Readonly<Record<RunName, string>> = {
  A: '@eslint/js recommended',
  B: '@eslint/js recommended + licensespring recommended',
};

function corpusLint(name: RunName, manifest: Manifest): CorpusLint {
  const rules: Linter.Config[] = name === 'A' ? [js.configs.recommended] : [js.configs.recommended, plugin.configs.recommended];
  return {
    patterns: ['.'],
    config: [{ linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' } }, ...parserConfigs(manifest), ...rules],
  };
}

async function measure(name: RunName, manifest: Manifest, dir: string): Promise<Run> {
  const start = performance.now();
  const { results, crashes } = await lintCorpus(corpusLint(name, manifest), dir, { stats: true });
  const wallMs = performance.now() - start;
  if (crashes.length > 0) {
    throw new Error(`${name}: rules threw on ${String(crashes.length)} files, first ${crashes[0]?.file ?? ''}: ${crashes[0]?.error ?? ''}`);
  }
  const ruleMs: Record<string, number> = {};
  let parseMs = 0;
  for (const pass of results.flatMap((result) => result.stats?.times.passes ?? [])) {
    parseMs += pass.parse?.total ?? 0;
    for (const [rule, { total }] of Object.entries(pass.rules ?? {})) {
      ruleMs[rule] = (ruleMs[rule] ?? 0) + total;
    }
  }
  return { files: results.length, wallMs, parseMs, ruleMs };
}

const isPluginRule = (rule: string): boolean => rule.startsWith(pluginPrefix);
const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);
const ms = (value: number): string => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
const percent = (value: number): string => `${(value * 100).toFixed(2)}%`;

/** Medians over runs of every figure the table shows. */
function summarize(runs: readonly Run[]) {
  const rules = [...new Set(runs.flatMap((run) => Object.keys(run.ruleMs)))].sort();
  const ruleMs = Object.fromEntries(rules.map((rule) => [rule, median(runs.map((run) => run.ruleMs[rule] ?? 0))]));
  const coreRules = rules.filter((rule) => !isPluginRule(rule));
  const pluginRules = rules.filter(isPluginRule);
  return {
    files: runs[0]?.files ?? 0,
    wallMs: median(runs.map((run) => run.wallMs)),
    parseMs: median(runs.map((run) => run.parseMs)),
    coreMs: median(runs.map((run) => sum(coreRules.map((rule) => run.ruleMs[rule] ?? 0)))),
    pluginMs: median(runs.map((run) => sum(pluginRules.map((rule) => run.ruleMs[rule] ?? 0)))),
    coreRules,
    pluginRules,
    ruleMs,
  };
}

function format(runs: ReadonlyMap<RunName, readonly Run[]>, repeats: number): string {
  const a = summarize(runs.get('A') ?? []);
  const b = summarize(runs.get('B') ?? []);
  const averageCore = b.coreMs / b.coreRules.length;
  const averagePlugin = b.pluginMs / b.pluginRules.length;
  return [
    `Foreign corpus, untyped: ${String(b.files)} files, median of ${String(repeats)} runs each (after one warm-up run each)`,
    '',
    '| Run | What | Lint wall | Parse | Core rules | Plugin rules |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    `| A | ${descriptions.A} | ${ms(a.wallMs)} | ${ms(a.parseMs)} | ${ms(a.coreMs)} | - |`,
    `| B | ${descriptions.B} | ${ms(b.wallMs)} | ${ms(b.parseMs)} | ${ms(b.coreMs)} | ${ms(b.pluginMs)} |`,
    '',
    '| Figure | Value |',
    '| --- | ---: |',
    `| Plugin share of B's lint wall: plugin rule time / lint wall | ${percent(b.pluginMs / b.wallMs)} |`,
    `| Wall difference (B - A) / A (indicative: run-to-run noise is of the same order) | ${percent((b.wallMs - a.wallMs) / a.wallMs)} |`,
    `| Average core rule in B (${String(b.coreRules.length)} rules) | ${ms(averageCore)} |`,
    `| Average plugin rule in B (${String(b.pluginRules.length)} rules) | ${ms(averagePlugin)} |`,
    `| Plugin rule / core rule | ${(averagePlugin / averageCore).toFixed(2)}x |`,
    `| Plugin time per file | ${(b.pluginMs / b.files).toFixed(3)} ms |`,
    '',
    '| Plugin rule (B) | Time |',
    '| --- | ---: |',
    ...b.pluginRules.map((rule) => `| ${rule} | ${ms(b.ruleMs[rule] ?? 0)} |`),
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { repeats: { type: 'string', default: '3' } } });
  const repeats = Number(values.repeats);
  const manifest = readManifest();
  const corpus = unpackCorpus();
  try {
    const order: readonly RunName[] = ['A', 'B'];
    for (const name of order) {
      console.error(`warm-up ${name}: ${ms((await measure(name, manifest, corpus.dir)).wallMs)}`);
    }
    const runs = new Map<RunName, Run[]>(order.map((name) => [name, []]));
    for (let repeat = 0; repeat < repeats; repeat++) {
      // Alternate the order, so that a drift in machine load does not favour one run.
      for (const name of repeat % 2 === 0 ? order : [...order].reverse()) {
        const run = await measure(name, manifest, corpus.dir);
        runs.get(name)?.push(run);
        console.error(`run ${String(repeat + 1)}/${String(repeats)} ${name}: ${ms(run.wallMs)}`);
      }
    }
    console.log(format(runs, repeats));
  } finally {
    corpus.remove();
  }
}

await main();
