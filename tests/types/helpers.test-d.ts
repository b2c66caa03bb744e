import { expectAssignable, expectError, expectType } from 'tsd';
import type {
  LicenseApiError,
  LicenseApiErrorBody,
  LicenseErrorCatalogEntry,
  LicenseErrorCode,
  LicenseErrorStatus,
} from 'eslint-plugin-licensespring/types';
import {
  isLicenseApiError,
  isLicenseApiErrorBody,
  isLicenseErrorCode,
  isLicenseErrorStatus,
  licenseErrorCatalog,
  licenseErrorCodes,
  licenseErrorStatusByCode,
  LicenseStatus,
  statusOf,
} from 'eslint-plugin-licensespring/types';

// statusOf: one literal for one code, the union for a union, unknown codes rejected.
expectType<409>(statusOf('order_id_exists'));
declare const someCode: 'license_expired' | 'not_found';
expectType<400 | 404>(statusOf(someCode));
declare const anyCode: LicenseErrorCode;
expectType<LicenseErrorStatus>(statusOf(anyCode));
expectError(statusOf('licence_expired'));
expectError(statusOf('order_id_exists' as string));

// Status constants: literal types, read-only, no made-up names.
expectType<400>(LicenseStatus.BAD_REQUEST);
expectType<401>(LicenseStatus.UNAUTHORIZED);
expectType<404>(LicenseStatus.NOT_FOUND);
expectType<409>(LicenseStatus.CONFLICT);
expectType<500>(LicenseStatus.INTERNAL_SERVER_ERROR);
expectError(LicenseStatus.FORBIDDEN);
expectError((LicenseStatus.CONFLICT = 409));
declare const error: LicenseApiError;
if (error.status === LicenseStatus.CONFLICT) {
  expectType<'license_key_exists' | 'order_id_exists'>(error.code);
}

// Runtime maps.
expectType<readonly LicenseErrorCode[]>(licenseErrorCodes);
expectType<409>(licenseErrorStatusByCode.order_id_exists);
expectError(licenseErrorStatusByCode.licence_expired);
expectError((licenseErrorStatusByCode.order_id_exists = 409));
expectError(licenseErrorCatalog.push({ code: 'x', status: 400, description: 'x' } as const));
declare const entry: (typeof licenseErrorCatalog)[number];
expectType<LicenseErrorCode>(entry.code);
expectType<LicenseErrorStatus>(entry.status);
expectAssignable<LicenseErrorCatalogEntry>(entry);

// Guards narrow unknown values.
declare const value: unknown;
if (isLicenseErrorCode(value)) {
  expectType<LicenseErrorCode>(value);
}
if (isLicenseErrorStatus(value)) {
  expectType<LicenseErrorStatus>(value);
}
if (isLicenseApiErrorBody(value)) {
  expectType<LicenseApiErrorBody>(value);
  expectType<string>(value.code);
}
if (isLicenseApiError(value)) {
  expectType<LicenseApiError>(value);
  if (value.code === 'not_found') {
    expectType<404>(value.status);
  }
}
declare const body: LicenseApiErrorBody;
if (isLicenseApiError(body)) {
  expectType<LicenseErrorCode>(body.code);
}
declare const text: string;
if (isLicenseErrorCode(text)) {
  expectType<LicenseErrorCode>(text);
} else {
  expectType<string>(text);
}
