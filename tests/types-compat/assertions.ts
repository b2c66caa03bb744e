/**
 * tsd's assertions as plain declarations, for compilers tsd cannot drive
 * (TypeScript 7's native `tsc`, older TypeScript). `scripts/check-types-compat.ts`
 * rewrites tests/types/*.test-d.ts to import these: `expectType<T>(value)`
 * becomes `expectType<T>()(value)`, so the value's type is inferred as it is
 * and then compared with `T` by identity, as tsd does; `expectError(...)`
 * gets a `// @ts-expect-error` line. Type-only: nothing here runs.
 */
/* eslint-disable @typescript-eslint/no-unnecessary-type-parameters -- an assertion's type parameter is what it asserts about, not a way to relate parameters */

/** `true` when `X` and `Y` are identical types: only identical types make these two signatures compare equal. */
export type Equals<X, Y> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? true : false;

/** On a mismatch the call asks for two more arguments; the error sits on the failing assertion. */
type Mismatch<Holds extends boolean, Expected, Actual> = Holds extends true ? [] : [expected: Expected, actual: Actual];

/** The value's type is exactly `Expected`. */
export declare function expectType<Expected>(): <Actual>(actual: Actual, ...mismatch: Mismatch<Equals<Expected, Actual>, Expected, Actual>) => void;

/** The value's type is not exactly `Expected`. */
export declare function expectNotType<Expected>(): <Actual>(
  actual: Actual,
  ...mismatch: Mismatch<Equals<Expected, Actual> extends true ? false : true, Expected, Actual>
) => void;

/** The value is assignable to `Target` (checked by the parameter type, as tsd does). */
export declare function expectAssignable<Target>(value: Target): void;

/** The value's type is not assignable to `Target`. */
export declare function expectNotAssignable<Target>(): <Actual>(
  actual: Actual,
  ...mismatch: Mismatch<[Actual] extends [Target] ? false : true, Target, Actual>
) => void;

/** The argument has a type error; the rewritten test puts `// @ts-expect-error` on the line before. */
export declare function expectError<Target = unknown>(value: Target): void;
