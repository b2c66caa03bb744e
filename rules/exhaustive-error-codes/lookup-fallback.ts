import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getStaticPropertyName, typeWrapperTypes, unwrapExpression } from '../utils/ast/expression.js';
import { getReferencePath, isSameOwner } from '../utils/ast/field-read.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Whether a node is a read of the table itself, not of another variable of the same name. */
export type TableTest = (node: TSESTree.Node) => boolean;

/** Where the search for a guard stops: a function may run after its enclosing test no longer holds, and the program is the top. */
const guardBoundaryTypes: ReadonlySet<AST_NODE_TYPES> = new Set([
  AST_NODE_TYPES.ArrowFunctionExpression,
  AST_NODE_TYPES.FunctionDeclaration,
  AST_NODE_TYPES.FunctionExpression,
  AST_NODE_TYPES.Program,
]);

/** The node whose parent uses the value of `node`, past `!`, `as` and other TypeScript wrappers. */
function skipTypeWrappers(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent !== undefined && typeWrapperTypes.has(current.parent.type)) {
    current = current.parent;
  }
  return current;
}

/** `messages[code] ?? 'Unknown error'`, `messages[code] || fallback`: the lookup has a default at its use. */
function hasDefaultValue(lookup: TSESTree.MemberExpression): boolean {
  let node: TSESTree.Node = lookup;
  while (node.parent !== undefined && (node.parent.type === AST_NODE_TYPES.ChainExpression || typeWrapperTypes.has(node.parent.type))) {
    node = node.parent;
  }
  const { parent } = node;
  return parent?.type === AST_NODE_TYPES.LogicalExpression && (parent.operator === '??' || parent.operator === '||') && parent.left === node;
}

/** `handlers[code]?.(err)`, `handlers[code]?.label`: a missing entry is skipped by the optional call or member. */
function isUsedOptionally(lookup: TSESTree.MemberExpression): boolean {
  const node = skipTypeWrappers(lookup);
  const { parent } = node;
  return (
    (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === node && parent.optional) ||
    (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === node && parent.optional)
  );
}

/** Whether two keys are one: the same reference (`err.code`, `err?.code`, `code` after `const { code } = err`), or else the same text. */
function isSameKey(a: TSESTree.Node, b: TSESTree.Node, sourceCode: SourceCode): boolean {
  const first = getReferencePath(a, sourceCode);
  const second = getReferencePath(b, sourceCode);
  if (first !== undefined || second !== undefined) {
    return isSameOwner(first, second);
  }
  return sourceCode.getText(unwrapExpression(a)) === sourceCode.getText(unwrapExpression(b));
}

function isMemberNamed(node: TSESTree.Node, name: string): node is TSESTree.MemberExpression {
  return node.type === AST_NODE_TYPES.MemberExpression && getStaticPropertyName(node) === name;
}

/**
 * The table and key a membership test checks, as written: `key in table`,
 * `Object.hasOwn(table, key)`, `table.hasOwnProperty(key)` and
 * `Object.prototype.hasOwnProperty.call(table, key)`.
 */
function getMembershipTest(node: TSESTree.Node): { table: TSESTree.Node; key: TSESTree.Node } | undefined {
  if (node.type === AST_NODE_TYPES.BinaryExpression && node.operator === 'in') {
    return node.left.type === AST_NODE_TYPES.PrivateIdentifier ? undefined : { table: node.right, key: node.left };
  }
  if (node.type !== AST_NODE_TYPES.CallExpression) {
    return undefined;
  }
  const callee = unwrapExpression(node.callee);
  const receiver = callee.type === AST_NODE_TYPES.MemberExpression ? unwrapExpression(callee.object) : undefined;
  const [first, second] = node.arguments;
  if (receiver === undefined || first === undefined || first.type === AST_NODE_TYPES.SpreadElement) {
    return undefined;
  }
  if (isMemberNamed(callee, 'hasOwnProperty')) {
    return node.arguments.length === 1 ? { table: receiver, key: first } : undefined;
  }
  const isTwoArgumentTest =
    (isMemberNamed(callee, 'hasOwn') && receiver.type === AST_NODE_TYPES.Identifier && receiver.name === 'Object') ||
    (isMemberNamed(callee, 'call') && isMemberNamed(receiver, 'hasOwnProperty'));
  return isTwoArgumentTest && second !== undefined && second.type !== AST_NODE_TYPES.SpreadElement ? { table: first, key: second } : undefined;
}

/**
 * Whether `test` having the truth value `holds` proves that the table has
 * the key: `k in t` when true, `!(k in t)` when false, and either through
 * `&&` (when true) or `||` (when false).
 */
function provesMembership(test: TSESTree.Node, holds: boolean, isGuard: (node: TSESTree.Node) => boolean): boolean {
  const node = unwrapExpression(test);
  if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!') {
    return provesMembership(node.argument, !holds, isGuard);
  }
  if (node.type === AST_NODE_TYPES.LogicalExpression) {
    const splits = holds ? node.operator === '&&' : node.operator === '||';
    return splits && (provesMembership(node.left, holds, isGuard) || provesMembership(node.right, holds, isGuard));
  }
  return holds && isGuard(node);
}

/**
 * `if (code in handlers) handlers[code](err)`, `Object.hasOwn(t, k) ? t[k] : x`,
 * `t.hasOwnProperty(k) && t[k]()`: an enclosing `if`, `?:`, `&&` or `||`
 * of the same function only reaches the lookup once the table is known to
 * have the key, so a missing key is handled there.
 */
function isGuarded(lookup: TSESTree.MemberExpression, isTable: TableTest, sourceCode: SourceCode): boolean {
  const isGuard = (node: TSESTree.Node): boolean => {
    const membership = getMembershipTest(node);
    return membership !== undefined && isTable(unwrapExpression(membership.table)) && isSameKey(membership.key, lookup.property, sourceCode);
  };
  for (let child: TSESTree.Node = lookup; child.parent !== undefined && !guardBoundaryTypes.has(child.parent.type); child = child.parent) {
    const parent: TSESTree.Node = child.parent;
    let test: TSESTree.Node | undefined;
    let holds = true;
    if (parent.type === AST_NODE_TYPES.IfStatement || parent.type === AST_NODE_TYPES.ConditionalExpression) {
      test = child === parent.test ? undefined : parent.test;
      holds = child === parent.consequent;
    } else if (parent.type === AST_NODE_TYPES.LogicalExpression && child === parent.right && parent.operator !== '??') {
      test = parent.left;
      holds = parent.operator === '&&';
    }
    if (test !== undefined && provesMembership(test, holds, isGuard)) {
      return true;
    }
  }
  return false;
}

/**
 * Whether a lookup handles a code the table has no entry for where it reads
 * it: a default (`?? 'Unknown error'`, `|| fallback`), an optional call or
 * member (`handlers[code]?.(err)`), or a membership test that guards it
 * (`if (code in handlers)`, `Object.hasOwn(handlers, code) ? ... : ...`).
 */
export function hasFallback(lookup: TSESTree.MemberExpression, isTable: TableTest, sourceCode: SourceCode): boolean {
  return hasDefaultValue(lookup) || isUsedOptionally(lookup) || isGuarded(lookup, isTable, sourceCode);
}
