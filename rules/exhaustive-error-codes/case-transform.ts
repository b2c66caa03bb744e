import type { CaseTransform } from '../utils/expression.js';
import type { Member } from './members.js';

/**
 * The known code a comparison in another case stands for:
 * `code.toUpperCase() === 'LICENSE_EXPIRED'` handles `'license_expired'`.
 * A value no known code turns into stays as written (a typo, or another
 * vendor's code), and handles nothing.
 */
export function undoCaseTransform(value: Member, transform: CaseTransform | undefined, knownCodes: ReadonlySet<string>): Member {
  if (typeof value !== 'string' || transform === undefined) {
    return value;
  }
  for (const code of knownCodes) {
    if ((transform === 'upper' ? code.toUpperCase() : code.toLowerCase()) === value) {
      return code;
    }
  }
  return value;
}
