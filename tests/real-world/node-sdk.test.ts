/**
 * Lints the published @licensespring/node-sdk (its compiled `dist`
 * JavaScript, CommonJS) with the plugin's `recommended` config in syntactic
 * mode, as a plain-JS project would, and asserts every finding exactly.
 * The expectations are tied to the pinned SDK version.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';

import { Linter } from 'eslint';
import * as espree from 'espree';

import plugin from '../../index.js';

const require = createRequire(import.meta.url);
const sdkPackageJson = require.resolve('@licensespring/node-sdk/package.json');
const sdkRoot = path.dirname(sdkPackageJson);
const sdkVersion = (JSON.parse(readFileSync(sdkPackageJson, 'utf8')) as { version: string }).version;
const distRoot = path.join(sdkRoot, 'dist');

const files = readdirSync(distRoot, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.js'))
  .map((file) => file.split(path.sep).join('/'))
  .sort();

/** Doxygen's browser scripts for the bundled hardware-id docs are classic scripts; the SDK itself is CommonJS. */
function sourceTypeOf(file: string): 'commonjs' | 'script' {
  return file.includes('/documentation/html/') ? 'script' : 'commonjs';
}

const linter = new Linter({ configType: 'flat' });

interface Finding {
  readonly file: string;
  readonly text: string;
  readonly message: Linter.LintMessage;
}

function lintSdk(settings: Record<string, unknown> | undefined, only?: (file: string) => boolean): { findings: Finding[]; sources: Map<string, string> } {
  const findings: Finding[] = [];
  const sources = new Map<string, string>();
  for (const file of files.filter(only ?? (() => true))) {
    const text = readFileSync(path.join(distRoot, file), 'utf8');
    sources.set(file, text);
    const config: Linter.Config[] = [
      {
        files: ['**/*.js'],
        languageOptions: { sourceType: sourceTypeOf(file), ecmaVersion: 'latest' },
        settings: settings === undefined ? {} : { licensespring: settings },
      },
      plugin.configs.recommended,
    ];
    for (const message of linter.verify(text, config, file)) {
      findings.push({ file, text, message });
    }
  }
  return { findings, sources };
}

/** `file:line:column rule messageId detail`, the detail being the status or code the message names. */
function render({ file, message }: Finding): string {
  const detail = /raw status (\d+)/u.exec(message.message)?.[1] ?? /^'([^']+)'/u.exec(message.message)?.[1] ?? '';
  return `${file}:${String(message.line)}:${String(message.column)} ${message.ruleId ?? 'fatal'} ${message.messageId ?? message.message} ${detail}`.trim();
}

function lintFloating(text: string): Linter.LintMessage[] {
  return linter.verify(
    text,
    [{ files: ['**/*.js'], languageOptions: { sourceType: 'commonjs' }, settings: { licensespring: assumed } }, plugin.configs.recommended],
    'src/floating.js',
  );
}

function expected(parts: { swapped?: boolean; statuses?: boolean; codes?: boolean; mismatches?: readonly string[]; extra?: readonly string[] }): string[] {
  return [
    ...(parts.swapped === false ? [] : ['src/floating.js:91:25 licensespring/status-matches-code swappedFields']),
    ...(parts.statuses === false ? [] : magicStatuses.map((entry) => entry.replace(' ', ' licensespring/no-magic-status magicStatus '))),
    ...(parts.codes === false ? [] : unknownCodes.map((entry) => entry.replace(' ', ' licensespring/valid-error-code unknownCode '))),
    ...(parts.mismatches ?? []).map((position) => `${position} licensespring/status-matches-code statusMismatch`),
    ...(parts.extra ?? []),
  ].sort();
}


