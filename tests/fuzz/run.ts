/** Runs the fuzzer with a seed and reports the shrunk failing program. */
import fc from 'fast-check';

import { checkProgram } from './check.js';
import { fuzzProgram } from './generate.js';
import type { FuzzProgram } from './generate.js';

export interface FuzzOptions {
  readonly runs: number;
  readonly seed: number;
  /** Share of programs also linted with type information, 0..1. */
  readonly typedRatio: number;
  /** Replays one case of an earlier failure (fast-check's counterexample path). */
  readonly path?: string | undefined;
}

export interface FuzzResult {
  readonly failed: boolean;
  readonly runs: number;
  readonly seed: number;
  /** A readable report: empty when nothing failed. */
  readonly report: string;
}

export function formatProgram(program: FuzzProgram): string {
  const settings = program.settings === undefined ? '' : `settings.licensespring: ${JSON.stringify(program.settings)}\n`;
  return `dialect: ${program.dialect}${program.typed ? ' (also typed)' : ''}\n${settings}--- program ---\n${program.source}--- end ---`;
}

export function runFuzz(options: FuzzOptions): FuzzResult {
  const details = fc.check(
    fc.property(fuzzProgram({ typedRatio: options.typedRatio }), (program) => {
      checkProgram(program);
    }),
    { numRuns: options.runs, seed: options.seed, ...(options.path === undefined ? {} : { path: options.path }) },
  );
  if (!details.failed) {
    return { failed: false, runs: details.numRuns, seed: details.seed, report: '' };
  }
  const error = details.errorInstance;
  const reason = error instanceof Error ? error.message : String(error);
  const replay = `npm run fuzz -- --seed ${String(details.seed)} --typed-ratio ${String(options.typedRatio)} --path ${details.counterexamplePath ?? ''}`;
  const program = details.counterexample === null ? '(no counterexample)' : formatProgram(details.counterexample[0]);
  return {
    failed: true,
    runs: details.numRuns,
    seed: details.seed,
    report: `Fuzzing failed after ${String(details.numRuns)} programs (seed ${String(details.seed)}, ${String(details.numShrinks)} shrinks).\n${reason}\n\nMinimal program:\n${program}\n\nReplay: ${replay}`,
  };
}
