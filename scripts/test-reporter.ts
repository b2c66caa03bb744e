/**
 * The quiet reporter of `npm test` (node:test's `--test-reporter`, set by
 * scripts/run-tests.ts): one line per test file with its counts and duration,
 * then every failure in full (the assertion's diff, the stack, and what the
 * file printed), then a last line `N passed, N failed[, N skipped]` that CI
 * reads. When `LICENSESPRING_TEST_TOTALS` names a file, that line goes there
 * instead, for scripts/run-tests.ts to print after c8's coverage summary.
 * `TEST_VERBOSE=1 npm test` uses node's spec reporter instead.
 *
 * Counts are of tests, not suites; a suite counts as a failure only when it
 * fails on its own (a hook that throws), since its failing tests already count.
 *
 * Which file a test belongs to: node gives each test the file that called
 * `it()`, which for RuleTester's cases is tests/rule-tester.ts. What marks a
 * test file is its own `test:complete` event (named after the file), which
 * comes after all of its tests when files run one at a time
 * (`--test-concurrency=1`, as scripts/run-tests.ts sets): the tests reported
 * since the previous file's are this file's.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { EventData } from 'node:test';
import type { TestEvent } from 'node:test/reporters';
import { inspect } from 'node:util';

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

/** node's wrapper of a test's failure (`ERR_TEST_FAILURE`); `exitCode` is set when a whole file failed. */
type TestFailure = Error & { failureType?: string; exitCode?: number | null; signal?: string | null };

interface Failure {
  readonly title: string;
  readonly error: TestFailure;
}

function relative(file: string): string {
  return path.relative(process.cwd(), file);
}

function describeCounts({ passed, failed, skipped }: Counts): string {
  const parts = [`${String(passed)} passed`, `${String(failed)} failed`];
  if (skipped > 0) {
    parts.push(`${String(skipped)} skipped`);
  }
  return parts.join(', ');
}

/** The error a test threw, as node's spec reporter shows it: the cause node wrapped, with its diff and stack. */
function formatError(error: TestFailure): string {
  const { cause, failureType, exitCode, signal } = error;
  if (exitCode !== undefined) {
    return `The test process exited with ${signal ? `signal ${signal}` : `code ${String(exitCode)}`}; its output is below.`;
  }
  if (failureType === 'cancelledByParent' || failureType === 'testTimeoutFailure') {
    return error.message;
  }
  const thrown = typeof cause === 'object' && cause !== null ? cause : error;
  // An assertion's message holds its diff; its other properties repeat it.
  const text =
    thrown instanceof Error && (thrown as Error & { code?: unknown }).code === 'ERR_ASSERTION'
      ? (thrown.stack ?? thrown.message)
      : inspect(thrown, { depth: 6, colors: false });
  return withoutRunnerFrames(text);
}

/** The stack without the frames of node's test runner, which every failure shares. */
function withoutRunnerFrames(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^\s*at (?:async )?\S.*\((?:node:internal\/|node:async_hooks)/u.test(line) && !/^\s*at async Promise\.all/u.test(line))
    .join('\n');
}

function indent(text: string, prefix: string): string {
  return text
    .trimEnd()
    .split('\n')
    .map((line) => `${prefix}${line}`)
    .join('\n');
}

/** A test file's own event, named after the file, rather than one of its tests'. */
function isFileEvent({ nesting, name, file }: { nesting: number; name: string; file?: string | undefined }): boolean {
  return nesting === 0 && name === file;
}

/**
 * Whether a failed test or suite is a failure of its own: a test always, a
 * suite only when it is not just passing on its tests' failures.
 */
function failsOnItsOwn(data: EventData.TestFail): boolean {
  return data.details.type !== 'suite' || (data.details.error as TestFailure).failureType !== 'subtestsFailed';
}

class QuietReport {
  readonly #totals: Counts = { passed: 0, failed: 0, skipped: 0 };
  /** The tests reported since the last file completed: the next file's. */
  #pending: Counts & { failures: Failure[] } = { passed: 0, failed: 0, skipped: 0, failures: [] };
  readonly #failuresByFile = new Map<string, readonly Failure[]>();
  /** What each test process printed, shown only when its file fails. */
  readonly #outputs = new Map<string, string[]>();
  /** Names of the tests being reported, by nesting level, to title a failure. */
  readonly #names: string[] = [];

