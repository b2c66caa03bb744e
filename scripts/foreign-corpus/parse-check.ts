/**
 * Does a file parse the way the corpus test will parse it? JavaScript with
 * espree (`ecmaVersion: 'latest'`; a module, or failing that a CommonJS
 * script, except `.mjs` and `.cjs`, whose extension decides), TypeScript with
 * @typescript-eslint/parser without a project. A file that parses neither way
 * is dropped from the corpus, so a fatal error in the test is never a parser's.
 */
import tsParser from '@typescript-eslint/parser';
import * as espree from 'espree';

export type SourceType = 'module' | 'commonjs';
export type ParseOutcome = { readonly sourceType: SourceType } | { readonly error: string };

const typeScriptPattern = /\.(?:[mc]?ts|tsx)$/;

function candidateSourceTypes(file: string): readonly SourceType[] {
  if (file.endsWith('.mjs')) {
    return ['module'];
  }
  return file.endsWith('.cjs') ? ['commonjs'] : ['module', 'commonjs'];
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';

function parseJavaScript(file: string, text: string): ParseOutcome {
  let firstError = '';
  for (const sourceType of candidateSourceTypes(file)) {
    try {
      espree.parse(text, { ecmaVersion: 'latest', sourceType, ecmaFeatures: { jsx: file.endsWith('.jsx') } });
      return { sourceType };
    } catch (error) {
      firstError ||= messageOf(error);
    }
  }
  return { error: firstError };
}

function parseTypeScript(file: string, text: string): ParseOutcome {
  try {
    tsParser.parseForESLint(text, { filePath: file, ecmaVersion: 'latest', sourceType: 'module', range: true, loc: true });
    return { sourceType: 'module' };
  } catch (error) {
    return { error: messageOf(error) };
  }
}

export function parseOutcome(file: string, text: string): ParseOutcome {
  return typeScriptPattern.test(file) ? parseTypeScript(file, text) : parseJavaScript(file, text);
}
