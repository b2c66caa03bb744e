import type { ParserServicesWithTypeInformation, TSESLint } from '@typescript-eslint/utils';

import { getLicenseDispatchDomain, type LicenseSwitchDomain, type StaticCaseLabel } from '../evidence/license-switch.js';
import { createAddFinalElseFix, createAddMissingBranchesFix } from './add-missing-branches.js';
import { undoCaseTransform } from './case-transform.js';
import type { CheckSetup } from './check-setup.js';
import { describeMissing } from './describe-missing.js';
import { classifyDiscriminant } from './discriminant-type.js';
import { isDomainValue, mayBeLicenseDispatch, resolveTypedLabel } from './dispatch-labels.js';
import type { IfChain } from './if-chain.js';
import { catalogMembers, groupMembers, type Member } from './members.js';

export type ChainMessageId = 'addFinalElse' | 'addMissingBranches' | 'missingChainCodes' | 'missingChainStatuses';

/**
 * The check of `if`/`else if` ladders (`checkIfElseChains`): a ladder that
 * compares one code or status with two values or more is a dispatch, and
 * must handle every value, as a switch must, or end in an `else`.
 */
export function createChainCheck(
  context: Readonly<TSESLint.RuleContext<ChainMessageId, readonly unknown[]>>,
  { settings, services, inFile, indentUnit }: CheckSetup,
): (chain: IfChain) => void {
  const { knownCodes } = settings;
  const { sourceCode } = context;

  /** The value each comparison of a ladder handles, through types for constants and back from `.toUpperCase()`. */
  function resolveChainLabels(chain: IfChain, typed: ParserServicesWithTypeInformation | undefined): (StaticCaseLabel | undefined)[] {
    return chain.comparisons.map(({ value, label, read }) => {
      const resolved = typed === undefined ? label : resolveTypedLabel(typed, value, label, sourceCode);
      return resolved === undefined ? undefined : undoCaseTransform(resolved, read.caseTransform, knownCodes);
    });
  }

  return (chain) => {
    const [first] = chain.comparisons;
    let labels = resolveChainLabels(chain, undefined);
    let required: readonly Member[] | undefined;
    let domain: LicenseSwitchDomain | undefined;
    if (services !== undefined) {
      if (!mayBeLicenseDispatch(labels, first.read.subject, knownCodes)) {
        return;
      }
      const verdict = classifyDiscriminant(services, first.read.subject, knownCodes, sourceCode);
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
  };
}
