/**
 * Type assertions for the app's own error handling, checked with tsd: they
 * fail the build when the catalog changes in a way the app must react to.
 */
import {
  LicenseStatus,
  matchLicenseError,
  statusOf,
  type LicenseApiError,
  type LicenseErrorCode,
  type LicenseErrorCodeOf,
} from 'eslint-plugin-licensespring/types';
import { expectAssignable, expectError, expectNotAssignable, expectType } from 'tsd';

import { LicenseRequestError } from '../src/license-api.js';
import { describeLicenseError, isRetryable } from '../src/messages.js';

declare const failure: LicenseRequestError;

// The codes the app names exist, with the statuses it expects.
expectType<400>(statusOf('license_expired'));
expectType<400>(statusOf('license_activated_max_times'));
expectType<400>(statusOf('license_not_found'));
expectType<'license_key_exists' | 'order_id_exists'>({} as LicenseErrorCodeOf<409>);

// A misspelled code is not a code.
expectAssignable<LicenseErrorCode>('license_expired');
expectNotAssignable<LicenseErrorCode>('licence_expired');

// Checking the status narrows the code, and the other way round.
if (failure.error.status === LicenseStatus.CONFLICT) {
  expectType<'license_key_exists' | 'order_id_exists'>(failure.error.code);
}
if (failure.error.code === 'license_not_found') {
  expectType<400>(failure.error.status);
}

// Without a fallback, matchLicenseError needs a handler for every code.
expectError(matchLicenseError(failure.error, { license_expired: () => 'expired' }));
// A misspelled handler name is a type error too.
expectError(matchLicenseError(failure.error, { licence_expired: () => 'expired' }, () => 'other'));

expectType<string>(describeLicenseError(failure.error));
expectType<boolean>(isRetryable(failure.error));
expectAssignable<LicenseApiError>(failure.error);
