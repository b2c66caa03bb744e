/**
 * Profiles one configuration with `node --cpu-prof` and says where the
 * plugin's time goes: per rule, per plugin function (inclusive), and how much
 * of it is the TypeScript checker working for the plugin.
 *
 *   npx tsx bench/profile.ts [--config C] [--files 100] [--seed 1] [--top 20]
 *
 * Needs `npm run build` first. The profile is kept in bench/results/profiles/
 * for Chrome DevTools or speedscope. `BENCH_PLUGIN=/path/to/index.js`
 * profiles another build of the plugin (see lint-child.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { defaultCorpusDir, generateCorpus } from './generate.js';
import { compileChild } from './run.js';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

const benchDir = import.meta.dirname;
/** Where the plugin's code lives: `dist/`, or the build `BENCH_PLUGIN` names. */
const pluginOverride = process.env['BENCH_PLUGIN'];
const pluginDir = `${pluginOverride === undefined ? path.join(benchDir, '..', 'dist') : path.dirname(path.resolve(pluginOverride))}${path.sep}`;

function frameName(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.replace(/^file:\/\//, '').replace(pluginDir, 'dist/');
  return `${functionName || '(anonymous)'} ${file}:${String(lineNumber + 1)}`;
}

const isPlugin = (node: ProfileNode): boolean => node.callFrame.url.replace(/^file:\/\//, '').startsWith(pluginDir);

/** `dist/rules/no-magic-status/x.js` and `dist/rules/no-magic-status.js` both belong to `no-magic-status`; utils to `utils`. */
function ruleOf(node: ProfileNode): string {
  const relative = node.callFrame.url.replace(/^file:\/\//, '').slice(pluginDir.length);
  const [, first = 'other'] = relative.split('/');
  return first.replace(/\.js$/, '');
}

export function analyze(profile: CpuProfile, top: number): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) {
      parent.set(child, node.id);
    }
  }
  const total = profile.timeDeltas.reduce((sum, delta) => sum + delta, 0) / 1000;
  const perRule = new Map<string, { all: number; checker: number }>();
  const perFunction = new Map<string, number>();
  let plugin = 0;
  profile.samples.forEach((sample, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    const stack: ProfileNode[] = [];
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
      const node = byId.get(id);
      if (node !== undefined) {
        stack.push(node);
      }
    }
    // The outermost plugin frame is the rule ESLint called; everything above it, checker included, is that rule's cost.
    const outermost = stack.findLast(isPlugin);
    if (outermost === undefined) {
      return;
    }
    plugin += ms;
    const innermostPlugin = stack.findIndex(isPlugin);
    const inChecker = stack.slice(0, innermostPlugin).some((node) => node.callFrame.url.includes('/typescript/lib/'));
    const rule = perRule.get(ruleOf(outermost)) ?? { all: 0, checker: 0 };
    rule.all += ms;
    rule.checker += inChecker ? ms : 0;
    perRule.set(ruleOf(outermost), rule);
    for (const name of new Set(stack.filter(isPlugin).map(frameName))) {
      perFunction.set(name, (perFunction.get(name) ?? 0) + ms);
    }
  });
  const lines = [
    `Profile: ${total.toFixed(0)} ms sampled; plugin code and what it calls: ${plugin.toFixed(0)} ms (${((plugin / total) * 100).toFixed(1)}%)`,
    '',
    '| Rule (outermost plugin frame) | Inclusive | of which in the TypeScript checker |',
    '| --- | ---: | ---: |',
    ...[...perRule]
      .sort(([, left], [, right]) => right.all - left.all)
      .map(([rule, { all, checker }]) => `| ${rule} | ${all.toFixed(0)} ms | ${checker.toFixed(0)} ms |`),
    '',
    '| Plugin function | Inclusive |',
    '| --- | ---: |',
    ...[...perFunction]
      .sort(([, left], [, right]) => right - left)
      .slice(0, top)
      .map(([name, ms]) => `| ${name} | ${ms.toFixed(0)} ms |`),
  ];
  return lines.join('\n');
}

function main(): void {
  const { values } = parseArgs({
    options: {
      config: { type: 'string', default: 'C' },
      files: { type: 'string', default: '100' },
      seed: { type: 'string', default: '1' },
      top: { type: 'string', default: '20' },
    },
  });
  const files = Number(values.files);
  const seed = Number(values.seed);
  const corpus = generateCorpus({ files, seed, out: defaultCorpusDir(files, seed) });
  const child = compileChild();
  const profiles = path.join(benchDir, 'results', 'profiles', values.config);
  rmSync(profiles, { recursive: true, force: true });
  mkdirSync(profiles, { recursive: true });
  execFileSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', profiles, child, values.config, corpus.dir], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const [file] = readdirSync(profiles).filter((name) => name.endsWith('.cpuprofile'));
  if (file === undefined) {
    throw new Error('node --cpu-prof wrote no profile');
  }
  const profile = JSON.parse(readFileSync(path.join(profiles, file), 'utf8')) as CpuProfile;
  process.stdout.write(`Config ${values.config}, ${String(corpus.tsFiles.length)} files; profile ${path.join(profiles, file)}\n\n${analyze(profile, Number(values.top))}\n`);
}

if (import.meta.filename === process.argv[1]) {
  main();
}
