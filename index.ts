import { createRequire } from 'node:module';

import type { ESLint, Linter, Rule } from 'eslint';

import { rules } from './rules/index.js';
import type { RuleName } from './rules/names.js';

// Self-reference by package name resolves the same from the sources and from `dist/`.
const { name, version } = createRequire(import.meta.url)('eslint-plugin-licensespring/package.json') as {
  name: string;
  version: string;
};

/** ESLint's rule type, with the metadata every rule of this plugin is sure to have. */
export type LicenseSpringRule = Rule.RuleModule & {
  readonly meta: Rule.RuleMetaData & {
    readonly type: NonNullable<Rule.RuleMetaData['type']>;
    readonly docs: { readonly description: string; readonly url: string };
    readonly messages: Readonly<Record<string, string>>;
  };
};

/**
 * The plugin, typed with the `eslint` package's own types (a peer dependency,
 * so always the user's installed major): that is what `defineConfig()` from
 * `eslint/config` and `tseslint.config()` accept without casts.
 */
export interface LicenseSpringPlugin extends ESLint.Plugin {
  readonly meta: { readonly name: string; readonly version: string };
  readonly rules: Readonly<Record<RuleName, LicenseSpringRule>>;
  readonly configs: {
    /**
     * Every rule as an error; a `default` clause handles the codes a switch
     * does not name. Works with or without type information.
     */
    readonly recommended: Linter.Config;
    /**
     * As `recommended`, but a `default` clause does not count: every code
     * must be named, so each new catalog code surfaces every switch; and
     * `if`/`else if` ladders and lookup tables by code are checked like
     * switches. Meant for typed linting.
     */
    readonly strict: Linter.Config;
  };
}

type RuleLevels = { readonly [Name in RuleName as `licensespring/${Name}`]: Linter.RuleEntry };

const recommendedRules = {
  'licensespring/exhaustive-error-codes': 'error',
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
