import { AST_NODE_TYPES, type ParserServicesWithTypeInformation, type TSESTree } from '@typescript-eslint/utils';

import { createRule } from './create-rule.js';
import { createAddMissingCasesFix, guessIndentUnit, type ResolvedCase } from './exhaustive-error-codes/add-missing-cases.js';
import { compileCommentPattern, defaultCommentPattern, hasDeliberateDefaultComment } from './exhaustive-error-codes/deliberate-default.js';
import { describeMissing } from './exhaustive-error-codes/describe-missing.js';
import { classifyDiscriminant, resolveCaseLabel } from './exhaustive-error-codes/discriminant-type.js';
import { catalogMembers, describeMember, groupMembers, type Member } from './exhaustive-error-codes/members.js';
import { catalogCodes, catalogStatuses } from './utils/catalog.js';
import { unwrapExpression } from './utils/expression.js';
import { getLicenseSwitchDomain, getStaticCaseLabel, type LicenseSwitchDomain } from './utils/license-switch.js';
import { getLicenseSpringSettings } from './utils/settings.js';
import { getTypeInformation } from './utils/type-information.js';

export interface ExhaustiveErrorCodesOptions {
  /** Whether a `default` clause handles the values the switch does not name. */
  considerDefaultExhaustive?: boolean;
  /** Whether a `default` is allowed in a switch that names every value its type allows. */
  allowDefaultCaseForExhaustiveSwitch?: boolean;
  /** A regular expression for a comment that marks the unnamed values as deliberately left out. */
  defaultCaseCommentPattern?: string;
}

export type Options = [ExhaustiveErrorCodesOptions];

export type MessageId = 'addMissingCases' | 'duplicateCase' | 'missingCodes' | 'missingStatuses' | 'unnecessaryDefault';

/** Identifiers and member chains (`err.code`, `e?.response?.status`) can carry a license type; `true` or a call cannot be told apart cheaply. */
function isReference(node: TSESTree.Expression): boolean {
  const expression = unwrapExpression(node);
  return expression.type === AST_NODE_TYPES.Identifier || expression.type === AST_NODE_TYPES.MemberExpression;
}

/** Whether a value repeated in two labels is one this rule answers for. */
function isDomainValue(value: Member, domain: LicenseSwitchDomain, knownCodes: ReadonlySet<string>): boolean {
  return domain === 'codes' ? typeof value === 'string' && knownCodes.has(value) : typeof value === 'number' && catalogStatuses.has(value);
}

