import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { getAccessedFieldName } from './expression.js';

export type EqualityOperator = '==' | '===' | '!=' | '!==';

/** `err.code === 'x'` seen as the field read, the field's name and the value it is compared with. */
export interface FieldComparison {
  readonly node: TSESTree.BinaryExpression;
  readonly operator: EqualityOperator;
  /** `err.code`, `e?.response?.data?.code`, or a bare `code` variable. */
  readonly read: TSESTree.Expression;
  readonly field: string;
  /** The other operand, as written (assertions included). */
  readonly value: TSESTree.Expression;
}

/** `==`, `===`, `!=` or `!==`: the operators that compare a field with a value. */
export function isEqualityOperator(operator: string): operator is EqualityOperator {
  return operator === '==' || operator === '===' || operator === '!=' || operator === '!==';
}

/** `==` or `===`: a comparison that, when true, says what the field holds. */
export function isAffirmativeComparison({ operator }: FieldComparison): boolean {
  return operator === '==' || operator === '===';
}

/**
 * The ways `node` compares one of `fields` with something, in either operand
 * order: `err.code === 'x'` and `'x' == err?.code` both give `read: err.code`.
 * Two results when both operands read such a field (`a.code === b.code`).
 */
export function getFieldComparisons(node: TSESTree.Node, fields: ReadonlySet<string>): FieldComparison[] {
  if (node.type !== AST_NODE_TYPES.BinaryExpression || !isEqualityOperator(node.operator) || node.left.type === AST_NODE_TYPES.PrivateIdentifier) {
    return [];
  }
  const { operator } = node;
  const comparisons: FieldComparison[] = [];
  for (const [read, value] of [
    [node.left, node.right],
    [node.right, node.left],
  ] as const) {
    const field = getAccessedFieldName(read);
    if (field !== undefined && fields.has(field)) {
      comparisons.push({ node, operator, read, field, value });
    }
  }
  return comparisons;
}
