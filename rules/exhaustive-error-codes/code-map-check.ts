import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { catalogCodes } from '../utils/catalog/catalog.js';
import type { CheckSetup } from './check-setup.js';
import {
  type CodeMap,
  createRequireEveryCodeFix,
  getKeyExpression,
  getLookups,
  getPartialCodeKeys,
  getTypedLiteralKeys,
  getWrittenKeys,
  isCodeNamedKey,
} from './code-map.js';
import { describeMissing } from './describe-missing.js';
import { classifyDiscriminant } from './discriminant-type.js';
import { hasFallback } from './lookup-fallback.js';
import { groupMembers } from './members.js';

export type CodeMapMessageId = 'incompleteCodeMap' | 'requireEveryCode';

/** The codes a table must have an entry for, and why. */
interface TableRequirement {
  readonly required: ReadonlySet<string>;
  /** The lookups that read the table by code. */
  readonly codeLookups: readonly TSESTree.MemberExpression[];
  /** Whether the table's declared partial type says it is by code. */
  readonly declared: boolean;
  /** Whether only the name of a key (`err.code`) says the table is by code, not a type. */
  readonly byName: boolean;
}

export interface CodeMapCheck {
  /** Cheap: whether a table may be by code, worth keeping for `check` once the file has been read. */
  mayBeTable(map: CodeMap): boolean;
  /** Reports the codes the table has no entry for, judged by how the whole file reads it. */
  check(map: CodeMap): void;
}

/** The check of lookup tables by code (`checkCodeMaps`): `messages[err.code]` needs an entry for every code `err.code` can hold. */
export function createCodeMapCheck(
  context: Readonly<TSESLint.RuleContext<CodeMapMessageId, readonly unknown[]>>,
  { settings, services, inFile, commentPattern, considerDefaultExhaustive }: CheckSetup,
): CodeMapCheck {
  const { knownCodes } = settings;
  const { sourceCode } = context;

  /**
   * The codes a table must have, and the lookups that read it by code:
   * the keys of its declared partial type, or those its lookups' keys can
   * hold; `undefined` when it is no table by code.
   */
  function getRequirement(map: CodeMap, lookups: readonly TSESTree.MemberExpression[]): TableRequirement | undefined {
    if (services !== undefined && map.declaredType !== undefined) {
      const declaredKeys = getPartialCodeKeys(services, map.declaredType, knownCodes, sourceCode);
      if (declaredKeys !== undefined) {
        return { required: new Set(declaredKeys), codeLookups: lookups, declared: true, byName: false };
      }
    }
    if (map.catalogKeys < 2 || !inFile) {
      return undefined;
    }
    const required = new Set<string>();
    const codeLookups: TSESTree.MemberExpression[] = [];
    let byName = true;
    for (const lookup of lookups) {
      const key = getKeyExpression(lookup);
      const verdict = services === undefined ? ({ kind: 'wide' } as const) : classifyDiscriminant(services, key, knownCodes, context.sourceCode);
      if (verdict?.kind === 'members' && verdict.domain === 'codes') {
        byName = false;
        codeLookups.push(lookup);
        for (const member of verdict.members) {
          if (typeof member === 'string') {
            required.add(member);
          }
        }
      } else if (verdict?.kind === 'wide' && isCodeNamedKey(key, sourceCode)) {
        codeLookups.push(lookup);
        for (const code of catalogCodes) {
          required.add(code);
        }
      }
    }
    return codeLookups.length === 0 ? undefined : { required, codeLookups, declared: false, byName };
  }

  return {
    mayBeTable(map) {
      // A table by code has two catalog codes as keys or, with types, a declared type and a code among its keys (or keys it hides).
      return map.catalogKeys >= 2 || (services !== undefined && map.declaredType !== undefined && (map.catalogKeys > 0 || map.hidesKeys));
    },
    check(map) {
      const { lookups, written, references } = getLookups(map, sourceCode);
      if (written || (lookups.length === 0 && map.declaredType === undefined)) {
        return;
      }
      const requirement = getRequirement(map, lookups);
      if (requirement === undefined) {
        return;
      }
      // With `considerDefaultExhaustive`, a fallback where the table is read (`?? 'Unknown error'`, `?.(`, an `in`
      // guard) handles the rest; without it, a table declared partial is reported even where this file does not read it.
      const isTable = (node: TSESTree.Node): boolean => references.has(node);
      const reportable = considerDefaultExhaustive
        ? requirement.codeLookups.some((lookup) => !hasFallback(lookup, isTable, sourceCode))
        : requirement.declared || requirement.codeLookups.length > 0;
      if (!reportable) {
        return;
      }
      const closingBrace = sourceCode.getLastToken(map.object);
      if (closingBrace !== null && sourceCode.getCommentsBefore(closingBrace).some((comment) => commentPattern.test(comment.value.trim()))) {
        return;
      }
      const keys = getWrittenKeys(map) ?? (services === undefined ? undefined : getTypedLiteralKeys(services, map.object));
      // Judged by a key's name alone, a table with a key that no License API code has is another vendor's (`card_declined`).
      if (keys === undefined || (requirement.byName && [...keys].some((key) => !knownCodes.has(key)))) {
        return;
      }
      const missing = [...requirement.required].filter((code) => !keys.has(code));
      if (missing.length === 0) {
        return;
      }
      const fix = requirement.declared && map.declaredType !== undefined ? createRequireEveryCodeFix(sourceCode, map.declaredType) : undefined;
      const { start } = map.id.loc;
      context.report({
        loc: { start, end: { line: start.line, column: start.column + map.id.name.length } },
        messageId: 'incompleteCodeMap',
        data: describeMissing(groupMembers(missing, 'codes', settings.additionalCodes), 'codes'),
        suggest: fix === undefined ? [] : [{ messageId: 'requireEveryCode', fix }],
      });
    },
  };
}
