import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/** The default of `defaultCaseCommentPattern`: matches `// no other codes expected` and `// No other statuses expected.` */
export const defaultCommentPattern = String.raw`^[Nn]o other (?:codes|statuses) expected\b`;

const defaultCommentRegExp = new RegExp(defaultCommentPattern, 'u');

/**
 * Compiles the option once per file. An invalid pattern stops the lint run
 * with a message naming the option, rather than a bare `SyntaxError`.
 */
export function compileCommentPattern(source: string): RegExp {
  if (source === defaultCommentPattern) {
    return defaultCommentRegExp;
  }
  try {
    return new RegExp(source, 'u');
  } catch (error) {
    throw new Error(
      `licensespring/exhaustive-error-codes: the option "defaultCaseCommentPattern" must be a valid regular expression (with the "u" flag), got ${JSON.stringify(source)}: ${String(error)}`,
      { cause: error },
    );
  }
}

/**
 * Whether a comment marks the switch's remaining values as deliberately not
 * handled: a comment just before the `default` clause or inside it, or, as in
 * typescript-eslint, the comment that ends the switch (where a `default`
 * would stand). Comments are matched trimmed.
 */
export function hasDeliberateDefaultComment(
  sourceCode: Readonly<TSESLint.SourceCode>,
  node: TSESTree.SwitchStatement,
  defaultClause: TSESTree.SwitchCase | undefined,
  pattern: RegExp,
): boolean {
  // Most switches hold no comment, and so no `/`: looking for one is far cheaper than asking the token store.
  if (!sourceCode.text.slice(node.range[0], node.range[1]).includes('/')) {
    return false;
  }
  const closingBrace = sourceCode.getLastToken(node);
  const comments = [
    ...(defaultClause === undefined ? [] : [...sourceCode.getCommentsBefore(defaultClause), ...sourceCode.getCommentsInside(defaultClause)]),
    ...(closingBrace === null ? [] : sourceCode.getCommentsBefore(closingBrace)),
  ];
  return comments.some((comment) => pattern.test(comment.value.trim()));
}
