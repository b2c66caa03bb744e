import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { ParserServicesWithTypeInformation, TSESTree } from '@typescript-eslint/utils';

import { createRule } from './create-rule.js';
import { createAddFinalElseFix, createAddMissingBranchesFix } from './exhaustive-error-codes/add-missing-branches.js';
import { createAddMissingCasesFix, guessIndentUnit, type ResolvedCase } from './exhaustive-error-codes/add-missing-cases.js';
import { applyMemberCaseTransform, getUnconvertedRead, undoCaseTransform } from './exhaustive-error-codes/case-transform.js';
import {
  type CodeMap,
  createRequireEveryCodeFix,
  getCodeMap,
  getKeyExpression,
  getLookups,
  getPartialCodeKeys,
  getTypedLiteralKeys,
  isCodeNamedKey,
} from './exhaustive-error-codes/code-map.js';
import { compileCommentPattern, defaultCommentPattern, hasDeliberateDefaultComment } from './exhaustive-error-codes/deliberate-default.js';
import { describeMissing } from './exhaustive-error-codes/describe-missing.js';
import { classifyDiscriminant, resolveCaseLabel } from './exhaustive-error-codes/discriminant-type.js';
import { getIfChain, type IfChain, isElseIf } from './exhaustive-error-codes/if-chain.js';
import { hasFallback } from './exhaustive-error-codes/lookup-fallback.js';
import { catalogMembers, describeMember, groupMembers, type Member } from './exhaustive-error-codes/members.js';
import { catalogCodes, catalogStatuses } from './utils/catalog/catalog.js';
import { type CaseTransform, unwrapExpression } from './utils/ast/expression.js';
import { getCaseTransform } from './utils/ast/field-read.js';
import {
  getLicenseDispatchDomain,
  getLicenseSwitchDomain,
  getStaticCaseLabel,
  type LicenseSwitchDomain,
  type StaticCaseLabel,
} from './evidence/license-switch.js';
import { getLicenseSpringSettings } from './utils/catalog/settings.js';
import { getTypeInformation } from './evidence/type-information.js';
import { getEvidence } from './evidence/evidence.js';

export interface ExhaustiveErrorCodesOptions {
  /** Whether a `default` clause handles the values the switch does not name. */
  considerDefaultExhaustive?: boolean;
  /** Whether a `default` is allowed in a switch that names every value its type allows. */
  allowDefaultCaseForExhaustiveSwitch?: boolean;
  /** A regular expression for a comment that marks the unnamed values as deliberately left out. */
  defaultCaseCommentPattern?: string;
  /** Whether `if`/`else if` ladders that compare one code or status with several values are checked like switches. */
  checkIfElseChains?: boolean;
  /** Whether object literals looked up by code (`messages[err.code]`) must have an entry for every code. */
  checkCodeMaps?: boolean;
}

export type Options = [ExhaustiveErrorCodesOptions];

export type MessageId =
  | 'addFinalElse'
  | 'addMissingBranches'
  | 'addMissingCases'
  | 'duplicateCase'
  | 'incompleteCodeMap'
  | 'missingChainCodes'
  | 'missingChainStatuses'
  | 'missingCodes'
  | 'missingStatuses'
  | 'requireEveryCode'
  | 'unnecessaryDefault';

/** Identifiers and member chains (`err.code`, `e?.response?.status`) can carry a license type; `true` or a call cannot be told apart cheaply. */
function isReference(node: TSESTree.Expression): boolean {
  const expression = unwrapExpression(node);
  return expression.type === AST_NODE_TYPES.Identifier || expression.type === AST_NODE_TYPES.MemberExpression;
}

/**
 * Whether labels show a dispatch on License API errors before the checker is
 * asked: a catalog code or status among them, or no literal that rules it out
 * (a literal that is neither a known code nor a catalog status could not be
 * compared with a license union without a type error).
 */
