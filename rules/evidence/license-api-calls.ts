import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { findHttpCalls } from './license-api/http-calls.js';
import { InstanceFollower } from './license-api/instances.js';
import {
  getEnclosingCatchClauses,
  getFailureHandlers,
  getFirstParameterVariables,
  getHandlerFunction,
  getResultVariables,
} from './license-api/outcomes.js';
import { findSdkCalls } from './license-api/sdk-calls.js';
import { LicenseApiTracker } from './license-api/tracker.js';

export interface LicenseApiCall {
  readonly node: TSESTree.CallExpression;
  /** Method or endpoint, e.g. 'checkLicense', 'activateLicense', 'check', or the URL path's endpoint for HTTP calls. */
  readonly name: string;
  /** Whether its answer decides if the app or a feature may run (license check, activation, floating borrow/register, feature check). */
  readonly gatekeeping: boolean;
  readonly via: 'sdk' | 'http';
  /** Whether a failure throws at the call (the SDK's offline checks) rather than rejecting the promise it returns. */
  readonly synchronous: boolean;
  /**
   * The value with which the call can answer a refusal instead of failing:
   * `'false'` for the SDK's verdicts (`verifyConfirmationCode()`,
   * `isValid()`), `'null'` for `License.check()`, which resolves `null` on any
   * error of a floating license. Only its result then tells a refused license
   * from a granted one. `undefined` for calls that refuse only by failing.
   */
  readonly refusesWith: 'false' | 'null' | undefined;
}

export interface LicenseApiUsage {
  readonly calls: ReadonlyMap<TSESTree.CallExpression, LicenseApiCall>;
  /** Whether `variable` receives the failure of a License API call (catch param of a try that makes one, .catch()/.then(_, h) handler
   *  param on one) or its result (`const r = await api.checkLicense()`; `const res = await fetch(licenseApiUrl)`). */
  receivesLicenseApiValue(variable: TSESLint.Scope.Variable): boolean;
}

/**
 * Text without which a file makes no License API call the model can see: the
 * SDK's package name, a LicenseSpring host, or the API's path (not the types
 * subpath, whose import alone makes no call). Checked before any walk.
 */
const licenseApiText = /@licensespring\/|licensespring\.com|api\/v4\//iu;

const noUsage: LicenseApiUsage = {
  calls: new Map(),
  receivesLicenseApiValue: () => false,
};

const usageBySource = new WeakMap<Readonly<TSESLint.SourceCode>, LicenseApiUsage>();

/** Every variable that receives a failure or the answer of one of `calls`. */
function collectReceivers(calls: Iterable<TSESTree.CallExpression>, sourceCode: Readonly<TSESLint.SourceCode>): Set<TSESLint.Scope.Variable> {
  const receivers = new Set<TSESLint.Scope.Variable>();
  const clauses = new Set<TSESTree.CatchClause>();
  const add = (variables: Iterable<TSESLint.Scope.Variable>): void => {
    for (const variable of variables) {
      receivers.add(variable);
    }
  };
  for (const call of calls) {
    for (const clause of getEnclosingCatchClauses(call)) {
      if (!clauses.has(clause)) {
        clauses.add(clause);
        add(getFirstParameterVariables(clause, sourceCode));
      }
    }
    for (const handler of getFailureHandlers(call)) {
      const fn = getHandlerFunction(handler, sourceCode);
      add(fn === undefined ? [] : getFirstParameterVariables(fn, sourceCode));
    }
    add(getResultVariables(call, sourceCode));
  }
  return receivers;
}

function computeUsage(sourceCode: Readonly<TSESLint.SourceCode>): LicenseApiUsage {
  if (!licenseApiText.test(sourceCode.text)) {
    return noUsage;
  }
  const tracker = new LicenseApiTracker(sourceCode.scopeManager?.globalScope ?? sourceCode.getScope(sourceCode.ast));
  const follower = new InstanceFollower(tracker, sourceCode);
  const calls = new Map<TSESTree.CallExpression, LicenseApiCall>();
  for (const [node, method] of findSdkCalls(tracker, follower, sourceCode)) {
    calls.set(node, {
      node,
      name: method.method,
      gatekeeping: method.gatekeeping,
      via: 'sdk',
      synchronous: method.synchronous,
      refusesWith: method.refusesWith,
    });
  }
  for (const [node, endpoint] of findHttpCalls(tracker, follower, sourceCode)) {
    calls.set(node, { node, name: endpoint.name, gatekeeping: endpoint.gatekeeping, via: 'http', synchronous: false, refusesWith: undefined });
  }
  if (calls.size === 0) {
    return noUsage;
  }
  let receivers: Set<TSESLint.Scope.Variable> | undefined;
  return {
    calls,
    receivesLicenseApiValue(variable) {
      // Computed on the first question: a rule that only needs `calls` never pays for it.
      receivers ??= collectReceivers(calls.keys(), sourceCode);
      return receivers.has(variable);
    },
  };
}

/** Computed once per file (cache in a WeakMap keyed by SourceCode; no other module-level mutable state) and cheap when the file
 *  does not mention the SDK or a License API host/path (a text pre-check before any walk). */
export function getLicenseApiUsage(sourceCode: Readonly<TSESLint.SourceCode>): LicenseApiUsage {
  let usage = usageBySource.get(sourceCode);
  if (usage === undefined) {
    usage = computeUsage(sourceCode);
    usageBySource.set(sourceCode, usage);
  }
  return usage;
}