  start({ nesting, name }: EventData.TestStart): void {
    this.#names[nesting] = name;
    this.#names.length = nesting + 1;
  }

  pass(data: EventData.TestPass): void {
    if (data.details.type !== 'suite') {
      this.#count(data.skip !== undefined || data.todo !== undefined ? 'skipped' : 'passed');
    }
  }

  fail(data: EventData.TestFail): void {
    if (!failsOnItsOwn(data)) {
      return;
    }
    if (data.todo !== undefined) {
      // node does not count a failing todo test as a failure.
      this.#count('skipped');
      return;
    }
    this.#count('failed');
    this.#pending.failures.push({ title: [...this.#names.slice(0, data.nesting), data.name].join(' › '), error: data.details.error });
  }

  /** A file's own `test:complete`: its tests are the pending ones. Returns the file's line. */
  completeFile(file: string, { duration_ms: duration, passed, error }: EventData.TestComplete['details']): string {
    const failure = error as TestFailure | undefined;
    if (!passed && failure?.failureType !== 'subtestsFailed') {
      // The file failed on its own (it did not load, or exited early); its
      // output says why. node reports it as a test of its own after this event.
      this.#count('failed');
      this.#pending.failures.push({ title: 'the test file itself', error: failure ?? new Error('test failed') });
    }
    const { failures, ...counts } = this.#pending;
    this.#pending = { passed: 0, failed: 0, skipped: 0, failures: [] };
    if (failures.length > 0) {
      this.#failuresByFile.set(file, failures);
    }
    return `${counts.failed > 0 ? '✖' : '✔'} ${relative(file)}  ${describeCounts(counts)}  ${(duration / 1000).toFixed(1)}s\n`;
  }

  print(file: string, message: string): void {
    const output = this.#outputs.get(file) ?? [];
    output.push(message);
    this.#outputs.set(file, output);
  }

  /** Every failure in full, grouped by file with what the file printed. */
  failures(): string {
    const count = [...this.#failuresByFile.values()].reduce((sum, failures) => sum + failures.length, 0);
    const blocks = count > 0 ? [`\nFailures (${String(count)}):\n`] : [];
    for (const [file, failures] of this.#failuresByFile) {
      for (const { title, error } of failures) {
        blocks.push(`\n✖ ${relative(file)} › ${title}\n${indent(formatError(error), '    ')}\n`);
      }
      const output = this.#outputs.get(file)?.join('') ?? '';
      if (output.trim() !== '') {
        blocks.push(`\n  Output of ${relative(file)}:\n${indent(output, '  | ')}\n`);
      }
    }
    return blocks.join('');
  }

  totalsLine(): string {
    return `${describeCounts(this.#totals)}\n`;
  }

  #count(key: keyof Counts): void {
    this.#pending[key] += 1;
    this.#totals[key] += 1;
  }
}

export default async function* quietReporter(source: AsyncIterable<TestEvent>): AsyncGenerator<string, void> {
  const report = new QuietReport();
  for await (const event of source) {
    switch (event.type) {
      case 'test:start':
        report.start(event.data);
        break;
      // A file's own start and failure come after its `test:complete`, which counted them.
      case 'test:pass':
        if (!isFileEvent(event.data)) {
          report.pass(event.data);
        }
        break;
      case 'test:fail':
        if (!isFileEvent(event.data)) {
          report.fail(event.data);
        }
        break;
      case 'test:complete':
        if (event.data.file !== undefined && isFileEvent(event.data)) {
          yield report.completeFile(event.data.file, event.data.details);
        }
        break;
      case 'test:stdout':
      case 'test:stderr':
        report.print(event.data.file, event.data.message);
        break;
      default:
        break;
    }
  }
  yield report.failures();
  const totalsFile = process.env['LICENSESPRING_TEST_TOTALS'];
  if (totalsFile) {
    writeFileSync(totalsFile, `\n${report.totalsLine()}`);
  } else {
    yield `\n${report.totalsLine()}`;
  }
}
