import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { ParserServicesWithTypeInformation, TSESLint, TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';

import { getStaticPropertyName } from '../utils/ast/expression.js';
import { getPropertyPathType } from './declared-type.js';
import { getTypeOfFixedCallee } from './imported-type.js';
import { loadTypeScript } from './typescript.js';

/** The function named by the call `object` is passed to as is (not spread, and no spread before it), and its position; `undefined` otherwise. */
function getArgumentPosition(object: TSESTree.ObjectExpression): { readonly callee: TSESTree.Identifier; readonly isNew: boolean; readonly index: number } | undefined {
  const call = object.parent;
  if ((call.type !== AST_NODE_TYPES.CallExpression && call.type !== AST_NODE_TYPES.NewExpression) || call.callee.type !== AST_NODE_TYPES.Identifier) {
    return undefined;
  }
  const index = call.arguments.indexOf(object);
  return index >= 0 && call.arguments.slice(0, index).every(({ type }) => type !== AST_NODE_TYPES.SpreadElement)
    ? { callee: call.callee, isNew: call.type === AST_NODE_TYPES.NewExpression, index }
    : undefined;
}

/** Whether `parameter` is declared as one parameter: not a rest parameter, whose type is that of all the arguments from there on. */
function isSingleParameter(parameter: ts.Symbol | undefined): parameter is ts.Symbol {
  const declaration = parameter?.valueDeclaration;
  return declaration !== undefined && loadTypeScript().isParameter(declaration) && declaration.dotDotDotToken === undefined;
}

/**
 * The type the declaration of the function called gives a property of an
 * object literal passed to it: for `400` in
 * `new LicenseRequestError({ status: 400, code, message })`, the `status` of
 * the constructor's parameter type. The checker's expected type at the
 * literal first resolves the call, checking each argument against its
 * parameter (a union of every error body, say); the declaration answers
 * without that where the call can only mean that one signature: in a
 * TypeScript file (JavaScript's JSDoc casts and property types change what
 * is expected), the callee's type is not a union, has one signature, not
 * generic, and cannot be narrowed (see `getTypeOfFixedCallee`), and the object is
 * the argument itself, at the position of a parameter that is no rest
 * parameter. In code that type-checks, the checker's answer is then this
 * type or, for a union of bodies, the members the object's other properties
 * select, and it holds the literal: a union of statuses either way.
 * `undefined` for any other shape, a literal wrapped in anything
 * (`400 as const`), or a parameter type without that property in every
 * member.
 */
export function getDeclaredArgumentPropertyType(
  services: ParserServicesWithTypeInformation,
  value: TSESTree.Expression,
  sourceCode: Readonly<TSESLint.SourceCode>,
): ts.Type | undefined {
  const property = value.parent;
  if (property.type !== AST_NODE_TYPES.Property || property.value !== value || property.kind !== 'init' || property.parent.type !== AST_NODE_TYPES.ObjectExpression) {
    return undefined;
  }
  const name = getStaticPropertyName(property);
  const position = getArgumentPosition(property.parent);
  if (name === undefined || position === undefined) {
    return undefined;
  }
  const { callee } = position;
  if ((services.esTreeNodeToTSNodeMap.get(callee).flags & loadTypeScript().NodeFlags.JavaScriptFile) !== 0) {
    return undefined;
  }
  const type = getTypeOfFixedCallee(services, sourceCode, callee);
  if (type === undefined) {
    return undefined;
  }
  const [signature, ...overloads] = position.isNew ? type.getConstructSignatures() : type.getCallSignatures();
  const parameter = signature?.getParameters()[position.index];
  if (signature === undefined || overloads.length > 0 || (signature.getTypeParameters()?.length ?? 0) > 0 || !isSingleParameter(parameter)) {
    return undefined;
  }
  const checker = services.program.getTypeChecker();
  return getPropertyPathType(checker, checker.getTypeOfSymbol(parameter), [name], true);
}
