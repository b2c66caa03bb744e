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
import { type EvidenceStrength, getEvidence } from './evidence/evidence.js';
import { classifyStatusRead } from './no-magic-status/status-reads.js';
import { getClassField, getClassFieldName } from './utils/ast/class-fields.js';
import { catalogStatuses } from './utils/catalog/catalog.js';
import { getObjectLiteralField, getStaticPropertyName, getStaticString, stripConversions, typeWrapperTypes } from './utils/ast/expression.js';
import { getSiblingDefault } from './utils/ast/default-values.js';
import { isEqualityOperator } from './utils/ast/field-comparison.js';
import { getLicenseSpringSettings } from './utils/catalog/settings.js';
import { getStatusConstantReplacement } from './utils/fixes/status-constant-fix.js';
import { getRuntimeDependency, type RuntimeDependency } from './utils/fixes/runtime-dependency.js';
import { getTypeInformation } from './evidence/type-information.js';

export interface NoMagicStatusOptions {
  readonly statusProperties?: readonly string[];
  readonly statuses?: 'catalog' | 'http';
  readonly allowObjects?: readonly string[];
  readonly constantSource?: ConstantSourceOption;
}

export type Options = [NoMagicStatusOptions];

export type MessageId = 'magicStatus' | 'magicStatusNotInDependencies' | 'magicStatusWithoutConstant' | 'useStatusConstant';

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
      magicStatusNotInDependencies:
        'The raw status {{status}} hides which license error it means; use {{constant}} instead. This is only a suggestion: it imports {{module}}, which is not in the dependencies of {{packageJson}}, so the import would be missing in production. List it in dependencies, or point the constantSource option at your own constants, to get a fix.',
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
    const evidence = getEvidence(context, settings);
    // No types, and nothing in the file about the License API: no number here is a license status.
    if (!evidence.inFile && services === undefined) {
      return {};
    }
    const statusProperties = new Set(statusPropertyList);
    const allowObjects = new Set(allowObjectList);
    const additionalStatuses = [...settings.additionalCodes.values()].filter((status) => status !== undefined);
    const licenseStatuses: ReadonlySet<number> =
      additionalStatuses.length === 0 ? catalogStatuses : new Set([...catalogStatuses, ...additionalStatuses]);
    const isCandidate = statuses === 'http' ? isHttpStatus : (value: number) => licenseStatuses.has(value);
    // Read from disk once per file, and only when a fix would add an import.
    let dependency: { readonly value: RuntimeDependency | undefined } | undefined;
    const getDependency = (): RuntimeDependency | undefined =>
      (dependency ??= { value: options.constantSource === undefined ? getRuntimeDependency(context.filename, source.module) : undefined }).value;

    /** Evidence that `other`, compared with or switched on, holds a license error status. */
    function getComparedEvidence(other: TSESTree.Node): EvidenceStrength | undefined {
      const read = classifyStatusRead(other, statusProperties, allowObjects, context.sourceCode);
      if (read === 'allowed') {
        return undefined;
      }
      const strength = read === 'status' ? evidence.ofRead(stripConversions(other).expression) : undefined;
      if (strength === 'value' || services === undefined) {
        return strength;
      }
      return hasLicenseStatusType(services, other, context.sourceCode) ? 'value' : strength;
    }

    /** Evidence from the code written beside a status (`{ status: 400, code: 'license_expired' }`). */
    function getCodeEvidence(code: TSESTree.Node | undefined): EvidenceStrength | undefined {
      return evidence.ofCode(code === undefined ? undefined : getStaticString(code));
    }

    /** Whether `literal` stands where a license error status goes, and how sure that is. */
    function getStatusPositionEvidence(literal: TSESTree.Literal): EvidenceStrength | undefined {
      let child: TSESTree.Node = literal;
      let { parent } = literal;
      while (typeWrapperTypes.has(parent.type) && parent.parent !== undefined) {
        child = parent;
        parent = parent.parent;
      }
      if ('key' in parent && parent.key === child) {
        return undefined;
      }
      let strength: EvidenceStrength | undefined;
      switch (parent.type) {
        case AST_NODE_TYPES.TSLiteralType:
        case AST_NODE_TYPES.MemberExpression:
          return undefined;
        case AST_NODE_TYPES.BinaryExpression:
          // An operand of arithmetic or of `<`, `>=`... expects a number, never a status: no type to ask.
          if (!isEqualityOperator(parent.operator)) {
            return undefined;
          }
          strength = getComparedEvidence(parent.left === child ? parent.right : parent.left);
          break;
        case AST_NODE_TYPES.SwitchCase:
          if (parent.test === child) {
            strength = getComparedEvidence(parent.parent.discriminant);
          }
          break;
        case AST_NODE_TYPES.AssignmentPattern:
          if (parent.right === child && isStatusDefault(parent, statusProperties, allowObjects, context.sourceCode)) {
            strength = getCodeEvidence(getSiblingDefault(parent, 'code'));
          }
          break;
        case AST_NODE_TYPES.Property: {
          const name = parent.value === child ? getStaticPropertyName(parent) : undefined;
          const object = parent.parent;
          const code =
            name !== undefined && statusProperties.has(name) && object.type === AST_NODE_TYPES.ObjectExpression
              ? getObjectLiteralField(object, 'code')
              : undefined;
          if (code !== undefined) {
            strength = getCodeEvidence(code.value);
          }
          break;
        }
        case AST_NODE_TYPES.PropertyDefinition: {
          // A class body plays the object literal: its instance fields are every error's properties.
          const name = parent.value === child && !parent.static ? getClassFieldName(parent) : undefined;
          const code = name !== undefined && statusProperties.has(name) ? getClassField(parent.parent, 'code') : undefined;
          if (code !== undefined) {
            strength = getCodeEvidence(code.value);
          }
          break;
        }
        default:
          break;
      }
      // The expected type is asked only where the syntax saw no status position: it is costly, and a
      // position already found is judged by the value compared or the code beside it.
      if (strength !== undefined || services === undefined) {
        return strength;
      }
      return expectsLicenseStatus(services, literal, context.sourceCode) ? 'value' : undefined;
    }

    return {
      Literal(node) {
        const strength = typeof node.value === 'number' && isCandidate(node.value) ? getStatusPositionEvidence(node) : undefined;
        if (typeof node.value !== 'number' || strength === undefined) {
          return;
        }
        const status = String(node.value);
        const member = getConstantMember(source, node.value);
        if (member === undefined) {
          context.report({ node, messageId: 'magicStatusWithoutConstant', data: { status, source: source.name } });
          return;
        }
        const constant = `${source.name}.${member.name}`;
        const replacement = getStatusConstantReplacement(context, getReplacedNode(node), source, member.name, getDependency);
        const { autofix, fix, missingDependency } = replacement;
        const certain = member.certain && (strength === 'value' || evidence.assumed);
        const suggest = [{ messageId: 'useStatusConstant' as const, data: { status, constant }, fix }];
        if (certain && missingDependency !== undefined) {
          const packageJson = missingDependency.packageJson ?? 'any package.json above this file';
          context.report({ node, messageId: 'magicStatusNotInDependencies', data: { status, constant, module: source.module, packageJson }, suggest });
          return;
        }
        context.report({ node, messageId: 'magicStatus', data: { status, constant }, ...(autofix && certain ? { fix } : { suggest }) });
      },
    };
  },
});
