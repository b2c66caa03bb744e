/**
 * Checks the published types (`dist/types/*.d.ts`, as a user resolves them
 * from `node_modules`) with TypeScript 7's native `tsc`, with the oldest
 * TypeScript the types support, and with the TypeScript 6 this package builds
 * with, under the strictest settings users run (tests/types-compat/tsconfig.*.json:
 * `strict`, `exactOptionalPropertyTypes`, `noUncheckedIndexedAccess`,
 * `verbatimModuleSyntax`, `skipLibCheck: false`; `nodenext` and `bundler`).
 *
 * tsd drives its own bundled TypeScript, so the same assertions run here as
 * plain `tsc` input: each tests/types/*.test-d.ts is rewritten to import
 * tests/types-compat/assertions.ts instead of tsd (see there), which keeps
 * the coverage the same by construction.
 *
 *   npm run build && npx tsx scripts/check-types-compat.ts [--package <dir>] [--keep]
 *
 * `--package` checks another copy of the package (a scratch copy with a
 * broken `.d.ts`, to see the check fail); `--keep` keeps the work folder.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

import ts from 'typescript';

const root = path.join(import.meta.dirname, '..');
const typeTestsDir = path.join(root, 'tests', 'types');
const compatDir = path.join(root, 'tests', 'types-compat');
const packageName = 'eslint-plugin-licensespring';

/** The compilers, each by the path of its own `tsc`: npm aliases link a `tsc` bin too, so none is called by name. */
export const compilers = [
  { name: 'TypeScript 7 (native)', package: 'typescript7' },
  { name: 'oldest supported', package: 'typescript5' },
  { name: 'TypeScript 6 (the build)', package: 'typescript' },
] as const;

export const configs = ['tsconfig.nodenext.json', 'tsconfig.bundler.json'] as const;

const rewritten = new Set(['expectType', 'expectNotType', 'expectNotAssignable']);
const known = new Set([...rewritten, 'expectAssignable', 'expectError']);

/**
 * tsd's assertions as plain TypeScript: the `tsd` import points to
 * `./assertions.js`, `expectType<T>(x)` becomes `expectType<T>()(x)`, and each
 * `expectError(...)` statement is put on one line after `// @ts-expect-error`.
 */
export function rewriteTypeTest(fileName: string, text: string): string {
  const sourceFile = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits: { readonly start: number; readonly end: number; readonly text: string }[] = [];
  const fail = (node: ts.Node, message: string): never => {
    const { line } = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
    throw new Error(`${fileName}:${String(line + 1)}: ${message}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && node.moduleSpecifier.text === 'tsd') {
      edits.push({ start: node.moduleSpecifier.getStart(sourceFile), end: node.moduleSpecifier.end, text: "'./assertions.js'" });
      for (const element of node.importClause?.namedBindings !== undefined && ts.isNamedImports(node.importClause.namedBindings) ? node.importClause.namedBindings.elements : []) {
        if (!known.has(element.name.text)) {
          fail(element, `tsd's ${element.name.text} has no twin in tests/types-compat/assertions.ts`);
        }
      }
    }
    if (ts.isExpressionStatement(node) && ts.isCallExpression(node.expression) && ts.isIdentifier(node.expression.expression) && node.expression.expression.text === 'expectError') {
      const statement = node.getText(sourceFile);
      if (statement.includes('//') || statement.includes('/*') || statement.includes('`')) {
        fail(node, 'an expectError statement with comments or template literals cannot be put on one line');
      }
      edits.push({ start: node.getStart(sourceFile), end: node.end, text: `// @ts-expect-error: tsd expectError\n${statement.replace(/\s*\n\s*/g, ' ')}` });
      ts.forEachChild(node.expression, visit);
      return;
    }
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      if (node.expression.text === 'expectError') {
        fail(node, 'expectError is checked only as a statement of its own');
      }
      if (rewritten.has(node.expression.text)) {
        // `(` of the argument list: the arguments start right after it.
        edits.push({ start: node.arguments.pos - 1, end: node.arguments.pos - 1, text: '()' });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  let output = text;
  for (const edit of [...edits].sort((left, right) => right.start - left.start)) {
    output = output.slice(0, edit.start) + edit.text + output.slice(edit.end);
  }
  return `// Rewritten from tests/types/${fileName} by scripts/check-types-compat.ts.\n${output}`;
}

