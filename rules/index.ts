import type { TSESLint } from '@typescript-eslint/utils';

import type { RuleName } from '../plugin-types.js';

import exhaustiveErrorCodes from './exhaustive-error-codes.js';
import noFailOpen from './no-fail-open.js';
import noMagicStatus from './no-magic-status.js';
import statusMatchesCode from './status-matches-code.js';
import validErrorCode from './valid-error-code.js';
import validErrorStatus from './valid-error-status.js';

export const rules = {
  'exhaustive-error-codes': exhaustiveErrorCodes,
  'no-fail-open': noFailOpen,
  'no-magic-status': noMagicStatus,
  'status-matches-code': statusMatchesCode,
  'valid-error-code': validErrorCode,
  'valid-error-status': validErrorStatus,
} satisfies Record<RuleName, TSESLint.RuleModule<string, readonly unknown[]>>;
