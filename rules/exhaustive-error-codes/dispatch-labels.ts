import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { ParserServicesWithTypeInformation, TSESLint, TSESTree } from '@typescript-eslint/utils';

import { catalogCodes, catalogStatuses } from '../utils/catalog/catalog.js';
import { unwrapExpression } from '../utils/ast/expression.js';
import type { LicenseSwitchDomain, StaticCaseLabel } from '../evidence/license-switch.js';
import { resolveCaseLabel } from './discriminant-type.js';
import type { Member } from './members.js';

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
export function mayBeLicenseDispatch(labels: readonly (StaticCaseLabel | undefined)[], discriminant: TSESTree.Expression, knownCodes: ReadonlySet<string>): boolean {
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
export function isDomainValue(value: Member, domain: LicenseSwitchDomain, knownCodes: ReadonlySet<string>): boolean {
  return domain === 'codes' ? typeof value === 'string' && knownCodes.has(value) : typeof value === 'number' && catalogStatuses.has(value);
}

/**
 * The value a label or compared value stands for, once types are known: a
 * constant is read from its type, since `Kind.CONFLICT` may be an enum
 * member rather than the 409 its name suggests.
 */
export function resolveTypedLabel(
  typed: ParserServicesWithTypeInformation,
  value: TSESTree.Expression,
  label: StaticCaseLabel | undefined,
  sourceCode: Readonly<TSESLint.SourceCode>,
): StaticCaseLabel | undefined {
  return label === undefined || unwrapExpression(value).type === AST_NODE_TYPES.MemberExpression ? resolveCaseLabel(typed, value, sourceCode) : label;
}
