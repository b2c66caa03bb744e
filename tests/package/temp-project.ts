/**
 * Temporary projects that use the plugin as a user installs it: the tarball
 * `npm pack` makes, unpacked into the project's `node_modules`, beside the
 * packages a scenario needs, linked from this repository's `node_modules` (so
 * no network). Packing does not build: run `npm run build` first.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const root = path.join(import.meta.dirname, '..', '..');
export const repoModules = path.join(root, 'node_modules');
export const pluginName = 'eslint-plugin-licensespring';

type UrlField = string | { readonly url?: string };

/** The fields of a package.json the tests read. */
export interface Manifest {
  readonly name: string;
  readonly version: string;
  readonly repository?: UrlField;
  readonly homepage?: string;
  readonly bugs?: UrlField;
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly peerDependencies?: Readonly<Record<string, string>>;
  readonly peerDependenciesMeta?: Readonly<Record<string, { readonly optional?: boolean }>>;
}

export interface Packed {
  readonly tarball: string;
  /** The tarball's files, relative to the package root, forward slashes. */
  readonly files: readonly string[];
  readonly manifest: Manifest;
}

interface NpmPackResult {
  readonly filename: string;
  readonly files: readonly { readonly path: string }[];
}

/** The package.json of the package in `dir`. */
export const readManifest = (dir: string): Manifest => JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as Manifest;

