/**
 * oxlint against ESLint on the benchmark corpus's JavaScript twin (`js/`),
 * untyped, with the plugin's `recommended` rules, each run in a fresh
 * process, repeats in alternating order, medians reported:
 *
 * - E: ESLint, espree, licensespring `recommended` (bench/lint-child.ts);
 * - H, I: ESLint with `@eslint/js` `recommended`, without and with the plugin;
 * - OX0: oxlint with every rule off (start-up, file walk, parsing);
 * - OXP: oxlint with only the plugin's rules, through `jsPlugins`;
 * - OXN, OXNP: oxlint's default rules (`correctness`), without and with the plugin.
 *
 * The corpus is generated outside the package: oxlint skips git-ignored
 * folders such as bench/corpus-*, even with `--no-ignore`, and the untyped
 * lint resolves no imports.
 * Every oxlint run uses oxlint's default threads (one per CPU) and, with
 * `--single-thread`, also `--threads 1`, to compare with ESLint's one thread.
 *
 *   npm run build && npx tsx bench/oxlint.ts [--files 400] [--seed 1] [--repeats 5] [--out bench/results/oxlint.md]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

import type { Linter } from 'eslint';

import { generateCorpus } from './generate.js';
import type { ConfigName } from './lint-child.js';
import { compileChild, environment, median, runChild } from './run.js';

const root = path.join(import.meta.dirname, '..');
const builtPlugin = path.join(root, 'dist', 'index.js');
const oxlintBin = path.join(root, 'node_modules', 'oxlint', 'bin', 'oxlint');

type OxlintConfig = 'OX0' | 'OXP' | 'OXN' | 'OXNP';
type Config = ConfigName | OxlintConfig | `${OxlintConfig}-1`;

const descriptions: Readonly<Record<string, string>> = {
  E: 'ESLint: espree + licensespring recommended',
  H: 'ESLint: espree + @eslint/js recommended (a usual untyped lint)',
  I: 'ESLint: H + licensespring recommended',
  OX0: 'oxlint: every rule off',
  OXP: 'oxlint: licensespring recommended as a JS plugin, nothing else',
  OXN: "oxlint: its default rules ('correctness')",
  OXNP: 'oxlint: OXN + licensespring recommended as a JS plugin',
};

const describe = (config: Config): string => {
  const single = config.endsWith('-1');
  const base = single ? config.slice(0, -2) : config;
  return `${descriptions[base] ?? base}${single ? ', 1 thread' : ''}`;
};

interface Sample {
  readonly processMs: number;
  readonly problems: number;
}

/** Writes the oxlint configs next to the corpus (generated, ignored by git). */
function writeOxlintConfigs(corpus: string, pluginRules: NonNullable<Linter.Config['rules']>): void {
  const allOff = Object.fromEntries(['correctness', 'suspicious', 'pedantic', 'perf', 'style', 'restriction', 'nursery'].map((category) => [category, 'off']));
  const configs: Readonly<Record<OxlintConfig, object>> = {
    OX0: { plugins: [], categories: allOff, rules: {} },
    OXP: { plugins: [], categories: allOff, jsPlugins: [builtPlugin], rules: pluginRules },
    OXN: {},
    OXNP: { jsPlugins: [builtPlugin], rules: pluginRules },
  };
  for (const [name, config] of Object.entries(configs)) {
    writeFileSync(path.join(corpus, `oxlintrc.${name}.json`), `${JSON.stringify(config, null, 2)}\n`);
  }
}

