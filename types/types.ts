import type { licenseErrorCatalog, licenseErrorStatuses } from './catalog.js';

type CatalogEntry = (typeof licenseErrorCatalog)[number];

/** Every error code the License API documents. */
export type LicenseErrorCode = CatalogEntry['code'];

/** Every HTTP status a documented License API error can have. */
export type LicenseErrorStatus = (typeof licenseErrorStatuses)[number]['status'];

/** Code to status, as one object type: indexing it is cheaper than `Extract` over the catalog. */
type StatusByCode = {
  readonly [Entry in CatalogEntry as Entry['code']]: Entry['status'];
};

/** The one HTTP status the API sends with code `C`. */
export type LicenseErrorStatusOf<C extends LicenseErrorCode> = StatusByCode[C];

/** The codes the API sends with HTTP status `S`. */
export type LicenseErrorCodeOf<S extends LicenseErrorStatus> = Extract<CatalogEntry, { readonly status: S }>['code'];

/**
 * The JSON body of a License API error, exactly as the API's schema states it:
 * `status`, `code` and `message`, all required, nothing else.
 *
 * It is a union with one member per code, so checking `code` narrows `status`
 * to a single literal, and checking `status` narrows `code` to that status's codes.
 */
export type LicenseApiError<C extends LicenseErrorCode = LicenseErrorCode> = {
  [Code in C]: { status: LicenseErrorStatusOf<Code>; code: Code; message: string };
}[C];

/**
 * The schema alone, with any string code: what the API may send before the
 * catalog knows a new code.
 */
export interface LicenseApiErrorBody {
  status: number;
  code: string;
  message: string;
}
