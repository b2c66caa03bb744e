export { createLicenseApi, LicenseRequestError, UnexpectedResponseError } from './license-api.js';
export type { LicenseApi, LicenseApiConfig, LicenseIdentity, LicenseState } from './license-api.js';
export { activate, check, deactivate, isExpiredOffline } from './license-session.js';
export type { ActivationResult, CheckResult } from './license-session.js';
export { recordConsumption } from './consumption.js';
export type { ConsumptionResult } from './consumption.js';
export { describeLicenseError, isRetryable } from './messages.js';
export { fakeLicenseServer } from './fake-license-server.js';