function runOxlint(corpus: string, config: OxlintConfig, threads: number | undefined): Sample {
  const start = performance.now();
  const result = spawnSync(
    process.execPath,
    [oxlintBin, '-c', `oxlintrc.${config}.json`, '-f', 'json', ...(threads === undefined ? [] : ['--threads', String(threads)]), 'js'],
    { cwd: corpus, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  const processMs = performance.now() - start;
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`oxlint (${config}) exited with ${String(result.status)}: ${result.stderr}`);
  }
  const { diagnostics } = JSON.parse(result.stdout) as { diagnostics: readonly unknown[] };
  return { processMs, problems: diagnostics.length };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      files: { type: 'string', default: '400' },
      seed: { type: 'string', default: '1' },
      repeats: { type: 'string', default: '5' },
      'single-thread': { type: 'boolean', default: false },
      out: { type: 'string', default: path.join(import.meta.dirname, 'results', 'oxlint.md') },
    },
  });
  const files = Number(values.files);
  const seed = Number(values.seed);
  const repeats = Number(values.repeats);
  const log = (line: string): void => {
    process.stderr.write(`${line}\n`);
  };
  const child = compileChild();
  const corpus = generateCorpus({ files, seed, out: path.join(os.tmpdir(), `licensespring-oxlint-bench-${String(files)}-${String(seed)}`) });
  log(`Corpus ${corpus.dir}: ${String(corpus.jsFiles.length)} JavaScript files, ${String(corpus.lines)} lines`);
  {
    const { default: plugin } = (await import(pathToFileURL(builtPlugin).href)) as { default: { configs: { recommended: Linter.Config } } };
    writeOxlintConfigs(corpus.dir, plugin.configs.recommended.rules ?? {});
    const oxlintConfigs: OxlintConfig[] = ['OX0', 'OXP', 'OXN', 'OXNP'];
    const configs: Config[] = ['E', 'H', 'I', ...oxlintConfigs, ...(values['single-thread'] ? oxlintConfigs.map((config) => `${config}-1` as const) : [])];
    const samples = new Map<Config, Sample[]>(configs.map((config) => [config, []]));
    for (let repeat = 0; repeat < repeats; repeat++) {
      for (const config of repeat % 2 === 0 ? configs : [...configs].reverse()) {
        const single = config.endsWith('-1');
        const base = (single ? config.slice(0, -2) : config) as ConfigName | OxlintConfig;
        const sample = oxlintConfigs.includes(base as OxlintConfig)
          ? runOxlint(corpus.dir, base as OxlintConfig, single ? 1 : undefined)
          : (({ processMs, problems }) => ({ processMs, problems }))(runChild(child, base as ConfigName, corpus.dir));
        samples.get(config)?.push(sample);
        log(`  run ${String(repeat + 1)}/${String(repeats)} ${config}: ${sample.processMs.toFixed(0)} ms, ${String(sample.problems)} problems`);
      }
    }
    const medianOf = (config: Config): number => median((samples.get(config) ?? []).map((sample) => sample.processMs));
    const lines = [
      environment(),
      `oxlint ${(JSON.parse(readFileSync(path.join(root, 'node_modules', 'oxlint', 'package.json'), 'utf8')) as { version: string }).version}`,
      '',
      `## oxlint and ESLint, ${String(corpus.jsFiles.length)} JavaScript files (${String(corpus.lines)} lines before stripping types), seed ${String(seed)}, median of ${String(repeats)} runs`,
      '',
      '| Config | What | Process wall (median) | Problems |',
      '| --- | --- | ---: | ---: |',
      ...configs.map((config) => `| ${config} | ${describe(config)} | ${medianOf(config).toFixed(0)} ms | ${String(samples.get(config)?.[0]?.problems ?? 0)} |`),
      '',
      `- ESLint with the plugin alone (E) / oxlint with the plugin alone (OXP): ${(medianOf('E') / medianOf('OXP')).toFixed(2)}x`,
      `- oxlint time the plugin adds: OXP - OX0 = ${(medianOf('OXP') - medianOf('OX0')).toFixed(0)} ms; OXNP - OXN = ${(medianOf('OXNP') - medianOf('OXN')).toFixed(0)} ms`,
      `- ESLint time the plugin adds: I - H = ${(medianOf('I') - medianOf('H')).toFixed(0)} ms`,
    ];
    const text = `${lines.join('\n')}\n`;
    mkdirSync(path.dirname(values.out), { recursive: true });
    writeFileSync(values.out, text);
    process.stdout.write(text);
  }
}

if (import.meta.filename === process.argv[1]) {
  await main();
}
