import { ESLintUtils } from '@typescript-eslint/utils';

/** Every rule's docs live at `docs/rules/<name>.md` in the repository. */
export const createRule = ESLintUtils.RuleCreator(
  (name) => `https://github.com/eslint-plugin-licensespring/eslint-plugin-licensespring/blob/main/docs/rules/${name}.md`,
);
