import { after, describe, it } from 'node:test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { RuleTester } from '@typescript-eslint/rule-tester';
import * as espree from 'espree';

// node:test's functions return promises the runner tracks itself; RuleTester expects void.
RuleTester.afterAll = (fn) => {
  after(fn);
};
RuleTester.describe = (name, fn) => {
  void describe(name, fn);
};
RuleTester.it = (name, fn) => {
  void it(name, fn);
};
RuleTester.itOnly = (name, fn) => {
  void it.only(name, fn);
};

/** The typed fixture project: `file.ts` is the default file of every typed case. */
export const typedFixtureDir = fileURLToPath(new URL('fixtures/typed', import.meta.url));

/**
 * A tester with full type information from typescript-eslint's project
 * service. Cases may `import type { ... } from 'eslint-plugin-licensespring/types'`.
 */
export function createTypedRuleTester(): RuleTester {
  return new RuleTester({
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js'] },
        tsconfigRootDir: typedFixtureDir,
      },
    },
  });
}

/** A tester for plain JavaScript parsed by espree, as in a project without typed linting. */
export function createUntypedRuleTester(): RuleTester {
  return new RuleTester({
    languageOptions: { parser: espree, sourceType: 'module', ecmaVersion: 'latest' },
  });
}

/** typescript-eslint's parser without a project: TypeScript syntax, no type information. */
export function createSyntacticTsRuleTester(): RuleTester {
  return new RuleTester();
}

export const untypedFilename = path.join(typedFixtureDir, 'file.js');

/** A case with `assume: 'license-api'` added to its settings (kept where the case sets `assume` itself). */
function withAssumedLicenseApi(testCase: string | object): object {
  const object: { settings?: Record<string, unknown> } = typeof testCase === 'string' ? { code: testCase } : testCase;
  const settings = object.settings ?? {};
  const licensespring = (settings['licensespring'] ?? {}) as Record<string, unknown>;
  return { ...object, settings: { ...settings, licensespring: { assume: 'license-api', ...licensespring } } };
}

/**
 * A tester whose cases run as a user sees them who declared every linted
 * file License API code (`settings.licensespring.assume: 'license-api'`):
 * for the suites that test positions and shapes. What counts as evidence
 * without that setting is tested in each rule's evidence suites.
 */
export function assumingLicenseApi(tester: RuleTester): RuleTester {
  const run: RuleTester['run'] = (name, rule, { valid, invalid }) => {
    tester.run(`${name} [assume: license-api]`, rule, {
      valid: valid.map((testCase) => withAssumedLicenseApi(testCase)) as typeof valid,
      invalid: invalid.map((testCase) => withAssumedLicenseApi(testCase)) as typeof invalid,
    });
  };
  return { run } as RuleTester;
}
