import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { ParserServicesWithTypeInformation, TSESLint, TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';

import { getStaticPropertyName, unwrapExpression } from '../utils/ast/expression.js';
import { findVariable, isParameterDefinition, isVariableDefinition } from '../utils/ast/scope.js';
import { loadTypeScript } from './typescript.js';

/** `err.response.status` as its root name and the properties read from it, outermost last. */
interface NamePath {
  readonly root: TSESTree.Identifier;
  readonly properties: readonly string[];
}

function getNamePath(node: TSESTree.Node): NamePath | undefined {
  const properties: string[] = [];
  let current = unwrapExpression(node);
  while (current.type === AST_NODE_TYPES.MemberExpression) {
    const name = getStaticPropertyName(current);
    if (name === undefined) {
      return undefined;
    }
    properties.unshift(name);
    current = unwrapExpression(current.object);
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
export function getDeclaredType(services: ParserServicesWithTypeInformation, node: TSESTree.Node): ts.Type | undefined {
  const path = getNamePath(node);
  return path === undefined ? undefined : getDeclaredTypeOfPath(services, path);
}

function getDeclaredTypeOfPath(services: ParserServicesWithTypeInformation, path: NamePath): ts.Type | undefined {
  const { TypeFlags } = loadTypeScript();
  const checker = services.program.getTypeChecker();
  const symbol = checker.getSymbolAtLocation(services.esTreeNodeToTSNodeMap.get(path.root));
  if (symbol === undefined) {
    return undefined;
  }
  let type = checker.getTypeOfSymbol(symbol);
  if ((type.flags & (TypeFlags.Any | TypeFlags.Unknown)) !== 0) {
    return undefined;
  }
  const nullish = TypeFlags.Undefined | TypeFlags.Null;
  for (const name of path.properties) {
    // `getNonNullableType` maps every member of a union anew on each call; most types have nothing to remove.
    const object = type.isUnion() && type.types.some((member) => (member.flags & nullish) !== 0) ? checker.getNonNullableType(type) : type;
    const property = checker.getPropertyOfType(object, name);
    if (property === undefined) {
      return undefined;
    }
    type = checker.getTypeOfSymbol(property);
  }
  return type;
}

/**
 * Whether nothing before `read` can have narrowed the name it reads from: the
 * name is a parameter without a default or a `const` without a type
 * annotation (whose inferred type already is its value's), and no reference
 * to it comes before `read`. Narrowing needs a condition or an assignment
 * that names it; one after `read` in a loop only joins the declared type
 * again at the loop's head.
 */
function cannotBeNarrowedAt(read: TSESTree.Node, root: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const variable = findVariable(sourceCode.getScope(root), root);
  const [definition, ...others] = variable?.defs ?? [];
  if (variable === null || definition === undefined || others.length > 0) {
    return false;
  }
  const unnarrowedDeclaration =
    (isParameterDefinition(definition) && definition.name.parent.type !== AST_NODE_TYPES.AssignmentPattern) ||
    (isVariableDefinition(definition) && definition.parent.kind === 'const' && definition.node.id.typeAnnotation === undefined);
  return unnarrowedDeclaration && variable.references.every((reference) => reference.init === true || reference.identifier.range[0] >= read.range[0]);
}

/**
 * The type at `read` (`err.code`, `code`) without asking the checker to walk
 * the function's control flow, where that walk cannot change the answer (see
 * `cannotBeNarrowedAt`); `undefined` where it could, or where declarations do
 * not tell.
 */
export function getUnnarrowedType(
  services: ParserServicesWithTypeInformation,
  read: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
): ts.Type | undefined {
  const path = getNamePath(read);
  return path !== undefined && cannotBeNarrowedAt(read, path.root, sourceCode) ? getDeclaredTypeOfPath(services, path) : undefined;
}
