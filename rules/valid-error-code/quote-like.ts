import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

/** `value` as a string literal in the quotes `original` uses: `'x'`, `"x"` or `` `x` ``. */
export function quoteLike(original: TSESTree.Literal | TSESTree.TemplateLiteral, value: string): string {
  if (original.type === AST_NODE_TYPES.TemplateLiteral) {
    return `\`${value.replaceAll(/[\\`]|\$\{/gu, (match) => `\\${match}`)}\``;
  }
  const quote = original.raw.startsWith('"') ? '"' : "'";
  return `${quote}${value.replaceAll(/\\|\n|\r/gu, (match) => JSON.stringify(match).slice(1, -1)).replaceAll(quote, `\\${quote}`)}${quote}`;
}
