/**
 * Long fuzz runs: `npm run fuzz -- --runs 100000 --seed 42 [--typed-ratio 0.01]`.
 * Exits non-zero and prints the seed and the minimal program on failure.
 */
import { parseArgs } from 'node:util';

import { runFuzz } from '../tests/fuzz/run.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '1000' },
    seed: { type: 'string' },
    'typed-ratio': { type: 'string', default: '0.02' },
    path: { type: 'string' },
    batch: { type: 'string', default: '1000' },
  },
});

const runs = Number(values.runs);
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
const typedRatio = Number(values['typed-ratio']);
const batch = Math.max(1, Number(values.batch));
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed) || !(typedRatio >= 0 && typedRatio <= 1)) {
  console.error('usage: npm run fuzz -- --runs N --seed S [--typed-ratio 0..1] [--path P]');
  process.exit(2);
}

const started = performance.now();
if (values.path !== undefined) {
  const result = runFuzz({ runs: 1, seed, typedRatio, path: values.path });
  console.log(result.failed ? result.report : 'Replayed case passes.');
  process.exit(result.failed ? 1 : 0);
}

// Batches of derived seeds show progress on long runs; each batch is replayable on its own.
let done = 0;
for (let index = 0; done < runs; index += 1) {
  const batchSeed = (seed + index * 7919) % 2 ** 31;
  const size = Math.min(batch, runs - done);
  const result = runFuzz({ runs: size, seed: batchSeed, typedRatio });
  if (result.failed) {
    console.error(result.report);
    console.error(`(batch ${String(index)} of run seed ${String(seed)}; ${String(done)} programs passed before this batch)`);
    process.exit(1);
  }
  done += size;
  const seconds = (performance.now() - started) / 1000;
  console.log(`${String(done)}/${String(runs)} programs passed (seed ${String(seed)}, ${seconds.toFixed(1)} s)`);
}
console.log(`OK: ${String(done)} programs, seed ${String(seed)}, typed ratio ${String(typedRatio)}, ${((performance.now() - started) / 1000).toFixed(1)} s.`);
