/**
 * `no-fail-open` on the official Node SDK (`@licensespring/node-sdk`, the
 * compiled CommonJS of its `dist`, pinned in devDependencies): it lints every
 * file without a crash and reports nothing, and the reasons for that silence
 * are asserted on the SDK's own code, so an SDK update that changes one of
 * them fails here. The second half lints small programs that use the SDK the
 * way its own catches call for (docs/rules/no-fail-open.md, "The official
 * Node SDK").
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';

import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';

import plugin from '../../index.js';
import { probe } from '../evidence/probe.js';

const require = createRequire(import.meta.url);
const sdkPackageJson = require.resolve('@licensespring/node-sdk/package.json');
const sdkVersion = (JSON.parse(readFileSync(sdkPackageJson, 'utf8')) as { version: string }).version;
const distRoot = path.join(path.dirname(sdkPackageJson), 'dist');
const sources = readdirSync(distRoot, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.js'))
  .map((file) => file.split(path.sep).join('/'))
  .sort()
  .map((file) => ({ file, text: readFileSync(path.join(distRoot, file), 'utf8') }));

function sdkSource(file: string): string {
  const source = sources.find((candidate) => candidate.file === `src/${file}`);
  assert.ok(source, `dist/src/${file} exists`);
  return source.text;
}

const linter = new Linter({ configType: 'flat' });
const rule = { 'licensespring/no-fail-open': 'error' } as const;

function lint(text: string, file: string, sourceType: 'commonjs' | 'module' | 'script'): Linter.LintMessage[] {
  const languageOptions: Linter.LanguageOptions = file.endsWith('.ts') ? { parser: tsParser } : { sourceType, ecmaVersion: 'latest' };
  return linter.verify(text, [{ files: ['**/*.js', '**/*.ts'], languageOptions, plugins: { licensespring: plugin }, rules: rule }], file);
}

const render = (messages: readonly Linter.LintMessage[]): string[] => messages.map((message) => `${String(message.line)}:${String(message.column)} ${message.messageId ?? message.message}`);

void describe(`no-fail-open on @licensespring/node-sdk ${sdkVersion} dist`, () => {
  void it('is the pinned version the expectations were written for', () => {
    assert.equal(sdkVersion, '1.4.17');
  });

  void it('lints every file without a crash and reports nothing', () => {
    const findings = sources.flatMap(({ file, text }) =>
      lint(text, file, file.includes('/documentation/html/') ? 'script' : 'commonjs').map((message) => `${file}:${render([message]).join('')}`),
    );
    assert.deepEqual(findings, []);
  });

  void it('sees no License API call in the SDK itself: its modules reach each other by relative path and its clients by constructor parameters', () => {
    const files = sources.filter(({ file }) => file.startsWith('src/'));
    const calls = files.flatMap(({ file, text }) => probe(text, 'commonjs').calls.map((call) => `${file} ${call}`));
    assert.deepEqual(calls, []);
    // The calls are there by name; nothing in the file says whose they are.
    assert.match(sdkSource('license.js'), /this\.licenseAPI\.checkLicense\(payload, includeExpiredFeatures\)/u);
    assert.match(sdkSource('license.js'), /constructor\(productCode, licenseAPI, licenseFile, floatingAPI, manager\) \{\s*this\.productCode = productCode;\s*this\.licenseAPI = licenseAPI;/u);
    assert.match(sdkSource('abstract-manager.js'), /this\.licenseAPI = new api_1\.default\(_config\);/u);
    assert.match(sdkSource('test/api.test.js'), /require\("\.\.\/api"\)/u);
  });

  void it('License.check() answers null when a floating license fails: a refusal by value, which the rule lets stand in the SDK', () => {
    assert.match(
      sdkSource('license.js'),
      /catch \(error\) \{\s*if \(this\.currentLicenseData\.isFloatingLicense \|\| this\.currentLicenseData\.isActiveFloatingCloud\) \{\s*return null;\s*\}\s*throw error;/u,
    );
  });

  void it("the Watchdog awaits check() and discards its answer, calling back only on a throw: a floating license's failure never reaches it", () => {
    assert.match(sdkSource('watchdog.js'), /try \{\s*yield this\.license\.check\(\);\s*\}\s*catch \(error\) \{\s*this\.callbackLicense\(\);/u);
    assert.match(sdkSource('watchdog.js'), /constructor\(license\) \{/u);
  });

  void it('its grace-period catches wrap calls that grant nothing (consumption, device variables) and answer false or null', () => {
    const license = sdkSource('license.js');
    assert.equal([...license.matchAll(/catch \(error\) \{\s*if \(this\.isGracePeriodException\(\)\) \{[^}]*return false;\s*\}\s*throw error;/gu)].length, 2);
    assert.match(license, /yield this\.licenseAPI\.trackDeviceVariables\([\s\S]*?catch \(e\) \{\s*if \(this\.isGracePeriod\) \{\s*return false;/u);
    assert.match(license, /yield this\.licenseAPI\.getDeviceVariables\([\s\S]*?catch \(e\) \{\s*if \(this\.isGracePeriod\) \{\s*return null;/u);
  });
});

void describe('no-fail-open on programs that meet those catches', () => {
  const header = "import { LicenseManager } from '@licensespring/node-sdk';\nconst manager = new LicenseManager(config);\nconst license = manager.loadLicense();\n";

  void it("reports a watchdog of one's own that discards check(), in TypeScript with the License from a constructor parameter", () => {
    const code = `import type License from '@licensespring/node-sdk/dist/src/license';
export class LicenseWatch {
  constructor(private readonly license: License, private readonly onFailure: () => void) {}
  async tick(): Promise<void> {
    try {
      await this.license.check();
    } catch {
      this.onFailure();
    }
    this.schedule();
  }
  schedule(): void {}
}`;
    assert.deepEqual(render(lint(code, 'watch.ts', 'module')), ['6:13 discardedRefusal']);
  });

  void it('leaves a watchdog that reads the answer of check() alone', () => {
    const code = `${header}async function tick() {\n  try {\n    if ((await license.check()) === null) onFailure();\n  } catch {\n    onFailure();\n  }\n  schedule();\n}`;
    assert.deepEqual(render(lint(code, 'watch.js', 'module')), []);
  });

  void it('reports grace on any failure of the license check, as the SDK grants it to its consumption sync', () => {
    const code = `${header}async function mayStart() {\n  try {\n    return await license.check();\n  } catch (error) {\n    if (license.isGracePeriod) return true;\n    throw error;\n  }\n}`;
    assert.deepEqual(render(lint(code, 'start.js', 'module')), ['8:32 grantOnFailure']);
  });

  void it('leaves the same grace alone around calls that grant nothing', () => {
    const code = `${header}async function syncVariables() {\n  try {\n    await license.setDeviceVariables();\n  } catch (error) {\n    if (license.isGracePeriod) return false;\n    throw error;\n  }\n  return true;\n}`;
    assert.deepEqual(render(lint(code, 'variables.js', 'module')), []);
  });

  void it("leaves alone a catch that records the refusal and rethrows, as LicenseManager.checkLicense() does", () => {
    const code = `${header}async function check() {\n  try {\n    return await manager.checkLicense({});\n  } catch (error) {\n    if (error.code === 'license_expired') store.expired = true;\n    throw error;\n  }\n}`;
    assert.deepEqual(render(lint(code, 'check.js', 'module')), []);
  });
});
