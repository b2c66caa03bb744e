import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { ParserServicesWithTypeInformation, TSESLint, TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';

import { catalogCodes } from '../utils/catalog/catalog.js';
import { getStaticPropertyName, typeWrapperTypes, unwrapExpression } from '../utils/ast/expression.js';
import { getFieldRead } from '../utils/ast/field-read.js';
import { findVariable } from '../utils/ast/scope.js';
import { getSharedTypeOfTypeNode } from '../evidence/imported-type.js';
import { loadTypeScript } from '../evidence/typescript.js';
import { getCached } from '../utils/cached.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** A `const` bound to an object literal whose keys may be error codes. */
export interface CodeMap {
  readonly declarator: TSESTree.VariableDeclarator;
  readonly id: TSESTree.Identifier;
  readonly object: TSESTree.ObjectExpression;
  /** Whether a spread or a computed key hides some of the literal's keys. */
  readonly hidesKeys: boolean;
  /** How many keys are catalog codes. */
  readonly catalogKeys: number;
  /** The type the table is declared with: `const t: T = ...` or `... satisfies T`. */
  readonly declaredType: TSESTree.TypeNode | undefined;
}

/** The object literal a `const` is initialised with, through `as const`, `satisfies` and other assertions, with the `satisfies` type. */
function getInitialiser(init: TSESTree.Expression): { object: TSESTree.ObjectExpression; satisfiesType: TSESTree.TypeNode | undefined } | undefined {
  let current: TSESTree.Node = init;
  let satisfiesType: TSESTree.TypeNode | undefined;
  while (typeWrapperTypes.has(current.type)) {
    const wrapper = current as TSESTree.TSAsExpression | TSESTree.TSNonNullExpression | TSESTree.TSSatisfiesExpression | TSESTree.TSTypeAssertion;
    if (wrapper.type === AST_NODE_TYPES.TSSatisfiesExpression) {
      satisfiesType ??= wrapper.typeAnnotation;
    }
    current = wrapper.expression;
  }
  return current.type === AST_NODE_TYPES.ObjectExpression ? { object: current, satisfiesType } : undefined;
}

/**
 * The table a declarator binds, when it may be a lookup table by code:
 * a `const` bound to an object literal. Cheap: no scope, no types.
 */
export function getCodeMap(declarator: TSESTree.VariableDeclarator): CodeMap | undefined {
  const { id, init, parent } = declarator;
  if (id.type !== AST_NODE_TYPES.Identifier || init === null || parent.kind !== 'const') {
    return undefined;
  }
  const initialiser = getInitialiser(init);
  if (initialiser === undefined) {
    return undefined;
  }
  let hidesKeys = false;
  let catalogKeys = 0;
  for (const property of initialiser.object.properties) {
    const name = property.type === AST_NODE_TYPES.Property ? getStaticPropertyName(property) : undefined;
    if (name === undefined) {
      hidesKeys = true;
    } else if (catalogCodes.has(name)) {
      catalogKeys += 1;
    }
  }
  return { declarator, id, object: initialiser.object, hidesKeys, catalogKeys, declaredType: id.typeAnnotation?.typeAnnotation ?? initialiser.satisfiesType };
}

/** The keys a table's literal names; `undefined` when a spread or a computed key hides some. Built only for the few tables checked. */
export function getWrittenKeys(map: CodeMap): ReadonlySet<string> | undefined {
  if (map.hidesKeys) {
    return undefined;
  }
  const keys = new Set<string>();
  for (const property of map.object.properties) {
    const name = property.type === AST_NODE_TYPES.Property ? getStaticPropertyName(property) : undefined;
    if (name !== undefined) {
      keys.add(name);
    }
  }
  return keys;
}

/**
 * How the file reads a table: its lookups by a computed key
 * (`messages[err.code]`), whether it writes to it, and every identifier
 * that refers to it (to tell it from another variable of the same name).
 */
export function getLookups(
  map: CodeMap,
  sourceCode: SourceCode,
): { lookups: TSESTree.MemberExpression[]; written: boolean; references: ReadonlySet<TSESTree.Node> } {
  const lookups: TSESTree.MemberExpression[] = [];
  const references = new Set<TSESTree.Node>();
  let written = false;
  for (const variable of sourceCode.getDeclaredVariables(map.declarator)) {
    for (const { identifier } of variable.references) {
      references.add(identifier);
      let node: TSESTree.Node = identifier;
      while (node.parent !== undefined && typeWrapperTypes.has(node.parent.type)) {
        node = node.parent;
      }
      const member = node.parent;
      if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== node) {
        continue;
      }
      const { parent } = member;
      if (
        (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.left === member) ||
        parent.type === AST_NODE_TYPES.UpdateExpression ||
        (parent.type === AST_NODE_TYPES.UnaryExpression && parent.operator === 'delete')
      ) {
        written = true;
      } else if (member.computed && getStaticPropertyName(member) === undefined) {
        lookups.push(member);
      }
    }
  }
  return { lookups, written, references };
}

/**
 * A key read that names a code: `err.code`, `code`, `errorCode`,
 * `error_code`, also through `String(...)`, case changes and `const` locals
 * (`const c = err.code`).
 */
