/**
 * What the user reads when a license request fails. All of this is correct
 * code: the rules must leave it alone.
 */
import {
  LicenseStatus,
  matchLicenseError,
  matchLicenseErrorStatus,
  type LicenseApiError,
} from 'eslint-plugin-licensespring/types';

/** Codes worth their own sentence; `otherwise` gets the rest, still typed. */
export function describeLicenseError(error: LicenseApiError): string {
  return matchLicenseError(
    error,
    {
      license_expired: () => 'Your license has expired. Renew it to keep working.',
      trial_expired: () => 'Your trial has ended.',
      license_activated_max_times: () => 'This license is active on too many devices. Deactivate one first.',
      license_not_enabled: () => 'This license has been disabled. Contact your administrator.',
      vm_not_allowed: () => 'This license cannot be used on a virtual machine.',
    },
    (other) => describeByStatus(other),
  );
}

/** One handler per status: a status the catalog adds later becomes a type error here. */
function describeByStatus(error: LicenseApiError): string {
  return matchLicenseErrorStatus(error, {
    400: (e) => `The license server refused the request: ${e.message}`,
    401: () => 'The application could not authenticate with the license server.',
    404: () => 'The license server does not know this request.',
    409: (e) => `The license server reports a conflict (${e.code}).`,
    500: () => 'The license server failed. Try again in a few minutes.',
  });
}

/** Only server-side failures are worth retrying. An exhaustive switch on the status. */
export function isRetryable(error: LicenseApiError): boolean {
  switch (error.status) {
    case LicenseStatus.BAD_REQUEST:
    case LicenseStatus.UNAUTHORIZED:
    case LicenseStatus.NOT_FOUND:
    case LicenseStatus.CONFLICT:
      return false;
    case LicenseStatus.INTERNAL_SERVER_ERROR:
      return true;
  }
}
