import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { LicenseSwitchDomain } from '../evidence/license-switch.js';
import { createLabelWriter, isFirstOnLine, lineIndent } from './add-missing-cases.js';
import { applyMemberCaseTransform } from './case-transform.js';
import type { ChainComparison, IfChain } from './if-chain.js';
import type { Member, MemberGroup } from './members.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Operands that bind tighter than `===`, written as they are; anything else (a compiled optional chain) goes in parentheses. */
const operandTypes: ReadonlySet<AST_NODE_TYPES> = new Set([
  AST_NODE_TYPES.CallExpression,
  AST_NODE_TYPES.ChainExpression,
  AST_NODE_TYPES.Identifier,
  AST_NODE_TYPES.MemberExpression,
  AST_NODE_TYPES.ThisExpression,
  AST_NODE_TYPES.TSNonNullExpression,
]);

interface ChainLayout {
  /** Indentation of the `if` that heads the ladder, and of the `}` that closes each new branch. */
  readonly ifIndent: string;
  readonly bodyIndent: string;
}

function getChainLayout(sourceCode: SourceCode, chain: IfChain, indentUnit: () => string): ChainLayout {
  const ifIndent = lineIndent(sourceCode, chain.head.loc.start.line);
  let current: TSESTree.Statement | null = chain.head;
  while (current?.type === AST_NODE_TYPES.IfStatement) {
    const { consequent } = current;
    const statement = consequent.type === AST_NODE_TYPES.BlockStatement ? consequent.body[0] : consequent;
    if (statement !== undefined && isFirstOnLine(sourceCode, statement.loc.start)) {
      return { ifIndent, bodyIndent: lineIndent(sourceCode, statement.loc.start.line) };
    }
    current = current.alternate;
  }
  return { ifIndent, bodyIndent: ifIndent + indentUnit() };
}

/**
 * Text that continues the ladder after its last branch, on the same line as
 * the block that closes it. A bare statement as the last branch is put in
 * braces first: one that ends in an `if` without `else` (`if (a) b();`,
 * `for (...) if (a) b();`) would otherwise take the new `else` as its own.
 */
function appendToChain(sourceCode: SourceCode, fixer: TSESLint.RuleFixer, chain: IfChain, layout: ChainLayout, text: string): TSESLint.RuleFix[] {
  const { consequent } = chain.last;
  if (consequent.type === AST_NODE_TYPES.BlockStatement) {
    return [fixer.insertTextAfter(consequent, ` ${text}`)];
  }
  // The `)` of the test. On its line, `{ statement }`; on lines of its own, the statement keeps them and `}` lines up with the `if`.
  const closingParen = sourceCode.getTokenBefore(consequent);
  const onTestLine = closingParen === null || closingParen.loc.end.line === consequent.loc.start.line;
  return [
    closingParen === null ? fixer.insertTextBefore(consequent, '{ ') : fixer.insertTextAfter(closingParen, ' {'),
    fixer.insertTextAfter(consequent, `${onTestLine ? ' }' : `\n${layout.ifIndent}}`} ${text}`),
  ];
}

function throwStatement(sourceCode: SourceCode, first: ChainComparison, domain: LicenseSwitchDomain): string {
  const what = domain === 'codes' ? 'code' : 'status';
  return `throw new Error(\`Unhandled License API error ${what}: \${String(${sourceCode.getText(first.read.subject)})}\`);`;
}

/**
 * The `addMissingBranches` fix: one `else if` per status group, comparing the
 * discriminant the way the ladder's first test does (operand order,
 * operator, `.toUpperCase()`, quote mark, `LicenseStatus.X`), each throwing
 * with the value that reached it.
 */
export function createAddMissingBranchesFix(
  sourceCode: SourceCode,
  chain: IfChain,
  groups: readonly MemberGroup[],
  domain: LicenseSwitchDomain,
  indentUnit: () => string,
): TSESLint.ReportFixFunction {
  return (fixer) => {
    const layout = getChainLayout(sourceCode, chain, indentUnit);
    const [first] = chain.comparisons;
    const writeLabel = createLabelWriter(
      sourceCode,
      chain.comparisons.map(({ value, label }) => ({ test: value, label })),
    );
    const readText = operandTypes.has(first.read.node.type) ? sourceCode.getText(first.read.node) : `(${sourceCode.getText(first.read.node)})`;
    const readFirst = first.node.left === first.read.node;
    const compare = (member: Member): string => {
      const label = writeLabel(applyMemberCaseTransform(member, first.read.caseTransform));
      return readFirst ? `${readText} ${first.node.operator} ${label}` : `${label} ${first.node.operator} ${readText}`;
    };
    const conditionIndent = layout.bodyIndent;
    const branches = groups.map(({ label, members }) => {
      const condition =
        members.length === 1
          ? members.map(compare).join('')
          : `\n${members.map((member) => conditionIndent + compare(member)).join(' ||\n')}\n${layout.ifIndent}`;
      return [
        `else if (${condition}) {`,
        ...(label === undefined ? [] : [`${layout.bodyIndent}// ${label}`]),
        `${layout.bodyIndent}${throwStatement(sourceCode, first, domain)}`,
        `${layout.ifIndent}}`,
      ].join('\n');
    });
    return appendToChain(sourceCode, fixer, chain, layout, branches.join(' '));
  };
}

/** The `addFinalElse` fix: an `else` that throws with the value that reached it. */
export function createAddFinalElseFix(
  sourceCode: SourceCode,
  chain: IfChain,
  domain: LicenseSwitchDomain,
  indentUnit: () => string,
): TSESLint.ReportFixFunction {
  return (fixer) => {
    const layout = getChainLayout(sourceCode, chain, indentUnit);
    const [first] = chain.comparisons;
    return appendToChain(sourceCode, fixer, chain, layout, `else {\n${layout.bodyIndent}${throwStatement(sourceCode, first, domain)}\n${layout.ifIndent}}`);
  };
}
