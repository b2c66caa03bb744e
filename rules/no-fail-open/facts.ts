import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

import { nodeSdkLocalFailures, transportErrorCodes } from '../../types/offline-grace.js';
import { nodeSdkCodes } from '../presets/node-sdk.js';
import { getStaticNumber, getStaticString, unwrapExpression } from '../utils/ast/expression.js';
import { getFieldRead } from '../utils/ast/field-read.js';
import { catalogStatusByCode } from '../utils/catalog/catalog.js';
import type { ErrorBindings } from './error-names.js';
import type { HelperKind } from './transport-helpers.js';

/**
 * What a path through a handler knows about the failure it handles.
 * - `ruledOut`: it is no License API rejection (a transport failure, or a
 *   test that a rejection fails), so granting offline grace is right;
 * - `notCatalogError`: `isLicenseApiError()` said no, which rules out only
 *   the catalog's codes, not the SDK's own rejections nor future codes.
 */
export interface Facts {
  readonly ruledOut: boolean;
  readonly notCatalogError: boolean;
}

export const noFacts: Facts = { ruledOut: false, notCatalogError: false };
const ruledOut: Facts = { ruledOut: true, notCatalogError: false };

export function unionFacts(a: Facts, b: Facts): Facts {
  return { ruledOut: a.ruledOut || b.ruledOut, notCatalogError: a.notCatalogError || b.notCatalogError };
}

function intersectFacts(a: Facts, b: Facts): Facts {
  return { ruledOut: a.ruledOut && b.ruledOut, notCatalogError: a.notCatalogError && b.notCatalogError };
}

/** What a test tells when it is true, and when it is false. */
interface TestFacts {
  readonly whenTrue: Facts;
  readonly whenFalse: Facts;
}

const unknownTest: TestFacts = { whenTrue: noFacts, whenFalse: noFacts };
const transportWhenTrue: TestFacts = { whenTrue: ruledOut, whenFalse: noFacts };
const transportWhenFalse: TestFacts = { whenTrue: noFacts, whenFalse: ruledOut };

/** Where a test is read: the names bound to the failure, and the transport helpers the file imports. */
export interface TestContext {
  /** Names that hold the failure or a part of it (`err`, `status` of `catch ({ status })`). */
  readonly errorBindings: ErrorBindings;
  readonly helperCalls: ReadonlyMap<TSESTree.CallExpression, HelperKind>;
  /** The user's own transport tests, by function name (the rule's `transportTests` option). */
  readonly transportTests: ReadonlySet<string>;
}

/** The first status a License API rejection can have, and the first after them: 4xx is the API's decision. */
const rejectionStatuses = { first: 400, last: 499 } as const;

/** Codes that say no answer came: Node's network errors, and the SDK's `cannot_connect_to_server` (503) and 5xx codes. */
function isTransportCode(code: string): boolean {
  if (transportErrorCodes.includes(code)) {
    return true;
  }
  const status = catalogStatusByCode.get(code) ?? nodeSdkCodes[code];
  return status !== undefined && status >= 500 && !Object.hasOwn(nodeSdkLocalFailures, code);
}

const transportErrorNames: ReadonlySet<string> = new Set(['AbortError', 'TimeoutError', 'TypeError']);

/**
 * The field a test reads of the failure: `status` of `err.response.status`,
 * of `status` after `catch ({ status })`, of `s` after
 * `const s = err.status`. Read from the handler's bindings, without scope
 * lookups: a handler of a thousand tests stays linear.
 */
function getErrorField(node: TSESTree.Node, context: TestContext): string | undefined {
  const read = getFieldRead(node);
  const root = read?.owner?.[0];
  if (read?.owner === undefined) {
    return undefined;
  }
  if (root !== undefined) {
    return context.errorBindings.has(root) ? read.field : undefined;
  }
  return context.errorBindings.get(read.field);
}

function isErrorValue(node: TSESTree.Node, context: TestContext): boolean {
  const expression = unwrapExpression(node);
  return (expression.type === AST_NODE_TYPES.Identifier && context.errorBindings.has(expression.name)) || getErrorField(expression, context) !== undefined;
}

function isStatusField(field: string | undefined): boolean {
  return field === 'status' || field === 'statusCode';
}

