import { licenseErrorCatalog, licenseErrorStatuses } from '../../../types/catalog.js';

/**
 * The catalog shaped for the rules' lookups, built once when the plugin loads.
 * Everything here derives from `types/catalog.ts`.
 */
export const catalogCodes: ReadonlySet<string> = new Set(licenseErrorCatalog.map(({ code }) => code));

export const catalogStatuses: ReadonlySet<number> = new Set(licenseErrorStatuses.map(({ status }) => status));

export const catalogStatusByCode: ReadonlyMap<string, number> = new Map(
  licenseErrorCatalog.map(({ code, status }) => [code, status]),
);

/** Codes of each status, in catalog order. */
export const catalogCodesByStatus: ReadonlyMap<number, readonly string[]> = new Map(
  licenseErrorStatuses.map(({ status }) => [
    status,
    licenseErrorCatalog.filter((entry) => entry.status === status).map(({ code }) => code),
  ]),
);

/** The `LicenseStatus` member name of each status, e.g. 409 -> `CONFLICT`. */
export const statusConstantNames: ReadonlyMap<number, string> = new Map(
  licenseErrorStatuses.map(({ name, status }) => [status, name]),
);

/** The status each `LicenseStatus` member name stands for, e.g. `CONFLICT` -> 409. */
export const statusByConstantName: ReadonlyMap<string, number> = new Map(
  licenseErrorStatuses.map(({ name, status }) => [name, status]),
);