function versionOf(packageDir: string): string {
  return (JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;
}

/** npm links one `tsc` bin for several TypeScript packages; the project's scripts need TypeScript 6's. */
export function checkTscBin(): string | undefined {
  const bin = path.join(root, 'node_modules', '.bin', 'tsc');
  if (!existsSync(bin)) {
    return undefined;
  }
  const target = realpathSync(bin);
  const expected = realpathSync(path.join(root, 'node_modules', 'typescript'));
  return target.startsWith(expected + path.sep)
    ? undefined
    : `node_modules/.bin/tsc runs ${target}, not the project's TypeScript; run \`npm rebuild typescript\` to link it again.`;
}

/** A folder that uses the package as an application does: from node_modules, by its exports. */
function prepareWorkDir(packageDir: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'licensespring-types-compat-'));
  writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({ name: 'types-compat-check', private: true, type: 'module' })}\n`);
  mkdirSync(path.join(dir, 'node_modules'));
  symlinkSync(packageDir, path.join(dir, 'node_modules', packageName), 'dir');
  for (const file of ['assertions.ts', ...configs]) {
    copyFileSync(path.join(compatDir, file), path.join(dir, file));
  }
  for (const file of readdirSync(typeTestsDir).filter((name) => name.endsWith('.test-d.ts'))) {
    writeFileSync(path.join(dir, file.replace(/\.test-d\.ts$/, '.test.ts')), rewriteTypeTest(file, readFileSync(path.join(typeTestsDir, file), 'utf8')));
  }
  return dir;
}

export interface CheckResult {
  readonly compiler: string;
  readonly version: string;
  readonly config: string;
  readonly ok: boolean;
  readonly ms: number;
  readonly output: string;
}

function runCompiler(dir: string, compiler: (typeof compilers)[number], config: string): CheckResult {
  const packageDir = path.join(root, 'node_modules', compiler.package);
  const start = performance.now();
  const result = spawnSync(process.execPath, [path.join(packageDir, 'bin', 'tsc'), '-p', config, '--pretty', 'false'], { cwd: dir, encoding: 'utf8' });
  return {
    compiler: compiler.name,
    version: versionOf(packageDir),
    config,
    ok: result.status === 0,
    ms: performance.now() - start,
    output: `${result.stdout}${result.stderr}`.trim(),
  };
}

function main(): void {
  const { values } = parseArgs({ options: { package: { type: 'string' }, keep: { type: 'boolean', default: false } } });
  const packageDir = path.resolve(values.package ?? root);
  if (!existsSync(path.join(packageDir, 'dist', 'types', 'index.d.ts'))) {
    throw new Error(`No ${path.join(packageDir, 'dist/types/index.d.ts')}: run \`npm run build\` first.`);
  }
  const problems: string[] = [];
  const binProblem = checkTscBin();
  if (binProblem !== undefined) {
    problems.push(binProblem);
  }
  const dir = prepareWorkDir(packageDir);
  try {
    for (const compiler of compilers) {
      for (const config of configs) {
        const result = runCompiler(dir, compiler, config);
        process.stdout.write(`${result.ok ? 'ok  ' : 'FAIL'} ${result.compiler} ${result.version}, ${config}: ${result.ms.toFixed(0)} ms\n`);
        if (!result.ok) {
          problems.push(`${result.compiler} ${result.version} with ${config}:\n${result.output}`);
        }
      }
    }
  } finally {
    if (values.keep) {
      process.stdout.write(`Work folder kept: ${dir}\n`);
    } else {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (problems.length > 0) {
    process.stderr.write(`${problems.join('\n\n')}\n`);
    process.exitCode = 1;
  }
}

if (import.meta.filename === process.argv[1]) {
  main();
}
