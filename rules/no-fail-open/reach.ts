import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { pushChildren } from '../evidence/license-api/instances.js';
import { type PromiseLink, climbWrappers, getPromiseChain } from '../evidence/license-api/outcomes.js';
import { getStaticPropertyName, unwrapExpression } from '../utils/ast/expression.js';
import { isFunctionNode } from '../utils/ast/functions.js';

/** How many steps a failure is followed out of a call (`.then` links, `Promise.all`, callbacks): real chains are short. */
const maxSteps = 16;

export { climbWrappers };

const combinators: ReadonlySet<string> = new Set(['all', 'any', 'race']);

/** `Promise.all([ ... ])`: the call whose promise rejects when `array`'s does. */
function getCombinator(array: TSESTree.Node): TSESTree.CallExpression | undefined {
  const call = array.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== array) {
    return undefined;
  }
  const callee = unwrapExpression(call.callee);
  const isCombinator =
    callee.type === AST_NODE_TYPES.MemberExpression &&
    callee.object.type === AST_NODE_TYPES.Identifier &&
    callee.object.name === 'Promise' &&
    combinators.has(getStaticPropertyName(callee) ?? '');
  return isCombinator ? call : undefined;
}

/** The call a callback is passed to, when `value` is what the callback returns: `retry(() => api.checkLicense())`. */
function getCallbackCall(value: TSESTree.Node): TSESTree.CallExpression | undefined {
  const { parent } = value;
  let fn: TSESTree.Node | undefined;
  if (parent?.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === value) {
    fn = parent;
  } else if (parent?.type === AST_NODE_TYPES.ReturnStatement) {
    for (fn = parent; fn.type !== AST_NODE_TYPES.Program && !isFunctionNode(fn); fn = fn.parent) {
      // Up to the function the `return` leaves.
    }
  }
  const call = fn?.parent;
  return fn !== undefined && call?.type === AST_NODE_TYPES.CallExpression && call.arguments.some((argument) => argument === fn) ? call : undefined;
}

/** The next link of a promise chain when it passes a rejection on (`.then(ok)`, `.finally(f)`); `undefined` for a handler. */
function getPassingLink(value: TSESTree.Node): TSESTree.CallExpression | undefined {
  const member = value.parent;
  const link = member?.parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== value || link?.type !== AST_NODE_TYPES.CallExpression || link.callee !== member) {
    return undefined;
  }
  const method = getStaticPropertyName(member);
  return method === 'finally' || (method === 'then' && link.arguments.length < 2) ? link : undefined;
}

/**
 * Where a failure of `call` is thrown into the code around it: the `await`
 * (or compiled `yield`) that waits for it, through `.then(ok)` links,
 * `Promise.all([...])` and callbacks that return it to a call; the call itself
 * when it fails synchronously. `undefined` when nothing waits for it here (it
 * is returned, kept, or handled by a `.catch()`).
 */
export function getThrowPoint(call: TSESTree.CallExpression, synchronous: boolean): TSESTree.Node | undefined {
  let node: TSESTree.Node = call;
  for (let step = 0; step < maxSteps; step++) {
    const value = climbWrappers(node);
    const { parent } = value;
    if (parent?.type === AST_NODE_TYPES.AwaitExpression || (parent?.type === AST_NODE_TYPES.YieldExpression && parent.argument === value)) {
      return parent;
    }
    if (synchronous && step === 0) {
      return call;
    }
    const next =
      getPassingLink(value) ?? (parent?.type === AST_NODE_TYPES.ArrayExpression ? getCombinator(parent) : undefined) ?? getCallbackCall(value);
    if (next === undefined) {
      return undefined;
    }
    node = next;
  }
  return undefined;
}

/** Whether `node` holds a `throw` that is not inside a nested function: a handler that may rethrow. */
export function containsThrow(node: TSESTree.Node, visitorKeys: TSESLint.SourceCode['visitorKeys']): boolean {
  const stack: TSESTree.Node[] = [node];
  for (let current = stack.pop(); current !== undefined; current = stack.pop()) {
    if (current.type === AST_NODE_TYPES.ThrowStatement) {
      return true;
    }
    if (current === node || !isFunctionNode(current)) {
      pushChildren(current, visitorKeys, stack);
    }
  }
  return false;
}

/** The `try` statements a failure thrown at `point` passes, innermost first, and the `catch` clauses that receive it. */
export interface TryPath {
  readonly tries: readonly TSESTree.TryStatement[];
  readonly catches: readonly TSESTree.CatchClause[];
}

/**
 * The `try` statements around `point` in its function, and their `catch`
 * clauses that receive the failure: the innermost one, and the next ones out
 * as long as the one before may rethrow.
 */
export function getTryPath(point: TSESTree.Node, mayRethrow: (handler: TSESTree.Node) => boolean): TryPath {
  const tries: TSESTree.TryStatement[] = [];
  const catches: TSESTree.CatchClause[] = [];
  let propagates = true;
  for (let current = point; current.type !== AST_NODE_TYPES.Program && !isFunctionNode(current); current = current.parent) {
    const { parent } = current;
    if (parent.type !== AST_NODE_TYPES.TryStatement || parent.block !== current) {
      continue;
    }
    tries.push(parent);
    if (propagates && parent.handler !== null) {
      catches.push(parent.handler);
      propagates = mayRethrow(parent.handler.body);
    }
  }
  return { tries, catches };
}

