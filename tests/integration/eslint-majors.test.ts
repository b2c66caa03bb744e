/**
 * The plugin runs the same under ESLint 10 (`eslint`) and ESLint 9 (`eslint9`,
 * an npm alias): both lint the same fixtures, untyped JavaScript through
 * espree with `recommended` and typed TypeScript through typescript-eslint's
 * project service with `strict`, and must report exactly the same findings
 * and apply exactly the same fixes. The plugin's published types must also
 * fit the config types of both majors, so that a typed eslint.config.ts needs
 * no casts.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';

import tsParser from '@typescript-eslint/parser';
import { ESLint as ESLint10 } from 'eslint';
import { ESLint as ESLint9 } from 'eslint9';
import ts from 'typescript';

import plugin from '../../index.js';
import { typedFixtureDir } from '../rule-tester.js';

const fixtureDir = path.join(typedFixtureDir, '..', 'eslint-majors');

const config = [
  { ...plugin.configs.recommended, files: ['**/*.js'] },
  {
    ...plugin.configs.strict,
    files: ['**/*.ts'],
    languageOptions: {
      parser: tsParser,
      parserOptions: { projectService: true, tsconfigRootDir: fixtureDir },
    },
  },
];

interface Finding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly ruleId: string | null;
  readonly messageId: string | undefined;
}

/** Just what both ESLint classes share: options and results in the same shape. */
interface LintResults {
  readonly filePath: string;
  readonly output?: string | undefined;
  readonly messages: readonly { line: number; column: number; ruleId: string | null; messageId?: string | undefined }[];
}
type Lint = (options: { fix: boolean }) => Promise<readonly LintResults[]>;

const majors: readonly { readonly name: string; readonly version: string; readonly lint: Lint }[] = [
  {
    name: 'ESLint 10',
    version: ESLint10.version,
    lint: ({ fix }) => new ESLint10({ cwd: fixtureDir, overrideConfigFile: true, overrideConfig: config, fix }).lintFiles(['.']),
  },
  {
    name: 'ESLint 9',
    version: ESLint9.version,
    lint: ({ fix }) => new ESLint9({ cwd: fixtureDir, overrideConfigFile: true, overrideConfig: config, fix }).lintFiles(['.']),
  },
];

function findings(results: readonly LintResults[]): Finding[] {
  return results.flatMap((result) =>
    result.messages.map(({ line, column, ruleId, messageId }) => ({
      file: path.basename(result.filePath),
      line,
      column,
      ruleId,
      messageId,
    })),
  );
}

const expected: Finding[] = [
  { file: 'typed.ts', line: 5, column: 13, ruleId: 'licensespring/exhaustive-error-codes', messageId: 'missingCodes' },
  { file: 'typed.ts', line: 14, column: 11, ruleId: 'licensespring/exhaustive-error-codes', messageId: 'missingStatuses' },
  { file: 'typed.ts', line: 23, column: 27, ruleId: 'licensespring/no-magic-status', messageId: 'magicStatus' },
  { file: 'typed.ts', line: 27, column: 24, ruleId: 'licensespring/valid-error-code', messageId: 'unknownCode' },
  { file: 'typed.ts', line: 30, column: 31, ruleId: 'licensespring/status-matches-code', messageId: 'statusMismatch' },
  { file: 'untyped.js', line: 2, column: 11, ruleId: 'licensespring/exhaustive-error-codes', messageId: 'missingCodes' },
  { file: 'untyped.js', line: 21, column: 33, ruleId: 'licensespring/no-magic-status', messageId: 'magicStatus' },
  { file: 'untyped.js', line: 25, column: 20, ruleId: 'licensespring/valid-error-code', messageId: 'unknownCode' },
  { file: 'untyped.js', line: 28, column: 26, ruleId: 'licensespring/status-matches-code', messageId: 'swappedFields' },
];

void describe('ESLint majors', () => {
  for (const { name, version, lint } of majors) {
    void it(`${name} (${version}) reports exactly the expected findings`, async () => {
      assert.equal(version.split('.')[0], name.split(' ')[1]);
      assert.deepEqual(findings(await lint({ fix: false })), expected);
    });
  }

  void it('ESLint 9 and 10 apply the same fixes', async () => {
    const [ten, nine] = await Promise.all(majors.map(({ lint }) => lint({ fix: true })));
    const outputs = (results: readonly LintResults[] | undefined) =>
      (results ?? []).map(({ filePath, output }) => [path.basename(filePath), output]);
    assert.deepEqual(outputs(nine), outputs(ten));
    assert.ok(
      outputs(ten).some(([, output]) => output?.includes('LicenseStatus.UNAUTHORIZED')),
      'the fixes change something, so the comparison means something',
    );
  });
});

/** A user's eslint.config.ts, checked against the built `dist/index.d.ts` (so `npm run build` first). */
const userConfigSource = `
import { defineConfig } from 'eslint/config';
import licensespring from 'eslint-plugin-licensespring';
import tseslint from 'typescript-eslint';

export const withDefineConfig = defineConfig(
  licensespring.configs.recommended,
  { files: ['**/*.ts'], extends: [licensespring.configs.strict] },
  { plugins: { licensespring }, extends: ['licensespring/recommended'] },
  { plugins: { licensespring }, rules: { 'licensespring/exhaustive-error-codes': ['error', { considerDefaultExhaustive: false }] } },
);
export const withTseslint = tseslint.config(licensespring.configs.recommended, { plugins: { licensespring } });
`;

function typeErrorsOfUserConfig(eslintTypes: string | undefined): string[] {
  const file = path.join(import.meta.dirname, 'user-eslint.config.ts');
  const options: ts.CompilerOptions = {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2023,
    strict: true,
    exactOptionalPropertyTypes: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    ...(eslintTypes === undefined
      ? {}
      : {
          paths: {
            eslint: [path.join(eslintTypes, 'index.d.ts')],
            'eslint/config': [path.join(eslintTypes, 'config-api.d.ts')],
          },
        }),
  };
  // The host's own getSourceFile reads through host.readFile, so patching that serves the virtual file.
  const host = ts.createCompilerHost(options);
  const fileExists = host.fileExists.bind(host);
  const readFile = host.readFile.bind(host);
  host.fileExists = (name) => name === file || fileExists(name);
  host.readFile = (name) => (name === file ? userConfigSource : readFile(name));
  const program = ts.createProgram([file], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

void describe('plugin types', () => {
  void it('fit the config types of ESLint 10 (defineConfig, tseslint.config) without casts', () => {
    assert.deepEqual(typeErrorsOfUserConfig(undefined), []);
  });

  void it('fit the config types of ESLint 9 without casts', () => {
    const eslint9Types = path.join(import.meta.dirname, '..', '..', 'node_modules', 'eslint9', 'lib', 'types');
    assert.deepEqual(typeErrorsOfUserConfig(eslint9Types), []);
  });
});
