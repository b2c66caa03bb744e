import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getStaticPropertyName, getStaticString, stripConversions, typeWrapperTypes } from '../utils/ast/expression.js';
import { getCaseTransform, getFieldName, getFieldRead } from '../utils/ast/field-read.js';
import { isEqualityOperator } from '../utils/ast/field-comparison.js';
import { type FunctionScope, getEnclosingFunction } from '../utils/ast/functions.js';
import type { LicenseSpringSettings } from '../utils/catalog/settings.js';
import { getDistinctiveCodes } from './distinctive-codes.js';

/**
 * The vendor's name, in the SDK's package name (`@licensespring/node-sdk`),
 * the types subpath (`eslint-plugin-licensespring/types`), the API host
 * (`api.licensespring.com`) or a comment about it, in any case
 * (`licenseSpring` in the SDK's own files). Unlike "license", no other
 * vendor's code says it.
 */
const vendorNamePattern = /licensespring/iu;

/** Whether `text` (a path, a file's text) names LicenseSpring. */
export function namesVendor(text: string): boolean {
  return vendorNamePattern.test(text);
}

/** A field compared with, switched on or set to a distinctive code. */
export interface DistinctiveCodeUse {
  /**
   * The field: `code` for `err.code === 'license_expired'`, and for
   * `{ code: 'license_expired' }`; `undefined` for a table's key
   * (`{ license_expired: 'Your license expired' }`), which names no field.
   */
  readonly field: string | undefined;
  /** The read compared or switched on (`err.code`); `undefined` where the code is set, not read. */
  readonly read: TSESTree.Node | undefined;
  readonly scope: FunctionScope;
}

/** What a whole file shows about talking to the License API, before any rule looks at a value. */
export interface FileEvidence {
  /** The file names LicenseSpring: imports its SDK or the types subpath, names the vendor or its host, or lives in a folder named after it. */
  readonly namesLicenseSpring: boolean;
  /** Where the file uses a distinctive code on a field (see `getDistinctiveCodes`). */
  readonly distinctiveCodeUses: readonly DistinctiveCodeUse[];
  /** The fields of `distinctiveCodeUses`. */
  readonly distinctiveCodeFields: ReadonlySet<string>;
  /**
   * The reads in `scope` compared with distinctive codes whose object has the
   * path `owner` (`err.response.data.code` also counts under `err.response`,
   * where axios keeps the status): the only ones a read of `owner` may share
   * an error with.
   */
  getDistinctiveReads(scope: FunctionScope, owner: readonly string[]): readonly TSESTree.Node[] | undefined;
}

/** The reads of `uses` by function and by the path of the object read, for `getDistinctiveReads`. */
function indexReadsByOwner(uses: readonly DistinctiveCodeUse[], sourceCode: Readonly<TSESLint.SourceCode>): Map<FunctionScope, Map<string, TSESTree.Node[]>> {
  const index = new Map<FunctionScope, Map<string, TSESTree.Node[]>>();
  for (const { read, scope } of uses) {
    const owner = read === undefined ? undefined : getFieldRead(read, sourceCode)?.owner;
    if (read === undefined || owner === undefined) {
      continue;
    }
    const byOwner = index.get(scope) ?? new Map<string, TSESTree.Node[]>();
    index.set(scope, byOwner);
    for (const key of owner.at(-1) === 'data' ? [owner.join('.'), owner.slice(0, -1).join('.')] : [owner.join('.')]) {
      const reads = byOwner.get(key) ?? [];
      // The labels of one `switch` all read its discriminant, one after another: it is listed once for them.
      if (reads.at(-1) !== read) {
        reads.push(read);
      }
      byOwner.set(key, reads);
    }
  }
  return index;
}

/**
 * The field a distinctive string is used on, from where the string stands:
 * an operand of `==`/`===` (the other operand's field), a `case` label (the
 * discriminant's), a property value (the key). Other places (a log message,
 * a translation key) say nothing about a field.
 */
