import type { ParserServicesWithTypeInformation, TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';

import { catalogStatuses } from '../utils/catalog/catalog.js';
import { getDeclaredType } from '../evidence/declared-type.js';
import { getLiteralUnion } from '../evidence/literal-types.js';

/**
 * Whether `type` is `LicenseErrorStatus` or a narrower union of catalog
 * statuses (`undefined` and `null` allowed, as from `err?.status`).
 */
export function isLicenseStatusType(type: ts.Type): boolean {
  const { numbers, strings, hasOther } = getLiteralUnion(type);
  return numbers.size > 0 && strings.size === 0 && !hasOther && [...numbers].every((status) => catalogStatuses.has(status));
}

/**
 * Whether the value of `node` is a license status by its own type (an
 * operand or a switch discriminant). Declarations answer first: a value
 * declared a license status is one wherever it is read. Only where they
 * cannot tell (a `catch` parameter narrowed by `isLicenseApiError`) is the
 * checker asked for the narrowed type, which costs a walk of the function.
 */
export function hasLicenseStatusType(services: ParserServicesWithTypeInformation, node: TSESTree.Node): boolean {
  return isLicenseStatusType(getDeclaredType(services, node) ?? services.getTypeAtLocation(node));
}

/** Whether the place `node` sits in expects a license status: an annotated variable, parameter, return, property... */
export function expectsLicenseStatus(services: ParserServicesWithTypeInformation, node: TSESTree.Expression): boolean {
  const tsNode = services.esTreeNodeToTSNodeMap.get(node);
  const expected = services.program.getTypeChecker().getContextualType(tsNode as ts.Expression);
  return expected !== undefined && isLicenseStatusType(expected);
}
