import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getFieldRead, isSameOwner } from './field-read.js';

/**
 * Whether a status read and a code read belong to the same error, so a
 * check of one says something about the other:
 *
 * - the same object, ignoring `?.` (also compiled for older targets), `!`,
 *   type assertions and `x['y']` versus `x.y` (`err.status` with `err?.code`);
 * - axios' shape, where the status sits on the response and the code in its
 *   body (`e.response.status` with `e.response.data.code`);
 * - two bare variables, as destructured from one error (`status` with `code`).
 *
 * Given `sourceCode`, `const` locals resolve first:
 * `const status = e.response.status` pairs with `e.response.data.code`, and
 * `const { status, code } = e.response.data` gives two reads of one body.
 */
export function isSameErrorObject(statusRead: TSESTree.Node, codeRead: TSESTree.Node, sourceCode?: Readonly<TSESLint.SourceCode>): boolean {
  const statusOwner = getFieldRead(statusRead, sourceCode)?.owner;
  const codeOwner = statusOwner === undefined ? undefined : getFieldRead(codeRead, sourceCode)?.owner;
  if (statusOwner === undefined || codeOwner === undefined) {
    return false;
  }
  return isSameOwner(statusOwner, codeOwner) || (codeOwner.at(-1) === 'data' && isSameOwner(statusOwner, codeOwner.slice(0, -1)));
}
