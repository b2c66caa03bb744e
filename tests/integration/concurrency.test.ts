/**
 * The rules keep no state between files, so ESLint's multithreaded linting
 * must give exactly the results of one thread. With concurrency on, ESLint
 * passes its options to worker threads, so they must be cloneable: the config
 * comes from a config file, which each worker imports, plugin included.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import { ESLint } from 'eslint';

import { generateCorpus } from '../../bench/generate.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
// Inside bench/ (gitignored as bench/corpus*/), so the corpus and its config resolve the plugin by self-reference.
const corpusDir = mkdtempSync(path.join(root, 'bench', 'corpus-concurrency-'));

const configFile = `import plugin from 'eslint-plugin-licensespring';
import tseslint from 'typescript-eslint';

export default [
  { linterOptions: { reportUnusedDisableDirectives: 'off' } },
  { ...plugin.configs.recommended, files: ['js/**/*.js'] },
  {
    ...plugin.configs.strict,
    files: ['src/**/*.ts'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
];
`;

interface Finding {
  readonly file: string;
  readonly ruleId: string | null;
  readonly messageId: string | undefined;
  readonly line: number;
  readonly column: number;
  readonly endLine: number | undefined;
  readonly endColumn: number | undefined;
  readonly message: string;
}

async function lint(concurrency: 'off' | 'auto' | number): Promise<Finding[]> {
  const eslint = new ESLint({ cwd: corpusDir, overrideConfigFile: path.join(corpusDir, 'eslint.config.js'), concurrency });
  const results = await eslint.lintFiles(['js/**/*.js', 'src/**/*.ts']);
  return results
    .flatMap((result) =>
      result.messages.map(({ ruleId, messageId, line, column, endLine, endColumn, message }) => ({
        file: path.relative(corpusDir, result.filePath),
        ruleId,
        messageId,
        line,
        column,
        endLine,
        endColumn,
        message,
      })),
    )
    .sort((left, right) => left.file.localeCompare(right.file) || left.line - right.line || left.column - right.column);
}

before(() => {
  generateCorpus({ files: 12, seed: 1, out: corpusDir });
  writeFileSync(path.join(corpusDir, 'eslint.config.js'), configFile);
});

after(() => {
  rmSync(corpusDir, { recursive: true, force: true });
});

void describe('concurrency', () => {
  void it('gives the same findings with concurrency off, 2 and auto', async () => {
    const single = await lint('off');
    const ruleIds = new Set(single.map(({ ruleId }) => ruleId));
    assert.ok(!ruleIds.has(null), `no fatal parse errors: ${JSON.stringify(single.filter(({ ruleId }) => ruleId === null))}`);
    for (const rule of ['exhaustive-error-codes', 'no-magic-status', 'valid-error-code']) {
      assert.ok(ruleIds.has(`licensespring/${rule}`), `the corpus triggers licensespring/${rule}, so the comparison means something`);
    }
    assert.ok(single.some(({ file }) => file.endsWith('.ts')) && single.some(({ file }) => file.endsWith('.js')));
    assert.deepEqual(await lint(2), single);
    assert.deepEqual(await lint('auto'), single);
  });
});
