import { createRequire } from 'node:module';

import type { Linter } from 'eslint';

import type { LicenseSpringPlugin, RuleName } from './plugin-types.js';
import { rules } from './rules/index.js';

export type { LicenseSpringPlugin, LicenseSpringRule } from './plugin-types.js';

// Self-reference by package name resolves the same from the sources and from `dist/`.
const { name, version } = createRequire(import.meta.url)('eslint-plugin-licensespring/package.json') as {
  name: string;
  version: string;
};

type RuleLevels = { readonly [Name in RuleName as `licensespring/${Name}`]: Linter.RuleEntry };

const recommendedRules = {
  'licensespring/exhaustive-error-codes': 'error',
  'licensespring/no-fail-open': 'error',
  'licensespring/no-magic-status': 'error',
  'licensespring/status-matches-code': 'error',
  'licensespring/valid-error-code': 'error',
  'licensespring/valid-error-status': 'error',
} satisfies RuleLevels;

const strictRules = {
  ...recommendedRules,
  'licensespring/exhaustive-error-codes': ['error', { considerDefaultExhaustive: false, checkIfElseChains: true, checkCodeMaps: true }],
} satisfies RuleLevels;

const configs: { recommended: Linter.Config; strict: Linter.Config } = {
  recommended: { name: 'licensespring/recommended', rules: recommendedRules },
  strict: { name: 'licensespring/strict', rules: strictRules },
};

const plugin: LicenseSpringPlugin = {
  meta: { name, version },
  // typescript-eslint's rule types and ESLint's do not line up (its RuleContext
  // still lists methods ESLint 10 removed; typescript-eslint/typescript-eslint#11543),
  // though the objects are exactly what ESLint runs. The public type is ESLint's.
  rules: rules as unknown as LicenseSpringPlugin['rules'],
  configs,
};

// Configs name the plugin object itself, as flat config expects, so they are
// completed once it exists. No `files` and no `languageOptions`: the configs
// apply to every file the user lints, with whatever parser the user chose.
configs.recommended.plugins = { licensespring: plugin };
configs.strict.plugins = { licensespring: plugin };

export default plugin;
