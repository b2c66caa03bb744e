import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { ParserServicesWithTypeInformation, TSESLint, TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';

import { runsWithin } from '../utils/ast/functions.js';
import { findVariable, isCatchClauseDefinition, isParameterDefinition, isReassigned } from '../utils/ast/scope.js';
import { getNamePath, getPropertyPathType } from './declared-type.js';
import { getTypeOfFixedCallee } from './imported-type.js';
import { loadTypeScript } from './typescript.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * What a guarded read steps through: `?.` and `!`, which leave the type read
 * from as it is; a type assertion on the way would change it.
 */
function unwrapChain(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.type === AST_NODE_TYPES.ChainExpression || current.type === AST_NODE_TYPES.TSNonNullExpression) {
    current = current.expression;
  }
  return current;
}

const topTypeKeywords: ReadonlySet<AST_NODE_TYPES> = new Set([AST_NODE_TYPES.TSAnyKeyword, AST_NODE_TYPES.TSUnknownKeyword]);

/** A `catch` parameter, or a parameter written `unknown` or `any`: what a guard narrows to exactly its own type. */
function isDeclaredTopType(definition: TSESLint.Scope.Definition): boolean {
  const { name } = definition;
  if (name.type !== AST_NODE_TYPES.Identifier) {
    return false;
  }
  const annotation = name.typeAnnotation?.typeAnnotation;
  if (isCatchClauseDefinition(definition)) {
    return annotation === undefined || topTypeKeywords.has(annotation.type);
  }
  return isParameterDefinition(definition) && name.parent.type !== AST_NODE_TYPES.AssignmentPattern && annotation !== undefined && topTypeKeywords.has(annotation.type);
}

/** Whether `read` runs only once `call` returned true: in the right operand of its `&&`, or the consequent of its `if`. */
function isGuardedBy(read: TSESTree.Node, call: TSESTree.CallExpression): boolean {
  const { parent } = call;
  const branch =
    parent.type === AST_NODE_TYPES.LogicalExpression && parent.operator === '&&' && parent.left === call
      ? parent.right
      : parent.type === AST_NODE_TYPES.IfStatement && parent.test === call
        ? parent.consequent
        : undefined;
  return branch !== undefined && runsWithin(read, branch);
}

/**
 * What calling `callee` does to the types of its arguments: `null` where no
 * signature has a type predicate or never returns (its calls narrow nothing), its predicate
 * where it has one signature, not generic, with one; `undefined` where that
 * is not known here. Asked of an imported function, the answer is shared by
 * the files of a folder (see `getTypeOfFixedCallee`).
 */
function getCallPredicate(services: ParserServicesWithTypeInformation, sourceCode: SourceCode, callee: TSESTree.Identifier): ts.TypePredicate | null | undefined {
  const type = getTypeOfFixedCallee(services, sourceCode, callee);
  if (type === undefined) {
    return undefined;
  }
  const checker = services.program.getTypeChecker();
  const signatures = type.getCallSignatures();
  const predicates = signatures.map((signature) => checker.getTypePredicateOfSignature(signature));
  if (signatures.length > 0 && predicates.every((predicate) => predicate === undefined)) {
    // A call that never returns leaves what follows unreachable, where the checker gives the declared type.
    const { TypeFlags } = loadTypeScript();
    return signatures.some((signature) => (checker.getReturnTypeOfSignature(signature).flags & TypeFlags.Never) !== 0) ? undefined : null;
  }
  const [signature] = signatures;
  return signatures.length === 1 && signature !== undefined && (signature.getTypeParameters()?.length ?? 0) === 0 ? predicates[0] : undefined;
}

/** The type a guard's `predicate` narrows its argument at `index` to; `undefined` if it does not narrow that one to its type. */
function getGuardType(predicate: ts.TypePredicate, index: number): ts.Type | undefined {
  const type = predicate.kind === loadTypeScript().TypePredicateKind.Identifier && predicate.parameterIndex === index ? predicate.type : undefined;
  // Narrowing `any` to `Object` or `Function` leaves it `any`.
  const name = type?.getSymbol()?.getName();
  return name === 'Object' || name === 'Function' ? undefined : type;
}

/**
 * The type of `read` (`caught.response?.data?.code`) where a type guard alone
 * decides it: the root is a `catch` parameter (or a parameter written
 * `unknown` or `any`), never assigned; `read` runs under a call of a guard on
 * it (`isHttpFailure(caught) && caught.response?.data?.code === 'x'`, or the
 * test of an `if`), with no function or class between; and every other
 * mention of the root before `read` is an argument of a function that has no
 * type predicate and returns (`toLicenseError(caught)`), which narrows
 * nothing. The checker narrows such a root to exactly the guard's type, so
 * the read's type is that type's property type, found without the walk of
 * the function's control flow that the type at `read` costs. Optional steps
 * are read through, as by `getDeclaredType`. `undefined` for any other
 * shape. A read in code that cannot run (after a `return`) is answered as if
 * it could, where the checker would give the declared type.
 */
export function getGuardedType(services: ParserServicesWithTypeInformation, read: TSESTree.Node, sourceCode: SourceCode): ts.Type | undefined {
  const path = getNamePath(read, unwrapChain);
  const variable = path === undefined ? null : findVariable(sourceCode.getScope(path.root), path.root);
  const [definition, ...others] = variable?.defs ?? [];
  // An assignment anywhere, even after the read, can reach it again through a loop inside the guarded branch.
  if (path === undefined || variable === null || definition === undefined || others.length > 0 || !isDeclaredTopType(definition) || isReassigned(variable)) {
    return undefined;
  }
  let guard: { readonly call: TSESTree.CallExpression; readonly type: ts.Type } | undefined;
  for (const { identifier } of variable.references) {
    if (identifier.range[0] >= read.range[0]) {
      continue;
    }
    const call = identifier.parent;
    if (call.type !== AST_NODE_TYPES.CallExpression || call.optional || call.callee.type !== AST_NODE_TYPES.Identifier) {
      return undefined;
    }
    const index = call.arguments.indexOf(identifier as TSESTree.Expression);
    if (index < 0) {
      return undefined;
    }
    const predicate = getCallPredicate(services, sourceCode, call.callee);
    if (predicate === null) {
      continue;
    }
    const type = predicate === undefined ? undefined : getGuardType(predicate, index);
    if (type === undefined || guard !== undefined) {
      return undefined;
    }
    guard = { call, type };
  }
  return guard === undefined || !isGuardedBy(read, guard.call)
    ? undefined
    : getPropertyPathType(services.program.getTypeChecker(), guard.type, path.properties, true);
}
