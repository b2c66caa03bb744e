/**
 * The examples of docs/rules/*.md and README.md are code, so they are run,
 * as typescript-eslint runs its rule docs:
 *
 * - every fenced block parses as the language of its fence (TypeScript also
 *   as a module once its types are stripped, which catches a top-level
 *   `return`); shell, YAML and text blocks are not code to run;
 * - in a rule's page, a block marked `incorrect` (see ./code-blocks.ts) gets
 *   at least one report of that rule and a block marked `correct` none,
 *   linted with the configuration its "Examples of ..." sentence names
 *   (`recommended` unless it names options or the `strict` config);
 * - in the README, a block marked `incorrect` gets exactly the reports its
 *   comments promise on their lines (`// no-magic-status: ...`, or
 *   `// exhaustive-error-codes (strict): ...` for one that only `strict`
 *   reports), and a block marked `correct` (the code the README recommends)
 *   gets no report from any rule under either config.
 *
 * TypeScript blocks are linted with types, as the typed fixture project's
 * `file.ts` (where `eslint-plugin-licensespring/types` resolves to types/);
 * JavaScript blocks without, through espree, as in a plain JavaScript project.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import tsParser from '@typescript-eslint/parser';
import { AST_NODE_TYPES, type TSESTree, parse as parseEstree } from '@typescript-eslint/typescript-estree';
import { Linter } from 'eslint';
import * as espree from 'espree';
import ts from 'typescript';

import plugin from '../../index.js';
import { typedFixtureDir } from '../rule-tester.js';
import { type CodeBlock, type ExampleKind, readCodeBlocks } from './code-blocks.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ruleNames = Object.keys(plugin.rules);
const rulePages = readdirSync(path.join(root, 'docs/rules'))
  .filter((file) => file.endsWith('.md'))
  .sort()
  .map((file) => `docs/rules/${file}`);

type Language = 'javascript' | 'commonjs' | 'typescript' | 'tsx' | 'json' | 'jsonc';

const languages: Readonly<Record<string, Language | 'not code'>> = {
  js: 'javascript',
  javascript: 'javascript',
  mjs: 'javascript',
  cjs: 'commonjs',
  ts: 'typescript',
  typescript: 'typescript',
  tsx: 'tsx',
  json: 'json',
  jsonc: 'jsonc',
  sh: 'not code',
  bash: 'not code',
  yaml: 'not code',
  yml: 'not code',
  text: 'not code',
};

// ---------------------------------------------------------------------------
// Parsing

function parseJavaScript(code: string, sourceType: 'module' | 'commonjs'): void {
  espree.parse(code, { ecmaVersion: 'latest', sourceType });
}

/** What ESLint's TypeScript parser accepts, and what is left once types are stripped, as a module. */
function parseTypeScript(code: string, jsx: boolean): void {
  tsParser.parse(code, { ecmaVersion: 'latest', sourceType: 'module', ecmaFeatures: { jsx } });
  const { outputText } = ts.transpileModule(code, {
    compilerOptions: { target: ts.ScriptTarget.ESNext, module: ts.ModuleKind.ESNext, jsx: ts.JsxEmit.Preserve },
    fileName: jsx ? 'example.tsx' : 'example.ts',
  });
  espree.parse(outputText, { ecmaVersion: 'latest', sourceType: 'module', ecmaFeatures: { jsx } });
}

/** JSON with comments and trailing commas, as `.oxlintrc.json` and tsconfig files allow; TypeScript reads it. */
function parseJsonc(code: string): void {
  const { error } = ts.parseConfigFileTextToJson('example.jsonc', code);
  if (error) {
    throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  }
}

const parsers: Readonly<Record<Language, (code: string) => void>> = {
  javascript: (code) => {
    parseJavaScript(code, 'module');
  },
  commonjs: (code) => {
    parseJavaScript(code, 'commonjs');
  },
  typescript: (code) => {
    parseTypeScript(code, false);
  },
  tsx: (code) => {
    parseTypeScript(code, true);
  },
  json: (code) => {
    JSON.parse(code);
  },
  jsonc: parseJsonc,
};

// ---------------------------------------------------------------------------
// Linting

