import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getDefaultedName } from '../utils/ast/default-values.js';
import { getReferencePath } from '../utils/ast/field-read.js';

/**
 * Whether the default in `pattern` is a status default: `status = 400` as a
 * parameter or in a destructuring pattern, unless the pattern destructures
 * an allowed object (`const { status = 200 } = res` with `res` allowed).
 */
export function isStatusDefault(
  pattern: TSESTree.AssignmentPattern,
  statusProperties: ReadonlySet<string>,
  allowObjects: ReadonlySet<string>,
  sourceCode: Readonly<TSESLint.SourceCode>,
): boolean {
  const name = getDefaultedName(pattern);
  if (name === undefined || !statusProperties.has(name)) {
    return false;
  }
  const objectPattern = pattern.parent.type === AST_NODE_TYPES.Property ? pattern.parent.parent : undefined;
  const declarator = objectPattern?.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id !== objectPattern || declarator.init === null) {
    return true;
  }
  const source = getReferencePath(declarator.init, sourceCode)?.at(-1);
  return source === undefined || !allowObjects.has(source);
}
