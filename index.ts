import { createRequire } from 'node:module';

import type { TSESLint } from '@typescript-eslint/utils';

import { rules } from './rules/index.js';

// Self-reference by package name resolves the same from the sources and from `dist/`.
const { name, version } = createRequire(import.meta.url)('eslint-plugin-licensespring/package.json') as {
  name: string;
  version: string;
};

type RuleLevels = { [Rule in keyof typeof rules as `licensespring/${Rule}`]?: TSESLint.SharedConfig.RuleEntry };

interface LicenseSpringPlugin {
  meta: { name: string; version: string };
  rules: typeof rules;
  configs: {
    /** All rules; a `default` clause handles the codes a switch does not name. Works with or without type information. */
    recommended: TSESLint.FlatConfig.Config;
    /** As `recommended`, but every code must be named: a `default` does not count. Best with typed linting. */
    strict: TSESLint.FlatConfig.Config;
  };
}

const recommendedRules = {
  'licensespring/exhaustive-error-codes': 'error',
  'licensespring/no-magic-status': 'error',
  'licensespring/status-matches-code': 'error',
  'licensespring/valid-error-code': 'error',
} satisfies RuleLevels;

const plugin: LicenseSpringPlugin = {
  meta: { name, version },
  rules,
  configs: { recommended: {}, strict: {} },
};

// Configs name the plugin object itself, so they must be filled in after it exists.
plugin.configs.recommended = {
  name: 'licensespring/recommended',
  plugins: { licensespring: plugin },
  rules: recommendedRules,
};
plugin.configs.strict = {
  name: 'licensespring/strict',
  plugins: { licensespring: plugin },
  rules: {
    ...recommendedRules,
    'licensespring/exhaustive-error-codes': ['error', { considerDefaultExhaustive: false }],
  } satisfies RuleLevels,
};

export default plugin;
