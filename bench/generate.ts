/**
 * Generates the benchmark corpus: a seeded, realistic TypeScript project and
 * the same code stripped to JavaScript for the untyped configuration.
 *
 *   npx tsx bench/generate.ts [--files 400] [--seed 1] [--out bench/corpus-400-1]
 *
 * Same seed, same bytes. File `i` depends only on the seed and `i`, so a
 * larger corpus starts with the files of a smaller one: scaling runs compare
 * like with like.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import ts from 'typescript';

import { licenseBlocks, ordinaryBlocks } from './generator/blocks.js';
import { Imports } from './generator/imports.js';
import { createRandom, deriveSeed } from './generator/random.js';
import { sharedFiles } from './generator/shared.js';

export interface CorpusOptions {
  readonly files: number;
  readonly seed: number;
  /** Defaults to `bench/corpus-<files>-<seed>`. It must stay inside this package, so the corpus resolves `eslint-plugin-licensespring/types` by self-reference. */
  readonly out?: string;
}

export interface Corpus {
  readonly dir: string;
  /** Paths relative to `dir`, `/`-separated, sorted. */
  readonly tsFiles: readonly string[];
  readonly jsFiles: readonly string[];
  readonly lines: number;
}

const benchDir = import.meta.dirname;
const areas = ['billing', 'licenses', 'devices', 'users', 'orders', 'features', 'reports', 'sync'];
const roles = ['service', 'handlers', 'store', 'mapper', 'client', 'policy', 'view-model', 'jobs'];
/** Share of blocks that handle License API errors; the rest is ordinary code. */
const licenseShare = 0.3;

export const corpusTsconfig = {
  compilerOptions: {
    target: 'es2022',
    lib: ['es2022'],
    module: 'nodenext',
    moduleResolution: 'nodenext',
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  },
  include: ['src'],
};

export function defaultCorpusDir(files: number, seed: number): string {
  return path.join(benchDir, `corpus-${String(files)}-${String(seed)}`);
}

/** The generated sources, by path relative to the corpus root. */
export function generateSources({ files, seed }: Pick<CorpusOptions, 'files' | 'seed'>): Map<string, string> {
  const sources = new Map<string, string>(Object.entries(sharedFiles));
  const modulePaths: string[] = [];
  for (let index = 0; index < files; index++) {
    const random = createRandom(deriveSeed(seed, index));
    const area = random.pick(areas);
    const modulePath = `src/modules/${area}/${random.pick(roles)}-${String(index)}.ts`;
    const imports = new Imports();
    const body: string[] = [];
    const targetLines = random.int(100, 300);
    for (let block = 0; body.length < targetLines; block++) {
      const blocks = random.chance(licenseShare) ? licenseBlocks : ordinaryBlocks;
      body.push(...random.pick(blocks)({ random, id: `${String(index)}_${String(block)}`, imports }), '');
    }
    const dependency = index > 0 && random.chance(0.6) ? random.int(Math.max(0, index - 25), index - 1) : undefined;
    if (dependency !== undefined) {
      const target = modulePaths[dependency] ?? '';
      const relative = path.posix.relative(path.posix.dirname(modulePath), target).replace(/\.ts$/, '.js');
      imports.value(relative.startsWith('.') ? relative : `./${relative}`, `moduleInfo${String(dependency)}`);
      body.push(`export const dependsOn${String(index)} = [moduleInfo${String(dependency)}.name] as const;`, '');
    }
    body.push(
      `export const moduleInfo${String(index)} = { name: '${area}/${String(index)}', lines: ${String(body.length)} } as const;`,
    );
    sources.set(modulePath, [...imports.print(), '', ...body].join('\n') + '\n');
    modulePaths.push(modulePath);
  }
  return sources;
}

/** The same module without types, as a JavaScript project would have it. */
export function stripTypes(source: string, fileName: string): string {
  return ts.transpileModule(source, {
    fileName,
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, removeComments: false },
  }).outputText;
}

export function generateCorpus(options: CorpusOptions): Corpus {
  const dir = path.resolve(options.out ?? defaultCorpusDir(options.files, options.seed));
  const sources = generateSources(options);
  rmSync(dir, { recursive: true, force: true });
  const write = (relative: string, text: string): void => {
    const file = path.join(dir, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  };
  write('tsconfig.json', JSON.stringify(corpusTsconfig, undefined, 2) + '\n');
  const tsFiles: string[] = [];
  const jsFiles: string[] = [];
  let lines = 0;
  for (const [relative, source] of sources) {
    const jsRelative = `js/${relative.replace(/\.ts$/, '.js')}`;
    write(relative, source);
    write(jsRelative, stripTypes(source, relative));
    tsFiles.push(relative);
    jsFiles.push(jsRelative);
    lines += source.split('\n').length - 1;
  }
  return { dir, tsFiles: tsFiles.sort(), jsFiles: jsFiles.sort(), lines };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      files: { type: 'string', default: '400' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
    },
  });
  const corpus = generateCorpus({
    files: Number(values.files),
    seed: Number(values.seed),
    ...(values.out === undefined ? {} : { out: values.out }),
  });
  process.stdout.write(
    `${corpus.dir}: ${String(corpus.tsFiles.length)} TypeScript files (${String(corpus.lines)} lines) and their JavaScript twins\n`,
  );
}

if (import.meta.filename === process.argv[1]) {
  main();
}
