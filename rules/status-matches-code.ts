import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { createRule } from './create-rule.js';
import { getClassField, type InitialisedField } from './utils/ast/class-fields.js';
import { looksLikeCode, resolveComparedCode } from './status-matches-code/codes.js';
import { getAndOperands, getNarrowingStatuses, getStatusEqualities } from './status-matches-code/narrowing.js';
import { getCodeValue, getMisplacedStatus, getStatusValue, type StatusValue } from './status-matches-code/values.js';
import { catalogStatusByCode, statusConstantNames } from './utils/catalog/catalog.js';
import { getDefaultedName, getDefaultSiblings, getDefaultValues } from './utils/ast/default-values.js';
import { type CaseTransform, getObjectLiteralField, getStaticString, isNullishValue, stripConversions } from './utils/ast/expression.js';
import { type FieldComparison, getFieldComparisons } from './utils/ast/field-comparison.js';
import { getCaseTransform, getFieldName } from './utils/ast/field-read.js';
import { isSameErrorObject } from './evidence/same-error-object.js';
import { getLicenseSpringSettings } from './utils/catalog/settings.js';
import { getTypeInformation } from './evidence/type-information.js';
import { getEvidence } from './evidence/evidence.js';

export type Options = [];
export type MessageId = 'narrowedStatusMismatch' | 'replaceStatus' | 'statusMismatch' | 'swapFields' | 'swappedFields';

const codeField = new Set(['code']);

/** What most comparisons of a file check: shared, since every `BinaryExpression` asks. */
const noComparisons: readonly FieldComparison[] = [];

