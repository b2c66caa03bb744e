/**
 * Runs every `*.test.ts` under the given folders (default: `tests`) with
 * Node's test runner. Node 20 cannot glob `--test` arguments itself.
 *
 *   tsx scripts/run-tests.ts [--coverage] [node --test flags] [folders or files]
 *
 * The output is scripts/test-reporter.ts's: a line per test file, then the
 * failures in full, and `N passed, N failed` as the very last line, which CI
 * reads. `--coverage` runs the tests under c8 (settings and thresholds in
 * .c8rc.json), whose short summary comes before that line. `TEST_VERBOSE=1`
 * gives node's spec reporter instead (every test by name); so does any
 * `--test-reporter` flag given here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

import ts from 'typescript';

const args = process.argv.slice(2);
const coverage = args.includes('--coverage');
const roots = args.filter((arg) => !arg.startsWith('--'));
const flags = args.filter((arg) => arg.startsWith('--') && arg !== '--coverage');

const files = (roots.length > 0 ? roots : ['tests'])
  .flatMap((root) =>
    root.endsWith('.ts')
      ? [root]
      : readdirSync(root, { recursive: true, encoding: 'utf8' })
          .filter((file) => file.endsWith('.test.ts') && !file.split(path.sep).includes('fixtures'))
          .map((file) => path.join(root, file)),
  )
  .sort();

/**
 * Node 20's test runner loads a reporter before `--import tsx` takes effect,
 * so the reporter is handed over as JavaScript, transpiled into `dir`. It
 * imports only node's own modules, which the copy resolves from anywhere.
 */
function transpiledReporter(dir: string): string {
  const source = readFileSync(path.join(import.meta.dirname, 'test-reporter.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
  });
  const file = path.join(dir, 'test-reporter.mjs');
  writeFileSync(file, outputText);
  return file;
}

const workDir = mkdtempSync(path.join(os.tmpdir(), 'licensespring-tests-'));
// The reporter leaves the totals line to this script when it gets a file for
// them, so that the line comes after c8's coverage summary.
const totalsFile = path.join(workDir, 'totals.txt');

function reporterFlags(): string[] {
  if (flags.some((flag) => flag.startsWith('--test-reporter'))) {
    return [];
  }
  if (!['', '0', 'false'].includes(process.env['TEST_VERBOSE'] ?? '')) {
    return ['--test-reporter=spec'];
  }
  // One file at a time, which the reporter needs to tell files apart (node's
  // default on two cores anyway); a `--test-concurrency` flag given here wins.
  const concurrency = flags.some((flag) => flag.startsWith('--test-concurrency')) ? [] : ['--test-concurrency=1'];
  return [`--test-reporter=${transpiledReporter(workDir)}`, '--test-reporter-destination=stdout', ...concurrency];
}

const nodeTest = [process.execPath, '--import', 'tsx', '--test', ...reporterFlags(), ...flags, ...files];
const command = coverage ? [process.execPath, createRequire(import.meta.url).resolve('c8/bin/c8.js'), ...nodeTest] : nodeTest;
const result = spawnSync(command[0] ?? process.execPath, command.slice(1), {
  stdio: 'inherit',
  env: { ...process.env, LICENSESPRING_TEST_TOTALS: totalsFile },
});

// Other reporters write no totals file: they print their own summary.
if (existsSync(totalsFile)) {
  process.stdout.write(readFileSync(totalsFile, 'utf8'));
}
rmSync(workDir, { recursive: true, force: true });
process.exit(result.status ?? 1);