function getUse(
  literal: TSESTree.Node,
  value: string,
  codes: ReadonlySet<string>,
  sourceCode: Readonly<TSESLint.SourceCode>,
  /** The use of each read met so far (`null` where it reads no field): the labels of a `switch` all read its discriminant. */
  usesByRead: Map<TSESTree.Node, DistinctiveCodeUse | null>,
): DistinctiveCodeUse | undefined {
  let child = literal;
  let { parent } = literal;
  while (parent !== undefined && typeWrapperTypes.has(parent.type)) {
    child = parent;
    parent = parent.parent;
  }
  // A distinctive word as a name is only a table's key, never a variable compared with.
  if (literal.type === AST_NODE_TYPES.Identifier && !(parent?.type === AST_NODE_TYPES.Property && parent.key === child && !parent.computed)) {
    return undefined;
  }
  let read: TSESTree.Node | undefined;
  switch (parent?.type) {
    case AST_NODE_TYPES.BinaryExpression:
      if (isEqualityOperator(parent.operator) && parent.left.type !== AST_NODE_TYPES.PrivateIdentifier) {
        read = parent.left === child ? parent.right : parent.left;
      }
      break;
    case AST_NODE_TYPES.SwitchCase:
      read = parent.test === child ? parent.parent.discriminant : undefined;
      break;
    case AST_NODE_TYPES.Property: {
      const field = parent.key === child ? undefined : getStaticPropertyName(parent);
      return codes.has(value) && (field !== undefined || parent.key === child) ? { field, read: undefined, scope: getEnclosingFunction(parent) } : undefined;
    }
    default:
      return undefined;
  }
  // `'LICENSE_EXPIRED'` is the API's code only where the read is upper-cased first.
  if (read === undefined || (!codes.has(value) && !(codes.has(value.toLowerCase()) && getCaseTransform(read, sourceCode) === 'upper'))) {
    return undefined;
  }
  let use = usesByRead.get(read);
  if (use === undefined) {
    const field = getFieldName(read, sourceCode);
    use = field === undefined ? null : { field, read: stripConversions(read).expression, scope: getEnclosingFunction(parent) };
    usesByRead.set(read, use);
  }
  return use ?? undefined;
}

/** The first position in `indices[from..to)` (ascending) that holds `offset` or more; `to` if none does. */
function firstIndexFrom(indices: readonly number[], offset: number, from: number, to: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((indices[middle] ?? 0) < offset) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low;
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && 'range' in value;
}

/** The position in `nodes` (ordered by range, as a node's list of children is) of the one holding `offset`, or -1. */
function findChildAt(nodes: readonly unknown[], offset: number): number {
  let low = 0;
  let high = nodes.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const node = nodes[middle];
    if (!isNode(node)) {
      // A hole (`[, a]`): nothing to order by, so look at every child.
      return nodes.findIndex((child) => isNode(child) && child.range[0] <= offset && offset < child.range[1]);
    }
    if (offset < node.range[0]) {
      high = middle - 1;
    } else if (offset >= node.range[1]) {
      low = middle + 1;
    } else {
      return middle;
    }
  }
  return -1;
}

/**
 * The innermost node at each of `indices` (ascending), found in one descent
 * that enters only the nodes holding one of them: linear in the depth of the
 * file however many codes it has, where asking `getNodeByRangeIndex` once per
 * index would walk the siblings of every ancestor again each time. A list of
 * children (a body of statements) is binary-searched for the one holding the
 * next index. Each key is looked at on its own, so the order of visitor keys
 * (a template's quasis come before its expressions) does not matter.
 */
