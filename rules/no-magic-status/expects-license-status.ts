import type { ParserServicesWithTypeInformation, TSESLint, TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';

import { catalogStatuses } from '../utils/catalog/catalog.js';
import { getDeclaredType } from '../evidence/declared-type.js';
import { getDeclaredArgumentPropertyType } from '../evidence/expected-type.js';
import { loadTypeScript } from '../evidence/typescript.js';

/**
 * Whether `type` is `LicenseErrorStatus` or a narrower union of catalog
 * statuses (`undefined` and `null` allowed, as from `err?.status`). Asked of
 * every status compared and of expected types, which are often long unions
 * of codes: one pass that stops at the first member that is no status.
 */
export function isLicenseStatusType(type: ts.Type): boolean {
  const { TypeFlags } = loadTypeScript();
  const nullish = TypeFlags.Undefined | TypeFlags.Null | TypeFlags.Void;
  let hasStatus = false;
  for (const member of type.isUnion() ? type.types : [type]) {
    if (member.isNumberLiteral() && catalogStatuses.has(member.value)) {
      hasStatus = true;
    } else if ((member.flags & nullish) === 0) {
      return false;
    }
  }
  return hasStatus;
}

/**
 * Whether the value of `node` is a license status by its own type (an
 * operand or a switch discriminant). Declarations answer first: a value
 * declared a license status is one wherever it is read. Only where they
 * cannot tell (a `catch` parameter narrowed by `isLicenseApiError`) is the
 * checker asked for the narrowed type, which costs a walk of the function.
 */
export function hasLicenseStatusType(
  services: ParserServicesWithTypeInformation,
  node: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
): boolean {
  return isLicenseStatusType(getDeclaredType(services, node, sourceCode) ?? services.getTypeAtLocation(node));
}

/**
 * Whether the place `node` sits in expects a license status: an annotated
 * variable, parameter, return, property... A property of an object passed to
 * a function is answered by the function's declaration where it can be (see
 * `getDeclaredArgumentPropertyType`): the checker would first resolve the
 * whole call, and in code that type-checks it expects a union of statuses
 * there too.
 */
export function expectsLicenseStatus(
  services: ParserServicesWithTypeInformation,
  node: TSESTree.Expression,
  sourceCode: Readonly<TSESLint.SourceCode>,
): boolean {
  const declared = getDeclaredArgumentPropertyType(services, node, sourceCode);
  if (declared !== undefined && isLicenseStatusType(declared)) {
    return true;
  }
  const tsNode = services.esTreeNodeToTSNodeMap.get(node);
  const expected = services.program.getTypeChecker().getContextualType(tsNode as ts.Expression);
  return expected !== undefined && isLicenseStatusType(expected);
}
