/**
 * What each rule reports, and what it fixes, by the evidence a file shows
 * (docs/evidence.md), with the default settings: code no one here wrote stays
 * silent; the same code in a file that talks to the License API is reported;
 * fixes need evidence on the value itself. The rule suites test positions
 * and shapes under `assume: 'license-api'`; this file tests the evidence.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { Linter } from 'eslint';

import plugin from '../../index.js';

const linter = new Linter({ configType: 'flat' });
const licensespring = plugin as unknown as NonNullable<Linter.Config['plugins']>[string];

/** `line:column rule messageId`, then `fix` or the number of suggestions. */
function lint(code: string, { strict = false, settings = {} }: { strict?: boolean; settings?: Record<string, unknown> } = {}): string[] {
  const config = strict ? plugin.configs.strict : plugin.configs.recommended;
  const messages = linter.verify(code, [{ ...config, plugins: { licensespring }, settings: { licensespring: settings } }], 'file.js');
  return messages.map((message) => {
    const outcome = message.fix === undefined ? `${String(message.suggestions?.length ?? 0)} suggestions` : 'fix';
    return `${String(message.line)}:${String(message.column)} ${message.ruleId ?? 'fatal'} ${message.messageId ?? message.message} ${outcome}`;
  });
}

const sdkImport = "import { LicenseAPI } from '@licensespring/node-sdk';\n";
const typesImport = "import { isLicenseApiError } from 'eslint-plugin-licensespring/types';\n";

void describe('evidence: code that is not License API code is left alone', () => {
  const foreign: Record<string, string> = {
    'an SDK error module mapping statuses to classes': [
      'function toError(status, body) {',
      '  if (status === 400) return new BadRequestError(body);',
      '  if (status === 401) return new AuthenticationError(body);',
      '  if (status === 404) return new NotFoundError(body);',
      '  if (status === 409) return new ConflictError(body);',
      '  if (status === 500) return new InternalServerError(body);',
      '}',
    ].join('\n'),
    'an auth guard': 'if (error.status === 400 || error.status === 401 || error.status === 403) { refresh(); }',
    'an HTTP client test': 'assert(response.status === 500);\nassert(error.response.status === 404);',
    'a server setting statuses and bodies': "res.status = 404;\nfunction fail() { return { status: 500, code: 'internal' }; }",
    "another product's codes beside statuses": "if (err.code === 'not_found' && err.status === 404) {}\nif (err.code === 'validation_error') {}",
    "a generic code paired with another status": "const body = { status: 500, code: 'not_found', message: 'gone' };",
    'a status switch': 'switch (res.status) { case 400: case 401: case 404: break; }',
    'a code switch on generic words': "switch (err.code) { case 'not_found': break; case 'internal_error': break; case 'rate_limited': break; }",
    "another licensing vendor's upper-case codes": "if (err.code === 'LICENSE_EXPIRED') {}\nif (err.code === 'LICENSE_NOT_FOUND') {}",
    'a table of generic codes': "const messages = { not_found: 'Gone', validation_error: 'Bad', invalid_value: 'Bad' };\nshow(messages[err.code]);",
  };
  for (const [name, code] of Object.entries(foreign)) {
    void it(`${name}: nothing under recommended or strict`, () => {
      assert.deepEqual(lint(code), []);
      assert.deepEqual(lint(code, { strict: true }), []);
    });
  }
});

void describe('evidence: the file shows License API evidence', () => {
  void it('an import of the SDK: a status beside 401 is reported; a magic status is suggested, not fixed', () => {
    assert.deepEqual(lint(`${sdkImport}if (error.status === 401 || error.status === 403) signIn();`), [
      '2:22 licensespring/no-magic-status magicStatus 1 suggestions',
      '2:46 licensespring/valid-error-status unreachableStatus 0 suggestions',
    ]);
  });

  void it('the types subpath: a generic code paired with the wrong status is suggested, not fixed', () => {
    assert.deepEqual(lint(`${typesImport}const body = { status: 500, code: 'not_found', message: 'gone' };`), [
      '2:24 licensespring/status-matches-code statusMismatch 1 suggestions',
      '2:24 licensespring/no-magic-status magicStatus 1 suggestions',
    ]);
  });

  void it('naming the vendor in a comment is file evidence too', () => {
    assert.deepEqual(lint('// Client for the LicenseSpring License API\nswitch (res.status) { case 400: case 401: case 404: break; }'), [
      '2:9 licensespring/exhaustive-error-codes missingStatuses 1 suggestions',
      '2:28 licensespring/no-magic-status magicStatus 1 suggestions',
      '2:38 licensespring/no-magic-status magicStatus 1 suggestions',
      '2:48 licensespring/no-magic-status magicStatus 1 suggestions',
    ]);
  });

  void it('the vendor named in any case counts (the SDK\'s own files say `licenseSpring`)', () => {
    assert.deepEqual(lint('const licenseSpring = createClient();\nif (error.status === 401 || error.status === 403) signIn();'), [
      '2:22 licensespring/no-magic-status magicStatus 1 suggestions',
      '2:46 licensespring/valid-error-status unreachableStatus 0 suggestions',
    ]);
  });

  void it('the word "license" alone is not evidence', () => {
    assert.deepEqual(lint("// license checks\nif (license.status === 401 || license.status === 403) deny();\nif (err.code === 'expired') {}"), []);
  });
});