/** The value of an options literal written in a sentence (`{ checkIfElseChains: true }`), read without running it. */
function literalValue(node: TSESTree.Node | null): unknown {
  switch (node?.type) {
    case AST_NODE_TYPES.Literal:
      return node.value;
    case AST_NODE_TYPES.ArrayExpression:
      return node.elements.map((element) => literalValue(element));
    case AST_NODE_TYPES.ObjectExpression:
      return Object.fromEntries(
        node.properties.map((property) => {
          assert.ok(property.type === AST_NODE_TYPES.Property && !property.computed, 'options are plain `key: value` pairs');
          const key = property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : String(property.key.value);
          return [key, literalValue(property.value)];
        }),
      );
    default:
      throw new Error(`not a literal: ${node?.type ?? 'nothing'}`);
  }
}

function parseOptions(text: string): unknown {
  const [statement] = parseEstree(`(${text})`).body;
  assert.ok(statement?.type === AST_NODE_TYPES.ExpressionStatement, `an options literal: ${text}`);
  return literalValue(statement.expression);
}

/** The configuration an "Examples of ... code <condition>:" sentence names for a rule. */
function configForCondition(rule: string, condition: string): Linter.Config {
  if (condition === 'for this rule') {
    return plugin.configs.recommended;
  }
  const config = /^with the `(recommended|strict)` config$/u.exec(condition)?.[1];
  if (config === 'recommended' || config === 'strict') {
    return plugin.configs[config];
  }
  const options = /^with `(\{.*\})`$/u.exec(condition)?.[1];
  assert.ok(options, `"${condition}" names no configuration: write "for this rule", "with \`{ option: value }\`" or "with the \`strict\` config"`);
  const { recommended } = plugin.configs;
  return { ...recommended, rules: { ...recommended.rules, [`licensespring/${rule}`]: ['error', parseOptions(options)] } };
}

const linter = new Linter({ cwd: typedFixtureDir });

/** The languages an example may be written in. */
type ExampleLanguage = 'javascript' | 'commonjs' | 'typescript';

function exampleLanguage(language: Language | 'not code'): ExampleLanguage {
  assert.ok(language === 'javascript' || language === 'commonjs' || language === 'typescript', `an example is JavaScript or TypeScript, not ${language}`);
  return language;
}

const typedFixture = ts.getParsedCommandLineOfConfigFile(path.join(typedFixtureDir, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });

/**
 * A typed example's imports of the types subpath and the SDK resolve in the
 * typed fixture project, so its types are what the rules see (an unresolved
 * import would silently leave them syntactic).
 */
function assertImportsResolve(code: string): void {
  assert.ok(typedFixture, 'tests/fixtures/typed/tsconfig.json is readable');
  for (const [, specifier = ''] of code.matchAll(/from '((?:eslint-plugin-licensespring|@licensespring\/)[^']*)'/gu)) {
    const { resolvedModule } = ts.resolveModuleName(specifier, path.join(typedFixtureDir, 'file.ts'), typedFixture.options, ts.sys);
    assert.ok(resolvedModule, `'${specifier}' resolves in the typed fixture project`);
  }
}

function lint(block: CodeBlock, language: ExampleLanguage, config: Linter.Config): Linter.LintMessage[] {
  const typed = language === 'typescript';
  if (typed) {
    assertImportsResolve(block.code);
  }
  const languageOptions: Linter.LanguageOptions = typed
    ? { parser: tsParser, parserOptions: { projectService: true, tsconfigRootDir: typedFixtureDir } }
    : { ecmaVersion: 'latest', sourceType: language === 'commonjs' ? 'commonjs' : 'module' };
  const filename = path.join(typedFixtureDir, typed ? 'file.ts' : language === 'commonjs' ? 'file.cjs' : 'file.js');
  const messages = linter.verify(block.code, [{ files: ['**/*.ts', '**/*.js', '**/*.cjs'], languageOptions }, config], filename);
  const fatal = messages.find((message) => message.fatal);
  assert.equal(fatal, undefined, `the example does not parse: ${fatal?.message ?? ''}`);
  return messages;
}

/** Findings as `line rule` strings, which name what differs when an assertion fails. */
function findings(messages: readonly Linter.LintMessage[], ruleId?: string): string[] {
  return messages
    .filter((message) => ruleId === undefined || message.ruleId === ruleId)
    .map((message) => `line ${String(message.line)}: ${message.ruleId ?? '(no rule)'}: ${message.message}`);
}

