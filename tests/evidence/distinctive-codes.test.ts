import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { getDistinctiveCodes } from '../../rules/evidence/distinctive-codes.js';
import { catalogCodes } from '../../rules/utils/catalog/catalog.js';
import type { LicenseSpringSettings } from '../../rules/utils/catalog/settings.js';
import { presets } from '../../rules/presets/index.js';

const defaults: LicenseSpringSettings = {
  knownCodes: catalogCodes,
  additionalCodes: new Map(),
  knownStatuses: new Set([400, 401, 404, 409, 500]),
  typeChecking: 'auto',
  assume: 'evidence',
};

void describe('distinctive codes', () => {
  void it('are the catalog codes with a licensing word; the generic ones are pinned here, so a change is seen', () => {
    const { codes } = getDistinctiveCodes(defaults);
    const generic = [...catalogCodes].filter((code) => !codes.has(code));
    assert.deepEqual(generic, [
      'authorization_invalid_headers',
      'authorization_missing_params',
      'blacklisted',
      'change_password_not_allowed',
      'customer_account_id_mismatch',
      'customer_account_not_found',
      'customer_does_not_exist',
      'customer_not_found',
      'device_not_found',
      'email_missing',
      'hmac_required',
      'invalid_api_key',
      'invalid_json',
      'invalid_value',
      'missing_content',
      'missing_headers',
      'missing_parameters',
      'oauth_required',
      'oauth_token_expired',
      'oauth_token_malformed',
      'quantity_too_large',
      'read_only_api_key',
      'revoked_api_key',
      'validation_error',
      'version_not_found',
      'authentication_failure',
      'invalid_client_credentials',
      'signature_mismatch',
      'not_found',
      'order_id_exists',
      'adding_manager_error',
      'internal_error',
      'mail_sending_error',
      'notification_sending_error',
    ]);
  });

  void it('include every code the settings add, a preset included', () => {
    const nodeSdk = presets.get('node-sdk') ?? {};
    const additionalCodes = new Map<string, number | undefined>([...Object.entries(nodeSdk), ['seat_limit', undefined]]);
    const settings = { ...defaults, additionalCodes, knownCodes: new Set([...catalogCodes, ...additionalCodes.keys()]) };
    const { codes, findInText } = getDistinctiveCodes(settings);
    assert.ok(codes.has('seat_limit') && codes.has('cannot_connect_to_server'));
    const text = "if (e.code === 'seat_limit' || e.code === 'SEAT_LIMIT' || e.code === 'seat_limits' || e.code === 'wrong_license_type') {}";
    assert.deepEqual(wordsAt(text, findInText(text)), ['seat_limit', 'SEAT_LIMIT', 'wrong_license_type']);
  });

  void it('are found in text only as whole words, in lower or upper case, joined by an underscore', () => {
    const { findInText } = getDistinctiveCodes(defaults);
    assert.deepEqual(findInText('/** @license MIT */ const License = 1; // license checks, __dirname, snake_case'), []);
    const text = "a('license_expired'); b(\"TRIAL_EXPIRED\"); c('license_expired_soon'); d({ floating_not_available: 1 }); e('License_Expired', $license_expired, `offline_signature_mismatch`)";
    assert.deepEqual(wordsAt(text, findInText(text)), ['license_expired', 'TRIAL_EXPIRED', 'floating_not_available', 'offline_signature_mismatch']);
  });
});

/** The word that starts at each of `indices`. */
function wordsAt(text: string, indices: readonly number[]): string[] {
  return indices.map((index) => /^[\w$-]+/u.exec(text.slice(index))?.[0] ?? '');
}
