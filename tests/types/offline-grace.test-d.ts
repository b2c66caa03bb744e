import { expectError, expectType } from 'tsd';
import type { LicenseApiError, LicenseApiErrorBody } from 'eslint-plugin-licensespring/types';
import { isLicenseApiRejection, isTransportFailure } from 'eslint-plugin-licensespring/types';

// Both take any value and answer a boolean.
expectType<(value: unknown) => boolean>(isLicenseApiRejection);
expectType<(value: unknown) => boolean>(isTransportFailure);
expectType<boolean>(isLicenseApiRejection({ status: 400, code: 'license_expired', message: '' }));
expectType<boolean>(isTransportFailure(new TypeError('fetch failed')));
expectType<boolean>(isTransportFailure(null));
expectType<boolean>(isLicenseApiRejection(undefined));
expectError(isTransportFailure());
expectError(isLicenseApiRejection(1, 2));

// Neither is a type predicate: `false` does not mean "not an error body" (a 503
// body is no rejection), so no branch narrows what the caller holds.
declare const body: LicenseApiErrorBody;
if (isLicenseApiRejection(body)) {
  expectType<LicenseApiErrorBody>(body);
} else {
  expectType<LicenseApiErrorBody>(body);
}
declare const apiError: LicenseApiError;
if (!isTransportFailure(apiError)) {
  expectType<LicenseApiError>(apiError);
}
declare const caught: unknown;
if (isTransportFailure(caught)) {
  expectType<unknown>(caught);
}

// The grace recipe type-checks as written, with `catch` variables of type unknown.
interface License {
  readonly valid: boolean;
  readonly checkedAt: number;
}
declare function checkLicense(): Promise<License>;
declare function withinGrace(license: License): boolean;

export async function licenseForStart(cached: License | undefined): Promise<License> {
  try {
    return await checkLicense();
  } catch (error) {
    expectType<unknown>(error);
    if (isTransportFailure(error) && cached !== undefined && withinGrace(cached)) {
      return cached;
    }
    throw error;
  }
}