/** Whether a field of the failure, when missing, means no answer came: its status, axios' `response`. */
function isAnswerField(field: string | undefined): boolean {
  return isStatusField(field) || field === 'response';
}

function isNullish(node: TSESTree.Node): boolean {
  const expression = unwrapExpression(node);
  return (
    (expression.type === AST_NODE_TYPES.Literal && expression.raw === 'null') ||
    (expression.type === AST_NODE_TYPES.Identifier && expression.name === 'undefined') ||
    (expression.type === AST_NODE_TYPES.UnaryExpression && expression.operator === 'void')
  );
}

function isRejectionStatus(status: number): boolean {
  return status >= rejectionStatuses.first && status <= rejectionStatuses.last;
}

function compare(status: number, operator: string, value: number): boolean {
  switch (operator) {
    case '<':
      return status < value;
    case '<=':
      return status <= value;
    case '>':
      return status > value;
    default:
      return status >= value;
  }
}

/** For how many of the statuses 400 to 499 `status <operator> value` holds. */
function countRejections(operator: string, value: number): 'all' | 'none' | 'some' {
  if (isEquality(operator)) {
    return isRejectionStatus(value) ? 'some' : 'none';
  }
  if (isInequality(operator)) {
    return isRejectionStatus(value) ? 'some' : 'all';
  }
  // A relational comparison holds on one end of the range: its two ends decide.
  const first = compare(rejectionStatuses.first, operator, value);
  const last = compare(rejectionStatuses.last, operator, value);
  return first && last ? 'all' : !first && !last ? 'none' : 'some';
}

const flippedOperators: Readonly<Record<string, string>> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' };

/**
 * `err.status >= 500`, `500 <= e.response.status`, `status === 401`: a test
 * true for no 4xx status rules a rejection out when true, one true for every
 * 4xx status rules it out when false. (A missing status makes a relational
 * comparison false, and a missing status is a transport failure too.)
 */
function getStatusComparisonFacts(operator: string, value: number): TestFacts {
  const count = countRejections(operator, value);
  return { whenTrue: count === 'none' ? ruledOut : noFacts, whenFalse: count === 'all' ? ruledOut : noFacts };
}

function negate(facts: TestFacts): TestFacts {
  return { whenTrue: facts.whenFalse, whenFalse: facts.whenTrue };
}

function getBinaryFacts(node: TSESTree.BinaryExpression, context: TestContext): TestFacts {
  if (node.left.type === AST_NODE_TYPES.PrivateIdentifier) {
    return unknownTest;
  }
  if (node.operator === 'instanceof') {
    const right = unwrapExpression(node.right);
    return isErrorValue(node.left, context) && right.type === AST_NODE_TYPES.Identifier && transportErrorNames.has(right.name) ? transportWhenTrue : unknownTest;
  }
  if (node.operator === 'in') {
    const key = getStaticString(node.left);
    return isAnswerField(key) && isErrorValue(node.right, context) ? transportWhenFalse : unknownTest;
  }
  for (const [read, value, swapped] of [
    [node.left, node.right, false],
    [node.right, node.left, true],
  ] as const) {
    const facts = getComparisonFacts(read, value, swapped ? (flippedOperators[node.operator] ?? node.operator) : node.operator, context);
    if (facts !== undefined) {
      return facts;
    }
  }
  return unknownTest;
}

function isEquality(operator: string): boolean {
  return operator === '===' || operator === '==';
}

function isInequality(operator: string): boolean {
  return operator === '!==' || operator === '!=';
}

/** `read <operator> value`, when `read` is a field of the failure (or `typeof` one). */
function getComparisonFacts(read: TSESTree.Node, value: TSESTree.Node, operator: string, context: TestContext): TestFacts | undefined {
  const operand = unwrapExpression(read);
  if (operand.type === AST_NODE_TYPES.UnaryExpression && operand.operator === 'typeof') {
    const field = getErrorField(operand.argument, context);
    const type = getStaticString(value);
    if (!isAnswerField(field) || type === undefined || (!isEquality(operator) && !isInequality(operator))) {
      return undefined;
    }
    // `typeof err.status !== 'number'`, `typeof e.response === 'undefined'`: no answer.
    const missingWhenTrue = isEquality(operator) === (type === 'undefined');
    return missingWhenTrue ? transportWhenTrue : transportWhenFalse;
  }
  const field = getErrorField(operand, context);
  if (field === undefined) {
    return undefined;
  }
  if (isAnswerField(field) && isNullish(value) && (isEquality(operator) || isInequality(operator))) {
    return isEquality(operator) ? transportWhenTrue : transportWhenFalse;
  }
  const number = getStaticNumber(value);
  if (isStatusField(field) && number !== undefined) {
    return getStatusComparisonFacts(operator, number);
  }
  const string = getStaticString(value);
  const isTransport = string !== undefined && ((field === 'code' && isTransportCode(string)) || (field === 'name' && transportErrorNames.has(string)));
  if (!isTransport || (!isEquality(operator) && !isInequality(operator))) {
    return unknownTest;
  }
  return isEquality(operator) ? transportWhenTrue : transportWhenFalse;
}

