import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getCached } from '../cached.js';
import { getConstBinding, maxConstResolutions } from './bindings.js';
import { type CaseTransform, getAccessedFieldName, getDownlevelledChain, getStaticPropertyName, stripConversions, unwrapExpression } from './expression.js';

/** Which field an expression reads, and of which object. */
export interface FieldRead {
  /** `status` for `err.status`, for a `status` variable, and for `s` in `const s = err.status`. */
  readonly field: string;
  /**
   * The path of the object read (`['e', 'response']` for
   * `e.response.status`); `[]` for a variable that resolves to no object
   * (a parameter, or `const { code } = await f()`); `undefined` when the
   * object is not a plain reference (`f().code`), so two reads of it may differ.
   */
  readonly owner: readonly string[] | undefined;
  /**
   * How the value compared differs in case from the field: `upper` for
   * `err.code.toUpperCase()`, and for `code` after
   * `const code = err.code.toUpperCase()`. When conversions stack, at the
   * read and in the locals it goes through, the last one applied wins
   * (`const c = x.toLowerCase(); c.toUpperCase()` is `upper`).
   */
  readonly caseTransform: CaseTransform | undefined;
}

interface PathContext {
  readonly sourceCode: Readonly<TSESLint.SourceCode> | undefined;
  /** Temporaries of compiled optional chains (`_a`), by the path they hold. */
  readonly temporaries: ReadonlyMap<string, readonly string[] | undefined>;
  /** Shared by every step of one read; `caseTransform` is the first case change met, that is the last one applied. */
  readonly state: { resolutions: number; caseTransform: CaseTransform | undefined };
}

/**
 * The path `identifier` stands for. A `leaf` is the value read itself
 * (not an object read from): a local holding a converted read
 * (`const code = err.code.toUpperCase()`) then stands for the read, and the
 * case change is noted in `context.state`.
 */
function resolveIdentifier(identifier: TSESTree.Identifier, context: PathContext, leaf = false): readonly string[] | undefined {
  if (context.temporaries.has(identifier.name)) {
    return context.temporaries.get(identifier.name);
  }
  const binding = context.sourceCode === undefined || context.state.resolutions >= maxConstResolutions ? undefined : getConstBinding(identifier, context.sourceCode);
  if (binding === undefined) {
    return [identifier.name];
  }
  context.state.resolutions++;
  const sourceContext = { ...context, temporaries: noTemporaries };
  let source: readonly string[] | undefined;
  if (leaf && binding.path.length === 0) {
    const stripped = stripConversions(binding.source);
    context.state.caseTransform ??= stripped.caseTransform;
    const value = unwrapExpression(stripped.expression);
    source = value.type === AST_NODE_TYPES.Identifier ? resolveIdentifier(value, sourceContext, true) : getPath(value, sourceContext);
  } else {
    source = getPath(binding.source, sourceContext);
  }
  if (source !== undefined) {
    return [...source, ...binding.path];
  }
  // `const { status: s } = await f()`: a variable holding `status` of an object nobody else can name.
  return binding.path.length > 0 ? binding.path : [identifier.name];
}

function getPath(node: TSESTree.Node, context: PathContext): readonly string[] | undefined {
  const expression = unwrapExpression(node);
  switch (expression.type) {
    case AST_NODE_TYPES.Identifier:
      return resolveIdentifier(expression, context);
    case AST_NODE_TYPES.ThisExpression:
      return ['this'];
    case AST_NODE_TYPES.MemberExpression: {
      const name = getStaticPropertyName(expression);
      const object = name === undefined ? undefined : getPath(expression.object, context);
      return object === undefined || name === undefined ? undefined : [...object, name];
    }
    case AST_NODE_TYPES.ConditionalExpression: {
      const chain = getDownlevelledChain(expression);
      if (chain === undefined) {
        return undefined;
      }
      const base = getPath(chain.base, context);
      return getPath(chain.access, { ...context, temporaries: new Map([...context.temporaries, [chain.temp, base]]) });
    }
    default:
      return undefined;
  }
}

/** Most reads go through no compiled optional chain: one empty map serves them all. */
const noTemporaries: ReadonlyMap<string, readonly string[] | undefined> = new Map();

function createContext(sourceCode: Readonly<TSESLint.SourceCode> | undefined): PathContext {
  return { sourceCode, temporaries: noTemporaries, state: { resolutions: 0, caseTransform: undefined } };
}

/**
 * The path of a plain reference as its segments: `['e', 'response', 'data']`
 * for `e?.response!['data']`, for its compiled optional chain, and (given
 * `sourceCode`) for `data` after `const { data } = e.response`.
 * `undefined` for anything else (calls, computed keys, ...), whose value may
 * differ between two reads.
 */