function findNodesAt(sourceCode: Readonly<TSESLint.SourceCode>, indices: readonly number[]): TSESTree.Node[] {
  const found = new Array<TSESTree.Node>(indices.length);
  const { visitorKeys } = sourceCode;
  /** Visits the child holding each of `indices[from..to)` that one does. */
  function enterChildren(children: readonly unknown[], from: number, to: number): void {
    // Most lists hold none of the indices (a `case`'s statements, when the code is its label): one look at their span.
    const head = children[0];
    const last = children.at(-1);
    if (isNode(head) && isNode(last)) {
      from = firstIndexFrom(indices, head.range[0], from, to);
      to = firstIndexFrom(indices, last.range[1], from, to);
    } else if (head === undefined && last === undefined) {
      return;
    }
    for (let first = from; first < to; ) {
      const child = children[findChildAt(children, indices[first] ?? 0)];
      if (!isNode(child)) {
        first++;
        continue;
      }
      const end = firstIndexFrom(indices, child.range[1], first, to);
      visit(child, first, end);
      first = end;
    }
  }
  function visit(node: TSESTree.Node, from: number, to: number): void {
    // `indices[from..to)` all lie inside `node`: it is their innermost node until a child claims them.
    found.fill(node, from, to);
    for (const key of visitorKeys[node.type] ?? []) {
      const value = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(value)) {
        enterChildren(value, from, to);
      } else if (isNode(value)) {
        const first = firstIndexFrom(indices, value.range[0], from, to);
        const end = firstIndexFrom(indices, value.range[1], first, to);
        if (end > first) {
          visit(value, first, end);
        }
      }
    }
  }
  visit(sourceCode.ast, 0, indices.length);
  return found;
}

/** The uses of the distinctive codes the text writes at `codeOffsets` (see `DistinctiveCodes.findInText`). */
function collectDistinctiveCodeUses(
  sourceCode: Readonly<TSESLint.SourceCode>,
  settings: LicenseSpringSettings,
  codeOffsets: readonly number[],
): DistinctiveCodeUse[] {
  // The text found the few strings worth a look; most files have none, and are never walked.
  if (codeOffsets.length === 0) {
    return [];
  }
  const { codes } = getDistinctiveCodes(settings);
  const uses: DistinctiveCodeUse[] = [];
  const usesByRead = new Map<TSESTree.Node, DistinctiveCodeUse | null>();
  for (const node of findNodesAt(sourceCode, codeOffsets)) {
    // The text of a template literal belongs to its quasi.
    const literal = node.type === AST_NODE_TYPES.TemplateElement ? node.parent : node;
    const value = literal.type === AST_NODE_TYPES.Identifier ? literal.name : getStaticString(literal);
    const use = value === undefined ? undefined : getUse(literal, value, codes, sourceCode, usesByRead);
    if (use !== undefined) {
      uses.push(use);
    }
  }
  return uses;
}

/**
 * The file's evidence, given where its text writes distinctive codes
 * (`codeOffsets`, which the caller found first to tell whether a file is
 * worth this at all). Computed once per file: `getEvidence` keeps it.
 * Its path counts as naming the vendor: `src/licensespring/client.js`, or the
 * SDK's own files under `node_modules/@licensespring/`.
 */
export function getFileEvidence(
  sourceCode: Readonly<TSESLint.SourceCode>,
  filename: string,
  settings: LicenseSpringSettings,
  codeOffsets: readonly number[],
): FileEvidence {
  const distinctiveCodeUses = collectDistinctiveCodeUses(sourceCode, settings, codeOffsets);
  let readsByOwner: Map<FunctionScope, Map<string, TSESTree.Node[]>> | undefined;
  return {
    namesLicenseSpring: namesVendor(filename) || namesVendor(sourceCode.text),
    distinctiveCodeUses,
    distinctiveCodeFields: new Set(distinctiveCodeUses.flatMap(({ field }) => (field === undefined ? [] : [field]))),
    getDistinctiveReads: (scope, owner) => (readsByOwner ??= indexReadsByOwner(distinctiveCodeUses, sourceCode)).get(scope)?.get(owner.join('.')),
  };
}
