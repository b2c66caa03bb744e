import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

/** Conditions nest through `&&`, `||` and `??`, and through `!`. */
function isConditionPart(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.LogicalExpression || (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!');
}

/** The parts of a condition that are not themselves `&&`, `||`, `??` or `!`. */
function getConditionLeaves(node: TSESTree.Node): TSESTree.Node[] {
  if (node.type === AST_NODE_TYPES.LogicalExpression) {
    return [...getConditionLeaves(node.left), ...getConditionLeaves(node.right)];
  }
  return node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!' ? getConditionLeaves(node.argument) : [node];
}

type Branching = TSESTree.ConditionalExpression | TSESTree.IfStatement;

function isBranching(node: TSESTree.Node | null | undefined): node is Branching {
  return node?.type === AST_NODE_TYPES.IfStatement || node?.type === AST_NODE_TYPES.ConditionalExpression;
}

function isBranchingOn(node: TSESTree.Node | undefined, test: TSESTree.Node): node is Branching {
  return isBranching(node) && node.test === test;
}

function isElseBranchOf(node: TSESTree.Node | undefined, child: TSESTree.Node): node is Branching {
  return isBranching(node) && node.alternate === child;
}

/**
 * The other checks made in the same decision as `comparison`: the rest of its
 * condition (`a === 401 || a === 403`, at any depth of `&&`, `||`, `??` and
 * `!`), and, when that condition is the test of an `if` or `?:`, the tests of
 * the whole `else if` (or nested `?:` alternate) ladder it belongs to.
 * `comparison` itself is left out.
 */
export function getSiblingChecks(comparison: TSESTree.Node): TSESTree.Node[] {
  let condition = comparison;
  while (condition.parent !== undefined && isConditionPart(condition.parent)) {
    condition = condition.parent;
  }
  const tests: TSESTree.Node[] = [condition];
  if (isBranchingOn(condition.parent, condition)) {
    let top: Branching = condition.parent;
    while (isElseBranchOf(top.parent, top)) {
      top = top.parent;
    }
    tests.length = 0;
    for (let branch: TSESTree.Node | null = top; isBranching(branch); branch = branch.alternate) {
      tests.push(branch.test);
    }
  }
  return tests.flatMap(getConditionLeaves).filter((leaf) => leaf !== comparison);
}
