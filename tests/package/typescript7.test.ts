/**
 * The plugin in a project on TypeScript 7, installed from its packed tarball,
 * through each route the README documents ("TypeScript 7"):
 *
 * - the package needs no TypeScript: nothing it depends on asks for one, so
 *   npm has no peer to warn about next to `typescript@7`, and a JavaScript
 *   project installs none;
 * - with `typescript` resolving to TypeScript 7, oxlint runs the plugin as a
 *   JS plugin on `.ts` and `.js` files, ESLint lints the `.js` files, and
 *   typescript-eslint refuses to start, so ESLint parses no `.ts` there;
 * - with TypeScript's side-by-side arrangement (the package `typescript` on
 *   6.0, TypeScript 7 under another name), ESLint lints `.ts` with types and
 *   TypeScript 7's `tsc` checks the same code against the plugin's types.
 *
 * The projects link `typescript` to this repository's `typescript7` (7.0) or
 * `typescript` (6.0, standing for `npm:@typescript/typescript6`).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { createProject, eslintFindings, linkAll, oxlintFindings, packPlugin, readManifest, root, runNode } from './temp-project.js';
import type { Finding, Manifest, Packed, ProjectOptions } from './temp-project.js';

/** TypeScript-only syntax (an interface, annotations, `as const`) around one mistake per rule. */
const clientTs = `import { LicenseStatus, type LicenseApiError } from 'eslint-plugin-licensespring/types';

interface Handlers {
  readonly retry: () => void;
  readonly signIn: () => void;
}

export function onError(error: LicenseApiError, handlers: Handlers): string {
  if (error.status === 500) handlers.retry();
  if (error.status === 403) handlers.signIn();
  if (error.code === 'licence_expired') return 'expired';
  switch (error.code) {
    case 'license_not_found':
      return 'unknown key';
  }
  const stub = { status: LicenseStatus.NOT_FOUND, code: 'license_not_found' as const, message: '' };
  return stub.message;
}
`;

const legacyJs = `export function describe(error) {
  const { status } = error.response;
  const { code } = error.response.data;
  if (status === 500) return 'retry later';
  if (status === 403) return 'sign in again';
  if (code === 'licence_expired') return 'expired';
  switch (code) {
    case 'license_not_found':
      return 'unknown key';
  }
  return error.message;
}

export const stub = { status: 404, code: 'license_not_found', message: '' };
`;

/** The README's `.oxlintrc.json`: the rules of `recommended`. */
const oxlintrc = `${JSON.stringify(
  {
    jsPlugins: ['eslint-plugin-licensespring'],
    rules: Object.fromEntries(
      ['exhaustive-error-codes', 'no-magic-status', 'status-matches-code', 'valid-error-code', 'valid-error-status'].map((rule) => [
        `licensespring/${rule}`,
        'error',
      ]),
    ),
  },
  null,
  2,
)}\n`;

const untypedConfig = `import licensespring from 'eslint-plugin-licensespring';

export default [licensespring.configs.recommended];
`;

/** The README's setup for \`.ts\` without a project. */
const tsParserConfig = `import { defineConfig } from 'eslint/config';
import licensespring from 'eslint-plugin-licensespring';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
  licensespring.configs.recommended,
);
`;

/** The README's typed setup. */
const typedConfig = `import { defineConfig } from 'eslint/config';
import licensespring from 'eslint-plugin-licensespring';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    files: ['**/*.ts'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  licensespring.configs.strict,
);
`;

const tsconfig = `${JSON.stringify({ compilerOptions: { module: 'nodenext', strict: true, noEmit: true, skipLibCheck: false, types: [] }, include: ['src'] }, null, 2)}\n`;

const sources = { 'src/client.ts': clientTs, 'src/legacy.js': legacyJs };

const finding = (file: string, line: number, column: number, rule: string): Finding => ({ file, line, column, rule: `licensespring/${rule}` });

/** What the rules find in `src/legacy.js` without types, under ESLint and oxlint alike. */
const legacyFindings = [
  finding('src/legacy.js', 4, 18, 'no-magic-status'),
  finding('src/legacy.js', 5, 18, 'valid-error-status'),
  finding('src/legacy.js', 6, 16, 'valid-error-code'),
  finding('src/legacy.js', 7, 11, 'exhaustive-error-codes'),
  finding('src/legacy.js', 14, 31, 'no-magic-status'),
  finding('src/legacy.js', 14, 31, 'status-matches-code'),
];

/** The folder npm would install `name` in for a package in `from`: the nearest `node_modules/<name>` up the tree. */
function installedDir(from: string, name: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) {
      return candidate;
    }
    if (path.dirname(dir) === dir) {
      throw new Error(`${name} is not installed for ${from}`);
    }
  }
}

/**
 * The packages npm installs for the plugin's `dependencies` (theirs and their
 * required peers, as installed in this repository) that require a
 * `typescript` peer: each one would make npm warn beside TypeScript 7, or
 * install TypeScript into a JavaScript project.
 */
