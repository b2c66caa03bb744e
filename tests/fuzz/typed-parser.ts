/**
 * A parser for typed fuzzing: every parse builds a fresh TypeScript program
 * around the text it is given (so autofix passes are type-checked too) and
 * hands it to typescript-eslint's parser through `parserOptions.programs`.
 * Library and catalog source files are parsed once and reused, which keeps a
 * program per case cheap enough for a fuzzer.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import * as tsParser from '@typescript-eslint/parser';
import type { Linter } from 'eslint';
import ts from 'typescript';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
/** Virtual folder of the fuzzed file; nothing is written to disk. */
export const typedFuzzDir = path.join(repoRoot, 'tests', 'fuzz', 'virtual');

const compilerOptions: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2023.d.ts'],
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  allowJs: true,
  checkJs: true,
  types: [],
  paths: { 'eslint-plugin-licensespring/types': [path.join(repoRoot, 'types', 'index.ts')] },
};

const baseHost = ts.createCompilerHost(compilerOptions, true);
const sourceFileCache = new Map<string, ts.SourceFile | undefined>();
let previousProgram: ts.Program | undefined;

function createProgram(fileName: string, text: string): ts.Program {
  const host: ts.CompilerHost = {
    ...baseHost,
    fileExists: (name) => name === fileName || baseHost.fileExists(name),
    readFile: (name) => (name === fileName ? text : baseHost.readFile(name)),
    getSourceFile(name, languageVersion) {
      if (name === fileName) {
        return ts.createSourceFile(name, text, languageVersion, true);
      }
      if (!sourceFileCache.has(name)) {
        sourceFileCache.set(name, baseHost.getSourceFile(name, languageVersion));
      }
      return sourceFileCache.get(name);
    },
  };
  const program = ts.createProgram({ rootNames: [fileName], options: compilerOptions, host, ...(previousProgram === undefined ? {} : { oldProgram: previousProgram }) });
  previousProgram = program;
  return program;
}

type ParseOptions = NonNullable<Parameters<typeof tsParser.parseForESLint>[1]>;

/** An ESLint parser object: `languageOptions: { parser: typedFuzzParser }`. */
export const typedFuzzParser: Linter.Parser = {
  meta: { name: 'licensespring-typed-fuzz-parser' },
  parseForESLint(code: string, options?: ParseOptions | null) {
    // A project or project service in the options would take over from the program given here.
    const rest: ParseOptions = { ...options };
    delete rest.project;
    delete rest.projectService;
    const filePath = rest.filePath ?? path.join(typedFuzzDir, 'file.ts');
    const program = createProgram(filePath, code);
    return tsParser.parseForESLint(code, { ...rest, filePath, programs: [program] }) as unknown as Linter.ESLintParseResult;
  },
};
