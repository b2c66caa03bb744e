import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { ParserServicesWithTypeInformation, TSESLint, TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';

import { getStaticNumber, getStaticPropertyName, getStaticString, unwrapExpression } from '../utils/ast/expression.js';
import { runsWithin } from '../utils/ast/functions.js';
import { getCached } from '../utils/cached.js';
import { findVariable, isParameterDefinition, isReassigned, isVariableDefinition } from '../utils/ast/scope.js';
import { getTypeOfDefinition, getTypeOfName } from './imported-type.js';
import { getLiteralUnion } from './literal-types.js';
import { loadTypeScript } from './typescript.js';

/** `err.response.status` as its root name and the properties read from it, outermost last. */
interface NamePath {
  readonly root: TSESTree.Identifier;
  readonly properties: readonly string[];
}

/** The path `node` reads, stepping through what `unwrap` sets aside (optional chains and TypeScript wrappers by default). */
export function getNamePath(node: TSESTree.Node, unwrap: (node: TSESTree.Node) => TSESTree.Node = unwrapExpression): NamePath | undefined {
  const properties: string[] = [];
  let current = unwrap(node);
  while (current.type === AST_NODE_TYPES.MemberExpression) {
    const name = getStaticPropertyName(current);
    if (name === undefined) {
      return undefined;
    }
    properties.unshift(name);
    current = unwrap(current.object);
  }
  return current.type === AST_NODE_TYPES.Identifier ? { root: current, properties } : undefined;
}

/**
 * The type a name or a chain of properties read from a name
 * (`status`, `err.status`, `failure.response?.status`) has by its
 * declarations: the name's declared or inferred type, then each property's,
 * without the narrowing of the code around it. Far cheaper than the type at
 * the node, which replays the control flow of the whole function. `undefined`
 * where declarations do not tell: another shape of expression, a root typed
 * `any` or `unknown` (a `catch` parameter, which only narrowing types), a
 * property the declared type does not have.
 */
export function getDeclaredType(
  services: ParserServicesWithTypeInformation,
  node: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
): ts.Type | undefined {
  const path = getNamePath(node);
  if (path === undefined) {
    return undefined;
  }
  const variable = findVariable(sourceCode.getScope(path.root), path.root);
  return getDeclaredTypeOfPath(services, path, variable?.defs.length === 1 ? variable.defs[0] : undefined, sourceCode, true);
}

/**
 * The declared type of `path`. Given `definition`, the root's one
 * declaration, the checker takes the symbol from there (from the read it
 * would resolve the name again through every enclosing node), or another
 * file of the folder already asked (see `getTypeOfDefinition`).
 */
function getDeclaredTypeOfPath(
  services: ParserServicesWithTypeInformation,
  path: NamePath,
  definition: TSESLint.Scope.Definition | undefined,
  sourceCode: Readonly<TSESLint.SourceCode>,
  throughNullish: boolean,
): ts.Type | undefined {
  const { TypeFlags } = loadTypeScript();
  const type = definition === undefined ? getTypeOfName(services, path.root) : getTypeOfDefinition(services, sourceCode, definition);
  return type !== undefined && (type.flags & (TypeFlags.Any | TypeFlags.Unknown)) === 0
    ? getPropertyPathType(services.program.getTypeChecker(), type, path.properties, throughNullish)
    : undefined;
}

/**
 * The declared types of paths, by the type they start from: a type is one
 * object for the whole program, and the same reads (`err.code` of a
 * `LicenseApiError`) are asked in file after file.
 */
const pathTypes = new WeakMap<ts.Type, Map<string, ts.Type | undefined>>();

/**
 * The declared type of `type.a.b` for `properties` `['a', 'b']`. With
 * `throughNullish`, optional (nullable) steps are read through, and the
 * `undefined` an optional chain would add is left out; without it, such a
 * step gives `undefined`.
 */
export function getPropertyPathType(checker: ts.TypeChecker, root: ts.Type, properties: readonly string[], throughNullish: boolean): ts.Type | undefined {
  if (properties.length === 0) {
    return root;
  }
  return getCached(pathTypes, root, `${String(throughNullish)}\n${properties.join('\n')}`, () =>
    readPropertyPath(checker, root, properties, throughNullish),
  );
}

function readPropertyPath(checker: ts.TypeChecker, root: ts.Type, properties: readonly string[], throughNullish: boolean): ts.Type | undefined {
  const { TypeFlags } = loadTypeScript();
  const nullish = TypeFlags.Undefined | TypeFlags.Null;
  let type = root;
  for (const name of properties) {
    // `getNonNullableType` maps every member of a union anew on each call; most types have nothing to remove.
    const isNullable = type.isUnion() && type.types.some((member) => (member.flags & nullish) !== 0);
    if (isNullable && !throughNullish) {
      return undefined;
    }
    const object = isNullable ? checker.getNonNullableType(type) : type;
    const property = checker.getPropertyOfType(object, name);
    if (property === undefined) {
      return undefined;
    }
    type = checker.getTypeOfSymbol(property);
  }
  return type;
}

/** A `const` without a type annotation, or a parameter without a default: declared as the value it first holds. */
function isDeclaredAsFirstValue(definition: TSESLint.Scope.Definition): boolean {
  return (
    (isParameterDefinition(definition) && definition.name.parent.type !== AST_NODE_TYPES.AssignmentPattern) ||
    (isVariableDefinition(definition) && definition.parent.kind === 'const' && definition.node.id.typeAnnotation === undefined)
  );
}

/** `err.status === 401` as the test of an `if` whose consequent holds the read: the discriminant compared and the value. */
interface DiscriminantTest {
  readonly property: string;
  readonly value: TSESTree.Expression;
}

/**
 * The test that narrows `root` at `read` when `reference`, the one
 * reference to `root` before `read`, is `root.<property> === <value>`
 * testing an `if` whose consequent holds `read`, with no function or class
 * between them (which could run when the test no longer holds).
 */
function getEnclosingDiscriminantTest(read: TSESTree.Node, reference: TSESLint.Scope.Reference): DiscriminantTest | undefined {
  const member = reference.identifier.parent;
  if (member.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier) {
    return undefined;
  }
  const property = getStaticPropertyName(member);
  const comparison = member.parent;
  if (property === undefined || comparison.type !== AST_NODE_TYPES.BinaryExpression || comparison.operator !== '===') {
    return undefined;
  }
  const statement = comparison.parent;
  if (statement.type !== AST_NODE_TYPES.IfStatement || statement.test !== comparison) {
    return undefined;
  }
  return runsWithin(read, statement.consequent) ? { property, value: comparison.left === member ? comparison.right : comparison.left } : undefined;
}

/** The one string or number `node` holds by its syntax or its declarations, as a discriminant's value. */
function getUnitValue(
  services: ParserServicesWithTypeInformation,
  node: TSESTree.Expression,
  sourceCode: Readonly<TSESLint.SourceCode>,
): string | number | undefined {
  const written = getStaticString(node) ?? getStaticNumber(node);
  if (written !== undefined) {
    return written;
  }
  const type = getDeclaredType(services, node, sourceCode);
  if (type === undefined) {
    return undefined;
  }
  const { strings, numbers, nullishValues, hasEnumMember, hasOther } = getLiteralUnion(type);
  const values = [...strings, ...numbers];
  return !hasEnumMember && !hasOther && nullishValues.size === 0 && values.length === 1 ? values[0] : undefined;
}

/**
 * The members of a union each discriminant test keeps, by union: a type is
 * one object for the whole program, and the same few tests
 * (`err.status === 409`) narrow it in file after file.
 */
const keptByUnion = new WeakMap<ts.UnionType, Map<string, readonly ts.Type[] | undefined>>();

/**
 * The members of `root`'s declared union that `test` keeps, as the checker
 * narrows by a discriminant: those whose `property` is a literal equal to the
 * tested value. `undefined` where that is not all the checker would do (a
 * member whose property is no literal, or lacks it; a value that is no
 * single literal).
 */
function getMembersKeptBy(
  services: ParserServicesWithTypeInformation,
  root: ts.Type,
  test: DiscriminantTest,
  sourceCode: Readonly<TSESLint.SourceCode>,
): readonly ts.Type[] | undefined {
  const value = getUnitValue(services, test.value, sourceCode);
  if (value === undefined || !root.isUnion()) {
    return undefined;
  }
  return getCached(keptByUnion, root, `${test.property}\n${typeof value}\n${String(value)}`, () =>
    filterByDiscriminant(services.program.getTypeChecker(), root, test.property, value),
  );
}

function filterByDiscriminant(checker: ts.TypeChecker, root: ts.UnionType, name: string, value: string | number): readonly ts.Type[] | undefined {
  const { TypeFlags } = loadTypeScript();
  const kept: ts.Type[] = [];
  for (const member of root.types) {
    const property = checker.getPropertyOfType(member, name);
    if (property === undefined) {
      return undefined;
    }
    const type = checker.getTypeOfSymbol(property);
    let keeps = false;
    for (const literal of type.isUnion() ? type.types : [type]) {
      if ((literal.flags & TypeFlags.EnumLiteral) !== 0 || !(literal.isStringLiteral() || literal.isNumberLiteral())) {
        return undefined;
      }
      keeps ||= literal.value === value;
    }
    if (keeps) {
      kept.push(member);
    }
  }
  return kept.length === 0 ? undefined : kept;
}

/**
 * The types `read` (`err.code`, `code`) can hold at its place, read from
 * declarations without asking the checker to walk the function's control
 * flow, where that walk cannot change the answer:
 * - nothing before `read` names its root, and the root is a parameter
 *   without a default or a `const` without a type annotation (its inferred
 *   type already is its value's): the declared type. Narrowing needs a
 *   condition or an assignment that names the root; one after `read` in a
 *   loop only joins the declared type again at the loop's head;
 * - the only earlier mention is the test of an enclosing
 *   `if (err.status === 401)` on a root declared as a union and never
 *   assigned: the read's type in each member the test keeps (the checker's
 *   narrowing by discriminant).
 * `undefined` where the walk could say more, or declarations do not tell.
 */
export function getTypesFromDeclarations(
  services: ParserServicesWithTypeInformation,
  read: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
): readonly ts.Type[] | undefined {
  const path = getNamePath(read);
  const variable = path === undefined ? null : findVariable(sourceCode.getScope(path.root), path.root);
  const [definition, ...others] = variable?.defs ?? [];
  if (path === undefined || variable === null || definition === undefined || others.length > 0 || !isDeclaredAsFirstValue(definition)) {
    return undefined;
  }
  const earlier = variable.references.filter((reference) => reference.init !== true && reference.identifier.range[0] < read.range[0]);
  if (earlier.length === 0) {
    // A nullable step makes the read `undefined` at times, which only the type at the read includes.
    const type = getDeclaredTypeOfPath(services, path, definition, sourceCode, false);
    return type === undefined ? undefined : asSingleType(type);
  }
  // An assignment after the read, in a loop inside the tested branch, reaches the read again without the test.
  const test = earlier.length === 1 && earlier[0] !== undefined && !isReassigned(variable) ? getEnclosingDiscriminantTest(read, earlier[0]) : undefined;
  const root = test === undefined ? undefined : getDeclaredTypeOfPath(services, { root: path.root, properties: [] }, definition, sourceCode, false);
  const kept = root === undefined || test === undefined ? undefined : getMembersKeptBy(services, root, test, sourceCode);
  if (kept === undefined) {
    return undefined;
  }
  return getCached(keptReads, kept, path.properties.join('\n'), () => {
    const checker = services.program.getTypeChecker();
    const types = kept.map((member) => getPropertyPathType(checker, member, path.properties, false));
    return types.every((type) => type !== undefined) ? types : undefined;
  });
}

/**
 * The answers of `getTypesFromDeclarations`, one array per question, so that
 * callers can keep what they derive from them: by the members a test keeps
 * and the path read from them, and by the one declared type.
 */
const keptReads = new WeakMap<readonly ts.Type[], Map<string, readonly ts.Type[] | undefined>>();
const singleTypes = new WeakMap<ts.Type, readonly ts.Type[]>();

function asSingleType(type: ts.Type): readonly ts.Type[] {
  let single = singleTypes.get(type);
  if (single === undefined) {
    single = [type];
    singleTypes.set(type, single);
  }
  return single;
}
