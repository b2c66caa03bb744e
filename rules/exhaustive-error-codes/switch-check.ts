import type { ParserServicesWithTypeInformation, TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { CaseTransform } from '../utils/ast/expression.js';
import { getCaseTransform } from '../utils/ast/field-read.js';
import { getLicenseSwitchDomain, getStaticCaseLabel, type LicenseSwitchDomain } from '../evidence/license-switch.js';
import { createAddMissingCasesFix, type ResolvedCase } from './add-missing-cases.js';
import { applyMemberCaseTransform, getUnconvertedRead, undoCaseTransform } from './case-transform.js';
import type { CheckSetup } from './check-setup.js';
import { hasDeliberateDefaultComment } from './deliberate-default.js';
import { describeMissing } from './describe-missing.js';
import { classifyDiscriminant } from './discriminant-type.js';
import { isDomainValue, mayBeLicenseDispatch, resolveTypedLabel } from './dispatch-labels.js';
import { catalogMembers, describeMember, groupMembers, type Member } from './members.js';

export type SwitchMessageId = 'addMissingCases' | 'duplicateCase' | 'missingCodes' | 'missingStatuses' | 'unnecessaryDefault';

/**
 * The check of `switch` statements: every code or status the discriminant
 * can hold (by its type, or by the catalog when only the labels tell) needs
 * a case, unless a `default` or a comment covers the rest.
 */
export function createSwitchCheck(
  context: Readonly<TSESLint.RuleContext<SwitchMessageId, readonly unknown[]>>,
  { settings, services, inFile, commentPattern, considerDefaultExhaustive, allowDefaultCaseForExhaustiveSwitch, indentUnit }: CheckSetup,
): (node: TSESTree.SwitchStatement) => void {
  const { knownCodes } = settings;
  const { sourceCode } = context;

  function check(
    node: TSESTree.SwitchStatement,
    cases: readonly ResolvedCase[],
    domain: LicenseSwitchDomain,
    required: readonly Member[],
    typeIsFinite: boolean,
    caseTransform: CaseTransform | undefined,
    /** `coversRest` of the switch, when the caller has already asked. */
    covered?: boolean,
  ): void {
    const handled = new Set<Member>();
    for (const { test, label } of cases) {
      if (label === undefined) {
        continue;
      }
      if (handled.has(label.value) && isDomainValue(label.value, domain, knownCodes)) {
        context.report({ node: test, messageId: 'duplicateCase', data: { label: describeMember(applyMemberCaseTransform(label.value, caseTransform)) } });
      }
      handled.add(label.value);
    }
    const defaultClause = node.cases.find(({ test }) => test === null);
    // The required values no label names, in their order: one look-up each, no copy of the many required values.
    const missing: Member[] = [];
    for (const value of required) {
      if (!handled.has(value)) {
        missing.push(value);
      }
    }
    if (missing.length === 0) {
      if (defaultClause !== undefined && typeIsFinite && !allowDefaultCaseForExhaustiveSwitch) {
        context.report({ loc: (sourceCode.getFirstToken(defaultClause) ?? defaultClause).loc, messageId: 'unnecessaryDefault' });
      }
      return;
    }
    if (covered ?? coversRest(node, defaultClause)) {
      return;
    }
    const groups = groupMembers(missing, domain, settings.additionalCodes);
    context.report({
      node: node.discriminant,
      messageId: domain === 'codes' ? 'missingCodes' : 'missingStatuses',
      data: describeMissing(groups, domain),
      suggest: [{ messageId: 'addMissingCases', fix: createAddMissingCasesFix(sourceCode, node, cases, groups, domain, indentUnit, caseTransform) }],
    });
  }

  /** Whether the switch answers for every value it does not name: a `default` that counts, or the comment. */
  function coversRest(node: TSESTree.SwitchStatement, defaultClause: TSESTree.SwitchCase | undefined): boolean {
    return (defaultClause !== undefined && considerDefaultExhaustive) || hasDeliberateDefaultComment(sourceCode, node, defaultClause, commentPattern);
  }

  /**
   * Labels of a switch on a case-converted read, as the codes they stand for (`case 'NOT_FOUND':` is `'not_found'`);
   * without a conversion, `cases` themselves: most switches have none, and every switch of the file comes here.
   */
  function undoCaseTransforms(cases: readonly ResolvedCase[], caseTransform: CaseTransform | undefined): readonly ResolvedCase[] {
    if (caseTransform === undefined) {
      return cases;
    }
    return cases.map(({ test, label }) => ({ test, label: label === undefined ? undefined : undoCaseTransform(label, caseTransform, knownCodes) }));
  }

  /**
   * With `caseTransform`, the discriminant converts a read (`err.code.toUpperCase()`): the type of
   * that read says which codes are required, and codes are all it can dispatch on.
   */
  function checkTyped(
    node: TSESTree.SwitchStatement,
    typed: ParserServicesWithTypeInformation,
    staticCases: readonly ResolvedCase[],
    caseTransform: CaseTransform | undefined,
  ): void {
    const subject = caseTransform === undefined ? node.discriminant : getUnconvertedRead(node.discriminant, sourceCode);
    // Decide what we can from the labels before asking the checker.
    if (!mayBeLicenseDispatch(undoCaseTransforms(staticCases, caseTransform).map(({ label }) => label), subject, knownCodes)) {
      return;
    }
    const resolved = staticCases.map(({ test, label }) => ({ test, label: resolveTypedLabel(typed, test, label, sourceCode) }));
    const cases = undoCaseTransforms(resolved, caseTransform);
    // A switch that answers for the rest can only repeat a label; without one, the discriminant's type, the costly
    // question, is not needed. Not asked where a `default` may be unneeded: the type decides that in any case.
    const defaultClause = node.cases.find(({ test }) => test === null);
    const covered = defaultClause !== undefined && !allowDefaultCaseForExhaustiveSwitch ? undefined : coversRest(node, defaultClause);
    if (covered === true && !repeatsLabel(cases)) {
      return;
    }
    const verdict = classifyDiscriminant(typed, subject, knownCodes, sourceCode);
    if (verdict === undefined || (caseTransform !== undefined && verdict.kind === 'members' && verdict.domain !== 'codes')) {
      return;
    }
    if (verdict.kind === 'members') {
      check(node, cases, verdict.domain, verdict.members, true, caseTransform, covered);
      return;
    }
    const domain = inFile ? getLicenseSwitchDomain(node, cases.map(({ label }) => label)) : undefined;
    if (domain !== undefined) {
      check(node, cases, domain, catalogMembers[domain], false, caseTransform, covered);
    }
  }

  return (node) => {
    const cases: ResolvedCase[] = [];
    for (const { test } of node.cases) {
      if (test !== null) {
        cases.push({ test, label: getStaticCaseLabel(test) });
      }
    }
    // `switch (err.code.toUpperCase())`, or `switch (code)` after `const code = err.code.toUpperCase()`.
    const caseTransform = getCaseTransform(node.discriminant, sourceCode);
    if (services !== undefined) {
      checkTyped(node, services, cases, caseTransform);
      return;
    }
    const unconverted = undoCaseTransforms(cases, caseTransform);
    const domain = getLicenseSwitchDomain(node, unconverted.map(({ label }) => label));
    if (domain !== undefined) {
      check(node, unconverted, domain, catalogMembers[domain], false, caseTransform);
    }
  };
}

/** Whether two labels stand for the same value (`case LicenseStatus.CONFLICT:` and `case 409:` included). */
function repeatsLabel(cases: readonly ResolvedCase[]): boolean {
  const seen = new Set<unknown>();
  for (const { label } of cases) {
    if (label !== undefined) {
      if (seen.has(label.value)) {
        return true;
      }
      seen.add(label.value);
    }
  }
  return false;
}
