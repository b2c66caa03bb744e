import path from 'node:path';

import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { ParserServicesWithTypeInformation, TSESLint, TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';

import { findVariable, isImportBindingDefinition, isParameterDefinition, isVariableDefinition } from '../utils/ast/scope.js';

/**
 * The types of names imported from relative modules, by program and by how a
 * file names them: its folder, the module specifier, the exported name, and
 * whether the name is read as a value (`LicenseStatus.CONFLICT`) or written
 * as a type (`err: LicenseApiError`). Every file of a folder that imports
 * `LicenseApiError` from `'../shared/errors.js'` means the same type, yet
 * the checker resolves each file's imports on their own, the first time
 * anything in the file is asked about: that was most of what the rules spent
 * in the checker. A relative specifier resolves alike from one folder,
 * whatever the file; package names are left out, since the conditions of a
 * package's `exports` vary with the importing file's module format.
 */
const importedTypes = new WeakMap<ts.Program, Map<string, ts.Type>>();

type Kind = 'type' | 'value';

/** The key of a name imported by `definition`, when it is a named import from a relative module. */
function getImportKey(filename: string, definition: TSESLint.Scope.Definition | undefined, kind: Kind): string | undefined {
  if (!isImportBindingDefinition(definition) || definition.node.type !== AST_NODE_TYPES.ImportSpecifier || definition.parent.type !== AST_NODE_TYPES.ImportDeclaration) {
    return undefined;
  }
  const module = definition.parent.source.value;
  if (!module.startsWith('./') && !module.startsWith('../')) {
    return undefined;
  }
  const { imported } = definition.node;
  const name = imported.type === AST_NODE_TYPES.Identifier ? imported.name : imported.value;
  return `${path.dirname(filename)}\n${module}\n${name}\n${kind}`;
}

/**
 * The one definition of `name` where `node` is, when it imports the name
 * (`import { LicenseApiError } from '../errors.js'`).
 */
function getImportDefinition(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node, name: string): TSESLint.Scope.Definition | undefined {
  const variable = findVariable(sourceCode.getScope(node), name);
  return variable?.defs.length === 1 ? variable.defs[0] : undefined;
}

/**
 * The type name a declaration is written with, when that name alone is its
 * type: `err: LicenseApiError` as a parameter without default or `?`, or a
 * variable declared so. Type arguments, unions and the like are left to the
 * checker.
 */
function getBareTypeName(definition: TSESLint.Scope.Definition): TSESTree.Identifier | undefined {
  const { name } = definition;
  if (name.type !== AST_NODE_TYPES.Identifier) {
    return undefined;
  }
  const isPlainParameter = isParameterDefinition(definition) && name.parent.type !== AST_NODE_TYPES.AssignmentPattern && !name.optional;
  if (!isPlainParameter && !(isVariableDefinition(definition) && definition.node.id === name)) {
    return undefined;
  }
  const annotation = name.typeAnnotation?.typeAnnotation;
  return annotation?.type === AST_NODE_TYPES.TSTypeReference && annotation.typeArguments === undefined && annotation.typeName.type === AST_NODE_TYPES.Identifier
    ? annotation.typeName
    : undefined;
}

/**
 * The type `definition` declares its name with, taken from what another file
 * of the same folder already asked when the declaration only names a type or
 * a value imported from a relative module; `resolve` asks the checker
 * otherwise, and the answer is kept for the next file.
 */
export function getSharedDeclaredType(
  services: ParserServicesWithTypeInformation,
  sourceCode: Readonly<TSESLint.SourceCode>,
  definition: TSESLint.Scope.Definition,
  resolve: () => ts.Type | undefined,
): ts.Type | undefined {
  const { fileName: filename } = services.esTreeNodeToTSNodeMap.get(sourceCode.ast);
  const typeName = getBareTypeName(definition);
  const key =
    typeName === undefined
      ? getImportKey(filename, definition, 'value')
      : getImportKey(filename, getImportDefinition(sourceCode, typeName, typeName.name), 'type');
  if (key === undefined) {
    return resolve();
  }
  const types = importedTypes.get(services.program) ?? new Map<string, ts.Type>();
  importedTypes.set(services.program, types);
  let type = types.get(key);
  if (type === undefined) {
    type = resolve();
    if (type !== undefined) {
      types.set(key, type);
    }
  }
  return type;
}
