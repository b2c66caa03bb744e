import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

import { getStaticString } from './expression.js';

/** A class field with an initial value: `status = 409`, `readonly code = 'x'`. */
export type InitialisedField = TSESTree.PropertyDefinition & { readonly value: TSESTree.Expression };

/** `status` for `status`, `'status'` and `['status']`; `undefined` for `#status` and other computed keys. */
export function getClassFieldName(field: TSESTree.PropertyDefinition): string | undefined {
  const { key } = field;
  if (!field.computed && key.type === AST_NODE_TYPES.Identifier) {
    return key.name;
  }
  return key.type === AST_NODE_TYPES.PrivateIdentifier ? undefined : getStaticString(key);
}

/**
 * The initialised instance field of a class body named `name`, as an object
 * literal's property: every instance of `class E extends Error { status = 409; code = 'x' }`
 * carries both. Static fields belong to the class itself, not to the errors
 * it builds, so they are left out. A name given twice keeps its last value.
 */
export function getClassField(body: TSESTree.ClassBody, name: string): InitialisedField | undefined {
  let field: InitialisedField | undefined;
  for (const member of body.body) {
    if (member.type === AST_NODE_TYPES.PropertyDefinition && !member.static && member.value !== null && getClassFieldName(member) === name) {
      field = member as InitialisedField;
    }
  }
  return field;
}
