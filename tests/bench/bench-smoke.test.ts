import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import { generateCorpus, generateSources } from '../../bench/generate.js';
import { formatRatios, type Measurement, summarize } from '../../bench/run.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
// Inside bench/ (gitignored as bench/corpus*/), so the corpus resolves the plugin's types by self-reference.
const workDir = mkdtempSync(path.join(root, 'bench', 'corpus-smoke-'));

after(() => {
  rmSync(workDir, { recursive: true, force: true });
});

void describe('benchmark smoke', () => {
  void it('generates the same bytes for the same seed', () => {
    const first = generateCorpus({ files: 5, seed: 7, out: path.join(workDir, 'first') });
    const second = generateCorpus({ files: 5, seed: 7, out: path.join(workDir, 'second') });
    assert.deepEqual(second.tsFiles, first.tsFiles);
    assert.deepEqual(second.jsFiles, first.jsFiles);
    assert.equal(first.tsFiles.length, 5 + 3, 'five modules and three shared files');
    for (const file of [...first.tsFiles, ...first.jsFiles, 'tsconfig.json']) {
      assert.ok(
        readFileSync(path.join(first.dir, file)).equals(readFileSync(path.join(second.dir, file))),
        `${file} differs between two runs with the same seed`,
      );
    }
    assert.notDeepEqual(generateSources({ files: 5, seed: 8 }), generateSources({ files: 5, seed: 7 }));
  });

  void it('starts a larger corpus with the files of a smaller one', () => {
    const small = generateSources({ files: 4, seed: 3 });
    const large = generateSources({ files: 9, seed: 3 });
    for (const [file, text] of small) {
      assert.equal(large.get(file), text, file);
    }
  });

  void it('runs the runner and prints the table and ratios', () => {
    const out = path.join(workDir, 'result.md');
    const stdout = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'bench/run.ts', '--files', '5', '--seed', '7', '--repeats', '1', '--configs', 'C,E', '--scale', 'none',
        '--corpus', path.join(workDir, 'run'), '--out', out, '--skip-types'],
      { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    assert.equal(readFileSync(out, 'utf8'), stdout);
    assert.match(stdout, /^Node v\d+/m);
    for (const config of ['C', 'E']) {
      assert.match(stdout, new RegExp(`^\\| ${config} \\| .+ \\| 8 \\| [\\d.]+ ms \\|`, 'm'), `a row for ${config}`);
    }
    for (const rule of ['exhaustive-error-codes', 'no-magic-status', 'status-matches-code', 'valid-error-code']) {
      assert.match(stdout, new RegExp(`^\\| licensespring/${rule} \\| [\\d.]+ ms \\| [\\d.]+ ms \\|$`, 'm'), `a timing row for ${rule}`);
    }
    assert.match(stdout, /^\| Plugin share of typed lint wall, plugin alone: rule time \/ lint wall \(C\) \| [\d.]+% \|/m);
    assert.match(stdout, /^\| Plugin share of untyped lint wall, plugin alone: rule time \/ lint wall \(E\) \| [\d.]+% \|/m);
  });

  void it('gives the ratio of medians and the spread of the ratio round by round', () => {
    const run = (ruleMs: Record<string, number>): Measurement => ({
      config: 'B', files: 1, lintMs: 1000, parseMs: 500, ruleMs, problems: 0, fatal: 0, maxRssMiB: 100, processMs: 1100,
    });
    const switchCheck = '@typescript-eslint/switch-exhaustiveness-check';
    const summaries = new Map([
      ['B', summarize('B', [1000, 1200, 1100].map((ms) => run({ [switchCheck]: ms })))],
      ['D', summarize('D', [400, 720, 550].map((ms) => run({ 'licensespring/exhaustive-error-codes': ms })))],
    ] as const);
    assert.match(
      formatRatios(summaries),
      /^\| Plugin rule time \(D\) \/ switch-exhaustiveness-check rule time \(B\) \| 0\.50x \(by round: median 0\.50x, 0\.40x to 0\.60x\) \| <= 0\.5x \| holds \|$/m,
    );
  });
});
