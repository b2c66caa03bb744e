import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { type FieldComparison, getFieldComparisons, isAffirmativeComparison } from '../utils/ast/field-comparison.js';
import { getFieldName } from '../utils/ast/field-read.js';
import { isFunctionNode } from '../utils/ast/functions.js';
import { isSameErrorObject } from '../evidence/same-error-object.js';

const statusField = new Set(['status']);

/** The operands of an `&&` chain, however it is nested: `a && (b && c)` gives `[a, b, c]`. */
export function getAndOperands(node: TSESTree.Node): TSESTree.Node[] {
  return node.type === AST_NODE_TYPES.LogicalExpression && node.operator === '&&'
    ? [...getAndOperands(node.left), ...getAndOperands(node.right)]
    : [node];
}

/** `X.status === value` and `value == X.status` (not `!=`): comparisons that, when true, fix the status. */
export function getStatusEqualities(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): FieldComparison[] {
  return getFieldComparisons(node, statusField, sourceCode).filter(isAffirmativeComparison);
}

function endsCase(statement: TSESTree.Statement | undefined): boolean {
  switch (statement?.type) {
    case AST_NODE_TYPES.BreakStatement:
    case AST_NODE_TYPES.ContinueStatement:
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.ThrowStatement:
      return true;
    default:
      return false;
  }
}

/**
 * The case tests that lead into `switchCase`: its own and those of the empty
 * cases falling into it. `undefined` when `default` or a non-empty case that
 * may fall through also leads there.
 */
function getCaseTests(switchCase: TSESTree.SwitchCase): TSESTree.Expression[] | undefined {
  const { cases } = switchCase.parent;
  const tests: TSESTree.Expression[] = [];
  for (let index = cases.indexOf(switchCase); index >= 0; index--) {
    const current = cases[index];
    if (current === undefined || current.test === null) {
      return undefined;
    }
    if (current !== switchCase && current.consequent.length > 0) {
      return endsCase(current.consequent.at(-1)) ? tests : undefined;
    }
    tests.unshift(current.test);
  }
  return tests;
}

/**
 * The status values `node` can only be reached with, for the error whose code
 * `codeRead` reads: from enclosing `if (X.status === 400)` consequents (also
 * as one operand of an `&&` test), `?:` consequents, and `case 400:` of a
 * `switch (X.status)`. `else` branches and early-return guards do not narrow.
 * The search stops at the enclosing function. `const` locals resolve
 * (`const { status, code } = e.response.data`).
 */
export function getNarrowingStatuses(
  node: TSESTree.Node,
  codeRead: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESTree.Expression[][] {
  const narrowing: TSESTree.Expression[][] = [];
  let child = node;
  // ESLint sets the Program's parent to `null`, though the types say `undefined`.
  for (let parent = node.parent; parent && !isFunctionNode(child); child = parent, parent = parent.parent) {
    if ((parent.type === AST_NODE_TYPES.IfStatement || parent.type === AST_NODE_TYPES.ConditionalExpression) && parent.consequent === child) {
      for (const operand of getAndOperands(parent.test)) {
        for (const comparison of getStatusEqualities(operand, sourceCode)) {
          if (isSameErrorObject(comparison.read, codeRead, sourceCode)) {
            narrowing.push([comparison.value]);
          }
        }
      }
    } else if (
      parent.type === AST_NODE_TYPES.SwitchCase &&
      parent.test !== child &&
      getFieldName(parent.parent.discriminant, sourceCode) === 'status' &&
      isSameErrorObject(parent.parent.discriminant, codeRead, sourceCode)
    ) {
      const tests = getCaseTests(parent);
      if (tests !== undefined) {
        narrowing.push(tests);
      }
    }
  }
  return narrowing;
}
