import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

import { createRule } from './create-rule.js';
import {
  type ConstantSourceOption,
  defaultConstantModule,
  defaultConstantName,
  getConstantMember,
} from './no-magic-status/constant-members.js';
import { expectsLicenseStatus, hasLicenseStatusType } from './no-magic-status/expects-license-status.js';
import { isStatusDefault } from './no-magic-status/status-defaults.js';
import { classifyStatusRead } from './no-magic-status/status-reads.js';
import { getClassFieldName, getClassFields } from './utils/ast/class-fields.js';
import { catalogStatuses } from './utils/catalog/catalog.js';
import { getObjectLiteralFields, getStaticPropertyName, typeWrapperTypes } from './utils/ast/expression.js';
import { isEqualityOperator } from './utils/ast/field-comparison.js';
import { getLicenseSpringSettings } from './utils/catalog/settings.js';
import { getStatusConstantReplacement } from './utils/fixes/status-constant-fix.js';
import { getTypeInformation } from './evidence/type-information.js';

export interface NoMagicStatusOptions {
  readonly statusProperties?: readonly string[];
  readonly statuses?: 'catalog' | 'http';
  readonly allowObjects?: readonly string[];
  readonly constantSource?: ConstantSourceOption;
}

export type Options = [NoMagicStatusOptions];

export type MessageId = 'magicStatus' | 'magicStatusWithoutConstant' | 'useStatusConstant';

const identifierPattern = '^[A-Za-z_$][\\w$]*$';

function isHttpStatus(value: number): boolean {
  return Number.isInteger(value) && value >= 100 && value <= 599;
}

/** `409 as const` must go as a whole: a const assertion cannot apply to `LicenseStatus.CONFLICT`. */
function getReplacedNode(literal: TSESTree.Literal): TSESTree.Node {
  const { parent } = literal;
  const isConstAssertion =
    (parent.type === AST_NODE_TYPES.TSAsExpression || parent.type === AST_NODE_TYPES.TSTypeAssertion) &&
    parent.typeAnnotation.type === AST_NODE_TYPES.TSTypeReference &&
    parent.typeAnnotation.typeName.type === AST_NODE_TYPES.Identifier &&
    parent.typeAnnotation.typeName.name === 'const';
  return isConstAssertion ? parent : literal;
}

const defaultOptions: Required<Omit<NoMagicStatusOptions, 'constantSource'>> = {
  statusProperties: ['status'],
  statuses: 'catalog',
  allowObjects: [],
};

/**
 * Kept out of `meta.defaultOptions` on purpose: ESLint deep-merges defaults
 * into the user's options before validating them, which would complete a
 * half-given `constantSource` with our module or name instead of rejecting it.
 */
const defaultConstantSource: ConstantSourceOption = { module: defaultConstantModule, name: defaultConstantName };

