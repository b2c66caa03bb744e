import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getConstBinding } from '../utils/ast/bindings.js';
import { unwrapExpression } from '../utils/ast/expression.js';

/**
 * The object a status read takes its status from, as a node whose type can
 * be asked: `err` for `err.status`, for `s` after `const s = err.status`, and
 * for `status` after `const { status } = err`. `undefined` for deeper
 * patterns and anything else.
 */
export function getStatusOwner(read: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.Node | undefined {
  const expression = unwrapExpression(read);
  if (expression.type === AST_NODE_TYPES.MemberExpression) {
    return expression.object;
  }
  const binding = expression.type === AST_NODE_TYPES.Identifier ? getConstBinding(expression, sourceCode) : undefined;
  if (binding?.path.length === 1) {
    return binding.source;
  }
  const source = binding?.path.length === 0 ? unwrapExpression(binding.source) : undefined;
  return source?.type === AST_NODE_TYPES.MemberExpression ? source.object : undefined;
}
