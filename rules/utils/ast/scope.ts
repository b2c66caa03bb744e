import { findVariable as findVariableInScope } from '@eslint-community/eslint-utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

type Definition = TSESLint.Scope.Definition;

/**
 * eslint-utils' `findVariable`, typed for typescript-eslint's scope objects
 * (at run time they are the scope manager's own, whichever parser made them).
 */
export function findVariable(scope: TSESLint.Scope.Scope, nameOrNode: string | TSESTree.Identifier): TSESLint.Scope.Variable | null {
  // By name: given a node, eslint-utils first looks for the innermost scope holding it among every child scope
  // of `scope`, which the callers' `getScope(node)` already is; with many siblings that search made lookups quadratic.
  const name = typeof nameOrNode === 'string' ? nameOrNode : nameOrNode.name;
  return findVariableInScope(scope as Parameters<typeof findVariableInScope>[0], name) as TSESLint.Scope.Variable | null;
}

// The `DefinitionType` enum lives in the scope manager, which is no run-time dependency of the
// plugin; its members are these strings under every parser.

/** A `const`, `let` or `var` declarator's binding. */
export function isVariableDefinition(definition: Definition | undefined): definition is TSESLint.Scope.Definitions.VariableDefinition {
  return (definition?.type as string | undefined) === 'Variable';
}

/** The parameter of a `catch` clause. */
export function isCatchClauseDefinition(definition: Definition | undefined): definition is TSESLint.Scope.Definitions.CatchClauseDefinition {
  return (definition?.type as string | undefined) === 'CatchClause';
}

/** A name an `import` declares. */
export function isImportBindingDefinition(definition: Definition | undefined): definition is TSESLint.Scope.Definitions.ImportBindingDefinition {
  return (definition?.type as string | undefined) === 'ImportBinding';
}

/** A function's parameter. */
export function isParameterDefinition(definition: Definition | undefined): definition is TSESLint.Scope.Definitions.ParameterDefinition {
  return (definition?.type as string | undefined) === 'Parameter';
}

/** A function declaration's name. */
export function isFunctionNameDefinition(definition: Definition | undefined): definition is TSESLint.Scope.Definitions.FunctionNameDefinition {
  return (definition?.type as string | undefined) === 'FunctionName';
}

/** A class declaration's name. */
export function isClassNameDefinition(definition: Definition | undefined): definition is TSESLint.Scope.Definitions.ClassNameDefinition {
  return (definition?.type as string | undefined) === 'ClassName';
}

/** Whether anything assigns `variable` after its declaration (its initialiser aside). */
export function isReassigned(variable: TSESLint.Scope.Variable): boolean {
  return variable.references.some((reference) => reference.isWrite() && reference.init !== true);
}

/** A function or class expression (`const fail = (body: Body) => ...`). */
function isFunctionOrClass(node: TSESTree.Expression | null): boolean {
  return (
    node?.type === AST_NODE_TYPES.ArrowFunctionExpression || node?.type === AST_NODE_TYPES.FunctionExpression || node?.type === AST_NODE_TYPES.ClassExpression
  );
}

/** Whether `identifier` is what a call or `new` calls. */
function isCallee(identifier: TSESTree.Identifier | TSESTree.JSXIdentifier): boolean {
  const { parent } = identifier;
  return (parent.type === AST_NODE_TYPES.CallExpression || parent.type === AST_NODE_TYPES.NewExpression) && parent.callee === identifier;
}

/**
 * A function or class whose type at a call is its declared type. The checker
 * reads a callee's type at the call, and narrows a variable or an import
 * read in a condition (`isLoose(fail) && fail(...)`); it never narrows a
 * function or class declaration. So: such a declaration, or an import or an
 * unannotated `const` set to a function or class that the file only ever
 * calls; never assigned.
 */
export function isFixedFunction(variable: TSESLint.Scope.Variable, definition: Definition): boolean {
  if (isReassigned(variable)) {
    return false;
  }
  if (isFunctionNameDefinition(definition) || isClassNameDefinition(definition)) {
    return true;
  }
  const holdsFunction =
    isImportBindingDefinition(definition) ||
    (isVariableDefinition(definition) && definition.parent.kind === 'const' && definition.node.id.typeAnnotation === undefined && isFunctionOrClass(definition.node.init));
  return holdsFunction && variable.references.every((reference) => reference.init === true || isCallee(reference.identifier));
}
