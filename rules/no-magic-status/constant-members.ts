import { statusConstantNames } from '../utils/catalog/catalog.js';
import { httpStatusNames } from './http-status-names.js';

export const defaultConstantModule = 'eslint-plugin-licensespring/types';
export const defaultConstantName = 'LicenseStatus';

export interface ConstantSourceOption {
  readonly module: string;
  readonly name: string;
  /** Member names by status (`{ "413": "REQUEST_TOO_LONG" }`), over the derived ones. */
  readonly members?: Readonly<Record<string, string>>;
}

/** A member of the constant object, and whether it is known to exist or only guessed. */
export interface ConstantMember {
  readonly name: string;
  /**
   * `false` for a name derived from Node's reason phrase for a status outside
   * the catalog: modules disagree there (`http-status-codes` has
   * `MOVED_TEMPORARILY` for 302, not `FOUND`), and a missing member would read
   * as `undefined` at run time.
   */
  readonly certain: boolean;
}

/**
 * The member of the constant object that holds `status`, or `undefined` when
 * it has none. `LicenseStatus` only has the catalog's statuses; another module
 * is assumed to use the catalog's names, and Node's reason phrases beyond them.
 */
export function getConstantMember(source: ConstantSourceOption, status: number): ConstantMember | undefined {
  const configured = source.members?.[String(status)] ?? statusConstantNames.get(status);
  if (configured !== undefined) {
    return { name: configured, certain: true };
  }
  const isDefaultSource = source.module === defaultConstantModule && source.name === defaultConstantName;
  const derived = isDefaultSource ? undefined : httpStatusNames.get(status);
  return derived === undefined ? undefined : { name: derived, certain: false };
}