export function isCodeNamedKey(key: TSESTree.Node, sourceCode: SourceCode): boolean {
  const field = getFieldRead(key, sourceCode)?.field;
  return field !== undefined && /(?:^|_)code$|Code$/u.test(field);
}

/** The key a lookup is made with, before an `as keyof typeof table` cast hides its type. */
export function getKeyExpression(lookup: TSESTree.MemberExpression): TSESTree.Expression {
  return unwrapExpression(lookup.property) as TSESTree.Expression;
}

/**
 * The keys of a declared table type, when every one is a known code and
 * optional (`Partial<Record<LicenseErrorCode, T>>`,
 * `{ [C in LicenseErrorCode]?: T }`): the declaration says the table is by
 * code and lets codes be left out. `undefined` for any other type, including
 * a complete `Record<LicenseErrorCode, T>`, which TypeScript checks itself.
 */
export function getPartialCodeKeys(
  services: ParserServicesWithTypeInformation,
  typeNode: TSESTree.TypeNode,
  knownCodes: ReadonlySet<string>,
  sourceCode: SourceCode,
): readonly string[] | undefined {
  if (isStandardRecord(typeNode, sourceCode)) {
    return undefined;
  }
  const checker = services.program.getTypeChecker();
  const type = getSharedTypeOfTypeNode(services, sourceCode, typeNode);
  return getCached(partialCodeKeys, type, knownCodes, () => {
    if (checker.getIndexInfosOfType(type).length > 0) {
      return undefined;
    }
    const { SymbolFlags } = loadTypeScript();
    const properties = checker.getPropertiesOfType(type);
    const keys = properties.map((property) => property.getName());
    const isPartialCodeMap =
      keys.length >= 2 && keys.every((key) => knownCodes.has(key)) && properties.every((property) => (property.flags & SymbolFlags.Optional) !== 0);
    return isPartialCodeMap ? keys : undefined;
  });
}

/** The answers of `getPartialCodeKeys` by table type and known codes: tables of one folder share their declared type. */
const partialCodeKeys = new WeakMap<ts.Type, Map<ReadonlySet<string>, readonly string[] | undefined>>();

/** `name<...>` naming the standard library's type: no declaration in the file takes the name. */
function isStandardReference(node: TSESTree.TypeNode | undefined, name: string, sourceCode: SourceCode): node is TSESTree.TSTypeReference {
  return (
    node?.type === AST_NODE_TYPES.TSTypeReference &&
    node.typeName.type === AST_NODE_TYPES.Identifier &&
    node.typeName.name === name &&
    node.typeArguments !== undefined &&
    (findVariable(sourceCode.getScope(node), name)?.defs.length ?? 0) === 0
  );
}

/**
 * `Record<K, T>` or `Readonly<Record<K, T>>`, the most common table types:
 * every key is required, so no partial table, and the checker need not build
 * the mapped type to tell.
 */
function isStandardRecord(typeNode: TSESTree.TypeNode, sourceCode: SourceCode): boolean {
  const inner = isStandardReference(typeNode, 'Readonly', sourceCode) ? typeNode.typeArguments?.params[0] : typeNode;
  return isStandardReference(inner, 'Record', sourceCode);
}

/** The keys of the literal as its type tells them, through spreads and constant computed keys. */
export function getTypedLiteralKeys(services: ParserServicesWithTypeInformation, object: TSESTree.ObjectExpression): Set<string> {
  return new Set(
    services
      .getTypeAtLocation(object)
      .getProperties()
      .map((property) => property.getName()),
  );
}

/**
 * The `requireEveryCode` fix, for the two declarations it can complete
 * without guessing: `Partial<Record<K, T>>` becomes `Record<K, T>`, and the
 * `?` of `{ [C in K]?: T }` goes.
 */
export function createRequireEveryCodeFix(sourceCode: SourceCode, typeNode: TSESTree.TypeNode): TSESLint.ReportFixFunction | undefined {
  if (typeNode.type === AST_NODE_TYPES.TSTypeReference) {
    const [inner] = typeNode.typeArguments?.params ?? [];
    const isPartialRecord =
      typeNode.typeName.type === AST_NODE_TYPES.Identifier &&
      typeNode.typeName.name === 'Partial' &&
      typeNode.typeArguments?.params.length === 1 &&
      inner?.type === AST_NODE_TYPES.TSTypeReference &&
      inner.typeName.type === AST_NODE_TYPES.Identifier &&
      inner.typeName.name === 'Record';
    return isPartialRecord ? (fixer) => fixer.replaceText(typeNode, sourceCode.getText(inner)) : undefined;
  }
  if (typeNode.type === AST_NODE_TYPES.TSMappedType && typeNode.optional === true) {
    const closingBracket = sourceCode.getTokenAfter(typeNode.nameType ?? typeNode.constraint);
    const question = closingBracket === null ? null : sourceCode.getTokenAfter(closingBracket);
    return question?.value === '?' ? (fixer) => fixer.remove(question) : undefined;
  }
  return undefined;
}
