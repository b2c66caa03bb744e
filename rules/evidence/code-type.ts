import type * as ts from 'typescript';

import { getLiteralUnion } from './literal-types.js';

/**
 * What a type says about the strings compared with it:
 * - `'codes'`: a union of known codes only (`LicenseErrorCode`, a narrowed
 *   part of it, optionally with `undefined`), so any other string is wrong;
 * - `'otherStrings'`: string literals none of which is a known code (an
 *   unrelated union such as `'KeyA' | 'Enter'`), so it is not a license code;
 * - `undefined`: the type does not tell (`string`, `any`, mixed unions ...).
 */
export type CodeTypeVerdict = 'codes' | 'otherStrings' | undefined;

export function classifyCodeType(type: ts.Type, knownCodes: ReadonlySet<string>): CodeTypeVerdict {
  const { strings, numbers, hasOther } = getLiteralUnion(type);
  if (strings.size === 0 || numbers.size > 0 || hasOther) {
    return undefined;
  }
  const known = [...strings].filter((value) => knownCodes.has(value)).length;
  return known === strings.size ? 'codes' : known === 0 ? 'otherStrings' : undefined;
}