export default createRule<Options, MessageId>({
  name: 'no-magic-status',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow raw HTTP status numbers where a license error status is meant',
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        description: 'Where statuses are recognised and which constants replace them.',
        properties: {
          statusProperties: {
            type: 'array',
            description: 'Property (and variable) names that hold an HTTP status, such as `status` or `statusCode`.',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
          },
          statuses: {
            type: 'string',
            description: '`catalog` reports only statuses that License API errors use; `http` reports any status from 100 to 599 in a status position.',
            enum: ['catalog', 'http'],
          },
          allowObjects: {
            type: 'array',
            description: 'Names of objects whose status is not a license error status, such as `res`: the variable in `res.status`, the last property in `ctx.res.status`.',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
          },
          constantSource: {
            type: 'object',
            description: 'The object of named statuses the fix uses, and the module that exports it.',
            properties: {
              module: { type: 'string', description: 'The module to import from.', minLength: 1 },
              name: { type: 'string', description: 'The exported object of status constants.', pattern: identifierPattern },
              members: {
                type: 'object',
                description: 'Member names by status, where they differ from the standard reason phrase in SCREAMING_SNAKE_CASE.',
                patternProperties: { '^[1-5]\\d\\d$': { type: 'string', pattern: identifierPattern } },
                additionalProperties: false,
              },
            },
            required: ['module', 'name'],
            additionalProperties: false,
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [defaultOptions],
    messages: {
      magicStatus: 'The raw status {{status}} hides which license error it means; use {{constant}} instead.',
      magicStatusWithoutConstant:
        'The raw status {{status}} hides which license error it means, and {{source}} has no constant for it; name it with a constant instead.',
      useStatusConstant: 'Replace {{status}} with {{constant}}.',
    },
  },
  create(context, [options]) {
    // `options` is already merged with `meta.defaultOptions`; those fallbacks only satisfy the optional types.
    const {
      statusProperties: statusPropertyList = defaultOptions.statusProperties,
      statuses = defaultOptions.statuses,
      allowObjects: allowObjectList = defaultOptions.allowObjects,
      constantSource: source = defaultConstantSource,
    } = options;
    const settings = getLicenseSpringSettings(context);
    const services = getTypeInformation(context, settings);
    const statusProperties = new Set(statusPropertyList);
    const allowObjects = new Set(allowObjectList);
    const additionalStatuses = [...settings.additionalCodes.values()].filter((status) => status !== undefined);
    const licenseStatuses: ReadonlySet<number> =
      additionalStatuses.length === 0 ? catalogStatuses : new Set([...catalogStatuses, ...additionalStatuses]);
    const isCandidate = statuses === 'http' ? isHttpStatus : (value: number) => licenseStatuses.has(value);

    /** Whether a status is compared with, or switched on, `other`. */
    function isComparedWithStatus(other: TSESTree.Node): boolean {
      const read = classifyStatusRead(other, statusProperties, allowObjects, context.sourceCode);
      return read === 'status' || (read === 'other' && services !== undefined && hasLicenseStatusType(services, other));
    }

    function isStatusPosition(literal: TSESTree.Literal): boolean {
      let child: TSESTree.Node = literal;
      let { parent } = literal;
      while (typeWrapperTypes.has(parent.type) && parent.parent !== undefined) {
        child = parent;
        parent = parent.parent;
      }
      if ('key' in parent && parent.key === child) {
        return false;
      }
      switch (parent.type) {
        case AST_NODE_TYPES.TSLiteralType:
        case AST_NODE_TYPES.MemberExpression:
          return false;
        case AST_NODE_TYPES.BinaryExpression:
          if (isEqualityOperator(parent.operator)) {
            return isComparedWithStatus(parent.left === child ? parent.right : parent.left);
          }
          break;
        case AST_NODE_TYPES.SwitchCase:
          if (parent.test === child) {
            return isComparedWithStatus(parent.parent.discriminant);
          }
          break;
        case AST_NODE_TYPES.AssignmentPattern:
          if (parent.right === child && isStatusDefault(parent, statusProperties, allowObjects, context.sourceCode)) {
            return true;
          }
          break;
        case AST_NODE_TYPES.Property: {
          const name = parent.value === child ? getStaticPropertyName(parent) : undefined;
          if (
            name !== undefined &&
            statusProperties.has(name) &&
            parent.parent.type === AST_NODE_TYPES.ObjectExpression &&
            getObjectLiteralFields(parent.parent).has('code')
          ) {
            return true;
          }
          break;
        }
        case AST_NODE_TYPES.PropertyDefinition: {
          // A class body plays the object literal: its instance fields are every error's properties.
          const name = parent.value === child && !parent.static ? getClassFieldName(parent) : undefined;
          if (name !== undefined && statusProperties.has(name) && getClassFields(parent.parent).has('code')) {
            return true;
          }
          break;
        }
        default:
          break;
      }
      return services !== undefined && expectsLicenseStatus(services, literal);
    }

    return {
      Literal(node) {
        if (typeof node.value !== 'number' || !isCandidate(node.value) || !isStatusPosition(node)) {
          return;
        }
        const status = String(node.value);
        const member = getConstantMember(source, node.value);
        if (member === undefined) {
          context.report({ node, messageId: 'magicStatusWithoutConstant', data: { status, source: source.name } });
          return;
        }
        const constant = `${source.name}.${member.name}`;
        const { autofix, fix } = getStatusConstantReplacement(context, getReplacedNode(node), source, member.name);
        context.report({
          node,
          messageId: 'magicStatus',
          data: { status, constant },
          ...(autofix && member.certain
            ? { fix }
            : { suggest: [{ messageId: 'useStatusConstant', data: { status, constant }, fix }] }),
        });
      },
    };
  },
});
