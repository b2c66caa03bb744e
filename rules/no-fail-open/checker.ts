import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { LicenseApiCall, LicenseApiUsage } from '../evidence/license-api-calls.js';
import type { PromiseLink } from '../evidence/license-api/outcomes.js';
import { getHandlerFunction } from '../evidence/license-api/outcomes.js';
import { isFunctionNode } from '../utils/ast/functions.js';
import { describeCall } from './describe-call.js';
import { type ErrorBindings, getErrorBindings } from './error-names.js';
import type { TestContext } from './facts.js';
import { type GrantContext, describeGrantingValue, isLoggingFunction } from './grants.js';
import { type HandlerPaths, HandlerWalker } from './handler-paths.js';
import {
  alwaysExits,
  climbWrappers,
  containsThrow,
  getDroppingStatement,
  getExpressionStatement,
  getFollowingStatements,
  getReceivingHandlers,
  getThrowPoint,
  getTryPath,
  hasFollowingStatement,
} from './reach.js';
import { getCallbackCallees, getTrySuccessPath } from './success-path.js';
import { getTransportGuardFixes } from './suggestion.js';
import type { TransportHelpers } from './transport-helpers.js';

export type MessageId =
  | 'discardedRefusal'
  | 'grantAfterCatalogGuard'
  | 'grantInFinally'
  | 'grantOnFailure'
  | 'guardWithTransportTest'
  | 'ignoredResult'
  | 'swallowedFailure';

export interface Report {
  readonly node: TSESTree.Node;
  readonly loc?: TSESTree.SourceLocation;
  readonly messageId: Exclude<MessageId, 'guardWithTransportTest'>;
  readonly data: Readonly<Record<string, string>>;
  readonly suggest?: readonly { messageId: 'guardWithTransportTest'; data: Readonly<Record<string, string>>; fix: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[] }[];
}

/** A handler that receives the failure of a gatekeeping call, and what the success path beside it does. */
interface ReceivedFailure {
  readonly call: LicenseApiCall;
  readonly parameter: TSESTree.Node | null | undefined;
  readonly body: TSESTree.Node;
  readonly successCallees: ReadonlySet<string>;
}

/**
 * Looks at every gatekeeping License API call of a file and at the code
 * that receives its answer: the `catch` clauses and promise handlers its
 * failure reaches, the `finally` blocks it passes, and whether anyone waits
 * for it at all.
 */
/** How many statements after a `try` are read as the failure's continuation: real handlers go on for a few. */
const maxContinuation = 32;

export class FailOpenChecker {
  readonly #sourceCode: Readonly<TSESLint.SourceCode>;
  readonly #usage: LicenseApiUsage;
  readonly #helpers: TransportHelpers;
  readonly #transportTests: ReadonlySet<string>;
  readonly #report: (report: Report) => void;
  /** Handlers already judged: a `try` around two calls is reported once. */
  readonly #seen = new Set<TSESTree.Node>();
  /** Whether a handler body may rethrow, computed once per handler. */
  readonly #rethrows = new Map<TSESTree.Node, boolean>();
  /** Where the file's gatekeeping calls start, in order. */
  readonly #gatekeepingStarts: readonly number[];

  constructor(
    sourceCode: Readonly<TSESLint.SourceCode>,
    usage: LicenseApiUsage,
    helpers: TransportHelpers,
    transportTests: ReadonlySet<string>,
    report: (report: Report) => void,
  ) {
    this.#sourceCode = sourceCode;
    this.#usage = usage;
    this.#helpers = helpers;
    this.#transportTests = transportTests;
    this.#report = report;
    this.#gatekeepingStarts = [...usage.calls.values()].filter((call) => call.gatekeeping).map((call) => call.node.range[0]).sort((a, b) => a - b);
  }