export default createRule<Options, MessageId>({
  name: 'exhaustive-error-codes',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require switches on License API error codes and statuses to handle every value',
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          considerDefaultExhaustive: {
            type: 'boolean',
            description: 'Whether a `default` clause counts as handling the codes or statuses the switch does not name.',
          },
          allowDefaultCaseForExhaustiveSwitch: {
            type: 'boolean',
            description: 'Whether to allow a `default` clause in a switch that already handles every value its type allows.',
          },
          defaultCaseCommentPattern: {
            type: 'string',
            minLength: 1,
            description: 'Regular expression (with the `u` flag) for a comment that marks the unnamed values as deliberately left to the `default` or to nothing.',
          },
        },
      },
    ],
    defaultOptions: [
      {
        considerDefaultExhaustive: true,
        allowDefaultCaseForExhaustiveSwitch: true,
        defaultCaseCommentPattern: defaultCommentPattern,
      },
    ],
    messages: {
      missingCodes:
        'This switch on a License API error code does not handle {{count}}: {{missing}}. Add a case for each of them, so that no error falls through unhandled.',
      missingStatuses:
        'This switch on a License API error status does not handle {{count}}: {{missing}}. Add a case for each of them, so that no error falls through unhandled.',
      unnecessaryDefault:
        'This switch already handles every value its discriminant can hold, so the default clause never runs. Remove it, so that a value added to the type later is reported here instead of slipping into the default.',
      duplicateCase: 'The case {{label}} repeats an earlier case of this switch, so it never matches. Remove it, or merge its code into the earlier case.',
      addMissingCases: 'Add a case for each missing value, grouped by status, each group throwing until you handle it.',
    },
  },
  create(context, [options]) {
    const considerDefaultExhaustive = options.considerDefaultExhaustive ?? true;
    const allowDefaultCaseForExhaustiveSwitch = options.allowDefaultCaseForExhaustiveSwitch ?? true;
    const commentPattern = compileCommentPattern(options.defaultCaseCommentPattern ?? defaultCommentPattern);
    const settings = getLicenseSpringSettings(context);
    const { knownCodes } = settings;
    const services = getTypeInformation(context, settings);
    const { sourceCode } = context;
    let fileIndentUnit: string | undefined;
    const indentUnit = (): string => (fileIndentUnit ??= guessIndentUnit(sourceCode));

    function check(
      node: TSESTree.SwitchStatement,
      cases: readonly ResolvedCase[],
      domain: LicenseSwitchDomain,
      required: readonly Member[],
      typeIsFinite: boolean,
    ): void {
      const handled = new Set<Member>();
      for (const { test, label } of cases) {
        if (label === undefined) {
          continue;
        }
        if (handled.has(label.value) && isDomainValue(label.value, domain, knownCodes)) {
          context.report({ node: test, messageId: 'duplicateCase', data: { label: describeMember(label.value) } });
        }
        handled.add(label.value);
      }
      const defaultClause = node.cases.find(({ test }) => test === null);
      const missing = required.filter((member) => !handled.has(member));
      if (missing.length === 0) {
        if (defaultClause !== undefined && typeIsFinite && !allowDefaultCaseForExhaustiveSwitch) {
          context.report({ loc: (sourceCode.getFirstToken(defaultClause) ?? defaultClause).loc, messageId: 'unnecessaryDefault' });
        }
        return;
      }
      if (
        (defaultClause !== undefined && considerDefaultExhaustive) ||
        hasDeliberateDefaultComment(sourceCode, node, defaultClause, commentPattern)
      ) {
        return;
      }
      const groups = groupMembers(missing, domain, settings.additionalCodes);
      context.report({
        node: node.discriminant,
        messageId: domain === 'codes' ? 'missingCodes' : 'missingStatuses',
        data: describeMissing(groups, domain),
        suggest: [{ messageId: 'addMissingCases', fix: createAddMissingCasesFix(sourceCode, node, cases, groups, domain, indentUnit) }],
      });
    }

    function checkTyped(node: TSESTree.SwitchStatement, typed: ParserServicesWithTypeInformation, staticCases: readonly ResolvedCase[]): void {
      // Decide what we can from the labels before asking the checker: a literal label
      // that is neither a known code nor a catalog status cannot be compared with a
      // license union without a type error, so such a switch is not a license switch.
      let licenseLabel = false;
      let foreignLabel = false;
      for (const { label } of staticCases) {
        const value = label?.value;
        if (typeof value === 'string') {
          licenseLabel ||= catalogCodes.has(value);
          foreignLabel ||= !knownCodes.has(value);
        } else if (typeof value === 'number') {
          licenseLabel ||= catalogStatuses.has(value);
          foreignLabel ||= !catalogStatuses.has(value);
        }
      }
      if (!licenseLabel && (foreignLabel || !isReference(node.discriminant))) {
        return;
      }
      const verdict = classifyDiscriminant(typed, node.discriminant, knownCodes);
      if (verdict === undefined) {
        return;
      }
      // Constants are read from their types here: `Kind.CONFLICT` may be an enum member, not 409.
      const cases = staticCases.map(({ test, label }) => ({
        test,
        label: label === undefined || unwrapExpression(test).type === AST_NODE_TYPES.MemberExpression ? resolveCaseLabel(typed, test) : label,
      }));
      if (verdict.kind === 'members') {
        check(node, cases, verdict.domain, verdict.members, true);
        return;
      }
      const domain = getLicenseSwitchDomain(node, cases.map(({ label }) => label));
      if (domain !== undefined) {
        check(node, cases, domain, catalogMembers[domain], false);
      }
    }

    return {
      SwitchStatement(node) {
        const cases: ResolvedCase[] = [];
        for (const { test } of node.cases) {
          if (test !== null) {
            cases.push({ test, label: getStaticCaseLabel(test) });
          }
        }
        if (services !== undefined) {
          checkTyped(node, services, cases);
          return;
        }
        const domain = getLicenseSwitchDomain(node, cases.map(({ label }) => label));
        if (domain !== undefined) {
          check(node, cases, domain, catalogMembers[domain], false);
        }
      },
    };
  },
});
