/**
 * The start-up gate of the desktop build, on the official Node SDK: the
 * license saved on this device is checked online at every start, and the app
 * may keep running for a while when the License API cannot be reached.
 */
import { LicenseManager } from '@licensespring/node-sdk';
import { isTransportFailure } from 'eslint-plugin-licensespring/types';

const manager = new LicenseManager({
  apiKey: process.env['LICENSESPRING_API_KEY'] ?? '',
  sharedKey: process.env['LICENSESPRING_SHARED_KEY'] ?? '',
  productCode: 'desktop',
  appName: 'Example Desktop',
  appVersion: '1.0.0',
  gracePeriod: 48,
});

/** Whether the app may open its main window. */
export async function mayStart(): Promise<boolean> {
  const license = manager.loadLicense();
  try {
    await manager.checkLicense({ license_key: license.licenseKey ?? '' });
    return true;
  } catch (error) {
    if (license.isGracePeriod) {
      // MISTAKE (licensespring/no-fail-open): the grace window alone is no
      // test of why the check failed, so a license the vendor disabled,
      // or one that expired, keeps the app running for the whole window.
      return true;
    }
    throw error;
  }
}

/** Correct: offline grace only when the License API could not be reached; a refusal is obeyed. */
export async function mayStartOffline(): Promise<boolean> {
  const license = manager.loadLicense();
  try {
    await manager.checkLicense({ license_key: license.licenseKey ?? '' });
    return true;
  } catch (error) {
    if (isTransportFailure(error) && license.isGracePeriod) {
      return true;
    }
    throw error;
  }
}
