/**
 * `eslint-plugin-licensespring/types`: the License API error catalog as types
 * and small zero-dependency helpers. Safe to import at run time: it pulls in
 * nothing from ESLint.
 */
export { licenseErrorCatalog, licenseErrorStatuses } from './catalog.js';
export type { LicenseErrorCatalogEntry, LicenseErrorStatusEntry } from './catalog.js';
export {
  isLicenseErrorCode,
  isLicenseErrorStatus,
  licenseErrorCodes,
  licenseErrorStatusByCode,
  LicenseStatus,
  statusOf,
} from './catalog-maps.js';
export { isLicenseApiError, isLicenseApiErrorBody } from './guards.js';
export { isLicenseApiRejection, isTransportFailure } from './offline-grace.js';
export { matchLicenseError, matchLicenseErrorStatus } from './match.js';
export type { LicenseErrorCodeHandlers, LicenseErrorStatusHandlers } from './match.js';
export type {
  LicenseApiError,
  LicenseApiErrorBody,
  LicenseErrorCode,
  LicenseErrorCodeOf,
  LicenseErrorStatus,
  LicenseErrorStatusOf,
} from './types.js';
