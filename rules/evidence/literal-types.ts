import type * as ts from 'typescript';

import { loadTypeScript } from './typescript.js';

/** What a type is made of, as far as the license rules care. */
export interface LiteralUnion {
  readonly strings: ReadonlySet<string>;
  readonly numbers: ReadonlySet<number>;
  /** `undefined`, `null` or `void` members, as from `err?.code`. */
  readonly hasNullish: boolean;
  /** Which nullish values the type admits; `void` counts as `undefined`. */
  readonly nullishValues: ReadonlySet<null | undefined>;
  /** Whether a literal member comes from an `enum` (its value is still in `strings` or `numbers`). */
  readonly hasEnumMember: boolean;
  /** Any member that is not one of the above literals (`string`, `number`, an object, `any` ...). */
  readonly hasOther: boolean;
}

/**
 * Splits types (the union of them) into their literal members. Enum members
 * count as their values; `boolean` and other members make `hasOther` true.
 */
export function getLiteralUnion(...types: readonly ts.Type[]): LiteralUnion {
  const { TypeFlags } = loadTypeScript();
  const nullish = TypeFlags.Undefined | TypeFlags.Null | TypeFlags.Void;
  const strings = new Set<string>();
  const numbers = new Set<number>();
  const nullishValues = new Set<null | undefined>();
  let hasNullish = false;
  let hasOther = false;
  let hasEnumMember = false;
  for (const member of types.flatMap((type) => (type.isUnion() ? type.types : [type]))) {
    if ((member.flags & TypeFlags.EnumLiteral) !== 0) {
      hasEnumMember = true;
    }
    if (member.isStringLiteral()) {
      strings.add(member.value);
    } else if (member.isNumberLiteral()) {
      numbers.add(member.value);
    } else if ((member.flags & nullish) !== 0) {
      hasNullish = true;
      nullishValues.add((member.flags & TypeFlags.Null) !== 0 ? null : undefined);
    } else {
      hasOther = true;
    }
  }
  return { strings, numbers, hasNullish, nullishValues, hasEnumMember, hasOther };
}
