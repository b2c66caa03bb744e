import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { type CaseTransform, getAccessedFieldName, isNullishValue, stripConversions, unwrapExpression } from './expression.js';
import { getFieldRead } from './field-read.js';

export type EqualityOperator = '==' | '===' | '!=' | '!==';

/** `err.code === 'x'` seen as the field read, the field's name and the value it is compared with. */
export interface FieldComparison {
  readonly node: TSESTree.BinaryExpression;
  readonly operator: EqualityOperator;
  /**
   * The field read inside the operand: `err.code` in `err.code.toUpperCase()`,
   * `e?.response?.data?.code`, a compiled optional chain, or a variable
   * (`code`, or `s` after `const s = err.status`).
   */
  readonly read: TSESTree.Expression;
  /** The operand as written: `err.code.toUpperCase()`; `read` itself when nothing was stripped. */
  readonly operand: TSESTree.Expression;
  /** The field read, after locals are resolved: `status` for `s` after `const s = err.status`. */
  readonly field: string;
  /** The path of the object read, as `getFieldRead` gives it. */
  readonly owner: readonly string[] | undefined;
  /**
   * How the operand changes the case of the field before comparing: `upper`
   * for `err.code.toUpperCase()`, and for `code` after
   * `const code = err.code.toUpperCase()` (given `sourceCode`). The last
   * change applied wins, as in `getFieldRead`.
   */
  readonly caseTransform: CaseTransform | undefined;
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
 *
 * Seen through: case changes and conversions (`err.code.toUpperCase()`,
 * `String(err.code)`, `Number(err.status)`, `+err.status`), optional chains
 * compiled for older targets, and, given `sourceCode`, `const` locals
 * (`const s = err.status; s === 401`, `const { code } = err`), with the case
 * changes made on their initialisers (`const c = err.code.toUpperCase()`).
 */
export function getFieldComparisons(
  node: TSESTree.Node,
  fields: ReadonlySet<string>,
  sourceCode?: Readonly<TSESLint.SourceCode>,
): FieldComparison[] {
  if (node.type !== AST_NODE_TYPES.BinaryExpression || !isEqualityOperator(node.operator) || node.left.type === AST_NODE_TYPES.PrivateIdentifier) {
    return [];
  }
  const comparisons: FieldComparison[] = [];
  const { operator } = node;
  addFieldComparison(comparisons, node, operator, node.left, node.right, fields, sourceCode);
  addFieldComparison(comparisons, node, operator, node.right, node.left, fields, sourceCode);
  return comparisons;
}

/** The comparison of `operand`'s field with `value`, when `operand` reads one of `fields`. */
function addFieldComparison(
  comparisons: FieldComparison[],
  node: TSESTree.BinaryExpression,
  operator: EqualityOperator,
  operand: TSESTree.Expression,
  value: TSESTree.Expression,
  fields: ReadonlySet<string>,
  sourceCode: Readonly<TSESLint.SourceCode> | undefined,
): void {
  const stripped = stripConversions(operand);
  const read = stripped.expression;
  const unwrapped = unwrapExpression(read);
  // A member read must name the field itself; only a variable may stand for another name, and only then is its scope
  // consulted (never for `undefined`, the variable most often compared).
  const isVariable = unwrapped.type === AST_NODE_TYPES.Identifier && !isNullishValue(unwrapped);
  const syntacticField = isVariable ? undefined : getAccessedFieldName(read);
  if (!isVariable && (syntacticField === undefined || !fields.has(syntacticField))) {
    return;
  }
  const fieldRead = getFieldRead(read, sourceCode);
  if (fieldRead !== undefined && fields.has(fieldRead.field)) {
    const caseTransform = stripped.caseTransform ?? fieldRead.caseTransform;
    comparisons.push({ node, operator, read, operand, field: fieldRead.field, owner: fieldRead.owner, caseTransform, value });
  }
}
