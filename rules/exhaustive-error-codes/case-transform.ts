import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getConstBinding, maxConstResolutions } from '../utils/ast/bindings.js';
import { applyCaseTransform, type CaseTransform, stripConversions, unwrapExpression } from '../utils/ast/expression.js';
import type { StaticCaseLabel } from '../evidence/license-switch.js';
import type { Member } from './members.js';

/** The value as a case-converted read yields it: `'LICENSE_EXPIRED'` for `'license_expired'` under `upper`. */
export function applyMemberCaseTransform(member: Member, transform: CaseTransform | undefined): Member {
  return typeof member === 'string' ? applyCaseTransform(member, transform) : member;
}

/**
 * The known code a label compared with a case-converted read stands for:
 * `code.toUpperCase() === 'LICENSE_EXPIRED'` handles `'license_expired'`.
 * A value no known code turns into stays as written (a typo, or another
 * vendor's code), and handles nothing; one the conversion can never yield
 * (`'license_expired'` against `.toUpperCase()`) is `undefined`, as a label
 * of unknown value: it handles nothing either, even if it is itself a code.
 */
export function undoCaseTransform(label: StaticCaseLabel, transform: CaseTransform | undefined, knownCodes: ReadonlySet<string>): StaticCaseLabel | undefined {
  const { value } = label;
  if (typeof value !== 'string' || transform === undefined) {
    return label;
  }
  for (const code of knownCodes) {
    if (applyCaseTransform(code, transform) === value) {
      return { value: code };
    }
  }
  return applyCaseTransform(value, transform) === value ? label : undefined;
}

/**
 * The read a case-converted discriminant converts, whose type says which
 * codes it can hold: `err.code` for `err.code.toUpperCase()`, and for `code`
 * after `const code = err.code.toUpperCase()` (through `const` aliases of it).
 */
export function getUnconvertedRead(node: TSESTree.Expression, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.Expression {
  let expression = stripConversions(node).expression;
  for (let step = 0; step < maxConstResolutions; step++) {
    const current = unwrapExpression(expression);
    const binding = current.type === AST_NODE_TYPES.Identifier ? getConstBinding(current, sourceCode) : undefined;
    if (binding === undefined || binding.path.length > 0) {
      break;
    }
    expression = stripConversions(binding.source).expression;
  }
  return expression;
}