// ---------------------------------------------------------------------------
// What the README's comments promise

/** `line N: ...` strings in the order of their lines. */
function byLine(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

const rulePattern = new RegExp(`//.*?\\b(${ruleNames.join('|')})( \\(strict\\))?:`, 'gu');

/** `line rule` for each rule a comment names on its line, in `recommended` (not marked strict) or in `strict` (all). */
function promisedFindings(code: string, config: 'recommended' | 'strict'): string[] {
  return code
    .split('\n')
    .flatMap((text, index) =>
      [...text.matchAll(rulePattern)]
        .filter((match) => config === 'strict' || match[2] === undefined)
        .map((match) => `line ${String(index + 1)}: licensespring/${match[1] ?? ''}`),
    )
    .sort(byLine);
}

function reportedRulesByLine(messages: readonly Linter.LintMessage[]): string[] {
  return [...new Set(messages.map((message) => `line ${String(message.line)}: ${message.ruleId ?? '(no rule)'}`))].sort(byLine);
}

// ---------------------------------------------------------------------------
// The tests

function language(block: CodeBlock): Language | 'not code' {
  const known = languages[block.lang];
  assert.ok(known, `the fence says ${block.lang ? `"${block.lang}"` : 'no language'}; use one of ${Object.keys(languages).join(', ')}`);
  return known;
}

function title(block: CodeBlock): string {
  return `line ${String(block.line)} (${block.lang}${block.marker ? ` ${block.marker}` : ''})`;
}

function checkRuleExample(block: CodeBlock, language: ExampleLanguage, rule: string, kind: ExampleKind): void {
  assert.ok(block.intro, 'an example follows an "Examples of **correct|incorrect** code ...:" sentence');
  assert.equal(kind, block.intro.kind, `the marker agrees with the sentence on line ${String(block.intro.line)}`);
  const messages = lint(block, language, configForCondition(rule, block.intro.condition));
  const reported = findings(messages, `licensespring/${rule}`);
  if (kind === 'incorrect') {
    assert.ok(reported.length > 0, `licensespring/${rule} reports this incorrect example (${block.intro.condition}); it reports: ${JSON.stringify(findings(messages))}`);
  } else {
    assert.deepEqual(reported, [], `licensespring/${rule} reports nothing in this correct example (${block.intro.condition})`);
  }
}

function checkReadmeExample(block: CodeBlock, language: ExampleLanguage, kind: ExampleKind): void {
  for (const config of ['recommended', 'strict'] as const) {
    const messages = lint(block, language, plugin.configs[config]);
    if (kind === 'incorrect') {
      assert.deepEqual(reportedRulesByLine(messages), promisedFindings(block.code, config), `${config}: the rules the comments name, on their lines`);
    } else {
      assert.deepEqual(findings(messages), [], `${config}: the code the README recommends is not reported`);
    }
  }
}

function checkBlock(block: CodeBlock, rule: string | undefined): void {
  assert.deepEqual(block.unknownWords, [], 'the info string holds a language and at most a marker');
  const known = language(block);
  if (known !== 'not code') {
    parsers[known](block.code);
  }
  if (rule !== undefined && block.intro) {
    assert.ok(block.marker, `an example after the sentence on line ${String(block.intro.line)} is marked ${block.intro.kind}`);
  }
  if (block.marker && rule !== undefined) {
    checkRuleExample(block, exampleLanguage(known), rule, block.marker);
  } else if (block.marker) {
    checkReadmeExample(block, exampleLanguage(known), block.marker);
  }
}

void describe('docs examples', () => {
  for (const page of rulePages) {
    const rule = path.basename(page, '.md');
    const blocks = readCodeBlocks(root, page);
    void describe(page, () => {
      void it('shows at least one incorrect and one correct example', () => {
        const markers = new Set(blocks.map((block) => block.marker));
        // A message of its own: node's generated one re-reads this file, which takes minutes under tsx.
        assert.ok(markers.has('incorrect') && markers.has('correct'), `${page} marks incorrect and correct examples`);
      });
      for (const block of blocks) {
        void it(title(block), () => {
          checkBlock(block, rule);
        });
      }
    });
  }

  const readme = readCodeBlocks(root, 'README.md');
  void describe('README.md', () => {
    for (const block of readme) {
      void it(title(block), () => {
        checkBlock(block, undefined);
      });
    }
  });
});
