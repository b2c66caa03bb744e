import { expectAssignable, expectError, expectNotAssignable, expectType } from 'tsd';
import type {
  LicenseApiError,
  LicenseApiErrorBody,
  LicenseErrorCode,
  LicenseErrorCodeOf,
  LicenseErrorStatus,
  LicenseErrorStatusOf,
} from 'eslint-plugin-licensespring/types';

declare const error: LicenseApiError;

// Narrowing on code narrows status to one literal.
if (error.code === 'order_id_exists') {
  expectType<409>(error.status);
  expectType<string>(error.message);
}
if (error.code === 'license_expired' || error.code === 'not_found') {
  expectType<400 | 404>(error.status);
}
switch (error.code) {
  case 'internal_error':
    expectType<500>(error.status);
    break;
  case 'signature_mismatch':
    expectType<401>(error.status);
    break;
  default:
    expectType<LicenseErrorStatus>(error.status);
}

// Narrowing on status narrows code to that status's codes.
if (error.status === 409) {
  expectType<'license_key_exists' | 'order_id_exists'>(error.code);
}
if (error.status === 404) {
  expectType<'not_found'>(error.code);
}
if (error.status === 500) {
  expectType<LicenseErrorCodeOf<500>>(error.code);
  expectType<'adding_manager_error' | 'internal_error' | 'mail_sending_error' | 'notification_sending_error'>(error.code);
}

// The type parameter picks members of the union.
declare const conflict: LicenseApiError<LicenseErrorCodeOf<409>>;
expectType<409>(conflict.status);
expectType<'license_key_exists' | 'order_id_exists'>(conflict.code);
expectType<LicenseApiError>(error);
expectAssignable<LicenseApiError>(conflict);

// The shape: status, code and message, all required, nothing else.
expectAssignable<LicenseApiError>({ status: 409, code: 'order_id_exists', message: 'exists' } as const);
const exact: LicenseApiError = { status: 409, code: 'order_id_exists', message: 'exists' };
expectType<409>(exact.status);
expectError<LicenseApiError>({ status: 409, code: 'order_id_exists', message: 'exists', detail: 'x' });
expectError<LicenseApiError>({ status: 409, code: 'order_id_exists' });
expectError<LicenseApiError>({ code: 'order_id_exists', message: 'exists' });
expectError<LicenseApiError>({ status: 409, message: 'exists' });
expectError<LicenseApiError>({ status: 409, code: 'order_id_exists', message: 1 });
// A code with the wrong status, or a status no code has.
expectError<LicenseApiError>({ status: 400, code: 'order_id_exists', message: 'exists' });
expectError<LicenseApiError>({ status: 403, code: 'order_id_exists', message: 'exists' });
expectNotAssignable<LicenseApiError>({ status: 409 as number, code: 'order_id_exists' as const, message: '' });
expectType<'status' | 'code' | 'message'>({} as keyof LicenseApiError);

// The schema-only body takes any code and any number.
expectAssignable<LicenseApiErrorBody>({ status: 418, code: 'brand_new_code', message: '' });
expectAssignable<LicenseApiErrorBody>(error);
expectError<LicenseApiErrorBody>({ status: 418, code: 'brand_new_code', message: '', extra: true });
expectType<'status' | 'code' | 'message'>({} as keyof LicenseApiErrorBody);

// LicenseErrorStatusOf / LicenseErrorCodeOf.
expectType<409>({} as LicenseErrorStatusOf<'license_key_exists'>);
expectType<400 | 409>({} as LicenseErrorStatusOf<'license_expired' | 'order_id_exists'>);
expectType<'not_found'>({} as LicenseErrorCodeOf<404>);
expectType<LicenseErrorCodeOf<404> | LicenseErrorCodeOf<409>>({} as LicenseErrorCodeOf<404 | 409>);
expectType<LicenseErrorCode>({} as LicenseErrorCodeOf<LicenseErrorStatus>);
expectError({} as LicenseErrorStatusOf<'licence_expired'>);
expectError({} as LicenseErrorCodeOf<403>);
expectError({} as LicenseApiError<'licence_expired'>);

// Unknown codes and statuses are type errors.
// @ts-expect-error: a misspelled code (an unused directive would fail tsd).
const misspelled: LicenseErrorCode = 'licence_expired';
// @ts-expect-error: 403 is not a status of the catalog.
const forbidden: LicenseErrorStatus = 403;
expectType<LicenseErrorCode>(misspelled);
expectType<LicenseErrorStatus>(forbidden);
expectError<LicenseErrorCode>('licence_expired');
expectError<LicenseErrorCode>('LICENSE_EXPIRED');
expectError<LicenseErrorCode>('');
expectError<LicenseErrorStatus>(403);
expectNotAssignable<LicenseErrorCode>('licence_expired' as string);
expectNotAssignable<LicenseErrorStatus>(409 as number);