export default createRule<Options, MessageId>({
  name: 'status-matches-code',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require the status paired with a License API error code to be the status the API sends with that code',
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [],
    messages: {
      statusMismatch: "Code '{{code}}' is sent with status {{expected}}, not {{actual}}. Use {{replacement}}.",
      narrowedStatusMismatch:
        "Code '{{code}}' is sent with status {{expected}}, but this branch only runs for status {{actual}}, so this check never matches. Check for status {{expected}}, or move the check out of this branch.",
      swappedFields:
        "The values of 'code' and 'status' are swapped: 'code' holds the HTTP status {{status}} and 'status' holds the code '{{code}}'. Swap them back.",
      replaceStatus: 'Replace the status with {{replacement}}.',
      swapFields: "Swap the values of 'code' and 'status'.",
    },
  },
  create(context) {
    const settings = getLicenseSpringSettings(context);
    const services = getTypeInformation(context, settings);
    const { sourceCode } = context;
    const evidence = getEvidence(context, settings);
    if (!evidence.inFile && services === undefined) {
      return {};
    }

    /**
     * Whether a pair built with `code` may be fixed: a distinctive code shows it is a License API error
     * by itself, as does the user's `assume`; a generic one (`not_found`) in a file that only names
     * LicenseSpring is only suggested, and with no evidence at all the pair is another API's.
     */
    function getPairEvidence(code: string, codeNode: TSESTree.Node): 'fix' | 'suggest' | undefined {
      if (getStaticString(codeNode) === undefined || evidence.assumed) {
        // A code known from its type is License API code by the types.
        return 'fix';
      }
      const strength = evidence.ofCode(code);
      return strength === 'value' ? 'fix' : strength === undefined ? undefined : 'suggest';
    }

    function expectedStatusOf(code: string): number | undefined {
      return catalogStatusByCode.get(code) ?? settings.additionalCodes.get(code);
    }

    /** How the right status reads in the style of the wrong one: `409`, or `LicenseStatus.CONFLICT` for a constant. */
    function getReplacement(actual: StatusValue, expected: number): { text: string; description: string } {
      const name = statusConstantNames.get(expected);
      if (name === undefined) {
        return { text: String(expected), description: String(expected) };
      }
      const constant = `${actual.constantObject ?? 'LicenseStatus'}.${name}`;
      return { text: actual.kind === 'constant' ? constant : String(expected), description: `${String(expected)} (${constant})` };
    }

    /**
     * Reports a status that disagrees with `code`. In an object literal or a
     * class field the status is data and is fixed (given the evidence for it);
     * in a condition the fix would change which errors the branch handles, so
     * it is only suggested.
     */
    function reportMismatch(code: string, actual: StatusValue, certainty: 'fix' | 'suggest'): void {
      const expected = expectedStatusOf(code);
      if (expected === undefined || expected === actual.status) {
        return;
      }
      const replacement = getReplacement(actual, expected);
      const { parent } = actual.node;
      // `{ code, status }` names a variable: the fix must spell the property out.
      const fix: TSESLint.ReportFixFunction =
        parent?.type === AST_NODE_TYPES.Property && parent.shorthand && parent.value === actual.node
          ? (fixer) => fixer.replaceText(parent, `${sourceCode.getText(parent.key)}: ${replacement.text}`)
          : (fixer) => fixer.replaceText(actual.node, replacement.text);
      const data = { code, expected: String(expected), actual: String(actual.status), replacement: replacement.description };
      if (certainty === 'suggest' || actual.kind === 'type') {
        context.report({
          node: actual.node,
          messageId: 'statusMismatch',
          data,
          suggest: [{ messageId: 'replaceStatus', data, fix }],
        });
      } else {
        context.report({ node: actual.node, messageId: 'statusMismatch', data, fix });
      }
    }

    /** A code check inside a branch that only runs for other statuses (`getNarrowing` gives those branches' statuses; asked only for a code with a status). */
    function checkNarrowedCode(
      code: string,
      codeNode: TSESTree.Node,
      getNarrowing: () => readonly (readonly TSESTree.Expression[])[],
      caseTransform: CaseTransform | undefined,
    ): void {
      const known = resolveComparedCode(code, caseTransform, settings.knownCodes);
      const expected = known === undefined ? undefined : expectedStatusOf(known);
      if (expected === undefined) {
        return;
      }
      for (const statuses of getNarrowing()) {
        const values = statuses.map((status) => getStatusValue(status, sourceCode, services)?.status);
        if (values.every((value) => value !== undefined && value !== expected)) {
          context.report({
            node: codeNode,
            messageId: 'narrowedStatusMismatch',
            data: { code: known, expected: String(expected), actual: values.join(' or ') },
          });
          return;
        }
      }
    }

    /**
     * A `code` and a `status` that build one error: two properties of an
     * object literal, or two instance fields of a class body.
     */
    function checkFields(
      codeProperty: TSESTree.Property | InitialisedField,
      statusProperty: TSESTree.Property | InitialisedField | undefined,
    ): void {
      if (statusProperty === undefined) {
        return;
      }
      const misplacedStatus = getMisplacedStatus(codeProperty.value);
      const misplacedCode = getStaticString(statusProperty.value);
      if (misplacedStatus !== undefined && misplacedCode !== undefined && looksLikeCode(misplacedCode, settings.knownCodes)) {
        // Swapped back, a pair that the catalog sends together is as sure as a distinctive code.
        const certainty = expectedStatusOf(misplacedCode) === misplacedStatus && evidence.inFile ? 'fix' : getPairEvidence(misplacedCode, statusProperty.value);
        const fix: TSESLint.ReportFixFunction = (fixer) => [
          fixer.replaceText(codeProperty.value, sourceCode.getText(statusProperty.value)),
          fixer.replaceText(statusProperty.value, sourceCode.getText(codeProperty.value)),
        ];
        if (certainty !== undefined) {
          context.report({
            node: codeProperty,
            messageId: 'swappedFields',
            data: { status: String(misplacedStatus), code: misplacedCode },
            ...(certainty === 'fix' ? { fix } : { suggest: [{ messageId: 'swapFields', fix }] }),
          });
        }
        return;
      }
      const code = getCodeValue(codeProperty.value, services);
      const status = code === undefined ? undefined : getStatusValue(statusProperty.value, sourceCode, services);
      const certainty = code === undefined ? undefined : getPairEvidence(code, codeProperty.value);
      if (code !== undefined && status !== undefined && certainty !== undefined) {
        reportMismatch(code, status, certainty);
      }
    }

    function checkObject(node: TSESTree.ObjectExpression): void {
      const code = getObjectLiteralField(node, 'code');
      if (code !== undefined) {
        checkFields(code, getObjectLiteralField(node, 'status'));
      }
    }

    function checkClass(node: TSESTree.ClassBody): void {
      const code = getClassField(node, 'code');
      if (code !== undefined) {
        checkFields(code, getClassField(node, 'status'));
      }
    }

    /**
     * `status = 400` and `code = 'x'` defaulted side by side, in one parameter list or pattern, looked at
     * from the code's default: a pair needs one, and few functions and patterns have any, so this runs for
     * a handful of defaults rather than for every function of the file.
     */
    function checkDefaults(codePattern: TSESTree.AssignmentPattern): void {
      if (getDefaultedName(codePattern) !== 'code') {
        return;
      }
      const defaults = getDefaultValues(getDefaultSiblings(codePattern.parent));
      // The list's first default of `code` is the one that counts, and the pair is checked from it alone.
      const codeDefault = defaults.get('code');
      const statusDefault = codeDefault === codePattern.right ? defaults.get('status') : undefined;
      const code = statusDefault === undefined ? undefined : getCodeValue(codePattern.right, services);
      const status = code === undefined || statusDefault === undefined ? undefined : getStatusValue(statusDefault, sourceCode, services);
      const certainty = code === undefined ? undefined : getPairEvidence(code, codePattern.right);
      if (code !== undefined && status !== undefined && certainty !== undefined) {
        reportMismatch(code, status, certainty);
      }
    }

    /**
     * The comparisons of a code with a value in `node` that hold when the code
     * is that value (`==`, `===`). Without types only a written string can be
     * a code, so other comparisons are skipped before any local is looked up;
     * with types, those with `null` or `undefined` (`next === undefined`), the
     * most common kind, which compare no code.
     */
    function getCodeChecks(node: TSESTree.Node): readonly FieldComparison[] {
      const mayHoldCode =
        node.type === AST_NODE_TYPES.BinaryExpression &&
        (node.operator === '===' || node.operator === '==') &&
        (services === undefined
          ? getStaticString(node.left) !== undefined || getStaticString(node.right) !== undefined
          : !isNullishValue(node.left) && !isNullishValue(node.right));
      return mayHoldCode ? getFieldComparisons(node, codeField, sourceCode) : noComparisons;
    }

    /** `X.status === 400 && X.code === 'y'`, in any order, among the operands of one `&&` chain. */
    function checkAndChain(node: TSESTree.LogicalExpression): void {
      const operands = getAndOperands(node);
      const codeChecks = operands.flatMap(getCodeChecks);
      const statusChecks = codeChecks.length === 0 ? [] : operands.flatMap((operand) => getStatusEqualities(operand, sourceCode));
      if (statusChecks.length === 0) {
        return;
      }
      const reported = new Set<TSESTree.Node>();
      for (const codeCheck of codeChecks) {
        const value = getCodeValue(codeCheck.value, services);
        const code = value === undefined ? undefined : resolveComparedCode(value, codeCheck.caseTransform, settings.knownCodes);
        for (const statusCheck of statusChecks) {
          const status =
            code === undefined || reported.has(statusCheck.value) || !isSameErrorObject(statusCheck.read, codeCheck.read, sourceCode)
              ? undefined
              : getStatusValue(statusCheck.value, sourceCode, services);
          if (code !== undefined && status !== undefined) {
            reported.add(statusCheck.value);
            reportMismatch(code, status, 'suggest');
          }
        }
      }
    }

    return {
      ObjectExpression: checkObject,
      ClassBody: checkClass,
      AssignmentPattern: checkDefaults,
      LogicalExpression(node) {
        if (node.operator === '&&' && !(node.parent.type === AST_NODE_TYPES.LogicalExpression && node.parent.operator === '&&')) {
          checkAndChain(node);
        }
      },
      BinaryExpression(node) {
        for (const { read, value, caseTransform } of getCodeChecks(node)) {
          const code = getCodeValue(value, services);
          if (code !== undefined) {
            checkNarrowedCode(code, node, () => getNarrowingStatuses(node, read, sourceCode), caseTransform);
          }
        }
      },
      SwitchStatement(node) {
        const { expression: discriminant } = stripConversions(node.discriminant);
        if (getFieldName(discriminant, sourceCode) !== 'code') {
          return;
        }
        // Every label sits under the same branches as its switch, so they are looked for once, from the switch;
        // most switches sit under none, and then no label can contradict a status.
        const narrowing = getNarrowingStatuses(node, discriminant, sourceCode);
        if (narrowing.length === 0) {
          return;
        }
        const getNarrowing = (): typeof narrowing => narrowing;
        const caseTransform = getCaseTransform(node.discriminant, sourceCode);
        for (const { test } of node.cases) {
          if (test === null) {
            continue;
          }
          const code = getCodeValue(test, services);
          if (code !== undefined) {
            checkNarrowedCode(code, test, getNarrowing, caseTransform);
          }
        }
      },
    };
  },
});
