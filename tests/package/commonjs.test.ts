/**
 * CommonJS users, with the packed tarball in a CommonJS project:
 * `require('eslint-plugin-licensespring')` is the plugin itself (the same
 * object `import` gives) and `require('eslint-plugin-licensespring/types')`
 * the catalog's helpers, so an `eslint.config.cjs` written as the README's
 * `eslint.config.js` finds the same mistakes, under ESLint 10 and ESLint 9;
 * and the CommonJS declarations type-check under TypeScript 5.0, 6.0 and 7.0
 * with `skipLibCheck: false`.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { createProject, eslintFindings, link, packPlugin, repoModules, runNode } from './temp-project.js';
import type { Finding, Packed, Run } from './temp-project.js';

const app = `const { LicenseStatus } = require('eslint-plugin-licensespring/types');

function describe(error) {
  if (error.status === 500) return 'retry later';
  if (error.code === 'licence_expired') return 'expired';
  if (error.status === LicenseStatus.UNAUTHORIZED) return 'sign in again';
  return error.message;
}

module.exports = { describe };
`;

const requireConfig = `const licensespring = require('eslint-plugin-licensespring');
const { licenseErrorCodes } = require('eslint-plugin-licensespring/types');

// The catalog the rules check against, loaded the same way.
if (!licenseErrorCodes.includes('license_expired')) {
  throw new Error('eslint-plugin-licensespring/types: no catalog');
}

module.exports = [licensespring.configs.recommended];
`;

const importConfig = `import licensespring from 'eslint-plugin-licensespring';

export default [licensespring.configs.recommended];
`;

/** Checked by `tsc` as a CommonJS module of the project. */
const typedConsumer = `import licensespring = require('eslint-plugin-licensespring');
import types = require('eslint-plugin-licensespring/types');
import type { Linter } from 'eslint';

const recommended: Linter.Config = licensespring.configs.recommended;
const status: 400 = types.LicenseStatus.BAD_REQUEST;
// @ts-expect-error: the plugin itself, not a module namespace with a default export
void licensespring.default;

export = { recommended, status };
`;

const resolutions = ['node16', 'nodenext'] as const;

const tsconfigs = Object.fromEntries(
  resolutions.map((resolution) => [
    `tsconfig.${resolution}.json`,
    `${JSON.stringify({ compilerOptions: { module: resolution, moduleResolution: resolution, strict: true, noEmit: true, skipLibCheck: false, types: [] }, files: ['consumer.cts'] }, null, 2)}\n`,
  ]),
);

const expected: Finding[] = [
  { file: 'src/app.js', line: 4, column: 24, rule: 'licensespring/no-magic-status' },
  { file: 'src/app.js', line: 5, column: 22, rule: 'licensespring/valid-error-code' },
];

const majors = [
  { name: 'ESLint 10', folder: 'eslint' },
  { name: 'ESLint 9', folder: 'eslint9' },
] as const;

const configs = ['eslint.config.cjs', 'eslint.config.mjs'] as const;

/**
 * `node16` is where CommonJS declarations that imported the ES module ones
 * would fail (TS1541, TS1542); `nodenext` lets TypeScript 5.8+ import them.
 * The JavaScript compilers check only `node16`: each run spends seconds
 * checking ESLint's own declarations.
 */
const compilers = [
  { name: 'TypeScript 5.0', folder: 'typescript5', resolutions: ['node16'] },
  { name: 'TypeScript 6.0', folder: 'typescript', resolutions: ['node16'] },
  { name: 'TypeScript 7.0', folder: 'typescript7', resolutions },
] as const;

void describe('CommonJS', () => {
  let workDir: string;
  let packed: Packed;
  let dir: string;

  before(() => {
    workDir = mkdtempSync(path.join(os.tmpdir(), 'licensespring-cjs-'));
    packed = packPlugin(workDir);
    dir = createProject(packed, {
      type: 'commonjs',
      files: { 'src/app.js': app, 'eslint.config.cjs': requireConfig, 'eslint.config.mjs': importConfig, 'consumer.cts': typedConsumer, ...tsconfigs },
    });
  });

  after(() => {
    rmSync(workDir, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  });

  void it('require() returns the plugin, the same object import() returns', () => {
    const script = `
      const plugin = require('eslint-plugin-licensespring');
      import('eslint-plugin-licensespring').then(({ default: imported }) => {
        console.log(JSON.stringify({ configs: Object.keys(plugin.configs), name: plugin.meta.name, same: imported === plugin }));
      });`;
    const run = runNode(dir, ['--eval', script]);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), { configs: ['recommended', 'strict'], name: 'eslint-plugin-licensespring', same: true });
  });

  void it('require() of the types subpath works at run time', () => {
    const run = runNode(dir, ['--eval', "console.log(require('./src/app.js').describe({ status: 401, code: 'authentication_failure' }))"]);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout.trim(), 'sign in again');
  });

  void it("the types subpath is CommonJS itself; only the plugin's entry needs require(esm)", () => {
    const load = (specifier: string): Run => runNode(dir, ['--no-experimental-require-module', '--eval', `require('${specifier}')`]);
    assert.equal(load('eslint-plugin-licensespring/types').status, 0);
    assert.match(load('eslint-plugin-licensespring').stderr, /ERR_REQUIRE_ESM/);
  });

  for (const { name, folder } of majors) {
    for (const config of configs) {
      void it(`${name} with ${config} reports the planted mistakes`, () => {
        link(dir, 'eslint', path.join(repoModules, folder));
        assert.deepEqual(eslintFindings(dir, ['--config', config, 'src']), expected);
      });
    }
  }

  for (const { name, folder, resolutions: checked } of compilers) {
    void it(`${name} type-checks a CommonJS consumer (${checked.join(', ')}; skipLibCheck: false)`, () => {
      link(dir, 'eslint');
      for (const resolution of checked) {
        const run = runNode(dir, [path.join(repoModules, folder, 'bin', 'tsc'), '-p', `tsconfig.${resolution}.json`, '--pretty', 'false']);
        assert.equal(run.status, 0, `${resolution}:\n${run.stdout}${run.stderr}`);
      }
    });
  }
});
