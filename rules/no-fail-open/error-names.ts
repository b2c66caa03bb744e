import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

import { getReferencePath } from '../utils/ast/field-read.js';

/**
 * The names a handler binds to the failure it receives, each with the field
 * of the failure it holds: `undefined` for the failure itself (`err`), the
 * field's name for a part of it (`status` of `catch ({ status })`, `s` of
 * `const s = err.response.status`).
 */
export type ErrorBindings = ReadonlyMap<string, string | undefined>;

/** The names a pattern binds, each with the last key that reached it: `code` and `status` of `({ code, response: { status: s } })`. */
function bindPattern(pattern: TSESTree.Node, field: string | undefined, bindings: Map<string, string | undefined>): void {
  switch (pattern.type) {
    case AST_NODE_TYPES.Identifier:
      bindings.set(pattern.name, field);
      return;
    case AST_NODE_TYPES.ObjectPattern:
      for (const property of pattern.properties) {
        if (property.type === AST_NODE_TYPES.RestElement) {
          bindPattern(property.argument, field, bindings);
        } else {
          const key = !property.computed && property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : undefined;
          bindPattern(property.value, key, bindings);
        }
      }
      return;
    case AST_NODE_TYPES.AssignmentPattern:
      bindPattern(pattern.left, field, bindings);
      return;
    default:
      // Array patterns and the rest: what they bind is no named field of the failure.
      return;
  }
}

/**
 * The names that hold the failure a handler receives, or a part of it: its
 * parameter, and the `const` locals the handler's body declares from them
 * (`const status = err.response?.status`, `const { code } = err`). Read once
 * per handler, so that the tests in it need no scope lookups.
 */
export function getErrorBindings(parameter: TSESTree.Node | null | undefined, body: TSESTree.Node): ErrorBindings {
  const bindings = new Map<string, string | undefined>();
  if (parameter === null || parameter === undefined) {
    return bindings;
  }
  bindPattern(parameter, undefined, bindings);
  const statements = body.type === AST_NODE_TYPES.BlockStatement ? body.body : [];
  for (const statement of statements) {
    if (statement.type !== AST_NODE_TYPES.VariableDeclaration || statement.kind !== 'const') {
      continue;
    }
    for (const declarator of statement.declarations) {
      const path = declarator.init === null ? undefined : getReferencePath(declarator.init);
      const root = path?.[0];
      if (path !== undefined && root !== undefined && bindings.has(root)) {
        bindPattern(declarator.id, path.length > 1 ? path.at(-1) : bindings.get(root), bindings);
      }
    }
  }
  return bindings;
}
