import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { pushChildren } from '../evidence/license-api/instances.js';
import { unwrapExpression } from '../utils/ast/expression.js';
import { isFunctionNode } from '../utils/ast/functions.js';
import { findVariable } from '../utils/ast/scope.js';
import { type GrantContext, describeGrantingAssignment, describeGrantingCall, isLoggingCall } from './grants.js';

/** What the success path does after the License API call answered. */
export interface SuccessPath {
  /** Callees of the calls it makes, as source text (`startApp`, `this.window.show`). */
  readonly callees: ReadonlySet<string>;
  /**
   * Whether it records the success somewhere the code after reads: it
   * assigns a local read after the `try` (`license = await check()`), or
   * grants state (`this.licensed = true`). A handler that leaves that state
   * alone has not swallowed the failure: it is told apart later.
   */
  readonly recordsSuccess: boolean;
}

/** Every node under `root` that starts after `from`, outside nested functions. */
function* nodesAfter(root: TSESTree.Node, from: number, visitorKeys: TSESLint.SourceCode['visitorKeys']): Generator<TSESTree.Node> {
  const stack: TSESTree.Node[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.range[1] <= from || (node !== root && isFunctionNode(node))) {
      continue;
    }
    if (node.range[0] >= from) {
      yield node;
    }
    pushChildren(node, visitorKeys, stack);
  }
}

function isReadAfter(identifier: TSESTree.Identifier, after: number, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const variable = findVariable(sourceCode.getScope(identifier), identifier.name);
  return variable?.references.some((reference) => reference.isRead() && reference.identifier.range[0] >= after) ?? false;
}

/** The calls made in the callback `ok` of `.then(ok)`: its callee when it is a reference (`.then(startApp)`), else the calls its body makes. */
export function getCallbackCallees(ok: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): string[] {
  const callback = unwrapExpression(ok);
  if (!isFunctionNode(callback)) {
    return callback.type === AST_NODE_TYPES.Identifier || callback.type === AST_NODE_TYPES.MemberExpression ? [sourceCode.getText(callback)] : [];
  }
  return [...nodesAfter(callback.body, callback.body.range[0], sourceCode.visitorKeys)].flatMap((node) =>
    node.type === AST_NODE_TYPES.CallExpression && !isLoggingCall(node) ? [sourceCode.getText(node.callee)] : [],
  );
}

/**
 * The success path of a `try` block after the point where a License API
 * call's failure would be thrown: the calls it always makes (statements of
 * the block itself, not those under a condition that may test the answer),
 * and whether it records its success for later code.
 */
export function getTrySuccessPath(tryStatement: TSESTree.TryStatement, point: TSESTree.Node, context: Omit<GrantContext, 'successCallees'>): SuccessPath {
  const callees = new Set<string>();
  let recordsSuccess = false;
  const grantContext: GrantContext = { ...context, successCallees: new Set() };
  for (const node of nodesAfter(tryStatement.block, point.range[1], context.sourceCode.visitorKeys)) {
    if (node.type === AST_NODE_TYPES.ExpressionStatement && node.parent === tryStatement.block) {
      const expression = unwrapExpression(node.expression);
      const call = expression.type === AST_NODE_TYPES.AwaitExpression ? unwrapExpression(expression.argument) : expression;
      if (call.type === AST_NODE_TYPES.CallExpression && !isLoggingCall(call)) {
        callees.add(context.sourceCode.getText(call.callee));
        recordsSuccess ||= describeGrantingCall(call, grantContext) !== undefined;
      }
    } else if (node.type === AST_NODE_TYPES.AssignmentExpression) {
      recordsSuccess ||=
        describeGrantingAssignment(node, grantContext) !== undefined ||
        (node.left.type === AST_NODE_TYPES.Identifier && isReadAfter(node.left, tryStatement.range[1], context.sourceCode));
    }
  }
  return { callees, recordsSuccess };
}
