import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { statusConstantNames } from '../utils/catalog/catalog.js';
import { type CaseTransform, getStaticPropertyName, stripConversions } from '../utils/ast/expression.js';
import type { LicenseSwitchDomain, StaticCaseLabel } from '../evidence/license-switch.js';
import { applyMemberCaseTransform } from './case-transform.js';
import type { Member, MemberGroup } from './members.js';

/** The label of a `case` clause with the value it matches, when known. */
export interface ResolvedCase {
  readonly test: TSESTree.Expression;
  readonly label: StaticCaseLabel | undefined;
}

type SourceCode = Readonly<TSESLint.SourceCode>;

const terminators = new Set<string>([
  AST_NODE_TYPES.BreakStatement,
  AST_NODE_TYPES.ContinueStatement,
  AST_NODE_TYPES.ReturnStatement,
  AST_NODE_TYPES.ThrowStatement,
]);

/** Whether the clause surely ends in `break`, `continue`, `return` or `throw`, so it cannot fall into what follows. */
function cannotFallThrough(clause: TSESTree.SwitchCase): boolean {
  let statements = clause.consequent;
  for (;;) {
    const last = statements.at(-1);
    if (last?.type !== AST_NODE_TYPES.BlockStatement) {
      return last !== undefined && terminators.has(last.type);
    }
    statements = last.body;
  }
}

/** Whether reading the expression again runs none of the user's code (getters aside): `err.code`, `e?.response?.status`, `codes[i]`. */
function isPlainReference(node: TSESTree.Node): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.Identifier:
    case AST_NODE_TYPES.ThisExpression:
      return true;
    case AST_NODE_TYPES.ChainExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
      return isPlainReference(node.expression);
    case AST_NODE_TYPES.MemberExpression:
      return (
        (!node.computed || node.property.type === AST_NODE_TYPES.Literal || isPlainReference(node.property)) && isPlainReference(node.object)
      );
    default:
      return false;
  }
}

export function lineIndent(sourceCode: SourceCode, line: number): string {
  return /^[ \t]*/u.exec(sourceCode.lines[line - 1] ?? '')?.[0] ?? '';
}

export function isFirstOnLine(sourceCode: SourceCode, { line, column }: TSESTree.Position): boolean {
  return (sourceCode.lines[line - 1] ?? '').slice(0, column).trim() === '';
}

/** The file's indentation step, for a switch that shows none: a tab, or the smallest run of leading spaces. Scans the file: call it once per file. */
export function guessIndentUnit(sourceCode: SourceCode): string {
  let smallest = Infinity;
  for (const line of sourceCode.lines) {
    const indent = /^[ \t]+(?=[^\s*])/u.exec(line)?.[0];
    if (indent?.startsWith('\t') === true) {
      return '\t';
    }
    if (indent !== undefined) {
      smallest = Math.min(smallest, indent.length);
    }
  }
  return ' '.repeat(Number.isFinite(smallest) ? Math.min(smallest, 8) : 2);
}

interface Layout {
  readonly switchIndent: string;
  readonly caseIndent: string;
  readonly bodyIndent: string;
}

/** Indentation copied from the switch's own clauses and statements, guessed only where it has none. */
function getLayout(sourceCode: SourceCode, node: TSESTree.SwitchStatement, indentUnit: () => string): Layout {
  const switchIndent = lineIndent(sourceCode, node.loc.start.line);
  const ownLineCase = node.cases.find((clause) => isFirstOnLine(sourceCode, clause.loc.start));
  const caseIndentFound = ownLineCase === undefined ? undefined : lineIndent(sourceCode, ownLineCase.loc.start.line);
  // The step is only needed, and the file only scanned, when the switch does not show its indentation.
  const step = (): string =>
    caseIndentFound !== undefined && caseIndentFound.length > switchIndent.length && caseIndentFound.startsWith(switchIndent)
      ? caseIndentFound.slice(switchIndent.length)
      : indentUnit();
  const caseIndent = caseIndentFound ?? switchIndent + step();
  const ownLineStatement = node.cases
    .flatMap(({ consequent }) => consequent)
    .find((statement) => isFirstOnLine(sourceCode, statement.loc.start));
  const bodyIndent = ownLineStatement === undefined ? caseIndent + step() : lineIndent(sourceCode, ownLineStatement.loc.start.line);
  return { switchIndent, caseIndent, bodyIndent };
}

/** Whether `text` holds what `quote` escapes: a backslash or the quote mark. Codes hold neither. */
function needsEscape(text: string, mark: string): boolean {
  return text.includes('\\') || text.includes(mark);
}

export function quote(value: string, mark: string): string {
  if (!needsEscape(value, mark)) {
    return mark + value + mark;
  }
  return mark + value.replaceAll('\\', '\\\\').replaceAll(mark, `\\${mark}`) + mark;
}

/** The quote mark the switch's string labels are written with; `'` where it has none. */
function getQuoteMark(cases: readonly ResolvedCase[]): string {
  const quoted = cases.find(({ test }) => test.type === AST_NODE_TYPES.Literal && typeof test.value === 'string');
  return quoted?.test.type === AST_NODE_TYPES.Literal && quoted.test.raw.startsWith('"') ? '"' : "'";
}

/** Label writers that follow the switch's style: its quote mark, and `LicenseStatus.X` if it names statuses so. */
export function createLabelWriter(sourceCode: SourceCode, cases: readonly ResolvedCase[], mark = getQuoteMark(cases)): (member: Member) => string {
  let statusObject: string | undefined;
  for (const { test, label } of cases) {
    if (test.type === AST_NODE_TYPES.MemberExpression && typeof label?.value === 'number' && statusConstantNames.get(label.value) === getStaticPropertyName(test)) {
      statusObject = sourceCode.getText(test.object);
      break;
    }
  }
  return (member) => {
    if (typeof member === 'string') {
      return quote(member, mark);
    }
    const name = typeof member === 'number' ? statusConstantNames.get(member) : undefined;
    return statusObject !== undefined && name !== undefined ? `${statusObject}.${name}` : String(member);
  };
}

