/**
 * The plugin's run-time dependencies are caret ranges
 * (`@typescript-eslint/types`, `@eslint-community/eslint-utils`), so a user's
 * install may hold any version they allow. The packed plugin is installed
 * once per version, with the lowest and the newest version of each range
 * linked as the dependency (npm aliases in devDependencies: `*-lowest`,
 * `*-newest`), and lints a small corpus, the example app and the ESLint
 * majors fixtures, TypeScript parsed without types and JavaScript, with
 * `strict`; every report, fix and suggestion must equal those with the
 * versions package-lock.json installs.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';

import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import type { Linter } from 'eslint';

import plugin from '../../index.js';

import { createProject, link, packPlugin, pluginName, readManifest, repoModules, root } from './temp-project.js';
import type { Packed } from './temp-project.js';

const typesPackage = '@typescript-eslint/types';
const utilsPackage = '@eslint-community/eslint-utils';

/** Each variant links one dependency to an alias folder of this repository's node_modules, instead of the default. */
const variants = [
  { name: `${typesPackage}, lowest`, links: { [typesPackage]: 'typescript-eslint-types-lowest' } },
  { name: `${typesPackage}, newest`, links: { [typesPackage]: 'typescript-eslint-types-newest' } },
  { name: `${utilsPackage}, lowest`, links: { [utilsPackage]: 'eslint-utils-lowest' } },
  { name: `${utilsPackage}, newest`, links: { [utilsPackage]: 'eslint-utils-newest' } },
] as const;

interface PluginModule {
  readonly default: ESLint.Plugin & { readonly configs: { readonly strict: Linter.Config } };
}

/** The corpus, copied into the project's `src/`. */
function copyCorpus(dir: string): void {
  for (const from of [path.join(root, 'examples', 'app', 'src'), path.join(root, 'tests', 'fixtures', 'eslint-majors')]) {
    for (const file of readdirSync(from).filter((name) => /\.[jt]s$/.test(name))) {
      cpSync(path.join(from, file), path.join(dir, 'src', `${path.basename(from)}-${file}`));
    }
  }
}

/** Everything a report carries, fixes and suggestions included, by file. */
async function lintProject(dir: string): Promise<unknown[]> {
  const entry = path.join(dir, 'node_modules', pluginName, 'dist', 'index.js');
  const { default: plugin } = (await import(pathToFileURL(entry).href)) as PluginModule;
  const eslint = new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }, plugin.configs.strict],
  });
  const results = await eslint.lintFiles(['src']);
  return results.map(({ filePath, messages }) => ({
    file: path.relative(dir, filePath),
    messages: messages.map(({ ruleId, line, column, endLine, endColumn, message, fix, suggestions }) => ({
      ruleId,
      line,
      column,
      endLine,
      endColumn,
      message,
      fix,
      suggestions: suggestions?.map(({ desc, fix: suggestionFix }) => ({ desc, fix: suggestionFix })),
    })),
  }));
}

void describe('dependency ranges', () => {
  let workDir: string;
  let packed: Packed;
  const projects: string[] = [];
  let expected: unknown[];

  /** The packed plugin installed with the dependencies linked as the variant says, linting the corpus. */
  async function lintVariant(links: Readonly<Record<string, string>>): Promise<unknown[]> {
    const dir = createProject(packed, { type: 'module', files: {} });
    projects.push(dir);
    for (const [name, alias] of Object.entries(links)) {
      link(dir, name, path.join(repoModules, alias));
    }
    copyCorpus(dir);
    return lintProject(dir);
  }

  before(async () => {
    workDir = mkdtempSync(path.join(os.tmpdir(), 'licensespring-ranges-'));
    packed = packPlugin(workDir);
    expected = await lintVariant({});
  });

  after(() => {
    for (const dir of [workDir, ...projects]) {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  void it('links the versions at both ends of each range', () => {
    const range = (name: string): string => packed.manifest.dependencies?.[name] ?? '';
    const version = (alias: string): string => readManifest(path.join(repoModules, alias)).version;
    // The lowest aliases are the ranges' floors; the newest ones stay inside the ranges' majors.
    assert.equal(`^${version('typescript-eslint-types-lowest')}`, range(typesPackage));
    assert.equal(`^${version('eslint-utils-lowest')}`, range(utilsPackage));
    assert.equal(version('typescript-eslint-types-newest').split('.')[0], range(typesPackage).slice(1).split('.')[0]);
    assert.equal(version('eslint-utils-newest').split('.')[0], range(utilsPackage).slice(1).split('.')[0]);
  });

  void it('the corpus gives every rule something to report', () => {
    const rules = new Set((expected as { messages: { ruleId: string }[] }[]).flatMap(({ messages }) => messages.map(({ ruleId }) => ruleId)));
    assert.deepEqual([...rules].sort(), Object.keys(plugin.rules).map((name) => `licensespring/${name}`).sort());
  });

  for (const variant of variants) {
    void it(`reports, fixes and suggests the same with ${variant.name}`, async () => {
      assert.deepEqual(await lintVariant(variant.links), expected);
    });
  }
});
