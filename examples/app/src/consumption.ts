/**
 * Metered usage: every export of a report consumes one unit of the license.
 */
import { LicenseStatus } from 'eslint-plugin-licensespring/types';

import { LicenseRequestError, type LicenseApi, type LicenseIdentity } from './license-api.js';

export type ConsumptionResult =
  | { readonly kind: 'recorded'; readonly remaining: number | undefined }
  | { readonly kind: 'exhausted' }
  | { readonly kind: 'not-metered' };

const maxAttempts = 3;
// Not a status: a delay in milliseconds that happens to read like one.
const retryDelayMs = 500;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function recordConsumption(api: LicenseApi, identity: LicenseIdentity, units = 1): Promise<ConsumptionResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      const state = await api.addConsumption(identity, units);
      const remaining =
        state.max_consumptions === undefined || state.total_consumptions === undefined
          ? undefined
          : state.max_consumptions - state.total_consumptions;
      return { kind: 'recorded', remaining };
    } catch (failure) {
      if (!(failure instanceof LicenseRequestError)) {
        throw failure;
      }
      const { error } = failure;
      // Correct: a code compared with its field, and a named status.
      if (error.code === 'license_not_enough_consumptions') {
        return { kind: 'exhausted' };
      }
      if (error.code === 'license_not_consumption') {
        return { kind: 'not-metered' };
      }
      if (error.status === LicenseStatus.UNAUTHORIZED) {
        throw new Error('The license server rejected our credentials.', { cause: failure });
      }
      // MISTAKE (licensespring/no-magic-status): a bare 500; the fix names it LicenseStatus.INTERNAL_SERVER_ERROR.
      if (error.status === 500 && attempt < maxAttempts) {
        await sleep(retryDelayMs * attempt);
        continue;
      }
      throw failure;
    }
  }
}
