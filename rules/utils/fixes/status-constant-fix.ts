import { AST_NODE_TYPES, AST_TOKEN_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { RuntimeDependency } from './runtime-dependency.js';
import { findVariable } from '../ast/scope.js';
import { getCached } from '../cached.js';

import { getStaticPropertyName } from '../ast/expression.js';

/** Where a status constant object comes from: `import { <name> } from '<module>'`. */
export interface StatusConstantSource {
  readonly module: string;
  readonly name: string;
}

/** How to replace a raw status with `<object>.<member>` in one place of a file. */
export interface StatusConstantReplacement {
  /**
   * `true` when the change is safe to apply unseen (an ES module where the
   * constant is already imported, or its name is free so an import can be
   * added); `false` when it should only be offered as a suggestion.
   */
  readonly autofix: boolean;
  readonly fix: TSESLint.ReportFixFunction;
  /**
   * Set when the fix adds a run-time import of a module that the app's
   * `package.json` does not keep in production: then it is only a suggestion.
   */
  readonly missingDependency?: RuntimeDependency;
}

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type Statement = TSESTree.ProgramStatement;

/**
 * Plans the replacement of `node` (a raw status) by `<name>.<member>` from
 * `source`. An existing value import that reaches `node` is reused (named,
 * aliased or namespace). Otherwise an import is added, extending an existing
 * value import of the module when there is one.
 *
 * It stays a suggestion when the name is taken where `node` is (the import
 * then gets an alias), and in CommonJS, where it reuses or adds a
 * `require` instead, because adding a `require` runs a module the file did
 * not load before.
 */
export function getStatusConstantReplacement(
  context: Context,
  node: TSESTree.Node,
  source: StatusConstantSource,
  member: string,
  /**
   * Where the app keeps the module, asked only when an import must be added;
   * `undefined` when the user named the module (`constantSource`): it is the
   * project's own, or installed as the user chose.
   */
  getDependency: () => RuntimeDependency | undefined,
): StatusConstantReplacement {
  const { sourceCode } = context;
  const program = sourceCode.ast;
  const scope = sourceCode.getScope(node);
  const commonJs = isCommonJsFile(context);
  const existing = commonJs ? findRequiredConstant(program, scope, source) : findImportedConstant(program, scope, source);
  if (existing !== undefined) {
    return { autofix: !commonJs, fix: (fixer) => fixer.replaceText(node, `${existing}.${member}`) };
  }
  const free = isNameFree(sourceCode, scope, source.name);
  const local = free ? source.name : findFreeAlias(sourceCode, scope, source.name);
  const dependency = getDependency();
  const missingDependency = dependency?.installed === false ? dependency : undefined;
  return {
    autofix: free && !commonJs && missingDependency === undefined,
    ...(missingDependency === undefined ? {} : { missingDependency }),
    fix: (fixer) => [
      fixer.replaceText(node, `${local}.${member}`),
      getCached(addedImports, program, `${String(commonJs)}\n${source.module}\n${source.name}\n${local}`, () =>
        commonJs ? addRequire(fixer, sourceCode, source, local) : addImport(fixer, sourceCode, source, local),
      ),
    ],
  };
}

/**
 * Per file (its AST): the import (or `require`) each fix adds, the same for
 * every status replaced in the file, and worked out again for each report
 * otherwise. A fix is plain data, which ESLint copies before applying.
 */
const addedImports = new WeakMap<TSESTree.Program, Map<string, TSESLint.RuleFix>>();

/** Per file (its AST), since every status replaced in it asks. */
const commonJsFiles = new WeakMap<TSESTree.Program, boolean>();

function isCommonJsFile(context: Context): boolean {
  const program = context.sourceCode.ast;
  let commonJs = commonJsFiles.get(program);
  if (commonJs === undefined) {
    commonJs = detectCommonJs(context, program);
    commonJsFiles.set(program, commonJs);
  }
  return commonJs;
}

function detectCommonJs(context: Context, program: TSESTree.Program): boolean {
  const sourceType: string | undefined = context.languageOptions.sourceType;
  // oxlint calls every file without `import` or `export` a script; in ESLint a script is configured, so it means CommonJS.
  const inferredScript = (context.languageOptions.parser as { name?: unknown } | undefined)?.name === 'oxlint';
  if (sourceType === 'commonjs' || (!inferredScript && (sourceType === 'script' || program.sourceType === 'script'))) {
    return true;
  }
  if (/\.c[jt]s$/i.test(context.filename)) {
    return true;
  }
  if (program.body.some(isModuleSyntax)) {
    return false;
  }
  // A `.js` file without imports or exports that reaches for the CommonJS globals.
  const globalScope = context.sourceCode.scopeManager?.globalScope;
  return globalScope?.through.some(({ identifier }) => ['exports', 'module', 'require'].includes(identifier.name)) ?? false;
}

function isModuleSyntax(statement: Statement): boolean {
  return (
    statement.type === AST_NODE_TYPES.ImportDeclaration ||
    statement.type === AST_NODE_TYPES.ExportAllDeclaration ||
    statement.type === AST_NODE_TYPES.ExportDefaultDeclaration ||
    statement.type === AST_NODE_TYPES.ExportNamedDeclaration
  );
}

/** Whether `name` at `scope` is the variable declared by `declaration` (not shadowed, not another binding). */
function resolvesTo(scope: TSESLint.Scope.Scope, name: string, declaration: TSESTree.Node): boolean {
  return findVariable(scope, name)?.defs.some((def) => def.node === declaration || def.name === declaration) ?? false;
}

/** Per file (its AST) and module: every status replaced in a file looks for the same imports, when planned and when applied. */
const valueImports = new WeakMap<TSESTree.Program, Map<string, readonly TSESTree.ImportDeclaration[]>>();

function valueImportsOf(program: TSESTree.Program, module: string): readonly TSESTree.ImportDeclaration[] {
  return getCached(valueImports, program, module, () =>
    program.body.filter(
      (statement): statement is TSESTree.ImportDeclaration =>
        statement.type === AST_NODE_TYPES.ImportDeclaration && statement.importKind !== 'type' && statement.source.value === module,
    ),
  );
}

function importedName(specifier: TSESTree.ImportSpecifier): string {
  return specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
}

/** `S` for `import { LicenseStatus as S }`, `ns.LicenseStatus` for `import * as ns`, when it reaches `scope`. */
function findImportedConstant(program: TSESTree.Program, scope: TSESLint.Scope.Scope, source: StatusConstantSource): string | undefined {
  const candidates: string[] = [];
  for (const declaration of valueImportsOf(program, source.module)) {
    for (const specifier of declaration.specifiers) {
      const local = specifier.local.name;
      if (!resolvesTo(scope, local, specifier)) {
        continue;
      }
      if (specifier.type === AST_NODE_TYPES.ImportSpecifier && specifier.importKind !== 'type' && importedName(specifier) === source.name) {
        return local;
      }
      if (specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier) {
        candidates.push(`${local}.${source.name}`);
      }
    }
  }
  return candidates[0];
}

/** The module a `require('<module>')` call loads, or `undefined` for anything else. */
function getRequiredModule(node: TSESTree.Node | null): string | undefined {
  if (
    node?.type === AST_NODE_TYPES.CallExpression &&
    node.callee.type === AST_NODE_TYPES.Identifier &&
    node.callee.name === 'require' &&
    node.arguments.length === 1 &&
    node.arguments[0]?.type === AST_NODE_TYPES.Literal &&
    typeof node.arguments[0].value === 'string'
  ) {
    return node.arguments[0].value;
  }
  return undefined;
}

function topLevelRequires(program: TSESTree.Program): TSESTree.VariableDeclaration[] {
  return program.body.filter(
    (statement): statement is TSESTree.VariableDeclaration =>
      statement.type === AST_NODE_TYPES.VariableDeclaration &&
      statement.declarations.some(({ init }) => getRequiredModule(init) !== undefined || (init?.type === AST_NODE_TYPES.MemberExpression && getRequiredModule(init.object) !== undefined)),
  );
}

/**
 * `S` for `const { LicenseStatus: S } = require(...)` or
 * `const S = require(...).LicenseStatus`, `ns.LicenseStatus` for
 * `const ns = require(...)`, when it reaches `scope`.
 */
function findRequiredConstant(program: TSESTree.Program, scope: TSESLint.Scope.Scope, source: StatusConstantSource): string | undefined {
  const candidates: string[] = [];
  for (const declaration of topLevelRequires(program)) {
    for (const { id, init } of declaration.declarations) {
      if (init === null) {
        continue;
      }
      if (getRequiredModule(init) === source.module) {
        if (id.type === AST_NODE_TYPES.Identifier && resolvesTo(scope, id.name, id)) {
          candidates.push(`${id.name}.${source.name}`);
        } else if (id.type === AST_NODE_TYPES.ObjectPattern) {
          for (const property of id.properties) {
            if (
              property.type === AST_NODE_TYPES.Property &&
              getStaticPropertyName(property) === source.name &&
              property.value.type === AST_NODE_TYPES.Identifier &&
              resolvesTo(scope, property.value.name, property.value)
            ) {
              return property.value.name;
            }
          }
        }
      } else if (
        init.type === AST_NODE_TYPES.MemberExpression &&
        getRequiredModule(init.object) === source.module &&
        getStaticPropertyName(init) === source.name &&
        id.type === AST_NODE_TYPES.Identifier &&
        resolvesTo(scope, id.name, id)
      ) {
        return id.name;
      }
    }
  }
  return candidates[0];
}

/**
 * Whether a new module-level binding `name` would be seen at `scope` and
 * change nothing else: nothing declares it on the way up, and no code uses it
 * as a global.
 */
function isNameFree(sourceCode: Readonly<TSESLint.SourceCode>, scope: TSESLint.Scope.Scope, name: string): boolean {
  const variable = findVariable(scope, name);
  if (variable !== null && (variable.defs.length > 0 || variable.references.length > 0)) {
    return false;
  }
  return !getGlobalNames(sourceCode).has(name);
}

/** Per file (its AST): the names its code uses as globals, asked for every status replaced. */
const globalNames = new WeakMap<TSESTree.Program, ReadonlySet<string>>();

function getGlobalNames(sourceCode: Readonly<TSESLint.SourceCode>): ReadonlySet<string> {
  let names = globalNames.get(sourceCode.ast);
  if (names === undefined) {
    names = new Set(sourceCode.scopeManager?.globalScope?.through.map(({ identifier }) => identifier.name));
    globalNames.set(sourceCode.ast, names);
  }
  return names;
}

function findFreeAlias(sourceCode: Readonly<TSESLint.SourceCode>, scope: TSESLint.Scope.Scope, name: string): string {
  for (let index = 1; ; index++) {
    const alias = `${name}Constants${index === 1 ? '' : String(index)}`;
    if (isNameFree(sourceCode, scope, alias)) {
      return alias;
    }
  }
}

/** Follows the file's habit: the quote of its last import or require, and whether statements end with `;`. */
function getStatementStyle(sourceCode: Readonly<TSESLint.SourceCode>, anchor: Statement | undefined): { quote: string; semi: string } {
  if (anchor === undefined) {
    return { quote: "'", semi: ';' };
  }
  const text = sourceCode.getText(anchor);
  const quote = /(["'])[^"']*\1\s*\)?\s*;?\s*$/.exec(text)?.[1] ?? "'";
  return { quote, semi: text.endsWith(';') ? ';' : '' };
}

function addImport(
  fixer: TSESLint.RuleFixer,
  sourceCode: Readonly<TSESLint.SourceCode>,
  source: StatusConstantSource,
  local: string,
): TSESLint.RuleFix {
  const program = sourceCode.ast;
  const specifier = local === source.name ? source.name : `${source.name} as ${local}`;
  const named = valueImportsOf(program, source.module)
    .flatMap(({ specifiers }) => specifiers)
    .filter((candidate) => candidate.type === AST_NODE_TYPES.ImportSpecifier);
  const lastNamed = named.at(-1);
  if (lastNamed !== undefined) {
    return fixer.insertTextAfter(lastNamed, `, ${specifier}`);
  }
  const lastImport = program.body.findLast(
    (statement) => statement.type === AST_NODE_TYPES.ImportDeclaration || statement.type === AST_NODE_TYPES.TSImportEqualsDeclaration,
  );
  const { quote, semi } = getStatementStyle(sourceCode, lastImport);
  const text = `import { ${specifier} } from ${quote}${source.module}${quote}${semi}`;
  return lastImport === undefined ? insertAtTop(fixer, sourceCode, text) : fixer.insertTextAfter(lastImport, `\n${text}`);
}

function addRequire(
  fixer: TSESLint.RuleFixer,
  sourceCode: Readonly<TSESLint.SourceCode>,
  source: StatusConstantSource,
  local: string,
): TSESLint.RuleFix {
  const requires = new Set<Statement>(topLevelRequires(sourceCode.ast));
  // TypeScript's CommonJS files may also hold `import type` and `import x = require()`.
  const anchor = sourceCode.ast.body.findLast(
    (statement) =>
      requires.has(statement) ||
      statement.type === AST_NODE_TYPES.ImportDeclaration ||
      statement.type === AST_NODE_TYPES.TSImportEqualsDeclaration,
  );
  const { quote, semi } = getStatementStyle(sourceCode, anchor);
  const pattern = local === source.name ? source.name : `${source.name}: ${local}`;
  const text = `const { ${pattern} } = require(${quote}${source.module}${quote})${semi}`;
  return anchor === undefined ? insertAtTop(fixer, sourceCode, text) : fixer.insertTextAfter(anchor, `\n${text}`);
}

/**
 * The first line of code: after a shebang, header comments and directives
 * such as `'use strict'`, but before a JSDoc block that documents the first
 * statement.
 */
function insertAtTop(fixer: TSESLint.RuleFixer, sourceCode: Readonly<TSESLint.SourceCode>, text: string): TSESLint.RuleFix {
  const { body } = sourceCode.ast;
  const lastDirective = body.filter((statement, index) => isDirective(statement) && body.slice(0, index).every(isDirective)).at(-1);
  if (lastDirective !== undefined) {
    return fixer.insertTextAfter(lastDirective, `\n${text}`);
  }
  const first = body[0];
  if (first === undefined) {
    return fixer.insertTextAfterRange([0, 0], `${text}\n`);
  }
  let target: TSESTree.Node | TSESTree.Comment = first;
  const comments = sourceCode.getCommentsBefore(first);
  for (let index = comments.length - 1; index >= 0; index--) {
    const comment = comments[index];
    if (comment?.type !== AST_TOKEN_TYPES.Block || !comment.value.startsWith('*') || comment.loc.end.line < target.loc.start.line - 1) {
      break;
    }
    target = comment;
  }
  return fixer.insertTextBeforeRange(target.range, `${text}\n`);
}

function isDirective(statement: Statement): boolean {
  return statement.type === AST_NODE_TYPES.ExpressionStatement && typeof statement.directive === 'string';
}