function typescriptPeers(manifest: Manifest): string[] {
  const seen = new Set<string>();
  const peers: string[] = [];
  const required = (pkg: Manifest): string[] =>
    Object.keys(pkg.peerDependencies ?? {}).filter((name) => pkg.peerDependenciesMeta?.[name]?.optional !== true);
  const visit = (dir: string): void => {
    if (seen.has(dir)) {
      return;
    }
    seen.add(dir);
    const pkg = readManifest(dir);
    if (required(pkg).includes('typescript')) {
      peers.push(`${pkg.name}@${pkg.version} requires typescript ${pkg.peerDependencies?.['typescript'] ?? ''}`);
    }
    for (const dependency of [...Object.keys(pkg.dependencies ?? {}), ...required(pkg)]) {
      visit(installedDir(dir, dependency));
    }
  };
  for (const dependency of Object.keys(manifest.dependencies ?? {})) {
    visit(installedDir(root, dependency));
  }
  return peers;
}

void describe('TypeScript 7 projects', () => {
  let workDir: string;
  let packed: Packed;
  const projects: string[] = [];
  const project = (options: ProjectOptions): string => {
    const dir = createProject(packed, options);
    projects.push(dir);
    return dir;
  };

  before(() => {
    workDir = mkdtempSync(path.join(os.tmpdir(), 'licensespring-ts7-'));
    packed = packPlugin(workDir);
  });

  after(() => {
    for (const dir of [workDir, ...projects]) {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  void it('the packed plugin requires no TypeScript, directly or through its dependencies', () => {
    assert.deepEqual(typescriptPeers(packed.manifest), []);
    assert.equal(packed.manifest.peerDependenciesMeta?.['typescript']?.optional, true);
  });

  void it('oxlint runs the plugin on .ts and .js files where `typescript` is TypeScript 7', () => {
    const dir = project({
      type: 'module',
      files: { ...sources, '.oxlintrc.json': oxlintrc },
      links: { typescript: 'typescript7', oxlint: 'oxlint' },
    });
    assert.match(readManifest(path.join(dir, 'node_modules', 'typescript')).version, /^7\./);
    assert.deepEqual(oxlintFindings(dir, ['src']), [
      finding('src/client.ts', 9, 24, 'no-magic-status'),
      finding('src/client.ts', 10, 24, 'valid-error-status'),
      finding('src/client.ts', 11, 22, 'valid-error-code'),
      finding('src/client.ts', 12, 11, 'exhaustive-error-codes'),
      finding('src/client.ts', 16, 26, 'status-matches-code'),
      ...legacyFindings,
    ]);
  });

  void it('ESLint lints the .js files where `typescript` is TypeScript 7', () => {
    const dir = project({
      type: 'module',
      files: { ...sources, 'eslint.config.js': untypedConfig },
      links: { typescript: 'typescript7', eslint: 'eslint' },
    });
    assert.deepEqual(eslintFindings(dir, ['src']), legacyFindings);
  });

  void it('ESLint parses no .ts where `typescript` is TypeScript 7: typescript-eslint refuses to load', () => {
    const dir = project({ type: 'module', files: { ...sources, 'eslint.config.js': tsParserConfig }, links: { typescript: 'typescript7' } });
    // Everything else as a full install has it, so that typescript-eslint finds the project's `typescript`.
    linkAll(dir);
    const run = runNode(dir, [path.join('node_modules', 'eslint', 'bin', 'eslint.js'), 'src'], { preserveSymlinks: true });
    assert.equal(run.status, 2, run.stdout);
    assert.match(run.stderr, /typescript-eslint does not support TS 7\.0/);
  });

  void it('beside TypeScript 6 as `typescript`, ESLint lints .ts with types and TypeScript 7 checks the same code', () => {
    const dir = project({
      type: 'module',
      files: { ...sources, 'eslint.config.js': typedConfig, 'tsconfig.json': tsconfig },
      links: { typescript: 'typescript', typescript7: 'typescript7' },
    });
    linkAll(dir);
    assert.match(readManifest(path.join(dir, 'node_modules', 'typescript')).version, /^6\.0\./);
    // With types, the status compared with 403 is the compiler's to report (below), not the rule's.
    assert.deepEqual(eslintFindings(dir, ['src'], { preserveSymlinks: true }), [
      finding('src/client.ts', 9, 24, 'no-magic-status'),
      finding('src/client.ts', 11, 22, 'valid-error-code'),
      finding('src/client.ts', 12, 11, 'exhaustive-error-codes'),
      finding('src/client.ts', 16, 26, 'status-matches-code'),
      ...legacyFindings,
    ]);

    const tsc = runNode(dir, [path.join('node_modules', 'typescript7', 'bin', 'tsc'), '--version']);
    assert.match(tsc.stdout, /Version 7\./);
    const check = runNode(dir, [path.join('node_modules', 'typescript7', 'bin', 'tsc'), '-p', '.', '--pretty', 'false'], { preserveSymlinks: true });
    // TypeScript 7 reads the plugin's types: the catalog's statuses and codes exclude 403 and the misspelled code.
    assert.deepEqual(
      check.stdout
        .trim()
        .split('\n')
        .map((line) => /^(\S+)\((\d+),(\d+)\): error (TS\d+)/.exec(line)?.slice(1).join(' ')),
      ['src/client.ts 10 7 TS2367', 'src/client.ts 11 7 TS2367'],
    );
  });
});
