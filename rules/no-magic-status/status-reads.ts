import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { getAccessedFieldName, getStaticPropertyName, unwrapExpression } from '../utils/expression.js';

/** What an operand says about the number it is compared with. */
export type StatusRead = 'status' | 'allowed' | 'other';

/**
 * `'status'` when `node` reads a status field (`err.status`,
 * `e?.response?.status`, a `status` variable), `'allowed'` when it reads any
 * field of an object the user has allowed (`res.status` with `res` allowed),
 * `'other'` otherwise.
 */
export function classifyStatusRead(
  node: TSESTree.Node,
  statusProperties: ReadonlySet<string>,
  allowObjects: ReadonlySet<string>,
): StatusRead {
  const expression = unwrapExpression(node);
  if (expression.type === AST_NODE_TYPES.MemberExpression) {
    const objectName = getObjectName(expression.object);
    if (objectName !== undefined && allowObjects.has(objectName)) {
      return 'allowed';
    }
  }
  const field = getAccessedFieldName(expression);
  return field !== undefined && statusProperties.has(field) ? 'status' : 'other';
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
