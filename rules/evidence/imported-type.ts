import path from 'node:path';

import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { ParserServicesWithTypeInformation, TSESLint, TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';

import { findVariable, isFixedFunction, isImportBindingDefinition, isParameterDefinition, isVariableDefinition } from '../utils/ast/scope.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * Types that files of one folder write alike, by program: a value imported
 * by name (`LicenseStatus` from `'../shared/errors.js'`), or a type written
 * only with names imported so and the standard library's
 * (`LicenseApiError`, `Partial<Record<LicenseErrorCode, string>>`). Every
 * file of the folder means the same type by them, yet the checker resolves
 * each file's imports on their own, the first time anything in the file is
 * asked about: that was most of what the rules spent in the checker. A
 * specifier resolves alike from files of one folder with one extension:
 * they share the nearest package.json, and so the module format that
 * decides which conditions of a package's `exports` apply.
 */
const sharedTypes = new WeakMap<ts.Program, Map<string, ts.Type>>();

/** `'../errors.js#LicenseApiError'` for a name `definition` imports by name. */
function describeImport(definition: TSESLint.Scope.Definition | undefined): string | undefined {
  if (!isImportBindingDefinition(definition) || definition.node.type !== AST_NODE_TYPES.ImportSpecifier || definition.parent.type !== AST_NODE_TYPES.ImportDeclaration) {
    return undefined;
  }
  const { imported } = definition.node;
  return `${definition.parent.source.value}#${imported.type === AST_NODE_TYPES.Identifier ? imported.name : imported.value}`;
}

/** What `name` stands for where `node` is: the standard library's (or an ambient) type, or a named import. */
function describeTypeName(sourceCode: SourceCode, node: TSESTree.Node, name: string): string | undefined {
  const variable = findVariable(sourceCode.getScope(node), name);
  if (variable === null || variable.defs.length === 0) {
    return name;
  }
  return variable.defs.length === 1 ? describeImport(variable.defs[0]) : undefined;
}

const keywordTypes: ReadonlySet<AST_NODE_TYPES> = new Set([
  AST_NODE_TYPES.TSAnyKeyword,
  AST_NODE_TYPES.TSBooleanKeyword,
  AST_NODE_TYPES.TSNeverKeyword,
  AST_NODE_TYPES.TSNullKeyword,
  AST_NODE_TYPES.TSNumberKeyword,
  AST_NODE_TYPES.TSStringKeyword,
  AST_NODE_TYPES.TSUndefinedKeyword,
  AST_NODE_TYPES.TSUnknownKeyword,
  AST_NODE_TYPES.TSLiteralType,
]);

/**
 * Adds to `names` what the names in `typeNode` stand for, in order; `false`
 * unless the type is made of references, unions, arrays, literals and
 * keywords over names `describeTypeName` knows (not a local type, an object
 * type, a `typeof`...).
 */
function describeTypeNames(sourceCode: SourceCode, typeNode: TSESTree.TypeNode, names: string[]): boolean {
  switch (typeNode.type) {
    case AST_NODE_TYPES.TSTypeReference: {
      const name = typeNode.typeName.type === AST_NODE_TYPES.Identifier ? describeTypeName(sourceCode, typeNode, typeNode.typeName.name) : undefined;
      if (name === undefined) {
        return false;
      }
      names.push(name);
      return (typeNode.typeArguments?.params ?? []).every((argument) => describeTypeNames(sourceCode, argument, names));
    }
    case AST_NODE_TYPES.TSUnionType:
    case AST_NODE_TYPES.TSIntersectionType:
      return typeNode.types.every((member) => describeTypeNames(sourceCode, member, names));
    case AST_NODE_TYPES.TSArrayType:
      return describeTypeNames(sourceCode, typeNode.elementType, names);
    case AST_NODE_TYPES.TSTypeOperator:
      return typeNode.typeAnnotation !== undefined && describeTypeNames(sourceCode, typeNode.typeAnnotation, names);
    default:
      return keywordTypes.has(typeNode.type);
  }
}

const folders = new WeakMap<SourceCode, string>();

/** The file's folder and extension: what the resolution of its imports depends on, within one program. */
function getFolder(services: ParserServicesWithTypeInformation, sourceCode: SourceCode): string {
  let folder = folders.get(sourceCode);
  if (folder === undefined) {
    const { fileName } = services.esTreeNodeToTSNodeMap.get(sourceCode.ast);
    folder = `${path.dirname(fileName)}\n${path.extname(fileName)}`;
    folders.set(sourceCode, folder);
  }
  return folder;
}

/** The key of the type `typeNode` writes, alike in every file of its folder that writes it so. */
function getTypeNodeKey(services: ParserServicesWithTypeInformation, sourceCode: SourceCode, typeNode: TSESTree.TypeNode): string | undefined {
  const names: string[] = [];
  return describeTypeNames(sourceCode, typeNode, names) ? `${getFolder(services, sourceCode)}\ntype ${sourceCode.getText(typeNode)}\n${names.join('\n')}` : undefined;
}

/** The type `key` stands for in the program: kept from an earlier file, or asked with `resolve` and kept. */
function getShared<Type extends ts.Type | undefined>(services: ParserServicesWithTypeInformation, key: string | undefined, resolve: () => Type): Type {
  if (key === undefined) {
    return resolve();
  }
  const types = sharedTypes.get(services.program) ?? new Map<string, ts.Type>();
  sharedTypes.set(services.program, types);
  let type = types.get(key) as Type | undefined;
  if (type === undefined) {
    type = resolve();
    if (type !== undefined) {
      types.set(key, type);
    }
  }
  return type;
}

/** The type annotation that alone gives `definition`'s name its type: a parameter without default or `?`, or a declared variable. */
function getDeclaringAnnotation(definition: TSESLint.Scope.Definition): TSESTree.TypeNode | undefined {
  const { name } = definition;
  if (name.type !== AST_NODE_TYPES.Identifier) {
    return undefined;
  }
  const isPlainParameter = isParameterDefinition(definition) && name.parent.type !== AST_NODE_TYPES.AssignmentPattern && !name.optional;
  return isPlainParameter || (isVariableDefinition(definition) && definition.node.id === name) ? name.typeAnnotation?.typeAnnotation : undefined;
}

/** The type the checker gives the symbol `name` declares or refers to (an import's target). */
export function getTypeOfName(services: ParserServicesWithTypeInformation, name: TSESTree.Node): ts.Type | undefined {
  const checker = services.program.getTypeChecker();
  const symbol = checker.getSymbolAtLocation(services.esTreeNodeToTSNodeMap.get(name));
  return symbol === undefined ? undefined : checker.getTypeOfSymbol(symbol);
}

/**
 * The type `definition` declares its name with, as another file of the same
 * folder already had it answered, when the declaration is an import by name
 * or writes only imported and standard names (see `sharedTypes`); the
 * checker answers otherwise (from the declaration: from a read it would
 * resolve the name again through every enclosing node), and the answer is
 * kept for the next file.
 */
export function getTypeOfDefinition(
  services: ParserServicesWithTypeInformation,
  sourceCode: SourceCode,
  definition: TSESLint.Scope.Definition,
): ts.Type | undefined {
  // A parameter is asked about once per read of it: its key is worked out once.
  let key = definitionKeys.get(definition.name);
  if (key === undefined) {
    const annotation = getDeclaringAnnotation(definition);
    const value = annotation === undefined ? describeImport(definition) : undefined;
    key =
      (annotation === undefined ? undefined : getTypeNodeKey(services, sourceCode, annotation)) ??
      (value === undefined ? null : `${getFolder(services, sourceCode)}\nvalue ${value}`);
    definitionKeys.set(definition.name, key);
  }
  return getShared(services, key ?? undefined, () => getTypeOfName(services, definition.name));
}

/**
 * The type a called name has at each of its calls: its declared type, where
 * nothing can narrow it (see `isFixedFunction`) and it is no union (a union
 * of functions, once narrowed by its initialiser, a JSDoc type in
 * JavaScript, is called by one member's signatures); `undefined` otherwise.
 */
export function getTypeOfFixedCallee(services: ParserServicesWithTypeInformation, sourceCode: SourceCode, callee: TSESTree.Identifier): ts.Type | undefined {
  const variable = findVariable(sourceCode.getScope(callee), callee);
  const [definition, ...others] = variable?.defs ?? [];
  if (variable === null || definition === undefined || others.length > 0 || !isFixedFunction(variable, definition)) {
    return undefined;
  }
  const type = getTypeOfDefinition(services, sourceCode, definition);
  return type === undefined || type.isUnion() ? undefined : type;
}

/** The key of each declaration asked about, `null` where none can be shared. */
const definitionKeys = new WeakMap<TSESTree.Node, string | null>();

/** The type `typeNode` writes, shared as `getTypeOfDefinition` shares it. */
export function getSharedTypeOfTypeNode(services: ParserServicesWithTypeInformation, sourceCode: SourceCode, typeNode: TSESTree.TypeNode): ts.Type {
  const resolve = (): ts.Type => services.program.getTypeChecker().getTypeFromTypeNode(services.esTreeNodeToTSNodeMap.get(typeNode) as ts.TypeNode);
  return getShared(services, getTypeNodeKey(services, sourceCode, typeNode), resolve);
}