  /** Whether `node` holds one of the file's gatekeeping calls: a binary search on where they start. */
  #makesGatekeepingCall(node: TSESTree.Node): boolean {
    const [start, end] = node.range;
    let low = 0;
    let high = this.#gatekeepingStarts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.#gatekeepingStarts[middle] ?? end) < start) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return (this.#gatekeepingStarts[low] ?? end) < end;
  }

  check(call: LicenseApiCall): void {
    const name = describeCall(call, this.#sourceCode);
    this.#checkDiscarded(call, name);
    const mayRethrow = (handler: TSESTree.Node): boolean => {
      let rethrows = this.#rethrows.get(handler);
      if (rethrows === undefined) {
        rethrows = containsThrow(handler, this.#sourceCode.visitorKeys);
        this.#rethrows.set(handler, rethrows);
      }
      return rethrows;
    };
    for (const { link, handler, rest } of getReceivingHandlers(call.node, mayRethrow)) {
      this.#checkPromiseHandler(call, name, link, handler, rest);
    }
    const point = getThrowPoint(call.node, call.synchronous);
    if (point === undefined) {
      return;
    }
    const { tries, catches } = getTryPath(point, mayRethrow);
    for (const clause of catches) {
      this.#checkCatch(call, name, clause, point);
    }
    for (const tryStatement of tries) {
      this.#checkFinally(name, tryStatement);
    }
  }

  /** A dropped promise, or an answer that can carry a refusal and is thrown away, in code that goes on. */
  #checkDiscarded(call: LicenseApiCall, name: string): void {
    const dropping = call.synchronous ? undefined : getDroppingStatement(call.node);
    if (dropping !== undefined) {
      if (hasFollowingStatement(dropping)) {
        this.#report({ node: call.node, messageId: 'ignoredResult', data: { call: name } });
      }
      return;
    }
    const statement = call.refusesWith === undefined ? undefined : getExpressionStatement(call.node);
    if (call.refusesWith !== undefined && statement !== undefined && hasFollowingStatement(statement)) {
      this.#report({ node: call.node, messageId: 'discardedRefusal', data: { call: name, refusal: call.refusesWith } });
    }
  }

  #testContext(errorBindings: ErrorBindings): TestContext {
    return { errorBindings, helperCalls: this.#helpers.calls, transportTests: this.#transportTests };
  }

  #grantContext(successCallees: ReadonlySet<string>): GrantContext {
    return { sourceCode: this.#sourceCode, successCallees, usage: this.#usage };
  }

  #walker(failure: ReceivedFailure, kind: 'catch' | 'promise'): HandlerWalker {
    const errorBindings = getErrorBindings(failure.parameter, failure.body);
    return new HandlerWalker(this.#testContext(errorBindings), this.#grantContext(failure.successCallees), kind);
  }

  #checkCatch(call: LicenseApiCall, name: string, clause: TSESTree.CatchClause, point: TSESTree.Node): void {
    if (this.#seen.has(clause)) {
      return;
    }
    this.#seen.add(clause);
    const tryStatement = clause.parent;
    const success = getTrySuccessPath(tryStatement, point, { sourceCode: this.#sourceCode, usage: this.#usage });
    const walker = this.#walker({ call, parameter: clause.param, body: clause.body, successCallees: success.callees }, 'catch');
    const states = walker.walkStatements(clause.body.body);
    if (alwaysExits(tryStatement.block)) {
      // The success path has left: the code after the `try` runs only on failure, and is the handler's too,
      // up to the next License API call (a retry is that call's to judge) and within a bound, so that a
      // function of a thousand `try` statements is read once, not once per `try`.
      const following = getFollowingStatements(tryStatement, maxContinuation);
      const end = following.findIndex((statement) => this.#makesGatekeepingCall(statement));
      walker.walkStatements(end === -1 ? following : following.slice(0, end), states);
    } else if (!success.recordsSuccess) {
      walker.endNormally(states);
    }
    const keyword = this.#sourceCode.getFirstToken(clause);
    this.#reportPaths(walker.result, name, clause.body.body.length === 0, {
      node: clause,
      ...(keyword === null ? {} : { loc: keyword.loc }),
      errorName: clause.param?.type === AST_NODE_TYPES.Identifier ? clause.param.name : undefined,
    });
  }

  #checkPromiseHandler(call: LicenseApiCall, name: string, link: PromiseLink, handler: TSESTree.Node, rest: readonly PromiseLink[]): void {
    if (this.#seen.has(handler)) {
      return;
    }
    this.#seen.add(handler);
    // The chain goes on after the handler: a later `.then`, or an `await` of the chain as a statement of its own.
    const last = rest.at(-1)?.node ?? link.node;
    const awaited = climbWrappers(last).parent;
    const goesOn = rest.some(({ method }) => method === 'then') || (awaited?.type === AST_NODE_TYPES.AwaitExpression && awaited.parent.type === AST_NODE_TYPES.ExpressionStatement);
    const fn = getHandlerFunction(handler, this.#sourceCode);
    if (fn === undefined) {
      // `.catch(console.error)`: logs and resolves `undefined`. Any other function from elsewhere is not judged.
      if (goesOn && isLoggingFunction(handler)) {
        this.#report({ node: handler, messageId: 'swallowedFailure', data: { call: name, action: 'only logs' } });
      }
      return;
    }
    const successCallees = new Set(this.#getPromiseSuccessCallees(call, link));
    const walker = this.#walker({ call, parameter: fn.params[0], body: fn.body, successCallees }, 'promise');
    if (fn.body.type === AST_NODE_TYPES.BlockStatement) {
      walker.endNormally(walker.walkStatements(fn.body.body));
    } else {
      walker.walkExpressionBody(fn.body);
    }
    const paths = walker.result;
    const isEmpty = fn.body.type === AST_NODE_TYPES.BlockStatement && fn.body.body.length === 0;
    this.#reportPaths({ ...paths, swallows: paths.swallows && goesOn }, name, isEmpty, {
      node: handler,
      errorName: undefined,
    });
  }

  /** What the chain does on success: the `ok` callbacks of `.then(ok)` up to and at the handler's link. */
  #getPromiseSuccessCallees(call: LicenseApiCall, handlerLink: PromiseLink): string[] {
    const callees: string[] = [];
    let current: TSESTree.Node = climbWrappers(call.node);
    while (current !== handlerLink.node) {
      const member = current.parent;
      const link = member?.parent;
      if (member?.type !== AST_NODE_TYPES.MemberExpression || link?.type !== AST_NODE_TYPES.CallExpression) {
        break;
      }
      const ok = member.property.type === AST_NODE_TYPES.Identifier && member.property.name === 'then' ? link.arguments[0] : undefined;
      if (ok !== undefined) {
        callees.push(...getCallbackCallees(ok, this.#sourceCode));
      }
      current = climbWrappers(link);
    }
    return callees;
  }

  #reportPaths(
    paths: HandlerPaths,
    name: string,
    isEmpty: boolean,
    where: { node: TSESTree.Node; loc?: TSESTree.SourceLocation; errorName: string | undefined },
  ): void {
    for (const grant of paths.grants) {
      if (!grant.unguarded) {
        continue;
      }
      const fixes =
        grant.returnStatement === undefined
          ? undefined
          : getTransportGuardFixes(grant.returnStatement, where.errorName, this.#helpers.transportName, this.#sourceCode);
      this.#report({
        node: grant.node,
        messageId: grant.afterCatalogGuard ? 'grantAfterCatalogGuard' : 'grantOnFailure',
        data: { call: name, grant: grant.description },
        ...(fixes === undefined || where.errorName === undefined
          ? {}
          : { suggest: [{ messageId: 'guardWithTransportTest', data: { error: where.errorName }, fix: fixes }] }),
      });
    }
    if (paths.swallows && paths.grants.every((grant) => !grant.unguarded)) {
      this.#report({
        node: where.node,
        ...(where.loc === undefined ? {} : { loc: where.loc }),
        messageId: 'swallowedFailure',
        data: { call: name, action: isEmpty ? 'ignores' : 'only logs' },
      });
    }
  }

  /** A `finally` that returns a granting value overrides both the answer and any failure. */
  #checkFinally(name: string, tryStatement: TSESTree.TryStatement): void {
    const { finalizer } = tryStatement;
    if (finalizer === null || this.#seen.has(finalizer)) {
      return;
    }
    this.#seen.add(finalizer);
    const context = this.#grantContext(new Set());
    for (const statement of getReturnStatements(finalizer)) {
      const grant = statement.argument === null ? undefined : describeGrantingValue(statement.argument, context);
      if (grant !== undefined) {
        this.#report({ node: statement, messageId: 'grantInFinally', data: { call: name, grant: `returns ${grant}` } });
      }
    }
  }
}

