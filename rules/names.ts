/**
 * The plugin's rule names. Kept apart from the rules so that the plugin's
 * public declarations name them without pulling in the rules' own types
 * (which come from `@typescript-eslint/utils`, a development dependency).
 */
export type RuleName =
  | 'exhaustive-error-codes'
  | 'no-fail-open'
  | 'no-magic-status'
  | 'status-matches-code'
  | 'valid-error-code'
  | 'valid-error-status';
