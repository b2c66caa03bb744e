import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { findVariable, isVariableDefinition } from './scope.js';

import { getStaticPropertyName } from './expression.js';

/**
 * How many `const` locals one read may be followed through. Chains of locals
 * in real code are one or two deep; the bound also ends cycles
 * (`const a = b.x, b = a.y` is valid syntax).
 */
export const maxConstResolutions = 8;

/**
 * What a `const` local holds: the expression it was initialised from, and
 * the keys the declaration's pattern took to reach it.
 */
export interface ConstBinding {
  /** `err.status` in `const s = err.status`; `res` in `const { status } = res`. */
  readonly source: TSESTree.Expression;
  /** `[]` for `const s = x`, `['status']` for `const { status: s = 500 } = x`, `['response', 'status']` for `const { response: { status } } = x`. */
  readonly path: readonly string[];
  readonly declarator: TSESTree.VariableDeclarator;
}

/** The keys of the object patterns between a declarator's `id` and one of the names it binds; `undefined` through arrays, rests and computed keys. */
function getPatternPath(name: TSESTree.Node, id: TSESTree.Node): string[] | undefined {
  const path: string[] = [];
  let child = name;
  while (child !== id) {
    const { parent } = child;
    if (parent === undefined) {
      return undefined;
    }
    if (parent.type === AST_NODE_TYPES.Property) {
      const key = parent.parent.type === AST_NODE_TYPES.ObjectPattern ? getStaticPropertyName(parent) : undefined;
      if (key === undefined) {
        return undefined;
      }
      path.unshift(key);
    } else if (
      !(parent.type === AST_NODE_TYPES.AssignmentPattern && parent.left === child) &&
      parent.type !== AST_NODE_TYPES.ObjectPattern
    ) {
      return undefined;
    }
    child = parent;
  }
  return path;
}

/**
 * What the `const` that `identifier` refers to was declared as
 * (`const s = err.status`, `const { code } = err`,
 * `const { status: httpStatus } = res`); `undefined` for parameters, `let`,
 * `var`, imports, globals, array patterns and declarations without an
 * initialiser. Only the declaration is read: no data flow.
 */
export function getConstBinding(identifier: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): ConstBinding | undefined {
  const variable = findVariable(sourceCode.getScope(identifier), identifier);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!isVariableDefinition(definition) || definition.parent.kind !== 'const') {
    return undefined;
  }
  const declarator = definition.node;
  const path = declarator.init === null ? undefined : getPatternPath(definition.name, declarator.id);
  return path === undefined || declarator.init === null ? undefined : { source: declarator.init, path, declarator };
}
