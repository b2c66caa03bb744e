import { licenseErrorCatalog, licenseErrorStatuses } from './catalog.js';
import type { LicenseErrorCode, LicenseErrorStatus, LicenseErrorStatusOf } from './types.js';

type StatusConstants = {
  readonly [Entry in (typeof licenseErrorStatuses)[number] as Entry['name']]: Entry['status'];
};

/**
 * Builds a frozen value. Calls are marked pure so that bundlers drop the
 * constants an app does not use (the package sets `sideEffects: false`).
 */
function frozen<T extends object>(build: () => T): Readonly<T> {
  return Object.freeze(build());
}

/**
 * The catalog's statuses under names that read well in a comparison:
 * `error.status === LicenseStatus.CONFLICT`.
 */
export const LicenseStatus: StatusConstants = /* @__PURE__ */ frozen(
  () => Object.fromEntries(licenseErrorStatuses.map(({ name, status }) => [name, status])) as StatusConstants,
);

/** Every documented code, in catalog order. */
export const licenseErrorCodes: readonly LicenseErrorCode[] = /* @__PURE__ */ frozen(() =>
  licenseErrorCatalog.map(({ code }) => code),
);

/** The catalog as a frozen object from code to status. It has no prototype, so `'toString' in it` is false. */
export const licenseErrorStatusByCode: { readonly [Code in LicenseErrorCode]: LicenseErrorStatusOf<Code> } =
  /* @__PURE__ */ frozen(
    () =>
      Object.assign(
        Object.create(null) as object,
        Object.fromEntries(licenseErrorCatalog.map(({ code, status }) => [code, status])),
      ) as { readonly [Code in LicenseErrorCode]: LicenseErrorStatusOf<Code> },
  );

/** Whether `value` is one of the documented codes. */
export function isLicenseErrorCode(value: unknown): value is LicenseErrorCode {
  return typeof value === 'string' && Object.hasOwn(licenseErrorStatusByCode, value);
}

/** Whether `value` is one of the catalog's statuses. */
export function isLicenseErrorStatus(value: unknown): value is LicenseErrorStatus {
  return typeof value === 'number' && licenseErrorStatuses.some(({ status }) => status === value);
}

/** The HTTP status the API sends with `code`. */
export function statusOf<C extends LicenseErrorCode>(code: C): LicenseErrorStatusOf<C> {
  if (!isLicenseErrorCode(code)) {
    throw new TypeError(`Unknown License API error code: ${JSON.stringify(code)}.`);
  }
  return licenseErrorStatusByCode[code];
}