/** `['ECONNREFUSED', 'ETIMEDOUT'].includes(err.code)`: a list of transport codes only. */
function getIncludesFacts(node: TSESTree.CallExpression, context: TestContext): TestFacts | undefined {
  const callee = unwrapExpression(node.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.property.type !== AST_NODE_TYPES.Identifier || callee.property.name !== 'includes') {
    return undefined;
  }
  const list = unwrapExpression(callee.object);
  const [argument] = node.arguments;
  if (list.type !== AST_NODE_TYPES.ArrayExpression || argument === undefined || getErrorField(argument, context) !== 'code') {
    return undefined;
  }
  const codes = list.elements.map((element) => (element === null ? undefined : getStaticString(element)));
  return codes.length > 0 && codes.every((code) => code !== undefined && isTransportCode(code)) ? transportWhenTrue : unknownTest;
}

function getCallFacts(node: TSESTree.CallExpression, context: TestContext): TestFacts {
  const helper = context.helperCalls.get(node);
  if (helper === 'transport') {
    return transportWhenTrue;
  }
  if (helper === 'rejection') {
    return transportWhenFalse;
  }
  if (helper === 'catalog') {
    return { whenTrue: noFacts, whenFalse: { ruledOut: false, notCatalogError: true } };
  }
  const callee = unwrapExpression(node.callee);
  const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : callee.type === AST_NODE_TYPES.MemberExpression && callee.property.type === AST_NODE_TYPES.Identifier ? callee.property.name : undefined;
  if (name !== undefined && context.transportTests.has(name)) {
    return transportWhenTrue;
  }
  return getIncludesFacts(node, context) ?? unknownTest;
}

/** What a condition tells about the failure on each of its branches. */
export function getTestFacts(test: TSESTree.Node, context: TestContext): TestFacts {
  const node = unwrapExpression(test);
  switch (node.type) {
    case AST_NODE_TYPES.UnaryExpression:
      return node.operator === '!' ? negate(getTestFacts(node.argument, context)) : unknownTest;
    case AST_NODE_TYPES.LogicalExpression: {
      const left = getTestFacts(node.left, context);
      const right = getTestFacts(node.right, context);
      if (node.operator === '&&') {
        return { whenTrue: unionFacts(left.whenTrue, right.whenTrue), whenFalse: intersectFacts(left.whenFalse, right.whenFalse) };
      }
      if (node.operator === '||') {
        return { whenTrue: intersectFacts(left.whenTrue, right.whenTrue), whenFalse: unionFacts(left.whenFalse, right.whenFalse) };
      }
      return unknownTest;
    }
    case AST_NODE_TYPES.BinaryExpression:
      return getBinaryFacts(node, context);
    case AST_NODE_TYPES.CallExpression:
      return getCallFacts(node, context);
    case AST_NODE_TYPES.SequenceExpression: {
      const last = node.expressions.at(-1);
      return last === undefined ? unknownTest : getTestFacts(last, context);
    }
    default:
      // `if (err.response)`: an answer came.
      return isAnswerField(getErrorField(node, context)) ? transportWhenFalse : unknownTest;
  }
}

/** The facts of the `case` of a switch on a field of the failure (`switch (err.code) { case 'ECONNREFUSED': ... }`). */
export function getCaseFacts(discriminant: TSESTree.Node, test: TSESTree.Node, context: TestContext): Facts {
  return getComparisonFacts(discriminant, test, '===', context)?.whenTrue ?? noFacts;
}