void describe('evidence: the value itself shows it', () => {
  void it('the same error compared with a distinctive code: the status is fixed', () => {
    assert.deepEqual(lint("if (err.code === 'license_expired') lock();\nelse if (err.status === 500) retry();"), [
      '2:25 licensespring/no-magic-status magicStatus fix',
    ]);
  });

  void it('the labels of a switch on the same error: the status under it is fixed', () => {
    const code = "switch (err.code) {\n  case 'license_expired':\n  case 'trial_expired':\n    break;\n  default:\n    if (err.status === 500) retry();\n}";
    assert.deepEqual(lint(code), ['6:24 licensespring/no-magic-status magicStatus fix']);
  });

  void it('a distinctive code in a list (here among holes) is no field: alone, it is no evidence', () => {
    assert.deepEqual(lint("const codes = [, , 'license_expired'];\nif (err.status === 500) retry();"), []);
    assert.deepEqual(lint("const codes = [, , 'license_expired'];\nif (err.code === 'license_expired' && err.status === 400) retry();"), [
      '2:54 licensespring/no-magic-status magicStatus fix',
    ]);
  });

  void it('a distinctive code in the same body: the status is fixed, and so is a wrong one', () => {
    assert.deepEqual(lint("const body = { status: 404, code: 'license_not_found', message: '' };"), [
      '1:24 licensespring/status-matches-code statusMismatch fix',
      '1:24 licensespring/no-magic-status magicStatus fix',
    ]);
  });

  void it('a swapped pair the catalog sends together is fixed in a file with evidence', () => {
    assert.deepEqual(lint(`${typesImport}const fake = { code: 401, status: 'authentication_failure', message: '' };`), [
      '2:16 licensespring/status-matches-code swappedFields fix',
    ]);
  });

  void it('a status unknown to the API beside a distinctive code of the same error', () => {
    assert.deepEqual(lint("if (err.code === 'license_expired' || err.status === 403) lock();"), [
      '1:54 licensespring/valid-error-status unreachableStatus 0 suggestions',
    ]);
  });
});

void describe('evidence: valid-error-code reports what evidence earns', () => {
  void it('spellings of known codes compared on a field the file compares with distinctive codes', () => {
    const code = [
      "if (err.code === 'license_expired') lock();",
      "if (e.code === 'LICENSE_EXPIRED') lock();",
      "if (e.code === 'License_Not_Found') ask();",
      "if (e.code === 'device-not-found') ask();",
      "if (e.code === 'Trial_Expired') buy();",
    ].join('\n');
    assert.deepEqual(lint(code), [
      '2:16 licensespring/valid-error-code unknownCode 1 suggestions',
      '3:16 licensespring/valid-error-code unknownCode 1 suggestions',
      '4:16 licensespring/valid-error-code unknownCode 1 suggestions',
      '5:16 licensespring/valid-error-code unknownCode 1 suggestions',
    ]);
  });

  void it("preset codes count as known codes: 'wrong-license-type'", () => {
    const code = "if (err.code === 'license_expired') lock();\nif (err.code === 'wrong-license-type') ask();";
    assert.deepEqual(lint(code, { settings: { presets: ['node-sdk'] } }), ['2:18 licensespring/valid-error-code unknownCode 1 suggestions']);
  });

  void it("a switch over distinctive codes: 'timeout' can never match, Node's system codes are the transport's", () => {
    const code = "switch (err.code) { case 'license_expired': break; case 'timeout': break; case 'ECONNREFUSED': break; }";
    assert.deepEqual(lint(code), [
      '1:9 licensespring/exhaustive-error-codes missingCodes 1 suggestions',
      '1:57 licensespring/valid-error-code unknownCode 0 suggestions',
    ]);
  });
});

void describe("evidence: settings.licensespring.assume: 'license-api'", () => {
  void it('treats every file as License API code, with fixes', () => {
    assert.deepEqual(lint('if (error.status === 401 || error.status === 403) signIn();', { settings: { assume: 'license-api' } }), [
      '1:22 licensespring/no-magic-status magicStatus fix',
      '1:46 licensespring/valid-error-status unreachableStatus 0 suggestions',
    ]);
  });

  void it('rejects other values with a message naming the setting', () => {
    assert.throws(() => lint('x;', { settings: { assume: 'yes' } }), /settings\.licensespring\.assume must be "evidence" or "license-api", got 'yes'/u);
  });
});
