import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getStaticPropertyName, stripConversions, unwrapExpression } from '../utils/ast/expression.js';
import { getFieldRead } from '../utils/ast/field-read.js';

/** What an operand says about the number it is compared with. */
export type StatusRead = 'status' | 'allowed' | 'other';

/**
 * `'status'` when `node` reads a status field (`err.status`,
 * `e?.response?.status`, a `status` variable, `Number(err.status)`, a
 * compiled optional chain, and given `sourceCode` a `const` local such as
 * `s` after `const s = err.status`), `'allowed'` when it reads any field of
 * an object the user has allowed (`res.status` with `res` allowed, also
 * through a local), `'other'` otherwise.
 */
export function classifyStatusRead(
  node: TSESTree.Node,
  statusProperties: ReadonlySet<string>,
  allowObjects: ReadonlySet<string>,
  sourceCode?: Readonly<TSESLint.SourceCode>,
): StatusRead {
  const expression = unwrapExpression(stripConversions(node).expression);
  if (expression.type === AST_NODE_TYPES.MemberExpression) {
    const objectName = getObjectName(expression.object);
    if (objectName !== undefined && allowObjects.has(objectName)) {
      return 'allowed';
    }
  }
  const read = getFieldRead(expression, sourceCode);
  if (read === undefined || !statusProperties.has(read.field)) {
    return 'other';
  }
  const owner = read.owner?.at(-1);
  return owner !== undefined && allowObjects.has(owner) ? 'allowed' : 'status';
}

/** `res` for `res.status`, `response` for `err.response.status`, `this` for `this.status`. */
function getObjectName(node: TSESTree.Node): string | undefined {
  const object = unwrapExpression(node);
  switch (object.type) {
    case AST_NODE_TYPES.Identifier:
      return object.name;
    case AST_NODE_TYPES.ThisExpression:
      return 'this';
    case AST_NODE_TYPES.MemberExpression:
      return getStaticPropertyName(object);
    default:
      return undefined;
  }
}
