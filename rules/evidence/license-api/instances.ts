import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getStaticPropertyName } from '../../utils/ast/expression.js';
import type { LicenseApiTracker, TraceMapObject, TrackedReference } from './tracker.js';

/** How many object literals deep a stored client is followed (`{ clients: { manager } }` is two). */
const maxObjectNesting = 4;

/**
 * The parent of `node` when it hands the value of `node` on unchanged, as
 * eslint-utils sees it (`a ?? b`, `c ? a : b`, `(x, a)`, `a!`, `a as T`,
 * `a?.b`), or `await`, through which a client or the promise's answer flows.
 */
function getPassThroughParent(node: TSESTree.Node): TSESTree.Node | undefined {
  const { parent } = node;
  switch (parent?.type) {
    case AST_NODE_TYPES.ConditionalExpression:
      return parent.consequent === node || parent.alternate === node ? parent : undefined;
    case AST_NODE_TYPES.SequenceExpression:
      return parent.expressions.at(-1) === node ? parent : undefined;
    case AST_NODE_TYPES.LogicalExpression:
    case AST_NODE_TYPES.ChainExpression:
    case AST_NODE_TYPES.AwaitExpression:
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
    case AST_NODE_TYPES.TSTypeAssertion:
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TSInstantiationExpression:
      return parent;
    default:
      return undefined;
  }
}

/** The outermost expression that carries the value of `node` unchanged. */
export function climbPassThrough(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (let parent = getPassThroughParent(current); parent !== undefined; parent = getPassThroughParent(current)) {
    current = parent;
  }
  return current;
}

/** The name of `this.name` or `this.#name`, as a member of the class. */
function getThisMemberName(node: TSESTree.MemberExpression): string | undefined {
  if (node.object.type !== AST_NODE_TYPES.ThisExpression) {
    return undefined;
  }
  return node.property.type === AST_NODE_TYPES.PrivateIdentifier ? `#${node.property.name}` : getStaticPropertyName(node);
}

function getMemberKeyName(member: TSESTree.PropertyDefinition): string | undefined {
  if (member.key.type === AST_NODE_TYPES.PrivateIdentifier) {
    return `#${member.key.name}`;
  }
  if (!member.computed && member.key.type === AST_NODE_TYPES.Identifier) {
    return member.key.name;
  }
  return member.key.type === AST_NODE_TYPES.Literal ? String(member.key.value) : undefined;
}

/** The class whose `this` a node sees: the nearest class body around it. */
export function getEnclosingClassBody(node: TSESTree.Node): TSESTree.ClassBody | undefined {
  for (let current = node; current.type !== AST_NODE_TYPES.Program; current = current.parent) {
    if (current.parent.type === AST_NODE_TYPES.ClassBody) {
      return current.parent;
    }
  }
  return undefined;
}

/** Where a value is kept for later: a member of a class instance, or a property of an object literal. */
type Storage =
  | { readonly kind: 'member'; readonly classBody: TSESTree.ClassBody; readonly name: string }
  | { readonly kind: 'property'; readonly object: TSESTree.ObjectExpression; readonly name: string };

function getStorage(value: TSESTree.Node): Storage | undefined {
  const { parent } = value;
  if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === value && parent.left.type === AST_NODE_TYPES.MemberExpression) {
    const name = getThisMemberName(parent.left);
    const classBody = getEnclosingClassBody(parent);
    return name === undefined || classBody === undefined ? undefined : { kind: 'member', classBody, name };
  }
  if (parent?.type === AST_NODE_TYPES.PropertyDefinition && parent.value === value && !parent.static) {
    const name = getMemberKeyName(parent);
    return name === undefined ? undefined : { kind: 'member', classBody: parent.parent, name };
  }
  if (parent?.type === AST_NODE_TYPES.Property && parent.value === value && parent.parent.type === AST_NODE_TYPES.ObjectExpression) {
    const name = getStaticPropertyName(parent);
    return name === undefined ? undefined : { kind: 'property', object: parent.parent, name };
  }
  return undefined;
}

