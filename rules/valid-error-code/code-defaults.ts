import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

import { getDefaultValues } from '../utils/ast/default-values.js';
import { getStaticNumber } from '../utils/ast/expression.js';
import { isFunctionNode } from '../utils/ast/functions.js';

/**
 * The number a `status = 400` default beside `pattern` gives (a sibling
 * parameter, or another property of its object pattern), if any: a sign that
 * an error body is being built.
 */
export function getSiblingStatusDefault(pattern: TSESTree.AssignmentPattern): number | undefined {
  const { parent } = pattern;
  const siblings =
    parent.type === AST_NODE_TYPES.Property && parent.parent.type === AST_NODE_TYPES.ObjectPattern
      ? parent.parent.properties
      : isFunctionNode(parent)
        ? parent.params
        : [];
  const status = getDefaultValues(siblings).get('status');
  return status === undefined ? undefined : getStaticNumber(status);
}
