import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { getStaticPropertyName, unwrapExpression } from './expression.js';

/**
 * The path of a plain reference such as `e`, `this.error` or
 * `e?.response!['data']`, as its segments (`['e', 'response', 'data']`);
 * `undefined` for anything else (calls, computed keys, ...), whose value may
 * differ between two reads.
 */
function getReferencePath(node: TSESTree.Node): string[] | undefined {
  const expression = unwrapExpression(node);
  switch (expression.type) {
    case AST_NODE_TYPES.Identifier:
      return [expression.name];
    case AST_NODE_TYPES.ThisExpression:
      return ['this'];
    case AST_NODE_TYPES.MemberExpression: {
      const name = getStaticPropertyName(expression);
      const object = name === undefined ? undefined : getReferencePath(expression.object);
      return object === undefined || name === undefined ? undefined : [...object, name];
    }
    default:
      return undefined;
  }
}

/**
 * The object whose field `read` reads (`e.response` for `e.response.status`),
 * as a path; `[]` for a bare variable such as a destructured `status`.
 */
function getOwnerPath(read: TSESTree.Node): string[] | undefined {
  const expression = unwrapExpression(read);
  if (expression.type === AST_NODE_TYPES.Identifier) {
    return [];
  }
  return expression.type === AST_NODE_TYPES.MemberExpression ? getReferencePath(expression.object) : undefined;
}

function samePath(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((segment, index) => segment === b[index]);
}

/**
 * Whether a status read and a code read belong to the same error, so a
 * check of one says something about the other:
 *
 * - the same object, ignoring `?.`, `!`, type assertions and `x['y']` versus
 *   `x.y` (`err.status` with `err?.code`);
 * - axios' shape, where the status sits on the response and the code in its
 *   body (`e.response.status` with `e.response.data.code`);
 * - two bare variables, as destructured from one error (`status` with `code`).
 */
export function isSameErrorObject(statusRead: TSESTree.Node, codeRead: TSESTree.Node): boolean {
  const statusOwner = getOwnerPath(statusRead);
  const codeOwner = getOwnerPath(codeRead);
  if (statusOwner === undefined || codeOwner === undefined) {
    return false;
  }
  return samePath(statusOwner, codeOwner) || (codeOwner.at(-1) === 'data' && samePath(statusOwner, codeOwner.slice(0, -1)));
}
