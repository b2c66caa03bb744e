import { isLicenseErrorCode, licenseErrorStatusByCode } from './catalog-maps.js';
import type { LicenseApiError, LicenseApiErrorBody } from './types.js';

const bodyKeys: readonly PropertyKey[] = ['status', 'code', 'message'];

/**
 * Whether `value` is a plain object, as `JSON.parse` makes: its prototype is
 * `null` or a root prototype (`Object.prototype` of any realm). Arrays, class
 * instances and errors are not bodies.
 */
function isPlainObject(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const prototype = Reflect.getPrototypeOf(value);
  return prototype === null || Reflect.getPrototypeOf(prototype) === null;
}

/**
 * Copies the three fields out of `value` when it has exactly the schema's
 * shape. It reads property descriptors, never the properties themselves, so a
 * throwing getter or a hostile proxy cannot make it throw or lie twice.
 */
function readErrorBody(value: unknown): LicenseApiErrorBody | undefined {
  try {
    if (!isPlainObject(value)) {
      return undefined;
    }
    const keys = Reflect.ownKeys(value);
    if (keys.length !== bodyKeys.length || !keys.every((key) => bodyKeys.includes(key))) {
      return undefined;
    }
    const [status, code, message] = bodyKeys.map((key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
      return descriptor !== undefined && 'value' in descriptor ? (descriptor.value as unknown) : undefined;
    });
    if (
      typeof status !== 'number' ||
      !Number.isFinite(status) ||
      typeof code !== 'string' ||
      typeof message !== 'string'
    ) {
      return undefined;
    }
    return { status, code, message };
  } catch {
    return undefined;
  }
}

/**
 * Whether `value` has the shape of a License API error body: a plain object
 * with exactly the own data properties `status` (a finite number), `code` and
 * `message` (strings).
 * Any code is accepted, since the API may send codes the catalog does not know
 * yet. Never throws.
 */
export function isLicenseApiErrorBody(value: unknown): value is LicenseApiErrorBody {
  return readErrorBody(value) !== undefined;
}

/**
 * Whether `value` is a License API error body whose code is in the catalog and
 * whose status is the one the catalog gives that code. Never throws.
 */
export function isLicenseApiError(value: unknown): value is LicenseApiError {
  const body = readErrorBody(value);
  return body !== undefined && isLicenseErrorCode(body.code) && licenseErrorStatusByCode[body.code] === body.status;
}
