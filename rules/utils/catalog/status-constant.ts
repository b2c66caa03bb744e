import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

import { statusByConstantName } from './catalog.js';
import { getStaticPropertyName, unwrapExpression } from '../ast/expression.js';

/**
 * The status a member named like a catalog status constant stands for, on any
 * object: `LicenseStatus.CONFLICT`, `StatusCodes.CONFLICT`,
 * `types.LicenseStatus['NOT_FOUND']`. Without types, the name is all there is
 * to go by, and the catalog's names are the standard reason phrases.
 */
export function getStatusConstant(node: TSESTree.Node): { status: number; member: TSESTree.MemberExpression } | undefined {
  const expression = unwrapExpression(node);
  if (expression.type !== AST_NODE_TYPES.MemberExpression) {
    return undefined;
  }
  const name = getStaticPropertyName(expression);
  const status = name === undefined ? undefined : statusByConstantName.get(name);
  return status === undefined ? undefined : { status, member: expression };
}
