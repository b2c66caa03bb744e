import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { findClosestCodes, normalizeCode } from '../../rules/utils/fixes/closest-codes.js';
import { nodeSdkCodes } from '../../rules/presets/node-sdk.js';

/** Input, additional codes, expected result: one code is a suggestion, two or more a tie, none nothing close. */
const table: readonly [string, readonly string[], readonly string[]][] = [
  // Small edits, case and separators.
  ['licence_expired', [], ['license_expired']],
  ['license_expried', [], ['license_expired']],
  ['not_fond', [], ['not_found']],
  ['LICENSE_EXPIRED', [], ['license_expired']],
  ['licenseExpired', [], ['license_expired']],
  ['license-expired', [], ['license_expired']],
  ['trial_expire', [], ['trial_expired']],
  // A word more, a word less, another form of a word, another order.
  ['internal_server_error', [], ['internal_error']],
  ['authentication_failed', [], ['authentication_failure']],
  ['authentication_failure_error', [], ['authentication_failure']],
  ['invalid_input_value', [], ['invalid_value']],
  ['mail_error', [], ['mail_sending_error']],
  ['signature_mismatched', [], ['signature_mismatch']],
  ['expired_license', [], ['license_expired']],
  ['api_key_invalid', [], ['invalid_api_key']],
  ['license_not_activated', [], ['license_not_active']],
  // Ties: two codes equally close, so none can be suggested.
  ['oauth_token', [], ['oauth_token_expired', 'oauth_token_malformed']],
  ['license_max_times', [], ['license_activated_max_times', 'license_transferred_max_times']],
  ['trial_expire', ['trial_expirer'], ['trial_expired', 'trial_expirer']],
  // Additional codes take part; a clearer one wins.
  ['wrong_licence_type', [], []],
  ['wrong_licence_type', Object.keys(nodeSdkCodes), ['wrong_license_type']],
  ['trial_expire', ['trial_expirer_notice'], ['trial_expired']],
  // Nothing close: other vendors' codes, success strings, feature codes, tool names, short words.
  ['premium_feature', [], []],
  ['ok', [], []],
  ['', [], []],
  ['__', [], []],
  ['ECONNREFUSED', [], []],
  ['ERR_BAD_REQUEST', [], []],
  ['ERR_INVALID_VALUE', [], []],
  ['ERR_NOT_FOUND', [], []],
  ['ETIMEDOUT', [], []],
  ['ENOENT', [], []],
  ['KeyA', [], []],
  ['license_deactivated', [], []],
  ['license_activated', [], []],
  ['license_check_tool', [], []],
  ['redirect_home', [], []],
  ['product_not_found', [], []],
  // A dropped or added negation is the opposite code, not a typo.
  ['feature_floating', [], []],
  ['license_not_expired', [], []],
];

void describe('findClosestCodes', () => {
  for (const [input, additional, expected] of table) {
    void it(`${JSON.stringify(input)}${additional.length > 0 ? ` with ${String(additional.length)} additional codes` : ''} -> ${expected.join(', ') || 'nothing'}`, () => {
      assert.deepEqual(findClosestCodes(input, additional), expected);
    });
  }

  void it('stays fast: a thousand lookups of long unknown strings well under a second', () => {
    const start = performance.now();
    for (let index = 0; index < 1000; index++) {
      findClosestCodes(`some_unrelated_string_number_${String(index)}`, Object.keys(nodeSdkCodes));
    }
    assert.ok(performance.now() - start < 1000);
  });
});

void describe('normalizeCode', () => {
  void it('gives one spelling for case, separators and camelCase', () => {
    for (const input of ['LICENSE_EXPIRED', 'license-expired', 'license expired', 'licenseExpired', '__license__expired__']) {
      assert.equal(normalizeCode(input), 'license_expired');
    }
  });
});
