import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import fc from 'fast-check';

import { syntaxError } from './check.js';
import { fuzzProgram } from './generate.js';
import { runFuzz } from './run.js';

// Fixed seeds keep `npm test` reproducible; `npm run fuzz` explores new ones.
const seed = 20_260_101;

void describe('fuzzing the rules', () => {
  void it('generates programs that parse', () => {
    for (const program of fc.sample(fuzzProgram({ typedRatio: 0 }), { seed, numRuns: 300 })) {
      assert.equal(syntaxError(program.source, program.dialect), undefined, program.source);
    }
  });

  void it('survives 300 random programs: no crash, fixes parse, fixing is idempotent', () => {
    const result = runFuzz({ runs: 300, seed, typedRatio: 0.05 });
    assert.equal(result.failed, false, result.report);
  });
});
