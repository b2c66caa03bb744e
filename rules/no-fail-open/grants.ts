import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { LicenseApiUsage } from '../evidence/license-api-calls.js';
import { getStaticPropertyName, unwrapExpression } from '../utils/ast/expression.js';

/** What a handler may compare its own calls with: the calls the success path makes, and the file's License API calls. */
export interface GrantContext {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  /** Callees the success path calls after the License API call (`startApp` in `await check(); startApp();`), as source text. */
  readonly successCallees: ReadonlySet<string>;
  readonly usage: LicenseApiUsage;
}

/** Fields of a result that say the license is good: `{ valid: true }`, `{ isLicensed: true }`. */
const grantingField = /^(?:is|has)?_?(?:valid|licen[cs]ed|active|activated|allowed|granted|authori[sz]ed|entitled|unlocked)$/iu;

/** Names of a license kept from before: `cachedLicense`, `this.lastKnownLicense`, `readCache()`, `loadLicense()`. */
const cachedName = /cache|last(?:known|good|valid)?(?:licen[cs]e|result|response|check|state|status)|stored|saved|persisted|previous|offline|fallback|grace|^loadLicense$|^loadBundle$/iu;

/** ...unless they name when or why it failed: `lastError`, `lastCheckedAt`, `cacheTime`. */
const notALicense = /err|fail|exception|time|date|At$|count|key$/u;

/** The SDK's checks of the license file on the device: as a fallback in a handler, they are offline grace. */
const offlineChecks: ReadonlySet<string> = new Set(['checkBundleOffline', 'checkLicenseOffline', 'localCheck', 'updateOffline']);

/** Methods that write a log line or report to an error tracker, and nothing else. */
const loggingMethods: ReadonlySet<string> = new Set([
  'captureException',
  'captureMessage',
  'debug',
  'error',
  'fatal',
  'info',
  'log',
  'notice',
  'silly',
  'trace',
  'verbose',
  'warn',
  'warning',
]);

const loggingObjects = /^(?:console|logger|log|logging|debug|sentry|winston|pino|bunyan|signale|consola)$/iu;

/** The name a callee ends with: `startApp` of `this.app.startApp`. */
function getCalleeName(callee: TSESTree.Node): string | undefined {
  const expression = unwrapExpression(callee);
  if (expression.type === AST_NODE_TYPES.Identifier) {
    return expression.name;
  }
  return expression.type === AST_NODE_TYPES.MemberExpression ? getStaticPropertyName(expression) : undefined;
}

function getObjectName(callee: TSESTree.Node): string | undefined {
  const expression = unwrapExpression(callee);
  return expression.type === AST_NODE_TYPES.MemberExpression ? getCalleeName(expression.object) : undefined;
}

/** `console.error`, `logger.warn`, `this.log.info`, `Sentry.captureException`, `log`, `debug`: a function that only logs. */
export function isLoggingFunction(callee: TSESTree.Node): boolean {
  const expression = unwrapExpression(callee);
  if (expression.type === AST_NODE_TYPES.Identifier) {
    return loggingObjects.test(expression.name) || loggingMethods.has(expression.name) || /^log[A-Z]/u.test(expression.name);
  }
  const objectName = getObjectName(expression);
  const method = getCalleeName(expression);
  return (objectName !== undefined && loggingObjects.test(objectName)) || (method !== undefined && loggingMethods.has(method));
}

export function isLoggingCall(node: TSESTree.Node): boolean {
  const expression = unwrapExpression(node);
  return expression.type === AST_NODE_TYPES.CallExpression && isLoggingFunction(expression.callee);
}

/** `process.exit()`, `app.quit()`, `app.exit()`, `window.close()`: the app stops. */
export function isExitCall(call: TSESTree.CallExpression): boolean {
  const method = getCalleeName(call.callee);
  const objectName = getObjectName(call.callee);
  return (
    (objectName === 'process' && (method === 'exit' || method === 'abort')) ||
    (objectName === 'app' && (method === 'quit' || method === 'exit')) ||
    (objectName === 'window' && method === 'close')
  );
}

function isTrue(node: TSESTree.Node): boolean {
  const expression = unwrapExpression(node);
  return (
    (expression.type === AST_NODE_TYPES.Literal && expression.value === true) ||
    (expression.type === AST_NODE_TYPES.UnaryExpression && expression.operator === '!' && unwrapExpression(expression.argument).type === AST_NODE_TYPES.Literal && !(unwrapExpression(expression.argument) as TSESTree.Literal).value)
  );
}

