import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

export type FunctionScope = TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.Program;

/** The function `node` runs in, or the Program for top-level code. */
export function getEnclosingFunction(node: TSESTree.Node): FunctionScope {
  let current: TSESTree.Node = node;
  while (
    current.type !== AST_NODE_TYPES.Program &&
    current.type !== AST_NODE_TYPES.FunctionDeclaration &&
    current.type !== AST_NODE_TYPES.FunctionExpression &&
    current.type !== AST_NODE_TYPES.ArrowFunctionExpression
  ) {
    current = current.parent;
  }
  return current;
}
