import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

import { getStaticString, unwrapExpression } from '../utils/ast/expression.js';

export type StringNode = TSESTree.Literal | TSESTree.TemplateLiteral;

/** `node` as a string written out (quotes, or a template without expressions), under any assertion. */
export function asStringNode(node: TSESTree.Node): StringNode | undefined {
  const expression = unwrapExpression(node);
  return (expression.type === AST_NODE_TYPES.Literal || expression.type === AST_NODE_TYPES.TemplateLiteral) &&
    getStaticString(expression) !== undefined
    ? expression
    : undefined;
}

/** Written the way License API codes are: lower snake_case words joined by `_`. */
export const codeLikePattern = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/u;

/**
 * The API's convention, one word allowed. By name alone, a string in another
 * one (`NotFound`, `not-found`, `ENOTFOUND`, `INTERNAL_SERVER_ERROR`) is
 * another vendor's code, however close it is to a catalog code.
 */
export const apiConventionPattern = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/u;

/**
 * Node's system error codes (`ENOTFOUND`, `ECONNRESET`, `ERR_BAD_REQUEST`),
 * which share `err.code` with License API codes in axios errors. They come
 * near a catalog code by accident (`ENOTFOUND`, `not_found`), never as a typo
 * of one, so only a catalog code in capitals (`NOT_FOUND`) counts as close;
 * and beside license codes they are the transport's, not a mistake.
 */
export const nodeErrorCodePattern = /^(?:E[A-Z0-9]+|ERR_[A-Z0-9_]+)$/u;
