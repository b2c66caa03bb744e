import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

import { getStaticPropertyName } from './expression.js';
import { isFunctionNode } from './functions.js';

/**
 * The name a default value is given to: the key in `{ status = 400 }` and
 * `{ status: httpStatus = 400 }`, the parameter in `function fail(status = 400)`
 * (also a constructor's `public status = 400`).
 */
export function getDefaultedName(pattern: TSESTree.AssignmentPattern): string | undefined {
  const { parent } = pattern;
  if (parent.type === AST_NODE_TYPES.Property && parent.value === pattern) {
    return parent.parent.type === AST_NODE_TYPES.ObjectPattern ? getStaticPropertyName(parent) : undefined;
  }
  return pattern.left.type === AST_NODE_TYPES.Identifier ? pattern.left.name : undefined;
}

/**
 * The default values one parameter list or object pattern gives, by name:
 * `(status = 400, code = 'x')` and `({ status = 400, code = 'x' })` both
 * give `status` and `code`. A name given twice keeps its first default.
 */
export function getDefaultValues(elements: readonly TSESTree.Node[]): Map<string, TSESTree.Expression> {
  const defaults = new Map<string, TSESTree.Expression>();
  for (const element of elements) {
    let pattern: TSESTree.Node = element;
    if (pattern.type === AST_NODE_TYPES.TSParameterProperty) {
      pattern = pattern.parameter;
    } else if (pattern.type === AST_NODE_TYPES.Property) {
      pattern = pattern.value;
    }
    const name = pattern.type === AST_NODE_TYPES.AssignmentPattern ? getDefaultedName(pattern) : undefined;
    if (pattern.type === AST_NODE_TYPES.AssignmentPattern && name !== undefined && !defaults.has(name)) {
      defaults.set(name, pattern.right);
    }
  }
  return defaults;
}

/**
 * The parameter list or object pattern a default's `holder` (the node the
 * `AssignmentPattern` sits in: a function, a constructor's parameter
 * property, or a property of an object pattern) belongs to, as elements for
 * `getDefaultValues`; empty for anything else, such as an array pattern,
 * which names no field.
 */
export function getDefaultSiblings(holder: TSESTree.Node): readonly TSESTree.Node[] {
  if (holder.type === AST_NODE_TYPES.Property) {
    return holder.parent.type === AST_NODE_TYPES.ObjectPattern ? holder.parent.properties : [];
  }
  // A constructor's `public code = 'x'` sits in a parameter property, one step below the parameter list.
  const owner = holder.type === AST_NODE_TYPES.TSParameterProperty ? holder.parent : holder;
  return isFunctionNode(owner) ? owner.params : [];
}

/**
 * The default that the list or pattern of `pattern` gives `name` (a sibling
 * parameter, or another property of its object pattern), if any:
 * `code = 'license_expired'` beside `status = 400` says an error body is
 * being built.
 */
export function getSiblingDefault(pattern: TSESTree.AssignmentPattern, name: string): TSESTree.Expression | undefined {
  return getDefaultValues(getDefaultSiblings(pattern.parent)).get(name);
}
