// @ts-check
import { defineConfig } from 'eslint/config';
import licensespring from 'eslint-plugin-licensespring';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    // tsd owns the assertions in test-d/: they contain deliberate type errors.
    ignores: ['test-d/'],
  },
  {
    // Typed linting: the rules read the types of error objects, narrowing included.
    files: ['**/*.ts'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  licensespring.configs.recommended,
  {
    // The plain-JavaScript client dispatches with if/else ladders and a lookup
    // table: have those checked too (the `strict` config does this everywhere).
    files: ['src/**/*.js'],
    rules: {
      'licensespring/exhaustive-error-codes': ['error', { checkIfElseChains: true, checkCodeMaps: true }],
    },
  },
);