export function getReferencePath(node: TSESTree.Node, sourceCode?: Readonly<TSESLint.SourceCode>): readonly string[] | undefined {
  return getPath(node, createContext(sourceCode));
}

/**
 * The reads resolved through locals, by file and node: every rule asks about
 * the same comparisons and discriminants (`err.code` in `err.code === 'x'`),
 * and resolving a local looks up its scope. A plain map per file, dropped
 * with the file, keeps the garbage collector's work as small as the file.
 */
const fieldReadsByFile = new WeakMap<Readonly<TSESLint.SourceCode>, Map<TSESTree.Node, FieldRead | undefined>>();

/**
 * The field `node` reads and the object it reads it from, through the
 * conversions `stripConversions` sets aside (`err.code.toUpperCase()`,
 * `Number(err.status)`), compiled optional chains (either nesting) and,
 * given `sourceCode`, `const` locals: `s` after `const s = err.status`,
 * `code` after `const { status, code } = e.response.data`, `code` after
 * `const code = String(err.code).toUpperCase()` (with its case change).
 */
export function getFieldRead(node: TSESTree.Node, sourceCode?: Readonly<TSESLint.SourceCode>): FieldRead | undefined {
  return sourceCode === undefined ? readField(node, undefined) : getCached(fieldReadsByFile, sourceCode, node, () => readField(node, sourceCode));
}

function readField(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode> | undefined): FieldRead | undefined {
  const stripped = stripConversions(node);
  let context = createContext(sourceCode);
  context.state.caseTransform = stripped.caseTransform;
  let member = unwrapExpression(stripped.expression);
  // Each temporary of a compiled chain holds the path of its base; Babel nests the rest of the chain in the access.
  for (let chain = getDownlevelledChain(member); chain !== undefined; chain = getDownlevelledChain(member)) {
    context = { ...context, temporaries: new Map([...context.temporaries, [chain.temp, getPath(chain.base, context)]]) };
    member = unwrapExpression(chain.access);
  }
  if (member.type === AST_NODE_TYPES.MemberExpression) {
    const field = getStaticPropertyName(member);
    return field === undefined ? undefined : { field, owner: getPath(member.object, context), caseTransform: context.state.caseTransform };
  }
  if (member.type !== AST_NODE_TYPES.Identifier) {
    return undefined;
  }
  const path = resolveIdentifier(member, context, true) ?? [member.name];
  const field = path.at(-1) ?? member.name;
  return { field, owner: path.slice(0, -1), caseTransform: context.state.caseTransform };
}

/**
 * How `node` changes the case of what it reads, as `getFieldRead` gives it,
 * and for an operand that is no field read (`f().toUpperCase()`) the case
 * change written on it. For a `switch` discriminant: after
 * `const code = err.code.toUpperCase()`, `switch (code)` is `upper`.
 */
export function getCaseTransform(node: TSESTree.Node, sourceCode?: Readonly<TSESLint.SourceCode>): CaseTransform | undefined {
  const stripped = stripConversions(node);
  const expression = unwrapExpression(stripped.expression);
  // Only a variable (`code` after `const code = err.code.toUpperCase()`) or a compiled optional chain can hide
  // a case change; any other read shows it in its own conversions, as `getFieldRead` would find it.
  if (expression.type !== AST_NODE_TYPES.Identifier && getDownlevelledChain(expression) === undefined) {
    return stripped.caseTransform;
  }
  return getFieldRead(node, sourceCode)?.caseTransform ?? stripped.caseTransform;
}

/**
 * Only the field of `getFieldRead`, for a test that needs no owner: a
 * member read is named without looking anything up, and only a variable
 * (given `sourceCode`) is resolved.
 */
export function getFieldName(node: TSESTree.Node, sourceCode?: Readonly<TSESLint.SourceCode>): string | undefined {
  const expression = unwrapExpression(stripConversions(node).expression);
  return expression.type === AST_NODE_TYPES.Identifier && sourceCode !== undefined
    ? getFieldRead(expression, sourceCode)?.field
    : getAccessedFieldName(expression);
}

function samePath(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((segment, index) => segment === b[index]);
}

/** Whether two owner paths are known and equal. */
export function isSameOwner(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  return a !== undefined && b !== undefined && samePath(a, b);
}

/**
 * Whether `a` and `b` read the same field of the same object, as the arms
 * of an `if`/`else if` ladder do: `err.code` and `err?.code`, or `code`
 * after `const { code } = err` and `err.code` (given `sourceCode`). Two bare
 * variables of the same name count as the same.
 */
export function isSameFieldRead(a: TSESTree.Node, b: TSESTree.Node, sourceCode?: Readonly<TSESLint.SourceCode>): boolean {
  const first = getFieldRead(a, sourceCode);
  const second = first === undefined ? undefined : getFieldRead(b, sourceCode);
  return first?.field === second?.field && isSameOwner(first?.owner, second?.owner);
}
