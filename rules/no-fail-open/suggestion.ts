import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { findVariable } from '../utils/ast/scope.js';
import { typesModule } from './transport-helpers.js';

const helperName = 'isTransportFailure';

/** Where a new import or `require` goes: after the directives (`'use strict'`) and the imports already there. */
function getInsertionPoint(program: TSESTree.Program): { node: TSESTree.Node; after: boolean } | undefined {
  let last: TSESTree.Node | undefined;
  for (const statement of program.body) {
    const isDirective = statement.type === AST_NODE_TYPES.ExpressionStatement && statement.directive !== undefined;
    if (!isDirective && statement.type !== AST_NODE_TYPES.ImportDeclaration) {
      break;
    }
    last = statement;
  }
  if (last !== undefined) {
    return { node: last, after: true };
  }
  const first = program.body[0];
  return first === undefined ? undefined : { node: first, after: false };
}

/**
 * The fixes that make a granting `return` in a `catch` clause grant only on
 * a transport failure and rethrow otherwise:
 *
 *   return cachedLicense;
 * becomes
 *   if (isTransportFailure(error)) return cachedLicense;
 *   throw error;
 *
 * with `isTransportFailure` imported (or required, in CommonJS) from
 * `eslint-plugin-licensespring/types` when the file does not have it yet.
 * `undefined` where that is not safe: a `return` that is not a statement of
 * a block, a handler whose failure has no plain name, or a file where the
 * name is taken by something else.
 */
export function getTransportGuardFixes(
  statement: TSESTree.ReturnStatement,
  errorName: string | undefined,
  importedName: string | undefined,
  sourceCode: Readonly<TSESLint.SourceCode>,
): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[]) | undefined {
  if (errorName === undefined || statement.parent.type !== AST_NODE_TYPES.BlockStatement) {
    return undefined;
  }
  const name = importedName ?? helperName;
  const insertion = importedName === undefined ? getInsertionPoint(sourceCode.ast) : undefined;
  if (importedName === undefined && (insertion === undefined || findVariable(sourceCode.getScope(statement), helperName) !== null)) {
    return undefined;
  }
  const indent = ' '.repeat(statement.loc.start.column);
  const guarded = `if (${name}(${errorName})) ${sourceCode.getText(statement)}\n${indent}throw ${errorName};`;
  const isModule = sourceCode.ast.sourceType === 'module';
  const declaration = isModule
    ? `import { ${helperName} } from '${typesModule}';`
    : `const { ${helperName} } = require('${typesModule}');`;
  return (fixer) => {
    const fixes = [fixer.replaceText(statement, guarded)];
    if (insertion !== undefined) {
      fixes.push(insertion.after ? fixer.insertTextAfter(insertion.node, `\n${declaration}`) : fixer.insertTextBefore(insertion.node, `${declaration}\n`));
    }
    return fixes;
  };
}
