/**
 * An older client in plain JavaScript (no types), written the way many real
 * ones are: the error is read into locals first, then dispatched with
 * if/else ladders and a lookup table. Linted without type information.
 */
import { LicenseStatus } from 'eslint-plugin-licensespring/types';

/** What to tell the user when `activate_license` fails, from an axios error. */
export function describeActivationError(error) {
  const { status } = error.response;
  const { code } = error.response.data;
  // MISTAKE (valid-error-status): the API never answers 403; the API-key errors meant here come with 400.
  if (status === LicenseStatus.UNAUTHORIZED || status === 403) {
    return 'The application could not sign in to the license server.';
  }
  // MISTAKE (exhaustive-error-codes): a ladder over three codes with no final `else`.
  if (code === 'license_expired') {
    return 'Your license has expired.';
  } else if (code === 'license_not_enabled') {
    return 'Your license has been disabled.';
    // MISTAKE (valid-error-code): 'LICENCE_NOT_FOUND' never equals an upper-cased catalog code.
  } else if (code.toUpperCase() === 'LICENCE_NOT_FOUND') {
    return 'No license was found for this key.';
  }
  return 'Activation failed.';
}

// MISTAKE (exhaustive-error-codes): a table looked up by code that misses most codes.
const deactivationMessages = {
  license_not_found: 'This license no longer exists.',
  license_not_active: 'This license is not active on this device.',
  device_not_found: 'This device is not registered for the license.',
};

/** What to tell the user when `deactivate_license` fails. */
export function describeDeactivationError(error) {
  const { code } = error.response.data;
  return deactivationMessages[code];
}
