import type { CaseTransform } from '../utils/ast/expression.js';

/**
 * Whether a string where a status belongs holds a code: a known code, or
 * snake_case words (`authentication_failed`, as the Node SDK throws), but not
 * `'ok'` or `'error'`, which a reply of another kind holds there.
 */
export function looksLikeCode(value: string, knownCodes: ReadonlySet<string>): boolean {
  return knownCodes.has(value) || /^[a-z][a-z\d]*(?:_[a-z\d]+)+$/u.test(value);
}

function applyCase(value: string, caseTransform: CaseTransform): string {
  return caseTransform === 'upper' ? value.toUpperCase() : value.toLowerCase();
}

/**
 * The code a literal is compared with once the read's case is changed:
 * `'LICENSE_EXPIRED'` against `err.code.toUpperCase()` stands for
 * `license_expired`. `undefined` when no single known code matches, or when
 * the literal can never equal the changed read (`'license_expired'` against
 * `toUpperCase()`). Without a case change the literal is the code.
 */
export function resolveComparedCode(literal: string, caseTransform: CaseTransform | undefined, knownCodes: ReadonlySet<string>): string | undefined {
  if (caseTransform === undefined) {
    return literal;
  }
  if (applyCase(literal, caseTransform) !== literal) {
    return undefined;
  }
  if (knownCodes.has(literal)) {
    return literal;
  }
  // Only for a changed case, which is rare: no index is kept for it.
  const matches = [...knownCodes].filter((code) => applyCase(code, caseTransform) === literal);
  return matches.length === 1 ? matches[0] : undefined;
}