/** no-magic-status: `status: <n>` next to a `code` in the SDK's thrown error bodies. */
const magicStatuses = [
  'src/abstract-manager.js:105:29 400',
  'src/abstract-manager.js:108:29 400',
  'src/abstract-manager.js:112:33 400',
  'src/api.js:973:33 500',
  'src/api.js:976:33 500',
  'src/api.js:979:33 500',
  'src/api.js:986:33 500',
  'src/api.js:989:33 400',
  'src/bundle-file.js:74:29 400',
  'src/bundle-file.js:97:29 500',
  'src/bundle-file.js:102:29 400',
  'src/bundle-file.js:126:29 500',
  'src/common.js:50:17 401',
  'src/common.js:58:25 400',
  'src/common.js:66:21 400',
  'src/common.js:84:17 401',
  'src/common.js:94:21 500',
  'src/common.js:101:21 500',
  'src/floating.js:138:29 400',
  'src/license-data.js:146:29 400',
  'src/license-data.js:152:29 400',
  'src/license-data.js:177:29 400',
  'src/license-data.js:199:29 400',
  'src/license-data.js:205:29 400',
  'src/license-file.js:71:29 400',
  'src/license-file.js:83:29 500',
  'src/license-file.js:88:29 400',
  'src/license-file.js:101:29 500',
  'src/license-manager.js:331:33 400',
  'src/license-manager.js:334:33 400',
  'src/license.js:249:29 400',
  'src/license.js:252:29 400',
  'src/license.js:257:37 400',
  'src/license.js:260:37 400',
  'src/license.js:325:29 400',
  'src/license.js:354:33 500',
  'src/license.js:357:33 500',
  'src/license.js:361:33 400',
  'src/license.js:364:33 400',
  'src/license.js:544:29 500',
  'src/license.js:547:29 500',
  'src/service.js:114:33 500',
  'src/service.js:147:33 500',
  'src/service.js:180:33 500',
  'src/service.js:213:33 500',
  'src/service.js:246:33 500',
  'src/storage-file.js:141:25 500',
  // A default parameter of the mock that builds error bodies: `function createMockError(code, status = 400)`.
  'src/test/api-response-mock.js:157:41 400',
  // Not a thrown body: an AxiosError fixture in the SDK's tests, `code: 'ERR_BAD_REQUEST', status: 400`.
  'src/test/api-response-mock.js:1949:13 400',
];
/**
 * valid-error-code: the SDK's own codes, which the License API catalog does not list.
 * `cannot_connect_to_server` is thrown with 503, a status the API never returns, so nothing
 * shows it is meant as a License API code and it is not reported (see docs/scope.md).
 */
const unknownCodes = [
  'src/api.js:973:44 offline_activation_error',
  'src/api.js:976:44 offline_activation_error',
  'src/api.js:979:44 offline_activation_error',
  'src/api.js:986:44 invalid_activation_payload',
  'src/api.js:989:44 air_gap_activation_error',
  'src/bundle-file.js:74:40 license_file_not_found',
  'src/bundle-file.js:97:40 license_file_error',
  'src/bundle-file.js:102:40 license_file_not_found',
  'src/bundle-file.js:126:40 license_file_error',
  'src/common.js:51:15 license_signature_invalid',
  'src/common.js:58:36 signature_v2_mismatch',
  'src/common.js:66:32 signature_v2_mismatch',
  'src/common.js:85:15 license_signature_invalid',
  'src/common.js:94:32 internal_server_error',
  'src/common.js:101:32 internal_server_error',
  'src/floating.js:138:40 not_authenticated',
  'src/license-data.js:146:40 wrong_license_type',
  'src/license-data.js:177:40 feature_not_found',
  'src/license-data.js:199:40 feature_not_consumption',
  'src/license-file.js:71:40 license_file_not_found',
  'src/license-file.js:83:40 license_file_error',
  'src/license-file.js:88:40 license_file_not_found',
  'src/license-file.js:101:40 license_file_error',
  'src/license-manager.js:331:44 air_gap_activation_error',
  'src/license-manager.js:334:44 policy_file_not_found',
  'src/license.js:325:40 air_gap_activation_error',
  'src/license.js:354:44 hardware_id_mismatch',
  'src/license.js:357:44 product_mismatch',
  'src/license.js:361:44 floating_timeout',
  'src/license.js:364:44 clock_tampered',
  'src/license.js:544:40 hardware_id_mismatch',
  'src/license.js:547:40 product_mismatch',
  'src/service.js:115:31 internal_server_error',
  'src/service.js:148:31 internal_server_error',
  'src/service.js:181:31 internal_server_error',
  'src/service.js:214:31 internal_server_error',
  'src/service.js:247:31 internal_server_error',
  'src/storage-file.js:141:36 unsupported_operating_system',
];

