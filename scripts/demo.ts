/**
 * `npm run demo`: lints examples/app with its own eslint.config.js (the plugin
 * from dist/, typed linting), prints the findings as ESLint does, then checks
 * them against examples/app/expected-findings.json. Exits 0 only when exactly
 * the expected findings appear, so it doubles as an end-to-end test.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { styleText } from 'node:util';

import { ESLint } from 'eslint';

interface Finding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly ruleId: string | null;
  readonly messageId: string | null;
}

const appDir = fileURLToPath(new URL('../examples/app/', import.meta.url));
const expectedFile = path.join(appDir, 'expected-findings.json');

console.log(`Linting ${path.relative(process.cwd(), appDir) || '.'} with its eslint.config.js (licensespring recommended: typed linting for the TypeScript files, syntactic checks plus ladders and tables for the plain-JavaScript one)...`);
const eslint = new ESLint({ cwd: appDir });
const results = await eslint.lintFiles(['.']);
const formatter = await eslint.loadFormatter('stylish');
process.stdout.write(await formatter.format(results));

const actual: Finding[] = results.flatMap((result) =>
  result.messages.map((message) => ({
    file: path.relative(appDir, result.filePath).split(path.sep).join('/'),
    line: message.line,
    column: message.column,
    ruleId: message.ruleId,
    messageId: message.messageId ?? null,
  })),
);
const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as Finding[];

const key = (finding: Finding) =>
  `${finding.file}:${String(finding.line)}:${String(finding.column)} ${finding.ruleId ?? '(no rule)'}/${finding.messageId ?? '(no messageId)'}`;
const actualKeys = actual.map(key);
const expectedKeys = expected.map(key);
const missing = expectedKeys.filter((finding) => !actualKeys.includes(finding));
const unexpected = actualKeys.filter((finding) => !expectedKeys.includes(finding));

if (missing.length === 0 && unexpected.length === 0 && actualKeys.length === expectedKeys.length) {
  const rules = new Set(actual.map((finding) => finding.ruleId));
  console.log(
    styleText(
      'green',
      `Demo OK: examples/app has exactly the ${String(actual.length)} expected findings, from ${String(rules.size)} rules; the correct code around them is left alone.`,
    ),
  );
  console.log('Each finding is one of the mistakes marked MISTAKE in examples/app/src (listed in examples/app/expected-findings.json).');
} else {
  console.error(styleText('red', `Demo FAILED: the findings differ from ${path.relative(process.cwd(), expectedFile)}.`));
  for (const finding of missing) {
    console.error(styleText('red', `- expected, not reported: ${finding}`));
  }
  for (const finding of unexpected) {
    console.error(styleText('red', `+ reported, not expected: ${finding}`));
  }
  process.exitCode = 1;
}
