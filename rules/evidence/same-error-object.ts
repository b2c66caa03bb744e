import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { findVariable } from '../utils/ast/scope.js';

import { getConstBinding, maxConstResolutions } from '../utils/ast/bindings.js';
import { getDownlevelledChain, stripConversions, unwrapExpression } from '../utils/ast/expression.js';
import { getFieldRead, isSameOwner } from '../utils/ast/field-read.js';

type Variable = TSESLint.Scope.Variable;

/**
 * The variable a plain reference starts from, through members, compiled
 * optional chains and `const` locals: `err` for `e.response` after
 * `const e = err`. `undefined` when it starts elsewhere (`this`, a call, an
 * undeclared global), so that only its name can be compared.
 */
export function getRootVariable(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>, depth = 0): Variable | undefined {
  const expression = unwrapExpression(stripConversions(node).expression);
  if (expression.type === AST_NODE_TYPES.MemberExpression) {
    return getRootVariable(expression.object, sourceCode, depth);
  }
  const chain = getDownlevelledChain(expression);
  if (chain !== undefined) {
    return getRootVariable(chain.base, sourceCode, depth);
  }
  if (expression.type !== AST_NODE_TYPES.Identifier || depth >= maxConstResolutions) {
    return undefined;
  }
  const binding = getConstBinding(expression, sourceCode);
  if (binding !== undefined) {
    return getRootVariable(binding.source, sourceCode, depth + 1);
  }
  return findVariable(sourceCode.getScope(expression), expression) ?? undefined;
}

/**
 * Whether a status read and a code read belong to the same error, so a
 * check of one says something about the other:
 *
 * - the same object, ignoring `?.` (also compiled for older targets), `!`,
 *   type assertions and `x['y']` versus `x.y` (`err.status` with `err?.code`);
 * - axios' shape, where the status sits on the response and the code in its
 *   body (`e.response.status` with `e.response.data.code`);
 * - two bare variables, as destructured from one error (`status` with `code`).
 *
 * Given `sourceCode`, `const` locals resolve first:
 * `const status = e.response.status` pairs with `e.response.data.code`, and
 * `const { status, code } = e.response.data` gives two reads of one body.
 * Given `sourceCode`, objects are also told apart by the variables they
 * start from, not only by name: the `err` of two `catch (err)` clauses are
 * two errors. Undeclared globals are still matched by name.
 */
export function isSameErrorObject(statusRead: TSESTree.Node, codeRead: TSESTree.Node, sourceCode?: Readonly<TSESLint.SourceCode>): boolean {
  return createSameErrorTest(statusRead, sourceCode)(codeRead);
}

/**
 * `isSameErrorObject` for one status read against many code reads: what the
 * status read stands for is worked out once.
 */
export function createSameErrorTest(statusRead: TSESTree.Node, sourceCode?: Readonly<TSESLint.SourceCode>): (codeRead: TSESTree.Node) => boolean {
  const statusOwner = getFieldRead(statusRead, sourceCode)?.owner;
  let statusRoot: { readonly variable: Variable | undefined } | undefined;
  return (codeRead) => {
    const codeOwner = statusOwner === undefined ? undefined : getFieldRead(codeRead, sourceCode)?.owner;
    if (statusOwner === undefined || codeOwner === undefined) {
      return false;
    }
    const sameByName =
      isSameOwner(statusOwner, codeOwner) || (codeOwner.at(-1) === 'data' && isSameOwner(statusOwner, codeOwner.slice(0, -1)));
    if (!sameByName || sourceCode === undefined || statusOwner.length === 0) {
      return sameByName;
    }
    statusRoot ??= { variable: getRootVariable(statusRead, sourceCode) };
    const codeRoot = statusRoot.variable === undefined ? undefined : getRootVariable(codeRead, sourceCode);
    return codeRoot === undefined || codeRoot === statusRoot.variable;
  };
}
