/**
 * The plugin's public types, apart from the plugin so that the CommonJS
 * declarations (`dist/cjs/`, for `require('eslint-plugin-licensespring')`) are
 * built from the same source as the ES module ones, without the plugin's code.
 */
import type { ESLint, Linter, Rule } from 'eslint';

/**
 * The plugin's rule names. Here, apart from the rules, so that the public
 * declarations name them without pulling in the rules' own types (which
 * come from `@typescript-eslint/utils`, a development dependency).
 */
export type RuleName =
  | 'exhaustive-error-codes'
  | 'no-fail-open'
  | 'no-magic-status'
  | 'status-matches-code'
  | 'valid-error-code'
  | 'valid-error-status';

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