/** Everything the SDK throws with a code the catalog does not know, as `additionalCodes` would list it. */
const sdkCodes = [...new Set(unknownCodes.map((entry) => entry.split(' ')[1] ?? ''))].sort();
const isSdkSource = (file: string): boolean => file.startsWith('src/');

/**
 * The SDK's files are License API code by definition, but four of them show
 * no evidence of it of their own (docs/evidence.md): they are the SDK, so they
 * import nothing of it, name no host, and throw the SDK's own codes, which the
 * catalog does not list. The suites below lint the SDK as a user who scoped the
 * plugin to License API code does (`assume: 'license-api'`); the first test
 * shows what the default settings keep.
 */
const assumed = { assume: 'license-api' } as const;
const filesWithoutEvidence = ['src/api.js', 'src/bundle-file.js', 'src/floating.js', 'src/license-file.js'];

void describe(`@licensespring/node-sdk ${sdkVersion} dist, recommended config, default settings`, () => {
  void it('reports everything below except in the four files that show no License API evidence', () => {
    const { findings } = lintSdk(undefined);
    assert.deepEqual(
      findings.map(render).sort(),
      expected({}).filter((entry) => !filesWithoutEvidence.some((file) => entry.startsWith(`${file}:`))),
    );
  });
});

void describe(`@licensespring/node-sdk ${sdkVersion} dist, recommended config, syntactic mode, assume: 'license-api'`, () => {
  const { findings, sources } = lintSdk(assumed);

  void it('is the pinned version the expectations were written for', () => {
    assert.equal(sdkVersion, '1.4.17');
    assert.ok(files.length > 30, `only ${String(files.length)} files found under ${distRoot}`);
  });

  void it('lints every file without a crash or a parse error', () => {
    assert.deepEqual(
      findings.filter(({ message }) => message.fatal === true || message.ruleId === null).map(render),
      [],
    );
  });

  void it('reports exactly the swapped fields, the magic statuses and the unknown codes', () => {
    assert.deepEqual(findings.map(render).sort(), expected({}));
  });

  void it('swaps the floating server\'s `{ code: 401, status: ... }` back with an autofix', () => {
    const swapped = findings.find(({ message }) => message.messageId === 'swappedFields');
    assert.ok(swapped?.message.fix);
    const { range, text } = swapped.message.fix;
    const output = swapped.text.slice(0, range[0]) + text + swapped.text.slice(range[1]);
    assert.equal(output.split('\n')[90]?.trim(), "throw { code: 'authentication_failed', status: 401, message: 'Floating server authentication failed' };");
    // After the swap, the code itself is not in the catalog, and valid-error-code says so.
    assert.deepEqual(
      lintFloating(output)
        .filter(({ line }) => line === 91)
        .map(({ ruleId, messageId }) => `${ruleId ?? ''} ${messageId ?? ''}`),
      ['licensespring/valid-error-code unknownCode', 'licensespring/no-magic-status magicStatus'],
    );
  });

  void it('suggests the catalog code the swapped-back SDK code was meant to be', () => {
    const swapped = findings.find(({ message }) => message.messageId === 'swappedFields');
    assert.ok(swapped?.message.fix);
    const { range, text } = swapped.message.fix;
    const output = swapped.text.slice(0, range[0]) + text + swapped.text.slice(range[1]);
    const unknown = lintFloating(output).find(({ line, ruleId }) => line === 91 && ruleId === 'licensespring/valid-error-code');
    assert.equal(unknown?.suggestions?.[0]?.desc, "Replace it with 'authentication_failure'.");
  });

  void it('offers the status constant as a suggestion, not a fix, in CommonJS; each suggestion parses', () => {
    const magic = findings.filter(({ message }) => message.ruleId === 'licensespring/no-magic-status');
    assert.ok(magic.length > 0);
    for (const { file, text, message } of magic) {
      assert.equal(message.fix, undefined, render({ file, text, message }));
      const suggestion = message.suggestions?.[0];
      assert.ok(suggestion, render({ file, text, message }));
      const output = text.slice(0, suggestion.fix.range[0]) + suggestion.fix.text + text.slice(suggestion.fix.range[1]);
      assert.doesNotThrow(() => espree.parse(output, { ecmaVersion: 'latest', sourceType: 'commonjs' }), render({ file, text, message }));
      assert.match(output, /require\("eslint-plugin-licensespring\/types"\)|require\('eslint-plugin-licensespring\/types'\)/u);
    }
    assert.ok(sources.size === files.length);
  });

  void it('stops reporting the SDK\'s own codes once they are listed in additionalCodes', () => {
    const listed = lintSdk({ ...assumed, additionalCodes: sdkCodes }, isSdkSource);
    assert.deepEqual(listed.findings.map(render).sort(), expected({ codes: false }));
  });

  void it('stops reporting the SDK\'s own codes with presets: [\'node-sdk\'], and knows their statuses', () => {
    const preset = lintSdk({ ...assumed, presets: ['node-sdk'] }, isSdkSource);
    assert.deepEqual(
      preset.findings.map(render).sort(),
      expected({
        codes: false,
        // The preset gives cannot_connect_to_server its 503, so 503 is a known status and magic too.
        extra: [107, 140, 173, 206, 239].map((line) => `src/service.js:${String(line)}:33 licensespring/no-magic-status magicStatusWithoutConstant 503`),
      }),
    );
  });

  void it('checks statuses given with additionalCodes like catalog statuses', () => {
    // Each code with the status the SDK throws it with (503 for cannot_connect_to_server, which
    // no-magic-status leaves alone), except license_file_error: the SDK throws it with 500, so
    // declaring it 400 must turn those four throws into mismatches.
    const statusOnLine = new Map(
      findings
        .filter(({ message }) => message.ruleId === 'licensespring/no-magic-status')
        .map((finding) => [`${finding.file}:${String(finding.message.line)}`, Number(/raw status (\d+)/u.exec(finding.message.message)?.[1])]),
    );
    const statuses: Record<string, number> = { cannot_connect_to_server: 503 };
    for (const finding of findings.filter(({ message }) => message.ruleId === 'licensespring/valid-error-code')) {
      const code = /^'([^']+)'/u.exec(finding.message.message)?.[1] ?? '';
      // The status sits on the code's line, or on the line above in a multi-line body.
      const { file, message } = finding;
      statuses[code] ??= statusOnLine.get(`${file}:${String(message.line)}`) ?? statusOnLine.get(`${file}:${String(message.line - 1)}`) ?? 503;
    }
    statuses['license_file_error'] = 400;
    const withStatuses = lintSdk({ ...assumed, additionalCodes: statuses }, isSdkSource);
    assert.deepEqual(
      withStatuses.findings.map(render).sort(),
      expected({
        codes: false,
        mismatches: ['src/bundle-file.js:97:29', 'src/bundle-file.js:126:29', 'src/license-file.js:83:29', 'src/license-file.js:101:29'],
        // 503 is now the status of a known code, so it is magic too; the types have no constant for it.
        extra: [107, 140, 173, 206, 239].map((line) => `src/service.js:${String(line)}:33 licensespring/no-magic-status magicStatusWithoutConstant 503`),
      }),
    );
  });
});
