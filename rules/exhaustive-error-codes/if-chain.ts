import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getStaticCaseLabel, type StaticCaseLabel } from '../evidence/license-switch.js';
import { type ComparedRead, getComparedRead } from './compared-read.js';

/** One `X === value` of a ladder's tests, seen from the value it compares the discriminant with. */
export interface ChainComparison {
  readonly node: TSESTree.BinaryExpression;
  /** The discriminant as this comparison reads it. */
  readonly read: ComparedRead;
  /** The other operand, as written. */
  readonly value: TSESTree.Expression;
  /** Its value when known without types, before any case normalisation is undone. */
  readonly label: StaticCaseLabel | undefined;
}

/** An `if`/`else if` ladder without a final `else` whose every test compares one discriminant with values. */
export interface IfChain {
  readonly head: TSESTree.IfStatement;
  /** The last `if` of the ladder, after whose branch new branches go. */
  readonly last: TSESTree.IfStatement;
  /** In source order; the first one reads the discriminant before any branch narrows it. */
  readonly comparisons: readonly [ChainComparison, ...ChainComparison[]];
}

/** Whether `node` is an `else if`, judged as part of the ladder that starts at its head. */
export function isElseIf(node: TSESTree.IfStatement): boolean {
  return node.parent.type === AST_NODE_TYPES.IfStatement && node.parent.alternate === node;
}

/** Only `in` can have a private name on its left: an equality's operands are expressions. */
type EqualityTest = TSESTree.BinaryExpression & { left: TSESTree.Expression };

/** Collects the `==`/`===` comparisons a test is a disjunction of (`X === 'a' || X === 'b'`); `false` if it is anything else. */
function getDisjuncts(test: TSESTree.Expression, into: EqualityTest[]): boolean {
  if (test.type === AST_NODE_TYPES.LogicalExpression) {
    return test.operator === '||' && getDisjuncts(test.left, into) && getDisjuncts(test.right, into);
  }
  if (test.type === AST_NODE_TYPES.BinaryExpression && (test.operator === '===' || test.operator === '==')) {
    into.push(test);
    return true;
  }
  return false;
}

/**
 * The ladder that starts at `head`, when it is a dispatch: at least two tests
 * (`if` and `else if`), no final `else`, and every test made only of `==`/`===`
 * comparisons of one and the same discriminant, `||`-joined. A test with
 * anything else (`X === 'a' && retry`, another variable, a call) means the
 * ladder decides on more than the value, and it is left alone.
 */
export function getIfChain(head: TSESTree.IfStatement, sourceCode: Readonly<TSESLint.SourceCode>): IfChain | undefined {
  if (head.alternate?.type !== AST_NODE_TYPES.IfStatement) {
    return undefined;
  }
  const binaries: EqualityTest[] = [];
  let last = head;
  for (let current: TSESTree.Statement | null = head; current !== null; current = current.alternate) {
    if (current.type !== AST_NODE_TYPES.IfStatement) {
      // A final `else` handles whatever the tests do not.
      return undefined;
    }
    if (!getDisjuncts(current.test, binaries)) {
      return undefined;
    }
    last = current;
  }
  const operands = binaries.map((binary) => [getComparedRead(binary.left, sourceCode), getComparedRead(binary.right, sourceCode)] as const);
  // The discriminant is the one read every comparison has on one side (`code === Codes.A` reads two things).
  const candidates = new Set(operands[0]?.map((read) => read?.key));
  for (const pair of operands) {
    const keys = new Set(pair.map((read) => read?.key));
    for (const key of candidates) {
      if (key === undefined || !keys.has(key)) {
        candidates.delete(key);
      }
    }
  }
  const [key] = candidates;
  if (key === undefined || candidates.size !== 1) {
    return undefined;
  }
  const comparisons: ChainComparison[] = [];
  for (const [index, binary] of binaries.entries()) {
    const [left, right] = operands[index] ?? [];
    if (left?.key === right?.key) {
      // `a.code === a.code`.
      return undefined;
    }
    const [read, value] = left?.key === key ? [left, binary.right] : [right, binary.left];
    if (read === undefined) {
      return undefined;
    }
    comparisons.push({ node: binary, read, value, label: getStaticCaseLabel(value) });
  }
  const [first, ...rest] = comparisons;
  return first === undefined ? undefined : { head, last, comparisons: [first, ...rest] };
}
