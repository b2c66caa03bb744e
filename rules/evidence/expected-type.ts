import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { ParserServicesWithTypeInformation, TSESLint, TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';

import { getStaticPropertyName } from '../utils/ast/expression.js';
import { findVariable, isFixedFunction } from '../utils/ast/scope.js';
import { getPropertyPathType } from './declared-type.js';
import { getTypeOfDefinition } from './imported-type.js';

/** The call `object` is passed to as is (not spread, and no spread before it), and its position; `undefined` otherwise. */
function getArgumentPosition(object: TSESTree.ObjectExpression): { readonly call: TSESTree.CallExpression | TSESTree.NewExpression; readonly index: number } | undefined {
  const call = object.parent;
  if (call.type !== AST_NODE_TYPES.CallExpression && call.type !== AST_NODE_TYPES.NewExpression) {
    return undefined;
  }
  const index = call.arguments.indexOf(object);
  return index >= 0 && call.arguments.slice(0, index).every(({ type }) => type !== AST_NODE_TYPES.SpreadElement) ? { call, index } : undefined;
}

/**
 * The type the declaration of the function called gives a property of an
 * object literal passed to it: for `400` in
 * `new LicenseRequestError({ status: 400, code, message })`, the `status` of
 * the constructor's parameter type. The checker's expected type at the
 * literal first resolves the call, checking each argument against its
 * parameter (a union of every error body, say); the declaration answers
 * without that where the call can resolve only to one signature: the callee
 * is a name of a function or class declared once and never assigned (or
 * imported), with one signature, not generic. The checker's answer is then
 * this type or, for a union of bodies, the members the object's other
 * properties select: it holds no value this one does not. `undefined` for
 * any other shape, a literal wrapped in anything (`400 as const`), or a
 * parameter type without that property in every member.
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
  const callee = position?.call.callee;
  if (name === undefined || position === undefined || callee?.type !== AST_NODE_TYPES.Identifier) {
    return undefined;
  }
  const variable = findVariable(sourceCode.getScope(callee), callee);
  const [definition, ...others] = variable?.defs ?? [];
  if (variable === null || definition === undefined || others.length > 0 || !isFixedFunction(variable, definition)) {
    return undefined;
  }
  const type = getTypeOfDefinition(services, sourceCode, definition);
  const signatures = position.call.type === AST_NODE_TYPES.NewExpression ? type?.getConstructSignatures() : type?.getCallSignatures();
  const [signature, ...overloads] = signatures ?? [];
  const parameter = signature?.getParameters()[position.index];
  if (signature === undefined || overloads.length > 0 || (signature.getTypeParameters()?.length ?? 0) > 0 || parameter === undefined) {
    return undefined;
  }
  const checker = services.program.getTypeChecker();
  return getPropertyPathType(checker, checker.getTypeOfSymbol(parameter), [name], true);
}