/** The promise handlers that receive a failure of `call`: the first rejection handler on its chain, and the next ones while each may rethrow. */
export function getReceivingHandlers(
  call: TSESTree.CallExpression,
  mayRethrow: (handler: TSESTree.Node) => boolean,
): { link: PromiseLink; handler: TSESTree.Node; rest: readonly PromiseLink[] }[] {
  const chain = getPromiseChain(call);
  const handlers: { link: PromiseLink; handler: TSESTree.Node; rest: readonly PromiseLink[] }[] = [];
  for (const [index, link] of chain.entries()) {
    const handler = link.method === 'catch' ? link.node.arguments[0] : link.method === 'then' ? link.node.arguments[1] : undefined;
    if (handler === undefined) {
      continue;
    }
    handlers.push({ link, handler, rest: chain.slice(index + 1) });
    const body = isFunctionNode(unwrapExpression(handler)) ? (unwrapExpression(handler) as TSESTree.FunctionLike).body : undefined;
    if (body === undefined || body === null || !mayRethrow(body)) {
      break;
    }
  }
  return handlers;
}

type StatementList = readonly TSESTree.Statement[] | readonly TSESTree.ProgramStatement[];

function getStatementList(parent: TSESTree.Node): StatementList | undefined {
  switch (parent.type) {
    case AST_NODE_TYPES.Program:
    case AST_NODE_TYPES.BlockStatement:
    case AST_NODE_TYPES.StaticBlock:
      return parent.body;
    case AST_NODE_TYPES.SwitchCase:
      return parent.consequent;
    default:
      return undefined;
  }
}

export type LoopStatement =
  | TSESTree.DoWhileStatement
  | TSESTree.ForInStatement
  | TSESTree.ForOfStatement
  | TSESTree.ForStatement
  | TSESTree.WhileStatement;

/** A `for`, `for…in`, `for…of`, `while` or `do…while` statement. */
export function isLoop(node: TSESTree.Node): node is LoopStatement {
  return (
    node.type === AST_NODE_TYPES.ForStatement ||
    node.type === AST_NODE_TYPES.ForInStatement ||
    node.type === AST_NODE_TYPES.ForOfStatement ||
    node.type === AST_NODE_TYPES.WhileStatement ||
    node.type === AST_NODE_TYPES.DoWhileStatement
  );
}

/**
 * The first `limit` statements that run after `statement` completes, in its
 * function: the rest of its block, then the rest of each enclosing block. A
 * loop ends the list (its body runs again), as does a `try` block, whose
 * `finally` comes between.
 */
export function getFollowingStatements(statement: TSESTree.Node, limit: number): TSESTree.Node[] {
  const following: TSESTree.Node[] = [];
  for (let current = statement; following.length < limit && current.type !== AST_NODE_TYPES.Program && !isFunctionNode(current); current = current.parent) {
    const { parent } = current;
    if (isLoop(parent) || (parent.type === AST_NODE_TYPES.TryStatement && parent.block === current)) {
      break;
    }
    const list = getStatementList(parent);
    if (list !== undefined) {
      const start = indexOfStatement(list, current) + 1;
      following.push(...list.slice(start, start + limit - following.length));
    }
  }
  return following;
}

/** Where `statement` is in `list`, by binary search on the source ranges (lists are in source order; generated code has huge ones). */
function indexOfStatement(list: StatementList, statement: TSESTree.Node): number {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const start = list[middle]?.range[0] ?? statement.range[0];
    if (start === statement.range[0]) {
      return middle;
    }
    if (start < statement.range[0]) {
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return list.length;
}

/**
 * Whether any statement of its function may run after `statement`: one after
 * it in its block or in an enclosing one (past `try`, `catch` and loops), in
 * constant time per block.
 */
export function hasFollowingStatement(statement: TSESTree.Node): boolean {
  for (let current = statement; current.type !== AST_NODE_TYPES.Program && !isFunctionNode(current); current = current.parent) {
    const { parent } = current;
    const list = getStatementList(parent);
    if (list !== undefined && list.at(-1) !== current) {
      return true;
    }
  }
  return false;
}

/** The statement an expression is the whole of (`call();`, `await call();`), climbing `await`, `void` and wrappers. */
export function getExpressionStatement(node: TSESTree.Node): TSESTree.ExpressionStatement | undefined {
  let value = climbWrappers(node);
  while (
    value.parent?.type === AST_NODE_TYPES.AwaitExpression ||
    (value.parent?.type === AST_NODE_TYPES.UnaryExpression && value.parent.operator === 'void')
  ) {
    value = climbWrappers(value.parent);
  }
  return value.parent?.type === AST_NODE_TYPES.ExpressionStatement ? value.parent : undefined;
}

/**
 * The statement that drops the promise of `call`: a statement of its own
 * (also `void call()`), or after `.then(ok)` / `.finally(f)` links only, so
 * that no one waits for it nor handles its failure.
 */
export function getDroppingStatement(call: TSESTree.CallExpression): TSESTree.ExpressionStatement | undefined {
  let value = climbWrappers(call);
  for (let link = getPassingLink(value); link !== undefined; link = getPassingLink(value)) {
    value = climbWrappers(link);
  }
  if (value.parent?.type === AST_NODE_TYPES.UnaryExpression && value.parent.operator === 'void') {
    value = value.parent;
  }
  return value.parent?.type === AST_NODE_TYPES.ExpressionStatement ? value.parent : undefined;
}

/** Whether every path through a block leaves it with `return` or `throw` (judged by its last statement). */
export function alwaysExits(block: TSESTree.BlockStatement): boolean {
  const last = block.body.at(-1);
  return last?.type === AST_NODE_TYPES.ReturnStatement || last?.type === AST_NODE_TYPES.ThrowStatement;
}
