/**
 * What the generator needs from the catalog, derived from the one source of
 * truth so the corpus follows the catalog when it changes.
 */
import { licenseErrorCatalog, licenseErrorStatuses } from '../../types/catalog.js';

export interface CatalogCode {
  readonly code: string;
  readonly status: number;
  readonly description: string;
}

export const codes: readonly CatalogCode[] = licenseErrorCatalog;

export const statuses: readonly number[] = licenseErrorStatuses.map(({ status }) => status);

/** `LicenseStatus` member names by status. */
export const statusNames: ReadonlyMap<number, string> = new Map(
  licenseErrorStatuses.map(({ status, name }) => [status, name]),
);

export function statusName(status: number): string {
  const name = statusNames.get(status);
  if (name === undefined) {
    throw new RangeError(`No LicenseStatus name for ${String(status)}`);
  }
  return name;
}

export function codesOf(status: number): CatalogCode[] {
  return codes.filter((entry) => entry.status === status);
}

/** Misspellings people really write; the corpus uses a few where nothing checks them. */
export function misspell(code: string): string {
  if (code.includes('license')) {
    return code.replace('license', 'licence');
  }
  return code.toUpperCase();
}
