/**
 * The plugin's syntactic mode runs unchanged in oxlint's JS plugin host: on
 * the same untyped files (the example app stripped to JavaScript, the rule
 * tests' snippets that are JavaScript, 300 seeded fuzz programs), oxlint with
 * `jsPlugins` reports exactly the findings ESLint reports, as a multiset of
 * (file, line, column, rule, message), and one pass of `--fix` produces the
 * same text. Needs `npm run build`: both load the plugin from `dist/`.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { before, describe, it } from 'node:test';


import { builtPlugin, checkParity, findingKey } from './oxlint-parity-harness.js';
import type { ParityResult } from './oxlint-parity-harness.js';

const fuzzSeed = 20_261_201;
const fuzzRuns = 300;

function describeDifference(only: string, keys: readonly string[]): string {
  return keys.length === 0 ? '' : `\nonly in ${only} (${String(keys.length)}):\n  ${keys.slice(0, 20).join('\n  ')}`;
}

function minus(left: readonly string[], right: readonly string[]): string[] {
  const remaining = new Map<string, number>();
  for (const key of right) {
    remaining.set(key, (remaining.get(key) ?? 0) + 1);
  }
  return left.filter((key) => {
    const count = remaining.get(key) ?? 0;
    remaining.set(key, count - 1);
    return count <= 0;
  });
}

void describe('oxlint parity', () => {
  let result: ParityResult;

  before(async () => {
    assert.ok(existsSync(builtPlugin), 'Run `npm run build` first: both linters load the plugin from dist/.');
    result = await checkParity({ fuzzSeed, fuzzRuns });
  });

  void it('lints every run with both linters', () => {
    assert.deepEqual(result.failures, []);
    assert.ok(result.files >= 400, `only ${String(result.files)} files in the corpus`);
    // Enough findings that a host difference has something to show up in.
    assert.ok(result.eslint.length >= 800, `only ${String(result.eslint.length)} findings from ESLint`);
  });

  void it('reports the same findings as ESLint', (t) => {
    const eslint = result.eslint.map(findingKey).sort();
    const oxlint = result.oxlint.map(findingKey).sort();
    t.diagnostic(`${String(result.files)} files in ${String(result.runs)} runs, ${String(eslint.length)} findings`);
    assert.ok(
      eslint.length === oxlint.length && eslint.every((key, index) => key === oxlint[index]),
      `ESLint ${String(eslint.length)} findings, oxlint ${String(oxlint.length)}` +
        describeDifference('ESLint', minus(eslint, oxlint)) +
        describeDifference('oxlint', minus(oxlint, eslint)),
    );
  });

  void it('applies the same fixes in one pass', (t) => {
    t.diagnostic(`${String(result.fixedFiles)} files fixed`);
    // A floor, so that the comparison below compares something. Fixes need evidence on the value
    // (docs/evidence.md), which many generated programs do not show: about 90 files of the corpus change.
    assert.ok(result.fixedFiles >= 60, `only ${String(result.fixedFiles)} files changed by fixes`);
    assert.deepEqual(
      result.fixDifferences.map(({ file, eslint, oxlint }) => ({ file, eslint, oxlint })),
      [],
    );
  });
});