/**
 * Follows the clients a file builds (an SDK manager, an axios instance) to
 * where they are used, with eslint-utils' `ReferenceTracker` for variables and
 * destructuring, and on its own for the two places the tracker does not look:
 * members of a class instance (`this.manager = new LicenseManager()`, a
 * field `manager = ...`, a constructor's `private manager: LicenseManager`),
 * read as `this.manager` anywhere in the class, and properties of object
 * literals (`const clients = { manager: new LicenseManager() }`).
 */
export class InstanceFollower {
  readonly #tracker: LicenseApiTracker;
  readonly #visitorKeys: TSESLint.SourceCode['visitorKeys'];
  readonly #memberReads = new WeakMap<TSESTree.ClassBody, ReadonlyMap<string, readonly TSESTree.MemberExpression[]>>();
  /** The members already followed with each trace map: a member assigned in many places is read once. */
  readonly #followedMembers = new WeakMap<TSESTree.ClassBody, Map<string, Set<object>>>();

  constructor(tracker: LicenseApiTracker, sourceCode: Readonly<TSESLint.SourceCode>) {
    this.#tracker = tracker;
    this.#visitorKeys = sourceCode.visitorKeys;
  }

  /** What becomes of the value of `node`, wherever it is kept. */
  *follow<Info>(node: TSESTree.Node, traceMap: TraceMapObject<Info>, nesting = 0): Generator<TrackedReference<Info>> {
    const value = climbPassThrough(node);
    yield* this.#tracker.iterateFrom(value, traceMap);
    const storage = getStorage(value);
    if (storage?.kind === 'member') {
      yield* this.followMember(storage.classBody, storage.name, traceMap);
    } else if (storage?.kind === 'property' && nesting < maxObjectNesting) {
      yield* this.follow(storage.object, { [storage.name]: traceMap }, nesting + 1);
    }
  }

  /** What becomes of `this.<name>` in a class; nothing when that member was followed with `traceMap` before. */
  *followMember<Info>(classBody: TSESTree.ClassBody, name: string, traceMap: TraceMapObject<Info>): Generator<TrackedReference<Info>> {
    const byName = this.#followedMembers.get(classBody) ?? new Map<string, Set<object>>();
    this.#followedMembers.set(classBody, byName);
    const maps = byName.get(name) ?? new Set<object>();
    byName.set(name, maps);
    if (maps.has(traceMap)) {
      return;
    }
    maps.add(traceMap);
    for (const read of this.#getMemberReads(classBody).get(name) ?? []) {
      yield* this.#tracker.iterateFrom(read, traceMap);
    }
  }

  /** Every `this.x` of a class body by member name, leaving out nested classes (their `this` is another). Computed once per class. */
  #getMemberReads(classBody: TSESTree.ClassBody): ReadonlyMap<string, readonly TSESTree.MemberExpression[]> {
    const cached = this.#memberReads.get(classBody);
    if (cached !== undefined) {
      return cached;
    }
    const reads = new Map<string, TSESTree.MemberExpression[]>();
    const stack: TSESTree.Node[] = [...classBody.body];
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
      if (node.type === AST_NODE_TYPES.ClassBody) {
        continue;
      }
      const name = node.type === AST_NODE_TYPES.MemberExpression ? getThisMemberName(node) : undefined;
      if (name !== undefined) {
        const list = reads.get(name) ?? [];
        list.push(node as TSESTree.MemberExpression);
        reads.set(name, list);
      }
      pushChildren(node, this.#visitorKeys, stack);
    }
    this.#memberReads.set(classBody, reads);
    return reads;
  }
}

/** Pushes the child nodes of `node` (by the parser's visitor keys) onto `stack`. */
export function pushChildren(node: TSESTree.Node, visitorKeys: TSESLint.SourceCode['visitorKeys'], stack: TSESTree.Node[]): void {
  for (const key of visitorKeys[node.type] ?? []) {
    const child = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(child)) {
      for (const element of child as unknown[]) {
        if (isNode(element)) {
          stack.push(element);
        }
      }
    } else if (isNode(child)) {
      stack.push(child);
    }
  }
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
