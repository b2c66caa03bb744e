/**
 * `npm run demo`: lints examples/app with its own eslint.config.js (the plugin
 * from dist/, typed linting), says that the findings to come are the app's
 * planted mistakes, prints them as ESLint does, then checks them against
 * examples/app/expected-findings.json and says whether they match. Exits 0
 * only when exactly the expected findings appear, so it doubles as an
 * end-to-end test (`npm test` runs it).
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

const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as Finding[];
const appName = path.relative(process.cwd(), appDir) || '.';

console.log(`Linting ${appName} with its eslint.config.js (licensespring recommended: typed linting for the TypeScript files, syntactic checks plus ladders and tables for the plain-JavaScript one).`);
// ESLint's report ends in "✖ N problems", which reads like a failure: say first that these are wanted.
console.log(
  `The app has ${String(expected.length)} planted mistakes (each marked MISTAKE in its source, listed in ${path.relative(process.cwd(), expectedFile)}); the demo passes when ESLint reports exactly these:`,
);
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
      `✔ Demo OK: the ${String(actual.length)} problems above are exactly the planted mistakes, found by ${String(rules.size)} rules, and the correct code around them is left alone.`,
    ),
  );
} else {
  console.error(styleText('red', `✖ Demo FAILED: the findings differ from the planted mistakes in ${path.relative(process.cwd(), expectedFile)}.`));
  for (const finding of missing) {
    console.error(styleText('red', `- expected, not reported: ${finding}`));
  }
  for (const finding of unexpected) {
    console.error(styleText('red', `+ reported, not expected: ${finding}`));
  }
  process.exitCode = 1;
}
