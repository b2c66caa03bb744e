import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

import { createRule } from './create-rule.js';
import { isCheckedByCompiler } from './evidence/checked-by-compiler.js';
import { type CaseTransform, getStaticNumber, getStaticString, stripConversions, unwrapExpression } from './utils/ast/expression.js';
import { getFieldComparisons, isEqualityOperator } from './utils/ast/field-comparison.js';
import { getCaseTransform, getFieldRead, isSameFieldRead } from './utils/ast/field-read.js';
import { isSameErrorObject } from './evidence/same-error-object.js';
import { getLicenseSpringSettings } from './utils/catalog/settings.js';
import { getStatusConstant } from './utils/catalog/status-constant.js';
import { getTypeInformation } from './evidence/type-information.js';
import { getSiblingChecks } from './utils/ast/decision.js';
import { describeStatuses } from './valid-error-status/describe-statuses.js';
import { type FunctionScope, getEnclosingFunction } from './utils/ast/functions.js';
import { classifyStatusType, hasLicenseCodeType } from './valid-error-status/license-types.js';
import { getStatusOwner } from './valid-error-status/status-owner.js';
import { getEvidence } from './evidence/evidence.js';

export type Options = [];
export type MessageId = 'unreachableStatus';

const statusField = new Set(['status']);
const codeField = new Set(['code']);

/**
 * Only error statuses can be unreachable: a status below 400 answers a request
 * that succeeded or was redirected, which the API does send.
 */
function isErrorStatus(value: number): boolean {
  return Number.isInteger(value) && value >= 400 && value <= 599;
}

/** A status written as a number or as a status constant (`LicenseStatus.CONFLICT`). */
function getStatusNumber(node: TSESTree.Node): number | undefined {
  return getStaticNumber(node) ?? getStatusConstant(node)?.status;
}

/** A status check waiting for the end of the file, where code checks of the same function are all known. */
interface PendingCheck {
  readonly literal: TSESTree.Node;
  readonly status: number;
  readonly read: TSESTree.Node;
  readonly scope: FunctionScope;
}

