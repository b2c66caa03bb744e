import type { ParserServicesWithTypeInformation, TSESLint, TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';

import { catalogStatuses } from '../utils/catalog/catalog.js';
import type { LicenseSwitchDomain, StaticCaseLabel } from '../evidence/license-switch.js';
import { getDeclaredType, getTypesFromDeclarations } from '../evidence/declared-type.js';
import { getLiteralUnion } from '../evidence/literal-types.js';
import { loadTypeScript } from '../evidence/typescript.js';
import { getCached } from '../utils/cached.js';
import type { Member } from './members.js';

/**
 * What the discriminant's type says:
 * - `members`: a finite union of known codes, or of catalog statuses (plus
 *   `undefined`/`null`): the switch must handle exactly these;
 * - `wide`: the type admits values it cannot list (`string`, `number`, `any`,
 *   a mixed union): only the case labels can tell, as without types;
 * - `undefined`: not a license switch (an enum, another literal union, `never`).
 */
export type DiscriminantVerdict =
  | { readonly kind: 'members'; readonly domain: LicenseSwitchDomain; readonly members: readonly Member[] }
  | { readonly kind: 'wide' }
  | undefined;

/**
 * `type` through generic constraints (`C extends LicenseErrorCode`,
 * `E['code']`). Only a type built from a type parameter has a constraint
 * other than itself; asking of a union of literals walks every member.
 */
function getConstraint(checker: ts.TypeChecker, type: ts.Type): ts.Type {
  const { TypeFlags } = loadTypeScript();
  const isGeneric = type.isIntersection() || (type.isUnion() ? type.types : [type]).some((member) => (member.flags & TypeFlags.Instantiable) !== 0);
  return isGeneric ? (checker.getBaseConstraintOfType(type) ?? type) : type;
}

/** The type at `node`, through generic constraints. */
function getConstrainedType(services: ParserServicesWithTypeInformation, node: TSESTree.Node): ts.Type {
  return getConstraint(services.program.getTypeChecker(), services.getTypeAtLocation(node));
}

/**
 * Verdicts on types read from declarations, by those types and the known
 * codes: the same declared types (`err.code` of a `LicenseApiError`) come
 * back in file after file.
 */
const declaredVerdicts = new WeakMap<readonly ts.Type[], Map<ReadonlySet<string>, DiscriminantVerdict>>();

export function classifyDiscriminant(
  services: ParserServicesWithTypeInformation,
  discriminant: TSESTree.Expression,
  knownCodes: ReadonlySet<string>,
  sourceCode: Readonly<TSESLint.SourceCode>,
): DiscriminantVerdict {
  const declared = getTypesFromDeclarations(services, discriminant, sourceCode);
  if (declared === undefined) {
    return classifyTypes([getConstrainedType(services, discriminant)], knownCodes);
  }
  return getCached(declaredVerdicts, declared, knownCodes, () => {
    const checker = services.program.getTypeChecker();
    return classifyTypes(declared.map((type) => getConstraint(checker, type)), knownCodes);
  });
}

function classifyTypes(types: readonly ts.Type[], knownCodes: ReadonlySet<string>): DiscriminantVerdict {
  if (types.every((type) => (type.flags & loadTypeScript().TypeFlags.Never) !== 0)) {
    return undefined;
  }
  const { strings, numbers, nullishValues, hasEnumMember, hasOther } = getLiteralUnion(...types);
  if (hasEnumMember) {
    return undefined;
  }
  if (hasOther) {
    return { kind: 'wide' };
  }
  if (strings.size > 0 && numbers.size === 0 && [...strings].every((code) => knownCodes.has(code))) {
    return { kind: 'members', domain: 'codes', members: [...strings, ...nullishValues] };
  }
  if (numbers.size > 0 && strings.size === 0 && [...numbers].every((status) => catalogStatuses.has(status))) {
    return { kind: 'members', domain: 'statuses', members: [...numbers, ...nullishValues] };
  }
  return undefined;
}

/**
 * The one value a label's type allows (`case LicenseStatus.CONFLICT:`,
 * `case codes.expired:`), if it is a single literal. A label is a constant:
 * its declarations say what it holds, without the walk of the control flow
 * that the type at the node costs.
 */
export function resolveCaseLabel(
  services: ParserServicesWithTypeInformation,
  test: TSESTree.Expression,
  sourceCode: Readonly<TSESLint.SourceCode>,
): StaticCaseLabel | undefined {
  const type = getDeclaredType(services, test, sourceCode) ?? getConstrainedType(services, test);
  let label = labelsByType.get(type);
  if (label === undefined) {
    const { strings, numbers, nullishValues, hasOther } = getLiteralUnion(type);
    const values = [...strings, ...numbers, ...nullishValues];
    label = !hasOther && values.length === 1 ? { value: values[0] } : null;
    labelsByType.set(type, label);
  }
  return label ?? undefined;
}

/** The value of each label type: the same constants (`LicenseStatus.CONFLICT`) label switch after switch. */
const labelsByType = new WeakMap<ts.Type, StaticCaseLabel | null>();
