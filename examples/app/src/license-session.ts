/**
 * The license lifecycle of one installation: activate on first start, check
 * on every start, deactivate on uninstall.
 */
import { LicenseStatus, type LicenseApiErrorBody } from 'eslint-plugin-licensespring/types';

import { LicenseRequestError, type LicenseApi, type LicenseIdentity, type LicenseState } from './license-api.js';
import { describeLicenseError } from './messages.js';

export type ActivationResult =
  | { readonly kind: 'active'; readonly state: LicenseState }
  | { readonly kind: 'already-active' }
  | { readonly kind: 'limit-reached' }
  | { readonly kind: 'expired' }
  | { readonly kind: 'failed'; readonly message: string };

export type CheckResult =
  | { readonly kind: 'valid'; readonly state: LicenseState }
  | { readonly kind: 'invalid'; readonly reason: string }
  | { readonly kind: 'reauthenticate' }
  | { readonly kind: 'grace-period' };

export async function activate(api: LicenseApi, identity: LicenseIdentity): Promise<ActivationResult> {
  try {
    return { kind: 'active', state: await api.activate(identity) };
  } catch (failure) {
    if (!(failure instanceof LicenseRequestError)) {
      throw failure;
    }
    // Correct: a few codes by name, and a `default` for the rest.
    switch (failure.error.code) {
      case 'license_device_exists':
        return { kind: 'already-active' };
      case 'license_activated_max_times':
      case 'license_user_activated_max_times':
        return { kind: 'limit-reached' };
      case 'license_expired':
      case 'trial_expired':
        return { kind: 'expired' };
      default:
        return { kind: 'failed', message: describeLicenseError(failure.error) };
    }
  }
}

export async function check(api: LicenseApi, identity: LicenseIdentity): Promise<CheckResult> {
  try {
    return { kind: 'valid', state: await api.check(identity) };
  } catch (failure) {
    if (!(failure instanceof LicenseRequestError)) {
      return { kind: 'grace-period' };
    }
    // MISTAKE (licensespring/exhaustive-error-codes): 404, 409 and 500 are not
    // handled, so an outage of the license server locks the user out below.
    switch (failure.error.status) {
      case LicenseStatus.BAD_REQUEST:
        return { kind: 'invalid', reason: describeLicenseError(failure.error) };
      case LicenseStatus.UNAUTHORIZED:
        return { kind: 'reauthenticate' };
    }
    return { kind: 'invalid', reason: failure.message };
  }
}

/** The last error seen online, kept on disk for offline starts. Any code: it may be newer than the catalog. */
export function isExpiredOffline(lastError: LicenseApiErrorBody | undefined): boolean {
  // MISTAKE (licensespring/valid-error-code): the code is `license_expired`, so this is never true.
  return lastError?.code === 'licence_expired';
}

export async function deactivate(api: LicenseApi, identity: LicenseIdentity): Promise<void> {
  try {
    await api.deactivate(identity);
  } catch (failure) {
    // Correct: a device the license no longer knows is already deactivated.
    if (failure instanceof LicenseRequestError && failure.error.code === 'device_not_found') {
      return;
    }
    throw failure;
  }
}
