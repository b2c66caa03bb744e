import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

/** TypeScript's wrappers that leave the value they wrap unchanged: `!`, `as`, `satisfies`, `<T>x`. */
export const typeWrapperTypes: ReadonlySet<AST_NODE_TYPES> = new Set([
  AST_NODE_TYPES.TSNonNullExpression,
  AST_NODE_TYPES.TSAsExpression,
  AST_NODE_TYPES.TSSatisfiesExpression,
  AST_NODE_TYPES.TSTypeAssertion,
]);

type TypeWrapper =
  | TSESTree.TSAsExpression
  | TSESTree.TSNonNullExpression
  | TSESTree.TSSatisfiesExpression
  | TSESTree.TSTypeAssertion;

function isTypeWrapper(node: TSESTree.Node): node is TypeWrapper {
  return typeWrapperTypes.has(node.type);
}

/** Strips what does not change a value: optional-chain wrappers and the TypeScript wrappers above. */
export function unwrapExpression(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.type === AST_NODE_TYPES.ChainExpression || isTypeWrapper(current)) {
    current = current.expression;
  }
  return current;
}

/** The key of `a.key`, `a['key']`, `{ key: v }` or `{ 'key': v }`, when it is known without running the code. */
export function getStaticPropertyName(node: TSESTree.MemberExpression | TSESTree.Property): string | undefined {
  const key = node.type === AST_NODE_TYPES.Property ? node.key : node.property;
  if (!node.computed) {
    return key.type === AST_NODE_TYPES.Identifier ? key.name : key.type === AST_NODE_TYPES.Literal ? String(key.value) : undefined;
  }
  if (key.type === AST_NODE_TYPES.Literal && (typeof key.value === 'string' || typeof key.value === 'number')) {
    return String(key.value);
  }
  if (key.type === AST_NODE_TYPES.TemplateLiteral && key.expressions.length === 0) {
    return key.quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}

/**
 * The field an expression reads: `status` for `err.status`,
 * `e?.response?.status`, `err['status']!` and a plain `status` variable.
 */
export function getAccessedFieldName(node: TSESTree.Node): string | undefined {
  const expression = unwrapExpression(node);
  if (expression.type === AST_NODE_TYPES.MemberExpression) {
    return getStaticPropertyName(expression);
  }
  if (expression.type === AST_NODE_TYPES.Identifier) {
    return expression.name;
  }
  return undefined;
}

/**
 * The statically named properties of an object literal, by name. Spreads,
 * computed keys that are not constant, methods and accessors are left out;
 * for a repeated key the last one wins, as at run time.
 */
export function getObjectLiteralFields(node: TSESTree.ObjectExpression): Map<string, TSESTree.Property> {
  const fields = new Map<string, TSESTree.Property>();
  for (const property of node.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.kind !== 'init' || property.method) {
      continue;
    }
    const name = getStaticPropertyName(property);
    if (name !== undefined) {
      fields.set(name, property);
    }
  }
  return fields;
}

/** The value of a string literal or of a template literal without expressions. */
export function getStaticString(node: TSESTree.Node): string | undefined {
  const expression = unwrapExpression(node);
  if (expression.type === AST_NODE_TYPES.Literal && typeof expression.value === 'string') {
    return expression.value;
  }
  if (expression.type === AST_NODE_TYPES.TemplateLiteral && expression.expressions.length === 0) {
    return expression.quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}

/** The value of a number literal (not a bigint, not a unary minus). */
export function getStaticNumber(node: TSESTree.Node): number | undefined {
  const expression = unwrapExpression(node);
  return expression.type === AST_NODE_TYPES.Literal && typeof expression.value === 'number' ? expression.value : undefined;
}
