import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { ParserServicesWithTypeInformation, TSESTree } from '@typescript-eslint/utils';

import { createRule } from './create-rule.js';
import { isCheckedByCompiler } from './evidence/checked-by-compiler.js';
import { applyCaseTransform, type CaseTransform, getObjectLiteralField, getStaticString, stripConversions } from './utils/ast/expression.js';
import { getFieldComparisons, isEqualityOperator } from './utils/ast/field-comparison.js';
import { getClassField } from './utils/ast/class-fields.js';
import { getCaseTransform, getFieldName } from './utils/ast/field-read.js';
import { getLicenseSpringSettings } from './utils/catalog/settings.js';
import { getTypeInformation } from './evidence/type-information.js';
import { getDefaultedName, getSiblingDefault } from './utils/ast/default-values.js';
import { classifyCodeType, type CodeTypeVerdict } from './evidence/code-type.js';
import { getGuardedType } from './evidence/guarded-type.js';
import { hasContextualPosition } from './valid-error-code/contextual-position.js';
import { asStringNode, type StringNode } from './valid-error-code/code-strings.js';
import { createPositionJudge, type PositionEvidence, statusField } from './valid-error-code/position-evidence.js';
import { getEvidence } from './evidence/evidence.js';
import { quoteLike } from './valid-error-code/quote-like.js';

export type Options = [{ codeProperties?: string[] }];
export type MessageId = 'caseMismatch' | 'replaceWithKnownCode' | 'unknownCode';

