import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { type CaseTransform, stripConversions } from '../utils/ast/expression.js';
import { getFieldRead } from '../utils/ast/field-read.js';

/** One side of a comparison that reads a value the same way each time: `err.code`, `e?.response?.status`, `code.toUpperCase()`, `String(status)`. */
export interface ComparedRead {
  /** The operand as written, normalisation included. */
  readonly node: TSESTree.Expression;
  /** The value it reads, without normalisation: `err.code` for `err.code.toUpperCase()`. */
  readonly subject: TSESTree.Expression;
  readonly caseTransform: CaseTransform | undefined;
  /** Equal for two reads of the same path, whatever `?.`, `!`, `x['y']`, compiled optional chains or `const` locals they go through. */
  readonly key: string;
  /** The field or variable read last: `status` for `e.response.status`, and for `s` after `const s = e.response.status`. */
  readonly field: string;
}

/**
 * The read an operand makes, or `undefined` when it is not a plain reference
 * (a literal, a call, `undefined`). `const` locals resolve to what they were
 * read from: after `const { code } = err`, `code` and `err.code` are one read.
 */
export function getComparedRead(node: TSESTree.Expression, sourceCode: Readonly<TSESLint.SourceCode>): ComparedRead | undefined {
  const { expression: subject } = stripConversions(node);
  if (subject.type === AST_NODE_TYPES.Identifier && subject.name === 'undefined') {
    return undefined;
  }
  // A local holding a converted read (`const code = err.code.toUpperCase()`) is that read, with its case change.
  const read = getFieldRead(node, sourceCode);
  if (read?.owner === undefined) {
    return undefined;
  }
  return { node, subject, caseTransform: read.caseTransform, key: JSON.stringify([...read.owner, read.field]), field: read.field };
}