function mayBeLicenseDispatch(labels: readonly (StaticCaseLabel | undefined)[], discriminant: TSESTree.Expression, knownCodes: ReadonlySet<string>): boolean {
  let licenseLabel = false;
  let foreignLabel = false;
  for (const label of labels) {
    const value = label?.value;
    if (typeof value === 'string') {
      licenseLabel ||= catalogCodes.has(value);
      foreignLabel ||= !knownCodes.has(value);
    } else if (typeof value === 'number') {
      licenseLabel ||= catalogStatuses.has(value);
      foreignLabel ||= !catalogStatuses.has(value);
    }
  }
  return licenseLabel || (!foreignLabel && isReference(discriminant));
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
      description: 'Require switches, if/else ladders and lookup tables on License API errors to handle every value',
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
          checkIfElseChains: {
            type: 'boolean',
            description: 'Whether to check `if`/`else if` ladders that compare one code or status with two or more values, as switches are checked.',
          },
          checkCodeMaps: {
            type: 'boolean',
            description: 'Whether to check object literals looked up by error code (`messages[err.code]`) for codes they have no entry for.',
          },
        },
      },
    ],
    defaultOptions: [
      {
        considerDefaultExhaustive: true,
        allowDefaultCaseForExhaustiveSwitch: true,
        defaultCaseCommentPattern: defaultCommentPattern,
        checkIfElseChains: false,
        checkCodeMaps: false,
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
      missingChainCodes:
        'This if/else chain on a License API error code does not handle {{count}}: {{missing}}. Add a branch for each of them, or end the chain in an else, so that no error falls through unhandled.',
      missingChainStatuses:
        'This if/else chain on a License API error status does not handle {{count}}: {{missing}}. Add a branch for each of them, or end the chain in an else, so that no error falls through unhandled.',
      incompleteCodeMap:
        'This lookup table by License API error code has no entry for {{count}}: {{missing}}. Add an entry for each of them (in TypeScript, `satisfies Record<LicenseErrorCode, T>` on the table makes the compiler list them), so that no lookup comes back empty.',
      addMissingCases: 'Add a case for each missing value, grouped by status, each group throwing until you handle it.',
      addMissingBranches: 'Add an else-if branch for each missing value, grouped by status, each throwing until you handle it.',
      addFinalElse: 'End the chain in an else that throws with the value that reached it.',
      requireEveryCode: "Declare the table's type without optional keys, so that TypeScript requires an entry for every code.",
    },
  },
  create(context, [options]) {
    const considerDefaultExhaustive = options.considerDefaultExhaustive ?? true;
    const checkIfElseChains = options.checkIfElseChains ?? false;
    const checkCodeMaps = options.checkCodeMaps ?? false;
    const allowDefaultCaseForExhaustiveSwitch = options.allowDefaultCaseForExhaustiveSwitch ?? true;
    const commentPattern = compileCommentPattern(options.defaultCaseCommentPattern ?? defaultCommentPattern);
    const settings = getLicenseSpringSettings(context);
    const { knownCodes } = settings;
    const services = getTypeInformation(context, settings);
    const { sourceCode } = context;
    // Without types, only labels and keys tell a dispatch on License API errors, and only in a file that shows it talks to the API.
    const { inFile } = getEvidence(context, settings);
    if (!inFile && services === undefined) {
      return {};
    }
    let fileIndentUnit: string | undefined;
    const indentUnit = (): string => (fileIndentUnit ??= guessIndentUnit(sourceCode));

    function check(
      node: TSESTree.SwitchStatement,
      cases: readonly ResolvedCase[],
      domain: LicenseSwitchDomain,
      required: readonly Member[],
      typeIsFinite: boolean,
      caseTransform: CaseTransform | undefined,
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
        suggest: [{ messageId: 'addMissingCases', fix: createAddMissingCasesFix(sourceCode, node, cases, groups, domain, indentUnit, caseTransform) }],
      });
    }

    /** Labels of a switch on a case-converted read, as the codes they stand for (`case 'NOT_FOUND':` is `'not_found'`). */
    function undoCaseTransforms(cases: readonly ResolvedCase[], caseTransform: CaseTransform | undefined): ResolvedCase[] {
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
      const verdict = classifyDiscriminant(typed, subject, knownCodes);
      if (verdict === undefined || (caseTransform !== undefined && verdict.kind === 'members' && verdict.domain !== 'codes')) {
        return;
      }
      // Constants are read from their types here: `Kind.CONFLICT` may be an enum member, not 409.
      const resolved = staticCases.map(({ test, label }) => ({
        test,
        label: label === undefined || unwrapExpression(test).type === AST_NODE_TYPES.MemberExpression ? resolveCaseLabel(typed, test) : label,
      }));
      const cases = undoCaseTransforms(resolved, caseTransform);
      if (verdict.kind === 'members') {
        check(node, cases, verdict.domain, verdict.members, true, caseTransform);
        return;
      }
      const domain = inFile ? getLicenseSwitchDomain(node, cases.map(({ label }) => label)) : undefined;
      if (domain !== undefined) {
        check(node, cases, domain, catalogMembers[domain], false, caseTransform);
      }
    }

    /** The value each comparison of a ladder handles, through types for constants and back from `.toUpperCase()`. */
    function resolveChainLabels(chain: IfChain, typed: ParserServicesWithTypeInformation | undefined): (StaticCaseLabel | undefined)[] {
      return chain.comparisons.map(({ value, label, read }) => {
        const resolved =
          typed !== undefined && (label === undefined || unwrapExpression(value).type === AST_NODE_TYPES.MemberExpression)
            ? resolveCaseLabel(typed, value)
            : label;
        return resolved === undefined ? undefined : undoCaseTransform(resolved, read.caseTransform, knownCodes);
      });
    }

    function checkChain(chain: IfChain): void {
      const [first] = chain.comparisons;
      let labels = resolveChainLabels(chain, undefined);
      let required: readonly Member[] | undefined;
      let domain: LicenseSwitchDomain | undefined;
      if (services !== undefined) {
        if (!mayBeLicenseDispatch(labels, first.read.subject, knownCodes)) {
          return;
        }
        const verdict = classifyDiscriminant(services, first.read.subject, knownCodes);
        if (verdict === undefined) {
          return;
        }
        labels = resolveChainLabels(chain, services);
        if (verdict.kind === 'members') {
          ({ domain } = verdict);
          // An error that is not there (`err?.code` is `undefined`) is the ladder's normal way out, not a value to dispatch.
          required = verdict.members.filter((member) => member !== undefined && member !== null);
        }
      }
      if (domain === undefined && inFile) {
        domain = getLicenseDispatchDomain(first.read.field, labels);
      }
      if (domain === undefined) {
        return;
      }
      const handled = new Set(labels.map((label) => label?.value).filter((value) => isDomainValue(value, domain, knownCodes)));
      // One comparison is a plain `if`; a dispatch names two values or more.
      if (handled.size < 2) {
        return;
      }
      const missing = (required ?? catalogMembers[domain]).filter((member) => !handled.has(member));
      if (missing.length === 0) {
        return;
      }
      const groups = groupMembers(missing, domain, settings.additionalCodes);
      const closingParen = sourceCode.getTokenBefore(chain.head.consequent);
      context.report({
        loc: { start: chain.head.loc.start, end: (closingParen ?? chain.head.test).loc.end },
        messageId: domain === 'codes' ? 'missingChainCodes' : 'missingChainStatuses',
        data: describeMissing(groups, domain),
        suggest: [
          { messageId: 'addMissingBranches', fix: createAddMissingBranchesFix(sourceCode, chain, groups, domain, indentUnit) },
          { messageId: 'addFinalElse', fix: createAddFinalElseFix(sourceCode, chain, domain, indentUnit) },
        ],
      });
    }

    /**
     * The codes a table must have, and the lookups that read it by code:
     * the keys of its declared partial type, or those its lookups' keys can
     * hold; `undefined` when it is no table by code. `byName` when only the
     * name of a key (`err.code`) says the table is by code, not a type.
     */
    function getRequirement(
      map: CodeMap,
      lookups: readonly TSESTree.MemberExpression[],
    ): { required: ReadonlySet<string>; codeLookups: readonly TSESTree.MemberExpression[]; declared: boolean; byName: boolean } | undefined {
      if (services !== undefined && map.declaredType !== undefined) {
        const declaredKeys = getPartialCodeKeys(services, map.declaredType, knownCodes);
        if (declaredKeys !== undefined) {
          return { required: new Set(declaredKeys), codeLookups: lookups, declared: true, byName: false };
        }
      }
      if (map.catalogKeys < 2 || !inFile) {
        return undefined;
      }
      const required = new Set<string>();
      const codeLookups: TSESTree.MemberExpression[] = [];
      let byName = true;
      for (const lookup of lookups) {
        const key = getKeyExpression(lookup);
        const verdict = services === undefined ? ({ kind: 'wide' } as const) : classifyDiscriminant(services, key, knownCodes);
        if (verdict?.kind === 'members' && verdict.domain === 'codes') {
          byName = false;
          codeLookups.push(lookup);
          for (const member of verdict.members) {
            if (typeof member === 'string') {
              required.add(member);
            }
          }
        } else if (verdict?.kind === 'wide' && isCodeNamedKey(key, sourceCode)) {
          codeLookups.push(lookup);
          for (const code of catalogCodes) {
            required.add(code);
          }
        }
      }
      return codeLookups.length === 0 ? undefined : { required, codeLookups, declared: false, byName };
    }

    function checkCodeMap(map: CodeMap): void {
      const { lookups, written, references } = getLookups(map, sourceCode);
      if (written || (lookups.length === 0 && map.declaredType === undefined)) {
        return;
      }
      const requirement = getRequirement(map, lookups);
      if (requirement === undefined) {
        return;
      }
      // With `considerDefaultExhaustive`, a fallback where the table is read (`?? 'Unknown error'`, `?.(`, an `in`
      // guard) handles the rest; without it, a table declared partial is reported even where this file does not read it.
      const isTable = (node: TSESTree.Node): boolean => references.has(node);
      const reportable = considerDefaultExhaustive
        ? requirement.codeLookups.some((lookup) => !hasFallback(lookup, isTable, sourceCode))
        : requirement.declared || requirement.codeLookups.length > 0;
      if (!reportable) {
        return;
      }
      const closingBrace = sourceCode.getLastToken(map.object);
      if (closingBrace !== null && sourceCode.getCommentsBefore(closingBrace).some((comment) => commentPattern.test(comment.value.trim()))) {
        return;
      }
      const keys = map.keys ?? (services === undefined ? undefined : getTypedLiteralKeys(services, map.object));
      // Judged by a key's name alone, a table with a key that no License API code has is another vendor's (`card_declined`).
      if (keys === undefined || (requirement.byName && [...keys].some((key) => !knownCodes.has(key)))) {
        return;
      }
      const missing = [...requirement.required].filter((code) => !keys.has(code));
      if (missing.length === 0) {
        return;
      }
      const fix = requirement.declared && map.declaredType !== undefined ? createRequireEveryCodeFix(sourceCode, map.declaredType) : undefined;
      const { start } = map.id.loc;
      context.report({
        loc: { start, end: { line: start.line, column: start.column + map.id.name.length } },
        messageId: 'incompleteCodeMap',
        data: describeMissing(groupMembers(missing, 'codes', settings.additionalCodes), 'codes'),
        suggest: fix === undefined ? [] : [{ messageId: 'requireEveryCode', fix }],
      });
    }

    const codeMaps: CodeMap[] = [];

    return {
      SwitchStatement(node) {
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
      },
      ...(checkIfElseChains && {
        IfStatement(node: TSESTree.IfStatement) {
          if (isElseIf(node)) {
            return;
          }
          const chain = getIfChain(node, sourceCode);
          if (chain !== undefined) {
            checkChain(chain);
          }
        },
      }),
      ...(checkCodeMaps && {
        VariableDeclarator(node: TSESTree.VariableDeclarator) {
          const map = getCodeMap(node);
          // A table by code has two catalog codes as keys or, with types, a declared type and a code among its keys (or keys it hides).
          const mayBeTable =
            map !== undefined &&
            (map.catalogKeys >= 2 || (services !== undefined && map.declaredType !== undefined && (map.catalogKeys > 0 || map.keys === undefined)));
          if (mayBeTable) {
            codeMaps.push(map);
          }
        },
        'Program:exit'() {
          for (const map of codeMaps) {
            checkCodeMap(map);
          }
        },
      }),
    };
  },
});
