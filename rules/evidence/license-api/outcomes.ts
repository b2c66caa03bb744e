import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getStaticPropertyName, typeWrapperTypes, unwrapExpression } from '../../utils/ast/expression.js';
import { type FunctionNode, isFunctionNode } from '../../utils/ast/functions.js';
import { findVariable } from '../../utils/ast/scope.js';
import { climbPassThrough } from './instances.js';

type Variable = TSESLint.Scope.Variable;

export type PromiseMethod = 'catch' | 'finally' | 'then';

/** One `.then()`, `.catch()` or `.finally()` chained on a call. */
export interface PromiseLink {
  readonly method: PromiseMethod;
  readonly node: TSESTree.CallExpression;
}

function isPromiseMethod(name: string | undefined): name is PromiseMethod {
  return name === 'then' || name === 'catch' || name === 'finally';
}

/** `node` with the `?.` and TypeScript wrappers around it (`call()!`, `(call() as Promise<T>)`): what a `.then` is read from. */
export function climbWrappers(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent !== undefined && (current.parent.type === AST_NODE_TYPES.ChainExpression || typeWrapperTypes.has(current.parent.type))) {
    current = current.parent;
  }
  return current;
}

/** The links chained on `call`, in order: `call.then(a).catch(b)` gives the `then` and the `catch`. */
export function getPromiseChain(call: TSESTree.CallExpression): PromiseLink[] {
  const links: PromiseLink[] = [];
  let current = climbWrappers(call);
  for (;;) {
    const member = current.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== current) {
      return links;
    }
    const method = getStaticPropertyName(member);
    const link = member.parent;
    if (!isPromiseMethod(method) || link.type !== AST_NODE_TYPES.CallExpression || link.callee !== member) {
      return links;
    }
    links.push({ method, node: link });
    current = climbWrappers(link);
  }
}

/** The handlers that receive a failure of `call`: `.catch(h)` and `.then(ok, h)` anywhere on its chain. */
export function getFailureHandlers(call: TSESTree.CallExpression): TSESTree.Node[] {
  return getPromiseChain(call).flatMap(({ method, node }) => {
    const handler = method === 'catch' ? node.arguments[0] : method === 'then' ? node.arguments[1] : undefined;
    return handler === undefined ? [] : [handler];
  });
}

/** The function a handler argument stands for: written in place, or a function (or `const` arrow) of the same file named there. */
export function getHandlerFunction(handler: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): FunctionNode | undefined {
  const expression = unwrapExpression(handler);
  if (isFunctionNode(expression)) {
    return expression;
  }
  if (expression.type !== AST_NODE_TYPES.Identifier) {
    return undefined;
  }
  const definition = findVariable(sourceCode.getScope(expression), expression.name)?.defs[0];
  const node = definition?.node;
  if (node?.type === AST_NODE_TYPES.FunctionDeclaration) {
    return node;
  }
  const init = node?.type === AST_NODE_TYPES.VariableDeclarator && node.parent.kind === 'const' && node.init !== null ? unwrapExpression(node.init) : undefined;
  return init !== undefined && isFunctionNode(init) ? init : undefined;
}

/**
 * The `catch` clauses around `call` whose `try` block holds it, innermost
 * first. Functions in between end the search, except callbacks passed to a
 * call (`retry(() => api.checkLicense())`), which usually run for that call.
 */
export function getEnclosingCatchClauses(call: TSESTree.Node): TSESTree.CatchClause[] {
  const clauses: TSESTree.CatchClause[] = [];
  for (let current: TSESTree.Node = call; current.type !== AST_NODE_TYPES.Program; current = current.parent) {
    const { parent } = current;
    if (parent.type === AST_NODE_TYPES.TryStatement && parent.block === current && parent.handler !== null) {
      clauses.push(parent.handler);
    }
    if (isFunctionNode(current) && !(parent.type === AST_NODE_TYPES.CallExpression && parent.arguments.some((argument) => argument === current))) {
      break;
    }
  }
  return clauses;
}

function getParameterVariables(fn: FunctionNode | TSESTree.CatchClause, index: number, sourceCode: Readonly<TSESLint.SourceCode>): Variable[] {
  const parameter = fn.type === AST_NODE_TYPES.CatchClause ? (index === 0 ? fn.param : null) : fn.params[index];
  if (parameter === null || parameter === undefined) {
    return [];
  }
  // `catch ({ code })`, `.catch(({ response }) => ...)`: each name bound receives a part of the failure.
  return sourceCode.getDeclaredVariables(fn).filter((variable) => variable.defs.some((definition) => isWithin(definition.name, parameter)));
}

function isWithin(node: TSESTree.Node, ancestor: TSESTree.Node): boolean {
  return node.range[0] >= ancestor.range[0] && node.range[1] <= ancestor.range[1];
}

/** The variables a handler's first parameter binds (`err`, or the names of `{ code, status }`). */
export function getFirstParameterVariables(handler: FunctionNode | TSESTree.CatchClause, sourceCode: Readonly<TSESLint.SourceCode>): Variable[] {
  return getParameterVariables(handler, 0, sourceCode);
}

/** The variables an expression's value is kept in: `const r = <value>`, `const { data } = <value>`, `r = <value>`. */
function getKeepingVariables(value: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): Variable[] {
  const outer = climbPassThrough(value);
  const { parent } = outer;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === outer) {
    return [...sourceCode.getDeclaredVariables(parent)];
  }
  if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === outer && parent.left.type === AST_NODE_TYPES.Identifier) {
    const variable = findVariable(sourceCode.getScope(parent.left), parent.left.name);
    return variable === null ? [] : [variable];
  }
  return [];
}

/** `await res.json()`, `await res.text()`: reading a fetch response's body. */
function getBodyReads(variable: Variable): TSESTree.CallExpression[] {
  return variable.references.flatMap((reference) => {
    const member = reference.identifier.parent;
    const call = member.parent;
    const isBodyRead =
      member.type === AST_NODE_TYPES.MemberExpression &&
      member.object === reference.identifier &&
      ['json', 'text'].includes(getStaticPropertyName(member) ?? '') &&
      call?.type === AST_NODE_TYPES.CallExpression &&
      call.callee === member;
    return isBodyRead ? [call] : [];
  });
}

/**
 * The variables that hold the answer of `call`: `const r = await call`,
 * destructured names, a later assignment, the first `.then(r => ...)`
 * handler's parameter, and the body read from a fetch response
 * (`const body = await res.json()`).
 */
export function getResultVariables(call: TSESTree.CallExpression, sourceCode: Readonly<TSESLint.SourceCode>): Variable[] {
  const variables = getKeepingVariables(call, sourceCode);
  const [first] = getPromiseChain(call);
  const onFulfilled = first?.method === 'then' ? first.node.arguments[0] : undefined;
  const handler = onFulfilled === undefined ? undefined : getHandlerFunction(onFulfilled, sourceCode);
  if (handler !== undefined) {
    variables.push(...getFirstParameterVariables(handler, sourceCode));
  }
  const bodies = variables.flatMap((variable) => getBodyReads(variable).flatMap((read) => getKeepingVariables(read, sourceCode)));
  return [...variables, ...bodies];
}
