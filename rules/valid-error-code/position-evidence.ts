import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { LicenseApiEvidence } from '../evidence/evidence.js';
import { isSameErrorObject } from '../evidence/same-error-object.js';
import { applyCaseTransform, type CaseTransform, getStaticNumber, getStaticString } from '../utils/ast/expression.js';
import { type FieldComparison, getFieldComparisons } from '../utils/ast/field-comparison.js';
import { isSameOwner } from '../utils/ast/field-read.js';
import { getSiblingChecks } from '../utils/ast/decision.js';
import type { LicenseSpringSettings } from '../utils/catalog/settings.js';
import { findClosestCodes, normalizeCode } from '../utils/fixes/closest-codes.js';
import { getCached } from '../utils/cached.js';
import { apiConventionPattern, codeLikePattern, nodeErrorCodePattern } from './code-strings.js';

/**
 * How sure the rule is that a string is meant as a license code, from most
 * to least; each level reports what the next one does, and more:
 * - `type`: the types say so, so every unknown string is wrong;
 * - `decision`: the same switch or `if` ladder checks the same read against a
 *   distinctive code (`license_expired`), so every other string in it is a
 *   code that can never match (Node's system codes aside);
 * - `context`: a code position beside a known code or status (`not_found`, a
 *   `status: 400`), in a file that shows License API evidence: strings written
 *   like License API codes, and near misses in any convention;
 * - `field`: the file compares this field with distinctive codes elsewhere,
 *   or the read comes from a License API call: near misses and spellings of
 *   known codes in any convention (`'LICENSE_EXPIRED'`, `'device-not-found'`);
 * - `name`: a code position and nothing more, in a file that shows evidence:
 *   only near misses written in the API's own convention.
 * Without file evidence only `type` and `decision` report.
 */
export type PositionEvidence = 'context' | 'decision' | 'field' | 'name' | 'type';

/** The field beside `code` that says an object is a license error body. */
export const statusField = 'status';
const statusFields: ReadonlySet<string> = new Set([statusField]);

/**
 * What one file's code positions show, and whether that is enough to report a string in them.
 * Plain functions, free of `this`, so that the rule can take them apart.
 */
export interface PositionJudge {
  /** Whether `value` is a known code once the comparison's case transform is applied to both. */
  readonly isKnown: (value: string, transform: CaseTransform | undefined) => boolean;
  /** The known codes `value` is a near miss of; empty for Node's system codes that only look like one. */
  readonly closestCodes: (value: string) => readonly string[];
  /**
   * Whether a code position alone is enough to report this unknown string: a near miss written as the
   * API writes codes. A case conversion on the read shows the code is normalised before the comparison,
   * so there the string's own convention says nothing.
   */
  readonly isNearMissByName: (value: string, transform: CaseTransform | undefined) => boolean;
  /** Whether the evidence is enough to report this unknown string. */
  readonly isReportable: (value: string, position: PositionEvidence, transform: CaseTransform | undefined) => boolean;
  /** Whether a known code, as compared (upper-cased after `toUpperCase()`), is a distinctive one. */
  readonly isDistinctive: (code: string, transform: CaseTransform | undefined) => boolean;
  /** `field` where the file compares that field with distinctive codes, or the read comes from a License API call. */
  readonly getFieldEvidence: (field: string, read: TSESTree.Node) => PositionEvidence;
  /**
   * What the decision `comparison` is part of shows: `decision` when the
   * same read is compared with a distinctive code, `context` when with
   * another known code, or when the same error's status is compared with a
   * known status.
   */
  readonly getDecisionEvidence: (comparison: FieldComparison) => PositionEvidence | undefined;
  /** `{ status: 400, code }`: an error body (or the defaults of one) when its status is one the API returns. */
  readonly getStatusEvidence: (status: TSESTree.Node | undefined) => PositionEvidence;
}

/**
 * The closest codes of each string asked about, by settings (their
 * `additionalCodes` are candidates too): a project compares the same few
 * strings in file after file, and scoring one against every code is the
 * costly part. Results depend on nothing else, so they hold for the process
 * (each worker of `--concurrency` has its own).
 */
const closestBySettings = new WeakMap<LicenseSpringSettings, Map<string, readonly string[]>>();

/** One per file, from the rule's `create`: its known codes by case hold for that file only. */
export function createPositionJudge(
  sourceCode: Readonly<TSESLint.SourceCode>,
  settings: LicenseSpringSettings,
  evidence: LicenseApiEvidence,
  codeProperties: ReadonlySet<string>,
): PositionJudge {
  const { knownCodes, knownStatuses } = settings;
  const knownInCase = new Map<CaseTransform, ReadonlySet<string>>();

  function isKnown(value: string, transform: CaseTransform | undefined): boolean {
    if (transform === undefined) {
      return knownCodes.has(value);
    }
    let spelled = knownInCase.get(transform);
    if (spelled === undefined) {
      spelled = new Set([...knownCodes].map((code) => applyCaseTransform(code, transform)));
      knownInCase.set(transform, spelled);
    }
    return spelled.has(value);
  }

  function closestCodes(value: string): readonly string[] {
    return getCached(closestBySettings, settings, value, () => {
      const closest = findClosestCodes(value, settings.additionalCodes.keys());
      return nodeErrorCodePattern.test(value) && !closest.some((code) => normalizeCode(code) === normalizeCode(value)) ? [] : closest;
    });
  }

  function isNearMissByName(value: string, transform: CaseTransform | undefined): boolean {
    return (transform !== undefined || apiConventionPattern.test(value)) && closestCodes(value).length > 0;
  }

  function isDistinctive(code: string, transform: CaseTransform | undefined): boolean {
    return evidence.isDistinctive(transform === undefined ? code : code.toLowerCase());
  }

  return {
    isKnown,
    closestCodes,
    isNearMissByName,
    isDistinctive,
    isReportable(value, position, transform) {
      if (position === 'type') {
        return true;
      }
      if (position === 'decision') {
        return !nodeErrorCodePattern.test(value);
      }
      if (!evidence.inFile) {
        return false;
      }
      return (
        isNearMissByName(value, transform) ||
        ((position === 'context' || position === 'field') && closestCodes(value).length > 0) ||
        (position === 'context' && codeLikePattern.test(transform === 'upper' ? value.toLowerCase() : value))
      );
    },
    getFieldEvidence(field, read) {
      return evidence.distinctiveCodeFields.has(field) || evidence.ofRead(read) === 'value' ? 'field' : 'name';
    },
    getDecisionEvidence(comparison) {
      let position: PositionEvidence | undefined;
      for (const sibling of getSiblingChecks(comparison.node)) {
        for (const other of getFieldComparisons(sibling, codeProperties, sourceCode)) {
          const code = getStaticString(other.value);
          if (other.field === comparison.field && isSameOwner(other.owner, comparison.owner) && code !== undefined && isKnown(code, other.caseTransform)) {
            if (isDistinctive(code, other.caseTransform)) {
              return 'decision';
            }
            position = 'context';
          }
        }
        position ??= getFieldComparisons(sibling, statusFields, sourceCode).some((status) => {
          const number = getStaticNumber(status.value);
          return number !== undefined && knownStatuses.has(number) && isSameErrorObject(status.read, comparison.read, sourceCode);
        })
          ? 'context'
          : undefined;
      }
      return position;
    },
    getStatusEvidence(status) {
      const number = status === undefined ? undefined : getStaticNumber(status);
      return number !== undefined && knownStatuses.has(number) ? 'context' : 'name';
    },
  };
}
