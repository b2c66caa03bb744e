import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getFieldRead } from '../utils/ast/field-read.js';
import { getEnclosingFunction } from '../utils/ast/functions.js';
import type { LicenseSpringSettings } from '../utils/catalog/settings.js';
import { getDistinctiveCodes } from './distinctive-codes.js';
import { getFileEvidence, namesVendor } from './file-evidence.js';
import { getLicenseApiUsage } from './license-api-calls.js';
import { createSameErrorTest, getRootVariable } from './same-error-object.js';

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

function computeEvidence(
  sourceCode: Readonly<TSESLint.SourceCode>,
  filename: string,
  settings: LicenseSpringSettings,
  codeOffsets: readonly number[],
): LicenseApiEvidence {
  const assumed = settings.assume === 'license-api';
  const { codes } = getDistinctiveCodes(settings);
  const file = getFileEvidence(sourceCode, filename, settings, codeOffsets);
  const usage = getLicenseApiUsage(sourceCode);
  if (!assumed && !file.namesLicenseSpring && file.distinctiveCodeUses.length === 0 && usage.calls.size === 0) {
    return getWithoutEvidence(settings).evidence;
  }

  /** The same error compared with a distinctive code in the same function: `err.code === 'license_expired'` beside `err.status`. */
  function isComparedWithDistinctiveCode(read: TSESTree.Node): boolean {
    if (file.distinctiveCodeUses.length === 0) {
      return false;
    }
    const owner = getFieldRead(read, sourceCode)?.owner;
    const candidates = owner === undefined ? undefined : file.getDistinctiveReads(getEnclosingFunction(read), owner);
    if (candidates === undefined) {
      return false;
    }
    const isSameError = createSameErrorTest(read, sourceCode);
    return candidates.some((use) => use !== read && isSameError(use));
  }

  return {
    assumed,
    inFile: true,
    distinctiveCodeFields: file.distinctiveCodeFields,
    isDistinctive: (code) => codes.has(code),
    ofRead(read) {
      if (isComparedWithDistinctiveCode(read)) {
        return 'value';
      }
      const root = usage.calls.size === 0 ? undefined : getRootVariable(read, sourceCode);
      return root !== undefined && usage.receivesLicenseApiValue(root) ? 'value' : 'file';
    },
    ofCode: (code) => (code !== undefined && codes.has(code) ? 'value' : 'file'),
  };
}

/**
 * The vendor's name or the API's path (`api/v4/`): one of them is in the text
 * of every file that names LicenseSpring or makes a License API call the
 * model sees. One scan for both.
 */
const vendorOrApiPath = /licensespring|api\/v4\//iu;

/**
 * Whether a file may show any evidence, from its name and text alone: the
 * vendor's name, the API's path, or a distinctive code (`codeOffsets`). Most
 * files of a project fail this, and it allocates next to nothing, so that
 * they cost two scans of their text.
 */
function mayShowEvidence(text: string, filename: string, settings: LicenseSpringSettings, codeOffsets: readonly number[]): boolean {
  return settings.assume === 'license-api' || codeOffsets.length > 0 || namesVendor(filename) || vendorOrApiPath.test(text);
}

interface CachedEvidence {
  readonly settings: LicenseSpringSettings;
  readonly evidence: LicenseApiEvidence;
}

/** The evidence of a file that shows none, one per settings object: shared by all such files. */
const withoutEvidence = new WeakMap<LicenseSpringSettings, CachedEvidence>();

function getWithoutEvidence(settings: LicenseSpringSettings): CachedEvidence {
  let cached = withoutEvidence.get(settings);
  if (cached === undefined) {
    const { codes } = getDistinctiveCodes(settings);
    const evidence: LicenseApiEvidence = {
      assumed: false,
      inFile: false,
      distinctiveCodeFields: new Set(),
      isDistinctive: (code) => codes.has(code),
      ofRead: () => undefined,
      ofCode: (code) => (code !== undefined && codes.has(code) ? 'value' : undefined),
    };
    cached = { settings, evidence };
    withoutEvidence.set(settings, cached);
  }
  return cached;
}

const byFile = new WeakMap<Readonly<TSESLint.SourceCode>, CachedEvidence>();

/** The evidence of one file, computed once for every rule that asks (a rule's `create` asks on every file). */
export function getEvidence(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>, settings: LicenseSpringSettings): LicenseApiEvidence {
  const { sourceCode, filename } = context;
  let cached = byFile.get(sourceCode);
  if (cached?.settings !== settings) {
    const codeOffsets = getDistinctiveCodes(settings).findInText(sourceCode.text);
    cached = mayShowEvidence(sourceCode.text, filename, settings, codeOffsets)
      ? { settings, evidence: computeEvidence(sourceCode, filename, settings, codeOffsets) }
      : getWithoutEvidence(settings);
    byFile.set(sourceCode, cached);
  }
  return cached.evidence;
}
