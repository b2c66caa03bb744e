import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

export type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression;
export type FunctionScope = FunctionNode | TSESTree.Program;

/** A function with a body: a declaration, an expression or an arrow. */
export function isFunctionNode(node: TSESTree.Node): node is FunctionNode {
  return (
    node.type === AST_NODE_TYPES.FunctionDeclaration ||
    node.type === AST_NODE_TYPES.FunctionExpression ||
    node.type === AST_NODE_TYPES.ArrowFunctionExpression
  );
}

/** The function `node` runs in, or the Program for top-level code. */
export function getEnclosingFunction(node: TSESTree.Node): FunctionScope {
  let current: TSESTree.Node = node;
  while (current.type !== AST_NODE_TYPES.Program && !isFunctionNode(current)) {
    current = current.parent;
  }
  return current;
}

/**
 * Whether `node` runs as part of `ancestor` (a branch it lies in), not later:
 * no function or class body stands between them. The checker carries the
 * narrowing of a branch's condition into neither, so a read there has only
 * its declared type.
 */
export function runsWithin(node: TSESTree.Node, ancestor: TSESTree.Node): boolean {
  for (let current: TSESTree.Node | undefined = node; current !== ancestor; current = current.parent) {
    if (current === undefined || isFunctionNode(current) || current.type === AST_NODE_TYPES.ClassBody) {
      return false;
    }
  }
  return true;
}
