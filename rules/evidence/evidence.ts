import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getFieldRead } from '../utils/ast/field-read.js';
import { getEnclosingFunction } from '../utils/ast/functions.js';
import type { LicenseSpringSettings } from '../utils/catalog/settings.js';
import { getDistinctiveCodes } from './distinctive-codes.js';
import { getFileEvidence } from './file-evidence.js';
import { getLicenseApiUsage } from './license-api-calls.js';
import { getRootVariable, isSameErrorObject } from './same-error-object.js';

/**
 * How sure the plugin is that a value belongs to the License API:
 * - `value`: the value itself shows it (a distinctive code beside it, the same
 *   error compared with one, a License API call or catch it comes from).
 *   Enough for a fix.
 * - `file`: only the file shows it (it names LicenseSpring, or uses a
 *   distinctive code elsewhere), or the user said so for every file
 *   (`assume: 'license-api'`, see `assumed`). Enough to report.
 * `undefined`: nothing does; the rules stay silent.
 * Types are asked by the rules themselves, and only in programs that have the
 * License API's types (see `getTypeInformation`): they count as `value`.
 */
export type EvidenceStrength = 'file' | 'value';

export interface LicenseApiEvidence {
  /** `settings.licensespring.assume: 'license-api'`: the user vouches for every file, so fixes need no more evidence. */
  readonly assumed: boolean;
  /** Whether the file shows any evidence at all. Without it, and without types, a rule has nothing to report. */
  readonly inFile: boolean;
  /** The fields the file compares with, switches on or sets to distinctive codes (`code`). */
  readonly distinctiveCodeFields: ReadonlySet<string>;
  /** Whether `code` names a License API error wherever it appears (`license_expired`, not `not_found`). */
  isDistinctive(code: string): boolean;
  /** What shows that the object `read` reads a field of (`err` in `err.status`) is a License API error. */
  ofRead(read: TSESTree.Node): EvidenceStrength | undefined;
  /** What a code written beside a value (`{ status: 400, code }`) shows about it; without a code, what the file shows. */
  ofCode(code: string | undefined): EvidenceStrength | undefined;
}

/** The evidence of one file, for one rule's `create`; the expensive parts are computed once per file. */
export function getEvidence(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>, settings: LicenseSpringSettings): LicenseApiEvidence {
  const { sourceCode } = context;
  const assumed = settings.assume === 'license-api';
  const { codes } = getDistinctiveCodes(settings);
  const file = getFileEvidence(sourceCode, context.filename, settings);
  const usage = getLicenseApiUsage(context);
  const inFile = assumed || file.namesLicenseSpring || file.distinctiveCodeUses.length > 0 || usage.calls.size > 0;
  const fileStrength: EvidenceStrength | undefined = inFile ? 'file' : undefined;

  /** The same error compared with a distinctive code in the same function: `err.code === 'license_expired'` beside `err.status`. */
  function isComparedWithDistinctiveCode(read: TSESTree.Node): boolean {
    if (file.distinctiveCodeUses.length === 0) {
      return false;
    }
    const owner = getFieldRead(read, sourceCode)?.owner;
    const candidates = owner === undefined ? undefined : file.getDistinctiveReads(getEnclosingFunction(read), owner);
    return candidates?.some((use) => use !== read && isSameErrorObject(read, use, sourceCode)) ?? false;
  }

  return {
    assumed,
    inFile,
    distinctiveCodeFields: file.distinctiveCodeFields,
    isDistinctive: (code) => codes.has(code),
    ofRead(read) {
      if (!inFile) {
        return undefined;
      }
      if (isComparedWithDistinctiveCode(read)) {
        return 'value';
      }
      const root = usage.calls.size === 0 ? undefined : getRootVariable(read, sourceCode);
      return root !== undefined && usage.receivesLicenseApiValue(root) ? 'value' : fileStrength;
    },
    ofCode(code) {
      if (code !== undefined && codes.has(code)) {
        return 'value';
      }
      return fileStrength;
    },
  };
}