export default createRule<Options, MessageId>({
  name: 'valid-error-code',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow string codes that are not License API error codes where a license error code is expected',
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        properties: {
          codeProperties: {
            type: 'array',
            description: 'Property (and variable) names that hold a license error code, such as `code` or `errorCode`; the list replaces the default.',
            items: { type: 'string', minLength: 1 },
            minItems: 1,
            uniqueItems: true,
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ codeProperties: ['code'] }],
    messages: {
      unknownCode:
        "'{{code}}' is not a License API error code. Use a code from the catalog, or list it in settings.licensespring.additionalCodes if your API sends it.",
      caseMismatch:
        "'{{code}}' is compared with a value converted to {{caseName}} case, so the comparison is never true. Write the code in {{caseName}} case.",
      replaceWithKnownCode: "Replace it with '{{code}}'.",
    },
  },
  create(context, [options]) {
    const settings = getLicenseSpringSettings(context);
    const services = getTypeInformation(context, settings);
    const evidence = getEvidence(context, settings);
    if (!evidence.inFile && services === undefined) {
      return {};
    }
    const { sourceCode } = context;
    // Where TypeScript checks the file, a string that does not fit a code type is already a compile
    // error: types can then only overrule a report made by shape, and expected types add nothing.
    const compilerChecksStrings = services === undefined || isCheckedByCompiler(context.filename, services);
    /** The types of a file whose strings the compiler does not check (JavaScript without `checkJs`). */
    const stringsUnchecked = compilerChecksStrings ? undefined : services;
    const codeProperties = new Set(options.codeProperties ?? ['code']);
    const { knownCodes } = settings;
    const reported = new WeakSet<TSESTree.Node>();
    const { isKnown, closestCodes, isNearMissByName, isReportable, isDistinctive, getFieldEvidence, getDecisionEvidence, getStatusEvidence } =
      createPositionJudge(sourceCode, settings, evidence, codeProperties);

    /**
     * The codes of an error body, judged by the `status` beside them: an
     * object literal's properties, or a class's instance fields (every error
     * `class LicenseError { status = 400; code = 'x' }` builds carries both).
     */
    function checkErrorBody<Body>(body: Body, getField: (body: Body, name: string) => { readonly value: TSESTree.Node } | undefined): void {
      const status = getField(body, statusField);
      if (status === undefined) {
        return;
      }
      for (const field of codeProperties) {
        const value = getField(body, field)?.value;
        const string = value === undefined ? undefined : asStringNode(value);
        if (string !== undefined) {
          check(string, getStatusEvidence(status.value));
        }
      }
    }

    /** What the type of `node` says of the strings compared with it; a guard's type, where it alone decides, spares the checker's walk of the function. */
    function verdictOf(node: TSESTree.Node): CodeTypeVerdict {
      return services === undefined ? undefined : classifyCodeType(getGuardedType(services, node, sourceCode) ?? services.getTypeAtLocation(node), knownCodes);
    }

    function check(node: StringNode, position: PositionEvidence, transform?: CaseTransform): void {
      const value = getStaticString(node);
      if (value === undefined || isKnown(value, transform) || reported.has(node)) {
        return;
      }
      if (!isReportable(value, position, transform)) {
        return;
      }
      // Two equally close codes: a near miss, but which one was meant is anybody's guess.
      const closest = closestCodes(value);
      reported.add(node);
      const suggestion = closest.length === 1 && closest[0] !== undefined ? applyCaseTransform(closest[0], transform) : undefined;
      const caseName = transform === 'upper' ? 'upper' : 'lower';
      context.report({
        node,
        ...(transform !== undefined && applyCaseTransform(value, transform) !== value
          ? { messageId: 'caseMismatch', data: { code: value, caseName } }
          : { messageId: 'unknownCode', data: { code: value } }),
        suggest:
          suggestion === undefined
            ? []
            : [
                {
                  messageId: 'replaceWithKnownCode',
                  data: { code: suggestion },
                  fix: (fixer) => fixer.replaceText(node, quoteLike(node, suggestion)),
                },
              ],
      });
    }

    /**
     * A place recognised by its shape (`position` says how strongly, `undefined`
     * when it is no code position); the types of `typedSide`, when known,
     * confirm or overrule it.
     */
    function checkByShape(node: StringNode, position: PositionEvidence | undefined, typedSide: TSESTree.Node, transform?: CaseTransform): void {
      const value = getStaticString(node);
      if (value === undefined || isKnown(value, transform)) {
        return;
      }
      // The compiler checks a string against the read's type, but not against a converted read's (`string`).
      if (compilerChecksStrings && transform === undefined && (position === undefined || !isReportable(value, position, transform))) {
        return;
      }
      const verdict = verdictOf(typedSide);
      if (verdict === 'codes') {
        check(node, 'type', transform);
      } else if (verdict === undefined && position !== undefined) {
        check(node, position, transform);
      }
    }

    function checkStringInContext(typed: ParserServicesWithTypeInformation, node: StringNode): void {
      const value = getStaticString(node);
      if (
        value === undefined ||
        knownCodes.has(value) ||
        reported.has(node) ||
        !hasContextualPosition(node)
      ) {
        return;
      }
      const expected = typed.program.getTypeChecker().getContextualType(typed.esTreeNodeToTSNodeMap.get(node));
      if (expected !== undefined && classifyCodeType(expected, knownCodes) === 'codes') {
        check(node, 'type');
      }
    }

    return {
      BinaryExpression(node) {
        // Only a comparison of one string with something else can hold a wrong code; most hold none, and
        // reading their fields (locals resolved through the scope) is the costly part.
        if (
          !isEqualityOperator(node.operator) ||
          node.left.type === AST_NODE_TYPES.PrivateIdentifier ||
          (asStringNode(node.left) === undefined) === (asStringNode(node.right) === undefined)
        ) {
          return;
        }
        const comparisons = getFieldComparisons(node, codeProperties, sourceCode);
        for (const [stringSide, otherSide] of [
          [node.right, node.left],
          [node.left, node.right],
        ] as const) {
          const string = asStringNode(stringSide);
          if (string === undefined) {
            continue;
          }
          const comparison = comparisons.find(({ operand }) => operand === otherSide);
          if (comparison === undefined) {
            checkByShape(string, undefined, otherSide);
          } else {
            const value = getStaticString(string);
            const { caseTransform } = comparison;
            // A known code, as compared, is right wherever it stands: no need to weigh the position.
            if (value === undefined || isKnown(value, caseTransform)) {
              continue;
            }
            // Worth the walk over the siblings only when the name alone would not report it.
            const position = isNearMissByName(value, caseTransform)
              ? 'name'
              : (getDecisionEvidence(comparison) ?? getFieldEvidence(comparison.field, comparison.read));
            checkByShape(string, position, caseTransform === undefined ? otherSide : comparison.read, caseTransform);
          }
        }
      },
      SwitchStatement(node) {
        const labels: StringNode[] = [];
        for (const { test } of node.cases) {
          const string = test === null ? undefined : asStringNode(test);
          if (string !== undefined) {
            labels.push(string);
          }
        }
        // Most switches are on something else than strings: their discriminant is not worth reading.
        if (labels.length === 0) {
          return;
        }
        const { expression: discriminant } = stripConversions(node.discriminant);
        const caseTransform = getCaseTransform(node.discriminant, sourceCode);
        const unknown = labels.filter((label) => !isKnown(getStaticString(label) ?? '', caseTransform));
        if (unknown.length === 0) {
          return;
        }
        let position: PositionEvidence | undefined;
        if (unknown.length < labels.length) {
          const distinctive = labels.some((label) => !unknown.includes(label) && isDistinctive(getStaticString(label) ?? '', caseTransform));
          position = distinctive ? 'decision' : 'context';
        } else {
          const field = getFieldName(discriminant, sourceCode);
          position = field !== undefined && codeProperties.has(field) ? getFieldEvidence(field, discriminant) : undefined;
        }
        // What `checkByShape` would decide for each label: no code position, and the compiler checks the labels.
        if (position === undefined && compilerChecksStrings && caseTransform === undefined) {
          return;
        }
        for (const label of unknown) {
          checkByShape(label, position, caseTransform === undefined ? node.discriminant : discriminant, caseTransform);
        }
      },
      ObjectExpression(node) {
        checkErrorBody(node, getObjectLiteralField);
      },
      ClassBody(node) {
        checkErrorBody(node, getClassField);
      },
      AssignmentPattern(node) {
        const name = getDefaultedName(node);
        const string = asStringNode(node.right);
        if (string === undefined || name === undefined || !codeProperties.has(name)) {
          return;
        }
        checkByShape(string, getStatusEvidence(getSiblingDefault(node, statusField)), node.left);
      },
      // An expected type finds a wrong code only where the compiler does not check strings (JavaScript without
      // `checkJs`); elsewhere these listeners, called for every string of the file, would have nothing to do.
      ...(stringsUnchecked !== undefined && {
        Literal(node: TSESTree.Literal) {
          if (typeof node.value === 'string') {
            checkStringInContext(stringsUnchecked, node);
          }
        },
        TemplateLiteral(node: TSESTree.TemplateLiteral) {
          checkStringInContext(stringsUnchecked, node);
        },
      }),
    };
  },
});
