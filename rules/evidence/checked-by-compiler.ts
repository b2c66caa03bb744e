import type { ParserServicesWithTypeInformation } from '@typescript-eslint/utils';

/**
 * Whether TypeScript type-checks this file: TypeScript files always, JavaScript
 * files only under `checkJs`. Where it does, a value that does not fit its
 * literal-union type is already a compile error, which a rule need not repeat.
 */
export function isCheckedByCompiler(filename: string, services: ParserServicesWithTypeInformation): boolean {
  return !/\.[cm]?jsx?$/u.test(filename) || services.program.getCompilerOptions().checkJs === true;
}
