import { expectAssignable, expectError, expectType } from 'tsd';
import type {
  LicenseApiError,
  LicenseErrorCodeHandlers,
  LicenseErrorCodeOf,
  LicenseErrorStatusHandlers,
} from 'eslint-plugin-licensespring/types';
import { matchLicenseError, matchLicenseErrorStatus } from 'eslint-plugin-licensespring/types';

declare const error: LicenseApiError;
declare const conflict: LicenseApiError<LicenseErrorCodeOf<409>>;
declare const allCodes: LicenseErrorCodeHandlers<LicenseApiError, string>;

// Exhaustive handlers by code, each given the error narrowed to its code.
expectType<string>(matchLicenseError(error, allCodes));
const result = matchLicenseError(conflict, {
  license_key_exists: (e) => {
    expectType<'license_key_exists'>(e.code);
    expectType<409>(e.status);
    return 'key';
  },
  order_id_exists: (e) => {
    expectType<'order_id_exists'>(e.code);
    return 1;
  },
});
expectType<string | number>(result);

// A narrowed error needs only its own codes.
if (error.status === 409) {
  expectType<boolean>(matchLicenseError(error, { license_key_exists: () => true, order_id_exists: () => false }));
}

// A handler missing for a code is a type error.
expectError(matchLicenseError(conflict, { license_key_exists: () => 'key' }));
expectError(matchLicenseError(error, { license_key_exists: () => 'key', order_id_exists: () => 'order' }));
// So is a misspelled or unknown code, even next to every right one.
expectError(
  matchLicenseError(conflict, { license_key_exists: () => 1, order_id_exists: () => 2, order_id_exist: () => 3 }),
);
expectError(matchLicenseError(conflict, { license_key_exists: () => 1, order_id_exists: () => 2, not_found: () => 3 }));
// And a handler that expects another code's error.
expectError(
  matchLicenseError(conflict, {
    license_key_exists: (e: LicenseApiError<'not_found'>) => e.message,
    order_id_exists: () => '',
  }),
);

// Some codes and a fallback: the fallback gets the other codes only.
const withFallback = matchLicenseError(
  error,
  { license_expired: (e) => e.status, not_found: () => 'missing' },
  (rest) => {
    expectType<Exclude<LicenseApiError, { code: 'license_expired' | 'not_found' }>>(rest);
    // @ts-expect-error: handled codes are not left for the fallback.
    rest.code === 'license_expired';
    return null;
  },
);
expectType<400 | string | null>(withFallback);
expectType<undefined>(matchLicenseError(conflict, {}, () => undefined));
expectError(matchLicenseError(error, { licence_expired: () => 1 }, () => 2));
expectError(matchLicenseError(conflict, { not_found: () => 1 }, () => 2));

// By status: exhaustive, narrowed, with or without a fallback.
const byStatus = matchLicenseErrorStatus(error, {
  400: (e) => e.message,
  401: () => 'sign in',
  404: (e) => {
    expectType<'not_found'>(e.code);
    return 404 as const;
  },
  409: (e) => {
    expectType<'license_key_exists' | 'order_id_exists'>(e.code);
    return e.code;
  },
  500: () => undefined,
});
expectType<string | 404 | undefined>(byStatus);
expectError(matchLicenseErrorStatus(error, { 400: () => 1, 401: () => 1, 404: () => 1, 409: () => 1 }));
expectError(
  matchLicenseErrorStatus(error, { 400: () => 1, 401: () => 1, 403: () => 1, 404: () => 1, 409: () => 1, 500: () => 1 }),
);
expectType<number>(matchLicenseErrorStatus(conflict, { 409: () => 1 }));
expectError(matchLicenseErrorStatus(conflict, { 409: () => 1, 400: () => 2 }));
const statusFallback = matchLicenseErrorStatus(error, { 500: () => 'retry' }, (rest) => {
  expectType<400 | 401 | 404 | 409>(rest.status);
  return false;
});
expectType<string | boolean>(statusFallback);

// The handler map types are usable on their own.
expectAssignable<LicenseErrorStatusHandlers<typeof conflict>>({ 409: (e: typeof conflict) => e.code });
