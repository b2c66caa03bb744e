import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

import { catalogCodes, catalogStatuses } from '../utils/catalog/catalog.js';
import { getAccessedFieldName, getStaticNumber, getStaticString, unwrapExpression } from '../utils/ast/expression.js';
import { getStatusConstant } from '../utils/catalog/status-constant.js';

/** A value a case label can match that the license rules reason about. */
export type CaseLabelValue = string | number | null | undefined;

/** Holds the value of a label known without type information. */
export interface StaticCaseLabel {
  readonly value: CaseLabelValue;
}

/**
 * The value of a case label written as a literal: a string (quotes or a
 * template without expressions), a number, `null`, `undefined`, or a status
 * constant named as in the catalog, on any object (`LicenseStatus.CONFLICT`,
 * `StatusCodes.CONFLICT`, `types.LicenseStatus['NOT_FOUND']`). `undefined`
 * for anything else (a variable, a call, a boolean ...), whose value only
 * types can tell.
 */
export function getStaticCaseLabel(test: TSESTree.Expression): StaticCaseLabel | undefined {
  const string = getStaticString(test);
  if (string !== undefined) {
    return { value: string };
  }
  const number = getStaticNumber(test);
  if (number !== undefined) {
    return { value: number };
  }
  const expression = unwrapExpression(test);
  // `value` is also null for a regex or bigint the runtime cannot build, so ask for the `null` keyword itself.
  if (expression.type === AST_NODE_TYPES.Literal && expression.raw === 'null') {
    return { value: null };
  }
  if (expression.type === AST_NODE_TYPES.Identifier && expression.name === 'undefined') {
    return { value: undefined };
  }
  const constant = getStatusConstant(expression);
  return constant === undefined ? undefined : { value: constant.status };
}

/** What a switch dispatches on: License API error codes or their HTTP statuses. */
export type LicenseSwitchDomain = 'codes' | 'statuses';

/**
 * Whether a dispatch (a switch, an `if`/`else if` ladder) is on License API
 * errors, judged without types:
 * - `'codes'` when at least one label is a catalog code (`case 'license_expired':`);
 * - `'statuses'` when the discriminant reads a `status` (`err.status`,
 *   `e?.response?.status`, a `status` variable: `discriminantField` is
 *   `'status'`) and every label is a catalog status (`409`,
 *   `LicenseStatus.CONFLICT`): a label such as `200` shows a general HTTP
 *   dispatch, not one on License API errors;
 * - `undefined` otherwise.
 *
 * `labels` are the values compared with (a `default` left out), `undefined`
 * where unknown: `getStaticCaseLabel` of each, or values a caller with type
 * information resolved itself.
 */
export function getLicenseDispatchDomain(
  discriminantField: string | undefined,
  labels: readonly (StaticCaseLabel | undefined)[],
): LicenseSwitchDomain | undefined {
  if (labels.some((label) => typeof label?.value === 'string' && catalogCodes.has(label.value))) {
    return 'codes';
  }
  const isStatusDispatch =
    labels.length > 0 &&
    labels.every((label) => typeof label?.value === 'number' && catalogStatuses.has(label.value)) &&
    discriminantField === 'status';
  return isStatusDispatch ? 'statuses' : undefined;
}

/** `getLicenseDispatchDomain` for a switch, from the field its discriminant reads. */
export function getLicenseSwitchDomain(
  node: TSESTree.SwitchStatement,
  labels: readonly (StaticCaseLabel | undefined)[],
): LicenseSwitchDomain | undefined {
  return getLicenseDispatchDomain(getAccessedFieldName(node.discriminant), labels);
}