function isCachedName(name: string | undefined): boolean {
  return name !== undefined && cachedName.test(name) && !notALicense.test(name);
}

function getGrantingField(object: TSESTree.ObjectExpression): string | undefined {
  for (const property of object.properties) {
    if (property.type === AST_NODE_TYPES.Property && !property.computed && isTrue(property.value)) {
      const name = getStaticPropertyName(property);
      if (name !== undefined && grantingField.test(name)) {
        return name;
      }
    }
  }
  return undefined;
}

/**
 * How a value grants, worded for a message (`true`, `{ valid: true }`,
 * `cachedLicense (a cached license)`), or `undefined` when it does not.
 */
export function describeGrantingValue(node: TSESTree.Node, context: GrantContext): string | undefined {
  let expression = unwrapExpression(node);
  if (expression.type === AST_NODE_TYPES.AwaitExpression) {
    expression = unwrapExpression(expression.argument);
  }
  if (
    expression.type === AST_NODE_TYPES.CallExpression &&
    getObjectName(expression.callee) === 'Promise' &&
    getCalleeName(expression.callee) === 'resolve' &&
    expression.arguments[0] !== undefined
  ) {
    return describeGrantingValue(expression.arguments[0], context);
  }
  if (isTrue(expression)) {
    return 'true';
  }
  if (expression.type === AST_NODE_TYPES.ObjectExpression) {
    const field = getGrantingField(expression);
    return field === undefined ? undefined : `{ ${field}: true }`;
  }
  const text = context.sourceCode.getText(expression);
  if (expression.type === AST_NODE_TYPES.CallExpression) {
    const call = context.usage.calls.get(expression);
    if (call !== undefined && offlineChecks.has(call.name)) {
      return `${text} (the offline check)`;
    }
    const callee = unwrapExpression(expression.callee);
    const isCacheRead = isCachedName(getCalleeName(callee)) || isCachedName(getObjectName(callee));
    return isCacheRead ? `${text} (a cached license)` : undefined;
  }
  if (expression.type === AST_NODE_TYPES.Identifier || expression.type === AST_NODE_TYPES.MemberExpression) {
    return isCachedName(getCalleeName(expression)) ? `${text} (a cached license)` : undefined;
  }
  return undefined;
}

/** `licensed = true`, `this.state.isValid = true`, `this.license = cachedLicense`: state that says the license is good. */
export function describeGrantingAssignment(node: TSESTree.AssignmentExpression, context: GrantContext): string | undefined {
  if (node.operator !== '=') {
    return undefined;
  }
  const target = getCalleeName(node.left);
  if (target === undefined) {
    return undefined;
  }
  const value = describeGrantingValue(node.right, context);
  if (value === undefined) {
    return undefined;
  }
  const isGrantingState = grantingField.test(target) ? value === 'true' : /licen[cs]e/iu.test(target) && value !== 'true';
  return isGrantingState ? `sets ${context.sourceCode.getText(node.left)} to ${value}` : undefined;
}

/**
 * A call that grants: `next()` (Express goes on to the protected route),
 * `resolve(true)`, `setLicensed(true)`, `setState({ licensed: true })`, and
 * a call the success path makes (`startApp()`).
 */
export function describeGrantingCall(call: TSESTree.CallExpression, context: GrantContext): string | undefined {
  const name = getCalleeName(call.callee);
  const calleeText = context.sourceCode.getText(call.callee);
  const [argument] = call.arguments;
  if (name === 'next' && call.arguments.length === 0) {
    return 'calls next()';
  }
  if (name === 'resolve' && argument !== undefined) {
    const value = describeGrantingValue(argument, context);
    return value === undefined ? undefined : `resolves ${value}`;
  }
  if (name?.startsWith('set') === true && argument !== undefined) {
    const value = describeGrantingValue(argument, context);
    if ((grantingField.test(name.slice('set'.length)) && value === 'true') || value?.startsWith('{') === true) {
      return `calls ${calleeText}(${value})`;
    }
  }
  return context.successCallees.has(calleeText) ? `calls ${calleeText}() like the success path` : undefined;
}
