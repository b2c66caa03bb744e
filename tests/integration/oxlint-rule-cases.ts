/**
 * Collects the code of every rule test case (valid and invalid, any tester)
 * with the options and settings it runs with, so the oxlint parity test can
 * lint the same snippets without a copy of them. Run as a child process:
 * `tsx tests/integration/oxlint-rule-cases.ts <out.json>`. It replaces
 * `RuleTester#run` before importing the test files, so no test runs; the
 * rule object passed to `run` names the rule by identity with the registry.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { RuleTester } from '@typescript-eslint/rule-tester';
import type { RunTests, ValidTestCase } from '@typescript-eslint/rule-tester';

import { rules } from '../../rules/index.js';

export interface RuleCase {
  readonly rule: string;
  readonly code: string;
  /** The case's file name, when it gives one: its extension tells the module kind. */
  readonly filename: string | undefined;
  readonly options: readonly unknown[];
  readonly settings: Readonly<Record<string, unknown>> | undefined;
}

const ruleNames = new Map<unknown, string>(Object.entries(rules).map(([name, rule]) => [rule, name]));
const collected: RuleCase[] = [];

function collect(rule: unknown, tests: RunTests<string, readonly unknown[]>): void {
  const name = ruleNames.get(rule);
  if (name === undefined) {
    throw new Error('A rule test runs a rule that is not in rules/index.ts');
  }
  for (const item of [...tests.valid, ...tests.invalid]) {
    const test: ValidTestCase<readonly unknown[]> = typeof item === 'string' ? { code: item } : item;
    collected.push({
      rule: name,
      code: test.code,
      filename: test.filename,
      options: test.options ?? [],
      settings: test.settings,
    });
  }
}

const [out, ...files] = process.argv.slice(2);
if (out !== undefined) {
  // Only the cases are wanted: replacing `run` keeps the test files from registering tests.
  RuleTester.prototype.run = function run(_name, rule, tests) {
    collect(rule, tests);
  };
  const testDir = path.join(import.meta.dirname, '..', 'rules');
  const testFiles = files.length > 0 ? files : readdirSync(testDir).filter((file) => file.endsWith('.test.ts')).map((file) => path.join(testDir, file));
  for (const file of testFiles.sort()) {
    await import(pathToFileURL(path.resolve(file)).href);
  }
  writeFileSync(out, JSON.stringify(collected));
  // Some test files may also register node:test suites of their own; none of them should run here.
  process.exit(0);
}
