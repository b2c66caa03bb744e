import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

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

/** `void 0`, as compilers write `undefined`. */
function isVoidZero(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.UnaryExpression && node.operator === 'void' && node.argument.type === AST_NODE_TYPES.Literal && node.argument.value === 0;
}

function isNullLiteral(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.Literal && node.raw === 'null';
}

/** `null`, `undefined` or `void 0`: a value no code or status equals. */
export function isNullishValue(node: TSESTree.Node): boolean {
  return isNullLiteral(node) || isVoidZero(node) || (node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined');
}

/** `(T = X)` gives `T` and `X`; a bare `X` (an identifier) is its own temporary. */
function getChainTemporary(node: TSESTree.Node): { temp: string; base: TSESTree.Expression } | undefined {
  if (node.type === AST_NODE_TYPES.Identifier) {
    return { temp: node.name, base: node };
  }
  return node.type === AST_NODE_TYPES.AssignmentExpression && node.operator === '=' && node.left.type === AST_NODE_TYPES.Identifier
    ? { temp: node.left.name, base: node.right }
    : undefined;
}

/** The temporary and base a compiled chain's test checks: `(T = X) === null || T === void 0`, or `(T = X) == null`. */
function getChainTest(test: TSESTree.Expression): { temp: string; base: TSESTree.Expression } | undefined {
  if (test.type === AST_NODE_TYPES.BinaryExpression && test.operator === '==' && isNullLiteral(test.right)) {
    return getChainTemporary(test.left);
  }
  if (test.type !== AST_NODE_TYPES.LogicalExpression || test.operator !== '||') {
    return undefined;
  }
  const { left, right } = test;
  if (left.type !== AST_NODE_TYPES.BinaryExpression || left.operator !== '===' || !isNullLiteral(left.right)) {
    return undefined;
  }
  const chain = getChainTemporary(left.left);
  const checksUndefined =
    right.type === AST_NODE_TYPES.BinaryExpression &&
    right.operator === '===' &&
    right.left.type === AST_NODE_TYPES.Identifier &&
    right.left.name === chain?.temp &&
    isVoidZero(right.right);
  return checksUndefined ? chain : undefined;
}

/** The identifier a member chain or call starts from: `a` in `a.b['c'].d()`, also through compiled optional chains. */
function getChainRoot(node: TSESTree.Node): TSESTree.Node {
  let current = unwrapExpression(node);
  for (;;) {
    if (current.type === AST_NODE_TYPES.MemberExpression || current.type === AST_NODE_TYPES.CallExpression) {
      current = unwrapExpression(current.type === AST_NODE_TYPES.MemberExpression ? current.object : current.callee);
      continue;
    }
    const chain = getDownlevelledChain(current);
    if (chain === undefined) {
      return current;
    }
    current = unwrapExpression(chain.base);
  }
}

/**
 * Optional chaining as TypeScript (below ES2020) and Babel compile it, as
 * found in `dist` folders: `e.response?.status` becomes
 * `(_a = e.response) === null || _a === void 0 ? void 0 : _a.status`
 * (`e === null || e === void 0 ? void 0 : e.code` for a plain variable,
 * `(_a = x) == null ? void 0 : _a.code` in Babel's loose mode). Gives the
 * checked `base` (`e.response`), the temporary holding it (`_a`) and the
 * `access` made through the temporary (`_a.status`).
 *
 * A longer chain nests: TypeScript nests it in the base
 * (`(_b = (_a = e.response) === null || ... : _a.data) === null || ... : _b.code`),
 * Babel in the access
 * (`(_r = e.response) === null || ... : (_d = _r.data) === null || ... : _d.code`),
 * where `access` is then the inner compiled chain, whose base starts from
 * the temporary.
 */
export function getDownlevelledChain(
  node: TSESTree.Node,
): { base: TSESTree.Expression; temp: string; access: TSESTree.Expression } | undefined {
  if (node.type !== AST_NODE_TYPES.ConditionalExpression || !isVoidZero(node.consequent)) {
    return undefined;
  }
  const chain = getChainTest(node.test);
  if (chain === undefined) {
    return undefined;
  }
  const inner = getDownlevelledChain(node.alternate);
  const root = getChainRoot(inner === undefined ? node.alternate : inner.base);
  return root.type === AST_NODE_TYPES.Identifier && root.name === chain.temp ? { ...chain, access: node.alternate } : undefined;
}

/**
 * The member read a compiled chain ends with (`_d.code` for either nesting
 * described at `getDownlevelledChain`), or `undefined` when it ends
 * otherwise (a call).
 */
function getChainEnd(chain: { access: TSESTree.Expression }): TSESTree.MemberExpression | undefined {
  const access = unwrapExpression(chain.access);
  const inner = getDownlevelledChain(access);
  if (inner !== undefined) {
    return getChainEnd(inner);
  }
  return access.type === AST_NODE_TYPES.MemberExpression ? access : undefined;
}

/**
 * The field an expression reads: `status` for `err.status`,
 * `e?.response?.status`, `err['status']!`, a plain `status` variable and
 * the compiled form of an optional chain (see `getDownlevelledChain`).
 * Locals are not resolved here: `getFieldRead` does that.
 */
export function getAccessedFieldName(node: TSESTree.Node): string | undefined {
  const expression = unwrapExpression(node);
  if (expression.type === AST_NODE_TYPES.MemberExpression) {
    return getStaticPropertyName(expression);
  }
  if (expression.type === AST_NODE_TYPES.Identifier) {
    return expression.name;
  }
  const chain = getDownlevelledChain(expression);
  const end = chain === undefined ? undefined : getChainEnd(chain);
  return end === undefined ? undefined : getStaticPropertyName(end);
}

/** How a comparison normalises the case of what it reads before comparing. */
export type CaseTransform = 'lower' | 'upper';

/** `value` as a read converted by `transform` would yield it. */
export function applyCaseTransform(value: string, transform: CaseTransform | undefined): string {
  return transform === 'upper' ? value.toUpperCase() : transform === 'lower' ? value.toLowerCase() : value;
}

const caseMethods: ReadonlyMap<string, CaseTransform | undefined> = new Map([
  ['toUpperCase', 'upper'],
  ['toLocaleUpperCase', 'upper'],
  ['toLowerCase', 'lower'],
  ['toLocaleLowerCase', 'lower'],
  ['toString', undefined],
]);

const convertingFunctions: ReadonlySet<string> = new Set(['Number', 'String']);

/** `x.toUpperCase()` and the like: the method's transform and the object it is called on. */
function getCaseCall(node: TSESTree.Node): { object: TSESTree.Expression; transform: CaseTransform | undefined } | undefined {
  if (node.type !== AST_NODE_TYPES.CallExpression || node.arguments.length > 0) {
    return undefined;
  }
  const callee = unwrapExpression(node.callee);
  const name = callee.type === AST_NODE_TYPES.MemberExpression ? getStaticPropertyName(callee) : undefined;
  return callee.type === AST_NODE_TYPES.MemberExpression && name !== undefined && caseMethods.has(name)
    ? { object: callee.object, transform: caseMethods.get(name) }
    : undefined;
}

/** `String(x)` or `Number(x)`. */
function isConvertingCall(node: TSESTree.Node): node is TSESTree.CallExpression & { arguments: [TSESTree.Expression] } {
  return (
    node.type === AST_NODE_TYPES.CallExpression &&
    node.callee.type === AST_NODE_TYPES.Identifier &&
    convertingFunctions.has(node.callee.name) &&
    node.arguments.length === 1 &&
    node.arguments[0]?.type !== AST_NODE_TYPES.SpreadElement
  );
}

/**
 * What a comparison operand reads once conversions that keep its identity
 * are set aside: `x.toUpperCase()`, `x.toLowerCase()` (and their
 * `toLocale...` forms), `x.toString()`, `String(x)`, `Number(x)`, `+x`, in
 * any nesting, with `?.` (also compiled) and TypeScript wrappers. The
 * outermost case change is the one that counts. `expression` is `node`
 * itself when there is nothing to strip.
 */
export function stripConversions<Node extends TSESTree.Node>(
  node: Node,
): { expression: Node | TSESTree.Expression; caseTransform: CaseTransform | undefined } {
  let expression: Node | TSESTree.Expression = node;
  let caseTransform: CaseTransform | undefined;
  // Bounded: real code stacks two or three conversions at most.
  for (let step = 0; step < 8; step++) {
    const current = unwrapExpression(expression);
    const chain = getDownlevelledChain(current);
    const call = getCaseCall(chain === undefined ? current : chain.access);
    if (call !== undefined && (chain === undefined || getChainRoot(call.object) === unwrapExpression(call.object))) {
      caseTransform ??= call.transform;
      expression = chain === undefined ? call.object : chain.base;
    } else if (isConvertingCall(current)) {
      expression = current.arguments[0];
    } else if (current.type === AST_NODE_TYPES.UnaryExpression && current.operator === '+') {
      expression = current.argument;
    } else {
      break;
    }
  }
  return { expression, caseTransform };
}

/**
 * The property of an object literal statically named `name`; for a repeated
 * key the last one, as at run time. Spreads, computed keys that are not
 * constant, methods and accessors are left out. Asked of every object
 * literal by several rules, so it builds nothing.
 */
export function getObjectLiteralField(node: TSESTree.ObjectExpression, name: string): TSESTree.Property | undefined {
  let field: TSESTree.Property | undefined;
  for (const property of node.properties) {
    if (property.type === AST_NODE_TYPES.Property && property.kind === 'init' && !property.method && getStaticPropertyName(property) === name) {
      field = property;
    }
  }
  return field;
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
