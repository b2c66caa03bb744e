import type { ParserServicesWithTypeInformation, TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';

import { getLiteralUnion } from '../evidence/literal-types.js';
import { classifyCodeType } from '../evidence/code-type.js';

/**
 * What the type of a compared value says about it:
 * - `'statuses'`: a union of known statuses only (`LicenseErrorStatus`, part
 *   of it, optionally with `undefined`), so it is a license error status;
 * - `'otherNumbers'`: number literals, some of them not known statuses (the
 *   type declares the status it is compared with, or is not about licenses);
 * - `undefined`: the type does not tell (`number`, `any`, mixed unions ...).
 */
export type StatusTypeVerdict = 'otherNumbers' | 'statuses' | undefined;

export function classifyStatusType(type: ts.Type, knownStatuses: ReadonlySet<number>): StatusTypeVerdict {
  const { numbers, strings, hasOther } = getLiteralUnion(type);
  if (numbers.size === 0 || strings.size > 0 || hasOther) {
    return undefined;
  }
  return [...numbers].every((status) => knownStatuses.has(status)) ? 'statuses' : 'otherNumbers';
}

/** Where a license error keeps its code, from the object its status is read from: `err.code`, or axios' `e.response.data.code`. */
const codePaths = [['code'], ['data', 'code']] as const;

function getPropertyType(checker: ts.TypeChecker, type: ts.Type, name: string, location: ts.Node): ts.Type | undefined {
  const property = checker.getNonNullableType(type).getProperty(name);
  return property === undefined ? undefined : checker.getTypeOfSymbolAtLocation(property, location);
}

/**
 * Whether `owner`, the object a status is read from, is a license error by its
 * type: its `code` (or its `data.code`, for an axios response) is a union of
 * known codes, as in `LicenseApiError` or `AxiosError<LicenseApiError>`'s response.
 */
export function hasLicenseCodeType(
  services: ParserServicesWithTypeInformation,
  owner: TSESTree.Node,
  knownCodes: ReadonlySet<string>,
): boolean {
  const checker = services.program.getTypeChecker();
  const location = services.esTreeNodeToTSNodeMap.get(owner);
  const ownerType = services.getTypeAtLocation(owner);
  return codePaths.some((path) => {
    let type: ts.Type | undefined = ownerType;
    for (const name of path) {
      type = type === undefined ? undefined : getPropertyType(checker, type, name, location);
    }
    return type !== undefined && classifyCodeType(type, knownCodes) === 'codes';
  });
}