/** The `return` statements of a block that leave its own function (not those of nested functions). */
function getReturnStatements(block: TSESTree.BlockStatement): TSESTree.ReturnStatement[] {
  const returns: TSESTree.ReturnStatement[] = [];
  const stack: TSESTree.Node[] = [...block.body];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type === AST_NODE_TYPES.ReturnStatement) {
      returns.push(node);
    } else if (!isFunctionNode(node) && node.type !== AST_NODE_TYPES.ClassDeclaration && node.type !== AST_NODE_TYPES.ClassExpression) {
      stack.push(...childStatements(node));
    }
  }
  return returns.sort((a, b) => a.range[0] - b.range[0]);
}

function childStatements(node: TSESTree.Node): TSESTree.Node[] {
  switch (node.type) {
    case AST_NODE_TYPES.BlockStatement:
      return node.body;
    case AST_NODE_TYPES.IfStatement:
      return node.alternate === null ? [node.consequent] : [node.consequent, node.alternate];
    case AST_NODE_TYPES.TryStatement:
      return [node.block, ...(node.handler === null ? [] : [node.handler.body]), ...(node.finalizer === null ? [] : [node.finalizer])];
    case AST_NODE_TYPES.SwitchStatement:
      return node.cases.flatMap((switchCase) => switchCase.consequent);
    case AST_NODE_TYPES.LabeledStatement:
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
    case AST_NODE_TYPES.ForStatement:
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
      return [node.body];
    default:
      return [];
  }
}

