import { AST_NODE_TYPES, type ParserServicesWithTypeInformation, type TSESTree } from '@typescript-eslint/utils';

import { createRule } from './create-rule.js';
import { findClosestCodes } from './utils/closest-codes.js';
import { getAccessedFieldName, getObjectLiteralFields, getStaticString, unwrapExpression } from './utils/expression.js';
import { getFieldComparisons, isEqualityOperator } from './utils/field-comparison.js';
import { getLicenseSpringSettings } from './utils/settings.js';
import { getTypeInformation } from './utils/type-information.js';
import { classifyCodeType, type CodeTypeVerdict } from './valid-error-code/code-type.js';
import { hasContextualPosition } from './valid-error-code/contextual-position.js';
import { quoteLike } from './valid-error-code/quote-like.js';

export type Options = [{ codeProperties?: string[] }];
export type MessageId = 'replaceWithKnownCode' | 'unknownCode';

type StringNode = TSESTree.Literal | TSESTree.TemplateLiteral;

/**
 * How sure the rule is that a string is meant as a license code:
 * - `type`: the types say so, so every unknown string is wrong;
 * - `shape`: only names and shapes say so (a `code` field, a switch over
 *   codes, an error-shaped object), so strings written the way other APIs
 *   write their codes (`'ENOENT'`, `'KeyA'`) are left alone.
 */
type Certainty = 'shape' | 'type';

/** Written the way License API codes are: lower snake_case words joined by `_`. */
const codeLikePattern = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/u;

/** Written like a License API code, or close to a known one: what a report by shape alone needs. */
function looksLikeCode(value: string, closest: readonly string[]): boolean {
  return closest.length > 0 || codeLikePattern.test(value);
}

/** TypeScript files, and JavaScript files under `checkJs`, have their strings checked against expected types. */
function isCheckedByCompiler(filename: string, services: ParserServicesWithTypeInformation): boolean {
  return !/\.[cm]?jsx?$/u.test(filename) || services.program.getCompilerOptions().checkJs === true;
}

function asStringNode(node: TSESTree.Node): StringNode | undefined {
  const expression = unwrapExpression(node);
  return (expression.type === AST_NODE_TYPES.Literal || expression.type === AST_NODE_TYPES.TemplateLiteral) &&
    getStaticString(expression) !== undefined
    ? expression
    : undefined;
}

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
      replaceWithKnownCode: "Replace it with '{{code}}'.",
    },
  },
  create(context, [options]) {
    const settings = getLicenseSpringSettings(context);
    const services = getTypeInformation(context, settings);
    // Where TypeScript checks the file, a string that does not fit a code type is already a compile
    // error: types can then only overrule a report made by shape, and expected types add nothing.
    const compilerChecksStrings = services === undefined || isCheckedByCompiler(context.filename, services);
    const codeProperties = new Set(options.codeProperties ?? ['code']);
    const { knownCodes } = settings;
    const reported = new WeakSet<TSESTree.Node>();

    function verdictOf(node: TSESTree.Node): CodeTypeVerdict {
      return services === undefined ? undefined : classifyCodeType(services.getTypeAtLocation(node), knownCodes);
    }

    function check(node: StringNode, certainty: Certainty): void {
      const value = getStaticString(node);
      if (value === undefined || knownCodes.has(value) || reported.has(node)) {
        return;
      }
      const closest = findClosestCodes(value, settings.additionalCodes.keys());
      if (certainty === 'shape' && !looksLikeCode(value, closest)) {
        return;
      }
      reported.add(node);
      context.report({
        node,
        messageId: 'unknownCode',
        data: { code: value },
        suggest: closest.map((code) => ({
          messageId: 'replaceWithKnownCode',
          data: { code },
          fix: (fixer) => fixer.replaceText(node, quoteLike(node, code)),
        })),
      });
    }

    /** A place recognised by its shape; the types, when known, confirm or overrule it. */
    function checkByShape(node: StringNode, shaped: boolean, typedSide: TSESTree.Node): void {
      const value = getStaticString(node);
      if (value === undefined || knownCodes.has(value)) {
        return;
      }
      if (compilerChecksStrings && !(shaped && looksLikeCode(value, findClosestCodes(value, settings.additionalCodes.keys())))) {
        return;
      }
      const verdict = verdictOf(typedSide);
      if (verdict === 'codes') {
        check(node, 'type');
      } else if (verdict === undefined && shaped) {
        check(node, 'shape');
      }
    }

    function checkStringInContext(node: StringNode): void {
      const value = getStaticString(node);
      if (
        compilerChecksStrings ||
        value === undefined ||
        knownCodes.has(value) ||
        reported.has(node) ||
        !hasContextualPosition(node)
      ) {
        return;
      }
      const expected = services.program.getTypeChecker().getContextualType(services.esTreeNodeToTSNodeMap.get(node));
      if (expected !== undefined && classifyCodeType(expected, knownCodes) === 'codes') {
        check(node, 'type');
      }
    }

    return {
      BinaryExpression(node) {
        if (!isEqualityOperator(node.operator) || node.left.type === AST_NODE_TYPES.PrivateIdentifier) {
          return;
        }
        const codeReads = new Set<TSESTree.Node>(getFieldComparisons(node, codeProperties).map(({ read }) => read));
        for (const [stringSide, otherSide] of [
          [node.right, node.left],
          [node.left, node.right],
        ] as const) {
          const string = asStringNode(stringSide);
          if (string !== undefined && asStringNode(otherSide) === undefined) {
            checkByShape(string, codeReads.has(otherSide), otherSide);
          }
        }
      },
      SwitchStatement(node) {
        const labels = node.cases.flatMap(({ test }) => {
          const string = test === null ? undefined : asStringNode(test);
          return string === undefined ? [] : [string];
        });
        const unknown = labels.filter((label) => !knownCodes.has(getStaticString(label) ?? ''));
        if (unknown.length === 0) {
          return;
        }
        const field = getAccessedFieldName(node.discriminant);
        const shaped = (field !== undefined && codeProperties.has(field)) || unknown.length < labels.length;
        for (const label of unknown) {
          checkByShape(label, shaped, node.discriminant);
        }
      },
      ObjectExpression(node) {
        const fields = getObjectLiteralFields(node);
        if (!fields.has('status')) {
          return;
        }
        for (const field of codeProperties) {
          const value = fields.get(field)?.value;
          const string = value === undefined ? undefined : asStringNode(value);
          if (string !== undefined) {
            check(string, 'shape');
          }
        }
      },
      Literal(node) {
        if (typeof node.value === 'string') {
          checkStringInContext(node);
        }
      },
      TemplateLiteral(node) {
        checkStringInContext(node);
      },
    };
  },
});