/** `npm pack` of this repository as it is built now; `into` receives the tarball (`dryRun`: nothing is written). */
export function packPlugin(into: string, { dryRun = false } = {}): Packed {
  if (!existsSync(path.join(root, 'dist', 'cjs', 'index.cjs'))) {
    throw new Error('No dist/: run `npm run build` first (packing here does not build).');
  }
  const output = execFileSync('npm', ['pack', '--ignore-scripts', '--json', ...(dryRun ? ['--dry-run'] : []), '--pack-destination', into], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [result] = JSON.parse(output) as NpmPackResult[];
  if (result === undefined) {
    throw new Error(`npm pack printed no result: ${output}`);
  }
  return {
    tarball: path.join(into, result.filename),
    files: result.files.map((file) => file.path),
    manifest: readManifest(root),
  };
}

/** Links `node_modules/<name>` of `dir` to `target` (a folder of this repository's `node_modules` by default). */
export function link(dir: string, name: string, target = path.join(repoModules, name)): void {
  const at = path.join(dir, 'node_modules', name);
  mkdirSync(path.dirname(at), { recursive: true });
  rmSync(at, { recursive: true, force: true });
  symlinkSync(target, at, 'dir');
}

/**
 * Links every package of this repository's `node_modules` that `dir` does not
 * have yet, as a full install would. Needed where a linked package must find
 * its own dependencies through the project (`--preserve-symlinks`), not
 * through the repository.
 */
export function linkAll(dir: string): void {
  const entries = (scope: string): string[] => readdirSync(path.join(repoModules, scope)).filter((name) => !name.startsWith('.'));
  for (const name of entries('')) {
    const names = name.startsWith('@') ? entries(name).map((member) => `${name}/${member}`) : [name];
    for (const full of names) {
      if (!existsSync(path.join(dir, 'node_modules', full))) {
        link(dir, full);
      }
    }
  }
}

export interface ProjectOptions {
  /** `package.json`'s `type`. */
  readonly type: 'module' | 'commonjs';
  /** Files of the project, by path relative to it. */
  readonly files: Readonly<Record<string, string>>;
  /** Packages to link, by the name the project sees, to a folder name in this repository's `node_modules`. */
  readonly links?: Readonly<Record<string, string>>;
}

/**
 * A project in a fresh temporary folder, with the packed plugin unpacked in
 * its `node_modules` and the plugin's own dependencies linked as npm would
 * install them.
 */
export function createProject(packed: Packed, { type, files, links = {} }: ProjectOptions): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'licensespring-project-'));
  writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({ name: 'user-project', private: true, type }, null, 2)}\n`);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  const pluginDir = path.join(dir, 'node_modules', pluginName);
  mkdirSync(pluginDir, { recursive: true });
  execFileSync('tar', ['-xzf', packed.tarball, '-C', pluginDir, '--strip-components=1']);
  for (const dependency of Object.keys(packed.manifest.dependencies ?? {})) {
    link(dir, dependency);
  }
  for (const [name, target] of Object.entries(links)) {
    link(dir, name, path.join(repoModules, target));
  }
  return dir;
}

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs a Node script of the project with the project as working folder.
 * `preserveSymlinks`: linked packages resolve their imports from the project,
 * as installed copies would, instead of from where the links point.
 */
export function runNode(dir: string, args: readonly string[], { preserveSymlinks = false } = {}): Run {
  const env = { ...process.env };
  // Coverage of child processes in temporary folders is of no use and slow to collect.
  delete env['NODE_V8_COVERAGE'];
  const flags = preserveSymlinks ? ['--preserve-symlinks', '--preserve-symlinks-main'] : [];
  const result = spawnSync(process.execPath, [...flags, ...args], { cwd: dir, encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface Finding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly rule: string;
}

interface ESLintJsonResult {
  readonly filePath: string;
  readonly messages: readonly { readonly ruleId: string | null; readonly line: number; readonly column: number; readonly message: string }[];
}

const byPosition = (left: Finding, right: Finding): number =>
  left.file.localeCompare(right.file) || left.line - right.line || left.column - right.column || left.rule.localeCompare(right.rule);

/** The project's own `eslint` command (`node_modules/eslint`), JSON output, as findings; throws when ESLint itself fails. */
export function eslintFindings(dir: string, args: readonly string[], options: { preserveSymlinks?: boolean } = {}): Finding[] {
  const run = runNode(dir, [path.join('node_modules', 'eslint', 'bin', 'eslint.js'), '--format', 'json', ...args], options);
  // 0: no findings, 1: findings. 2: ESLint failed (a config or a parser threw).
  if (run.status !== 0 && run.status !== 1) {
    throw new Error(`eslint exited with ${String(run.status)}:\n${run.stderr}${run.stdout}`);
  }
  return (JSON.parse(run.stdout) as ESLintJsonResult[])
    .flatMap((result) =>
      result.messages.map((message) => ({
        file: path.relative(dir, result.filePath).split(path.sep).join('/'),
        line: message.line,
        column: message.column,
        rule: message.ruleId ?? `fatal: ${message.message}`,
      })),
    )
    .sort(byPosition);
}

interface OxlintDiagnostic {
  readonly code?: string;
  readonly message: string;
  readonly filename: string;
  readonly labels?: readonly { readonly span: { readonly line: number; readonly column: number } }[];
}

/** The project's `oxlint` with its `.oxlintrc.json`, JSON output, as findings in ESLint's naming (`plugin/rule`). */
export function oxlintFindings(dir: string, paths: readonly string[]): Finding[] {
  const run = runNode(dir, [path.join('node_modules', 'oxlint', 'bin', 'oxlint'), '-c', '.oxlintrc.json', '-f', 'json', ...paths]);
  if (run.status !== 0 && run.status !== 1) {
    throw new Error(`oxlint exited with ${String(run.status)}:\n${run.stderr}${run.stdout}`);
  }
  const { diagnostics } = JSON.parse(run.stdout) as { diagnostics: readonly OxlintDiagnostic[] };
  return diagnostics
    .map((diagnostic) => {
      const span = diagnostic.labels?.[0]?.span;
      const code = /^([^()]+)\((.+)\)$/.exec(diagnostic.code ?? '');
      return {
        file: diagnostic.filename.split(path.sep).join('/'),
        line: span?.line ?? 0,
        column: span?.column ?? 0,
        rule: code === null ? (diagnostic.code ?? diagnostic.message) : `${code[1] ?? ''}/${code[2] ?? ''}`,
      };
    })
    .sort(byPosition);
}
