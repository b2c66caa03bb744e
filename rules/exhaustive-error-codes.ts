import type { TSESTree } from '@typescript-eslint/utils';

import { createRule } from './create-rule.js';
import { guessIndentUnit } from './exhaustive-error-codes/add-missing-cases.js';
import { type ChainMessageId, createChainCheck } from './exhaustive-error-codes/chain-check.js';
import type { CheckSetup } from './exhaustive-error-codes/check-setup.js';
import { type CodeMap, getCodeMap } from './exhaustive-error-codes/code-map.js';
import { type CodeMapMessageId, createCodeMapCheck } from './exhaustive-error-codes/code-map-check.js';
import { compileCommentPattern, defaultCommentPattern } from './exhaustive-error-codes/deliberate-default.js';
import { getIfChain, isElseIf } from './exhaustive-error-codes/if-chain.js';
import { createSwitchCheck, type SwitchMessageId } from './exhaustive-error-codes/switch-check.js';
import { getLicenseSpringSettings } from './utils/catalog/settings.js';
import { getTypeInformation } from './evidence/type-information.js';
import { getEvidence } from './evidence/evidence.js';

export interface ExhaustiveErrorCodesOptions {
  /** Whether a `default` clause handles the values the switch does not name. */
  considerDefaultExhaustive?: boolean;
  /** Whether a `default` is allowed in a switch that names every value its type allows. */
  allowDefaultCaseForExhaustiveSwitch?: boolean;
  /** A regular expression for a comment that marks the unnamed values as deliberately left out. */
  defaultCaseCommentPattern?: string;
  /** Whether `if`/`else if` ladders that compare one code or status with several values are checked like switches. */
  checkIfElseChains?: boolean;
  /** Whether object literals looked up by code (`messages[err.code]`) must have an entry for every code. */
  checkCodeMaps?: boolean;
}

export type Options = [ExhaustiveErrorCodesOptions];

export type MessageId = ChainMessageId | CodeMapMessageId | SwitchMessageId;

export default createRule<Options, MessageId>({
  name: 'exhaustive-error-codes',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require switches, if/else ladders and lookup tables on License API errors to handle every value',
    },
    // eslint-disable-next-line eslint-plugin/require-meta-has-suggestions -- the suggestions are made in exhaustive-error-codes/, out of its sight
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          considerDefaultExhaustive: {
            type: 'boolean',
            description: 'Whether a `default` clause counts as handling the codes or statuses the switch does not name.',
          },
          allowDefaultCaseForExhaustiveSwitch: {
            type: 'boolean',
            description: 'Whether to allow a `default` clause in a switch that already handles every value its type allows.',
          },
          defaultCaseCommentPattern: {
            type: 'string',
            minLength: 1,
            description: 'Regular expression (with the `u` flag) for a comment that marks the unnamed values as deliberately left to the `default` or to nothing.',
          },
          checkIfElseChains: {
            type: 'boolean',
            description: 'Whether to check `if`/`else if` ladders that compare one code or status with two or more values, as switches are checked.',
          },
          checkCodeMaps: {
            type: 'boolean',
            description: 'Whether to check object literals looked up by error code (`messages[err.code]`) for codes they have no entry for.',
          },
        },
      },
    ],
    defaultOptions: [
      {
        considerDefaultExhaustive: true,
        allowDefaultCaseForExhaustiveSwitch: true,
        defaultCaseCommentPattern: defaultCommentPattern,
        checkIfElseChains: false,
        checkCodeMaps: false,
      },
    ],
    messages: {
      missingCodes:
        'This switch on a License API error code does not handle {{count}}: {{missing}}. Add a case for each of them, so that no error falls through unhandled.',
      missingStatuses:
        'This switch on a License API error status does not handle {{count}}: {{missing}}. Add a case for each of them, so that no error falls through unhandled.',
      unnecessaryDefault:
        'This switch already handles every value its discriminant can hold, so the default clause never runs. Remove it, so that a value added to the type later is reported here instead of slipping into the default.',
      duplicateCase: 'The case {{label}} repeats an earlier case of this switch, so it never matches. Remove it, or merge its code into the earlier case.',
      missingChainCodes:
        'This if/else chain on a License API error code does not handle {{count}}: {{missing}}. Add a branch for each of them, or end the chain in an else, so that no error falls through unhandled.',
      missingChainStatuses:
        'This if/else chain on a License API error status does not handle {{count}}: {{missing}}. Add a branch for each of them, or end the chain in an else, so that no error falls through unhandled.',
      incompleteCodeMap:
        'This lookup table by License API error code has no entry for {{count}}: {{missing}}. Add an entry for each of them (in TypeScript, `satisfies Record<LicenseErrorCode, T>` on the table makes the compiler list them), so that no lookup comes back empty.',
      addMissingCases: 'Add a case for each missing value, grouped by status, each group throwing until you handle it.',
      addMissingBranches: 'Add an else-if branch for each missing value, grouped by status, each throwing until you handle it.',
      addFinalElse: 'End the chain in an else that throws with the value that reached it.',
      requireEveryCode: "Declare the table's type without optional keys, so that TypeScript requires an entry for every code.",
    },
  },
  create(context, [options]) {
    // Compiled before anything else, so that an invalid pattern stops the run in every file, not only in those with evidence.
    const commentPattern = compileCommentPattern(options.defaultCaseCommentPattern ?? defaultCommentPattern);
    const settings = getLicenseSpringSettings(context);
    const services = getTypeInformation(context, settings);
    const { sourceCode } = context;
    // Without types, only labels and keys tell a dispatch on License API errors, and only in a file that shows it talks to the API.
    const { inFile } = getEvidence(context, settings);
    if (!inFile && services === undefined) {
      return {};
    }
    let fileIndentUnit: string | undefined;
    const setup: CheckSetup = {
      settings,
      services,
      inFile,
      commentPattern,
      considerDefaultExhaustive: options.considerDefaultExhaustive ?? true,
      allowDefaultCaseForExhaustiveSwitch: options.allowDefaultCaseForExhaustiveSwitch ?? true,
      indentUnit: () => (fileIndentUnit ??= guessIndentUnit(sourceCode)),
    };
    const checkChain = options.checkIfElseChains === true ? createChainCheck(context, setup) : undefined;
    const codeMapCheck = options.checkCodeMaps === true ? createCodeMapCheck(context, setup) : undefined;
    const codeMaps: CodeMap[] = [];

    return {
      SwitchStatement: createSwitchCheck(context, setup),
      ...(checkChain !== undefined && {
        IfStatement(node: TSESTree.IfStatement) {
          if (isElseIf(node)) {
            return;
          }
          const chain = getIfChain(node, sourceCode);
          if (chain !== undefined) {
            checkChain(chain);
          }
        },
      }),
      ...(codeMapCheck !== undefined && {
        VariableDeclarator(node: TSESTree.VariableDeclarator) {
          const map = getCodeMap(node);
          if (map !== undefined && codeMapCheck.mayBeTable(map)) {
            codeMaps.push(map);
          }
        },
        'Program:exit'() {
          for (const map of codeMaps) {
            codeMapCheck.check(map);
          }
        },
      }),
    };
  },
});
