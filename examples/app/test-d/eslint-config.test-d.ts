/**
 * The plugin and its configs fit ESLint's own config types, so a typed
 * `eslint.config.ts` needs no casts, with `defineConfig()` or `tseslint.config()`.
 */
import type { Linter } from 'eslint';
import { defineConfig } from 'eslint/config';
import licensespring from 'eslint-plugin-licensespring';
import { expectAssignable, expectType } from 'tsd';
import tseslint from 'typescript-eslint';

expectAssignable<Linter.Config[]>(defineConfig(licensespring.configs.recommended));
expectAssignable<Linter.Config[]>(
  defineConfig(tseslint.configs.recommended, {
    files: ['**/*.ts'],
    extends: [licensespring.configs.strict],
    languageOptions: { parserOptions: { projectService: true } },
  }),
);
expectAssignable<Linter.Config[]>(
  defineConfig({
    plugins: { licensespring },
    rules: {
      'licensespring/exhaustive-error-codes': ['error', { considerDefaultExhaustive: false }],
      'licensespring/no-magic-status': 'warn',
    },
  }),
);
expectAssignable<Linter.Config[]>(
  defineConfig({ plugins: { licensespring }, extends: ['licensespring/recommended'] }),
);
tseslint.config(licensespring.configs.recommended, { plugins: { licensespring } });
expectAssignable<Linter.Config[]>([licensespring.configs.recommended, licensespring.configs.strict]);
expectType<string>(licensespring.meta.version);
