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
