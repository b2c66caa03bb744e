import { STATUS_CODES } from 'node:http';

/**
 * The `LicenseStatus` constant name for an HTTP status: its standard reason
 * phrase in SCREAMING_SNAKE_CASE (403 -> FORBIDDEN, 418 -> IM_A_TEAPOT), or
 * `STATUS_<n>` when Node knows no phrase for it.
 */
export function statusConstantName(status: number): string {
  const phrase = STATUS_CODES[status];
  if (phrase === undefined) {
    return `STATUS_${status}`;
  }
  return phrase
    .replace(/'/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}