export default createRule<Options, MessageId>({
  name: 'valid-error-status',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow comparing a License API error status with a status the API never sends',
    },
    schema: [],
    messages: {
      unreachableStatus:
        'Status {{status}} never comes with a License API error (the API sends {{statuses}}), so this check is dead code. Compare with the status the API uses for this error, or list {{status}} in settings.licensespring.additionalStatuses if your server sends it.',
    },
  },
  create(context) {
    const settings = getLicenseSpringSettings(context);
    const services = getTypeInformation(context, settings);
    const evidence = getEvidence(context, settings);
    if (!evidence.inFile && services === undefined) {
      return {};
    }
    const { sourceCode } = context;
    const { knownCodes, knownStatuses } = settings;
    // TypeScript already rejects a number compared with a literal union it is not part of.
    const compilerChecksStatuses = services !== undefined && isCheckedByCompiler(context.filename, services);
    /** Every comparison and switch of the file, kept as they come: sorted into code checks only if a status check still waits for them at the end. */
    const codeCheckCandidates: (TSESTree.BinaryExpression | TSESTree.SwitchStatement)[] = [];
    const pending: PendingCheck[] = [];

    function isUnreachable(status: number | undefined): status is number {
      return status !== undefined && isErrorStatus(status) && !knownStatuses.has(status);
    }

    /** A known code, read through the case change the comparison applies (`'LICENSE_EXPIRED'` after `toUpperCase()`). */
    function isKnownCode(value: string | undefined, caseTransform: CaseTransform | undefined): boolean {
      return value !== undefined && knownCodes.has(caseTransform === undefined ? value : value.toLowerCase());
    }

    function report(literal: TSESTree.Node, status: number): void {
      context.report({
        node: literal,
        messageId: 'unreachableStatus',
        data: { status: String(status), statuses: describeStatuses(knownStatuses) },
      });
    }

    /**
     * Decides on `status`, compared with `compared` (the operand or switch
     * discriminant as written), which reads a `status` field as `read`: by
     * types, by the evidence on the error read, and, in a file that shows
     * License API evidence, by `siblingStatuses` (the statuses the same read
     * is checked against in the same decision). What is not decided here waits
     * for the code checks of its function.
     */
    function check(
      literal: TSESTree.Node,
      status: number,
      compared: TSESTree.Node,
      read: TSESTree.Node | undefined,
      siblingStatuses: (statusRead: TSESTree.Node) => number[],
    ): void {
      if (services !== undefined && classifyStatusType(services.getTypeAtLocation(compared), knownStatuses) === 'statuses') {
        if (!compilerChecksStatuses) {
          report(literal, status);
        }
        return;
      }
      if (read === undefined) {
        return;
      }
      const owner = services === undefined ? undefined : getStatusOwner(read, sourceCode);
      if (services !== undefined && owner !== undefined && hasLicenseCodeType(services, owner, knownCodes)) {
        report(literal, status);
        return;
      }
      const strength = evidence.ofRead(read);
      if (strength === 'value') {
        report(literal, status);
        return;
      }
      // Other statuses and codes of the same decision tell license errors from other HTTP handling, but only
      // in a file that shows it talks to the License API: elsewhere `401 || 403` is any API's auth check.
      if (strength === undefined) {
        return;
      }
      const siblings = siblingStatuses(read);
      // A success or redirect status in the same decision marks general HTTP handling, not license errors.
      if (siblings.some((sibling) => sibling < 400)) {
        return;
      }
      if (siblings.some((sibling) => knownStatuses.has(sibling))) {
        report(literal, status);
        return;
      }
      pending.push({ literal, status, read, scope: getEnclosingFunction(literal) });
    }

    /** Checks one operand of the comparison `node`, `numberSide`, if it is a status the API never sends. */
    function checkComparisonSide(node: TSESTree.BinaryExpression, numberSide: TSESTree.BinaryExpression['left'], otherSide: TSESTree.BinaryExpression['left']): void {
      const status = getStaticNumber(numberSide);
      if (isUnreachable(status)) {
        const read = getFieldComparisons(node, statusField, sourceCode).find(({ value }) => value === numberSide)?.read;
        check(unwrapExpression(numberSide), status, otherSide, read, (statusRead) =>
          getSiblingChecks(node).flatMap((sibling) =>
            getFieldComparisons(sibling, statusField, sourceCode).flatMap((comparison) => {
              const value = isSameFieldRead(comparison.read, statusRead, sourceCode) ? getStatusNumber(comparison.value) : undefined;
              return value === undefined ? [] : [value];
            }),
          ),
        );
      }
    }

    function checkComparison(node: TSESTree.BinaryExpression): void {
      checkComparisonSide(node, node.right, node.left);
      checkComparisonSide(node, node.left, node.right);
    }

    function checkSwitch(node: TSESTree.SwitchStatement): void {
      // Most switches label no unreachable status, and get no list made for them.
      let unreachable: { readonly test: TSESTree.Expression; readonly status: number }[] | undefined;
      for (const { test } of node.cases) {
        if (test === null) {
          continue;
        }
        const status = getStaticNumber(test);
        if (isUnreachable(status)) {
          (unreachable ??= []).push({ test, status });
        }
      }
      if (unreachable === undefined) {
        return;
      }
      const tests = node.cases.flatMap(({ test }) => (test === null ? [] : [test]));
      const { discriminant } = node;
      const { expression } = stripConversions(discriminant);
      const read = getFieldRead(expression, sourceCode)?.field === 'status' ? expression : undefined;
      for (const { test, status } of unreachable) {
        check(unwrapExpression(test), status, discriminant, read, () =>
          tests.flatMap((other) => {
            const value = other === test ? undefined : getStatusNumber(other);
            return value === undefined ? [] : [value];
          }),
        );
      }
    }

    /** The reads of `code` that `node` checks against a known code. */
    function getCodeReads(node: TSESTree.BinaryExpression | TSESTree.SwitchStatement): TSESTree.Node[] {
      if (node.type === AST_NODE_TYPES.BinaryExpression) {
        return getFieldComparisons(node, codeField, sourceCode)
          .filter(({ value, caseTransform }) => isKnownCode(getStaticString(value), caseTransform))
          .map(({ read }) => read);
      }
      const { expression } = stripConversions(node.discriminant);
      const caseTransform = getCaseTransform(node.discriminant, sourceCode);
      const isCodeSwitch =
        getFieldRead(expression, sourceCode)?.field === 'code' &&
        node.cases.some(({ test }) => test !== null && isKnownCode(getStaticString(test), caseTransform));
      return isCodeSwitch ? [expression] : [];
    }

    /** A string that could be a known code in some case, compared or switched on. */
    function mayBeCode(value: TSESTree.Node | null): boolean {
      return value !== null && isKnownCode(getStaticString(value), 'lower');
    }

    /** Whether a comparison or switch compares a string that could be a known code: the candidates worth reading for code checks. */
    function mayCheckCode(node: TSESTree.BinaryExpression | TSESTree.SwitchStatement): boolean {
      return node.type === AST_NODE_TYPES.BinaryExpression ? mayBeCode(node.left) || mayBeCode(node.right) : node.cases.some(({ test }) => mayBeCode(test));
    }

    return {
      BinaryExpression(node) {
        if (!isEqualityOperator(node.operator) || node.left.type === AST_NODE_TYPES.PrivateIdentifier) {
          return;
        }
        codeCheckCandidates.push(node);
        checkComparison(node);
      },
      SwitchStatement(node) {
        codeCheckCandidates.push(node);
        checkSwitch(node);
      },
      'Program:exit'() {
        if (pending.length === 0) {
          return;
        }
        const codeReadsByScope = new Map<FunctionScope, TSESTree.Node[]>();
        for (const candidate of codeCheckCandidates.filter(mayCheckCode)) {
          const scope = getEnclosingFunction(candidate);
          const reads = codeReadsByScope.get(scope) ?? [];
          reads.push(...getCodeReads(candidate));
          codeReadsByScope.set(scope, reads);
        }
        for (const { literal, status, read, scope } of pending) {
          if (codeReadsByScope.get(scope)?.some((codeRead) => isSameErrorObject(read, codeRead, sourceCode)) === true) {
            report(literal, status);
          }
        }
      },
    };
  },
});
