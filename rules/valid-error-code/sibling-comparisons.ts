import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

/** The comparisons a condition is made of, through `&&`, `||`, `??` and `!`. */
function collectComparisons(node: TSESTree.Node, into: TSESTree.BinaryExpression[]): void {
  switch (node.type) {
    case AST_NODE_TYPES.BinaryExpression:
      into.push(node);
      return;
    case AST_NODE_TYPES.LogicalExpression:
      collectComparisons(node.left, into);
      collectComparisons(node.right, into);
      return;
    case AST_NODE_TYPES.UnaryExpression:
      if (node.operator === '!') {
        collectComparisons(node.argument, into);
      }
      return;
    default:
  }
}

/** The first `if` of the `else if` ladder `statement` belongs to. */
function ladderHead(statement: TSESTree.IfStatement): TSESTree.IfStatement {
  let head = statement;
  while (head.parent.type === AST_NODE_TYPES.IfStatement && head.parent.alternate === head) {
    head = head.parent;
  }
  return head;
}

/**
 * The comparisons that stand with `node` in one decision: those joined to it
 * by `&&` / `||`, and, when that condition is the test of an `if`, those in
 * every test of its `else if` ladder. `node` itself is included.
 */
export function getSiblingComparisons(node: TSESTree.BinaryExpression): TSESTree.BinaryExpression[] {
  let condition: TSESTree.Node = node;
  while (
    condition.parent.type === AST_NODE_TYPES.LogicalExpression ||
    (condition.parent.type === AST_NODE_TYPES.UnaryExpression && condition.parent.operator === '!')
  ) {
    condition = condition.parent;
  }
  const comparisons: TSESTree.BinaryExpression[] = [];
  const { parent } = condition;
  if (parent.type !== AST_NODE_TYPES.IfStatement || parent.test !== condition) {
    collectComparisons(condition, comparisons);
    return comparisons;
  }
  for (let statement: TSESTree.Statement | null = ladderHead(parent); statement?.type === AST_NODE_TYPES.IfStatement; statement = statement.alternate) {
    collectComparisons(statement.test, comparisons);
  }
  return comparisons;
}
