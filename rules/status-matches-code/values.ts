import type { ParserServicesWithTypeInformation, TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getStaticNumber, getStaticString, unwrapExpression } from '../utils/ast/expression.js';
import { getStatusConstant } from '../utils/catalog/status-constant.js';

/** A status as the code states it. */
export interface StatusValue {
  readonly status: number;
  /** The expression to replace when fixing it (assertions around it are kept). */
  readonly node: TSESTree.Node;
  /**
   * `literal` (`400`), `constant` (`LicenseStatus.BAD_REQUEST`, or any
   * `<object>.<NAME>` with a status constant's name), or `type` (known only
   * from a literal type, e.g. a `const` or an enum member).
   */
  readonly kind: 'constant' | 'literal' | 'type';
  /** For `constant`: the text of the object, `LicenseStatus` in `LicenseStatus.CONFLICT`. */
  readonly constantObject?: string;
}

/** The HTTP status `node` stands for, syntactically first, then from its type when one is available. */
export function getStatusValue(
  node: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
  services: ParserServicesWithTypeInformation | undefined,
): StatusValue | undefined {
  const number = getStaticNumber(node);
  if (number !== undefined) {
    return { status: number, node: unwrapExpression(node), kind: 'literal' };
  }
  const constant = getStatusConstant(node);
  if (constant !== undefined) {
    return { status: constant.status, node: constant.member, kind: 'constant', constantObject: sourceCode.getText(constant.member.object) };
  }
  const type = services?.getTypeAtLocation(node);
  return type?.isNumberLiteral() === true ? { status: type.value, node, kind: 'type' } : undefined;
}

/** The string code `node` stands for: a literal, or (typed) a string literal type. */
export function getCodeValue(node: TSESTree.Node, services: ParserServicesWithTypeInformation | undefined): string | undefined {
  const string = getStaticString(node);
  if (string !== undefined) {
    return string;
  }
  const type = services?.getTypeAtLocation(node);
  return type?.isStringLiteral() === true ? type.value : undefined;
}

/**
 * A number written where the code belongs, as in the Node SDK's
 * `{ code: 401, status: '...' }`: an error status (400-599) as a literal or
 * a status constant.
 */
export function getMisplacedStatus(node: TSESTree.Node): number | undefined {
  const status = getStaticNumber(node) ?? getStatusConstant(node)?.status;
  return status !== undefined && Number.isInteger(status) && status >= 400 && status <= 599 ? status : undefined;
}