/**
 * The `addMissingCases` fix: one group per status, each `case` label on its
 * line and a `throw` naming the value that reached it, so no new path runs
 * silently. Groups go before a `default` that nothing falls into, else after a
 * last clause that ends in `break`/`return`/`throw`/`continue`, else at the top
 * of the switch, so that no existing clause falls into them; every group ends
 * in `throw`, so none falls into existing code. On a case-converted
 * discriminant (`switch (err.code.toUpperCase())`) the labels are written in
 * its case, and the throw names the read before conversion.
 */
export function createAddMissingCasesFix(
  sourceCode: SourceCode,
  node: TSESTree.SwitchStatement,
  cases: readonly ResolvedCase[],
  groups: readonly MemberGroup[],
  domain: LicenseSwitchDomain,
  indentUnit: () => string,
  caseTransform: CaseTransform | undefined,
): TSESLint.ReportFixFunction {
  return (fixer) => {
    const layout = getLayout(sourceCode, node, indentUnit);
    const mark = getQuoteMark(cases);
    const writeLabel = createLabelWriter(sourceCode, cases, mark);
    const what = domain === 'codes' ? 'code' : 'status';
    const read = caseTransform === undefined ? node.discriminant : stripConversions(node.discriminant).expression;
    const discriminant = isPlainReference(read) ? sourceCode.getText(read) : undefined;
    // Suggestions are built as the problem is reported, for every switch short of cases: plain loops, no arrays per group.
    const lines: string[] = [];
    for (const { label, members } of groups) {
      if (label !== undefined) {
        lines.push(`${layout.caseIndent}// ${label}`);
      }
      const plainLabels = caseTransform === undefined ? writePlainCodeLabels(members, domain, mark, layout.caseIndent) : undefined;
      if (plainLabels === undefined) {
        for (const member of members) {
          lines.push(`${layout.caseIndent}case ${writeLabel(applyMemberCaseTransform(member, caseTransform))}:`);
        }
      } else {
        lines.push(plainLabels);
      }
      lines.push(
        discriminant === undefined
          ? `${layout.bodyIndent}throw new Error(${quote(`Unhandled License API error ${what}${label === undefined ? '' : ` (${label})`}`, "'")});`
          : `${layout.bodyIndent}throw new Error(\`Unhandled License API error ${what}: \${String(${discriminant})}\`);`,
      );
    }
    const { anchor, indent } = chooseAnchor(sourceCode, node, layout);
    if (isFirstOnLine(sourceCode, anchor.loc.start)) {
      const lineStart = anchor.range[0] - anchor.loc.start.column;
      return fixer.insertTextBeforeRange([lineStart, lineStart], `${lines.join('\n')}\n`);
    }
    // Mid-line (`{ case 'a': break; default: ... }`): replace the spaces before the anchor with line breaks.
    const previous = sourceCode.getTokenBefore(anchor, { includeComments: true });
    return fixer.replaceTextRange([previous?.range[1] ?? anchor.range[0], anchor.range[0]], `\n${lines.join('\n')}\n${indent}`);
  };
}

/**
 * The `case` lines of codes that `quote` would write as they are (no quote
 * mark, no backslash), in one join rather than a label at a time: the
 * suggestion is built as the problem is reported, for every switch short of
 * cases, and a switch on a whole union misses dozens of codes. `undefined`
 * for anything else (statuses, `null`, `undefined`, a code to escape).
 */
function writePlainCodeLabels(members: readonly Member[], domain: LicenseSwitchDomain, mark: string, indent: string): string | undefined {
  if (domain !== 'codes' || members.includes(null) || members.includes(undefined)) {
    return undefined;
  }
  return needsEscape(members.join(''), mark) ? undefined : `${indent}case ${mark}${members.join(`${mark}:\n${indent}case ${mark}`)}${mark}:`;
}

/** Where the new cases go, and the indentation of what follows them. */
function chooseAnchor(
  sourceCode: SourceCode,
  node: TSESTree.SwitchStatement,
  layout: Layout,
): { anchor: TSESTree.Node | TSESTree.Token; indent: string } {
  const { cases } = node;
  const defaultIndex = cases.findIndex(({ test }) => test === null);
  const defaultClause = cases[defaultIndex];
  const before = cases[defaultIndex - 1];
  if (defaultClause !== undefined && (before === undefined || cannotFallThrough(before))) {
    // Own-line comments just above `default` belong to it: insert above them. Most switches have none, which the text shows.
    const hasComments = sourceCode.text.slice((before ?? node.discriminant).range[1], defaultClause.range[0]).includes('/');
    const comment = hasComments
      ? sourceCode.getCommentsBefore(defaultClause).find((candidate) => isFirstOnLine(sourceCode, candidate.loc.start))
      : undefined;
    return { anchor: comment ?? defaultClause, indent: layout.caseIndent };
  }
  const last = cases.at(-1);
  const first = cases[0];
  if (first === undefined || (last !== undefined && cannotFallThrough(last))) {
    // A switch ends in its `}`: found by its offset, without a walk of the switch's tokens.
    const closingBrace = sourceCode.getTokenByRangeStart(node.range[1] - 1);
    if (closingBrace !== null) {
      return { anchor: closingBrace, indent: layout.switchIndent };
    }
  }
  return { anchor: first ?? node, indent: layout.caseIndent };
}
