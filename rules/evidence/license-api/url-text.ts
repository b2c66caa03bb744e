import { getStaticValue } from '@eslint-community/eslint-utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { maxConstResolutions } from '../../utils/ast/bindings.js';
import { getStaticPropertyName } from '../../utils/ast/expression.js';
import { findVariable, isVariableDefinition } from '../../utils/ast/scope.js';

/** Stands for a part of a URL not known statically (`${process.env.API}`): it may end a host, and matches no path. */
const unknownUrlPart = '\uFFFD';

type StaticScope = Parameters<typeof getStaticValue>[1];

function getConstInitialiser(identifier: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.Expression | undefined {
  const variable = findVariable(sourceCode.getScope(identifier), identifier.name);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!isVariableDefinition(definition) || definition.parent.kind !== 'const' || definition.node.id.type !== AST_NODE_TYPES.Identifier) {
    return undefined;
  }
  return definition.node.init ?? undefined;
}

/**
 * The text of a URL as far as it is known without running the code: a
 * string, a template or `+` concatenation whose known parts are kept
 * (`${base}/api/v4/check_license` keeps `/api/v4/check_license`), a `const`
 * holding one, and `new URL(path, base)`. Unknown parts are `unknownUrlPart`.
 */
export function getUrlText(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>, depth = 0): string {
  const value = getStaticValue(node as Parameters<typeof getStaticValue>[0], sourceCode.getScope(node) as unknown as StaticScope);
  if (typeof value?.value === 'string') {
    return value.value;
  }
  if (depth >= maxConstResolutions) {
    return unknownUrlPart;
  }
  switch (node.type) {
    case AST_NODE_TYPES.TemplateLiteral:
      return node.quasis
        .map((quasi, index) => {
          const expression = node.expressions[index];
          return (quasi.value.cooked ?? unknownUrlPart) + (expression === undefined ? '' : getUrlText(expression, sourceCode, depth + 1));
        })
        .join('');
    case AST_NODE_TYPES.BinaryExpression:
      return node.operator === '+'
        ? getUrlText(node.left, sourceCode, depth + 1) + getUrlText(node.right, sourceCode, depth + 1)
        : unknownUrlPart;
    case AST_NODE_TYPES.Identifier: {
      const initialiser = getConstInitialiser(node, sourceCode);
      return initialiser === undefined ? unknownUrlPart : getUrlText(initialiser, sourceCode, depth + 1);
    }
    case AST_NODE_TYPES.NewExpression:
      return getNewUrlText(node, sourceCode, depth);
    default:
      return unknownUrlPart;
  }
}

/** `new URL('check_license', 'https://api.licensespring.com/api/v4/')`: the base, then the path. */
function getNewUrlText(node: TSESTree.NewExpression, sourceCode: Readonly<TSESLint.SourceCode>, depth: number): string {
  const [path, base] = node.arguments;
  if (node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== 'URL' || path === undefined) {
    return unknownUrlPart;
  }
  const pathText = getUrlText(path, sourceCode, depth + 1);
  return base === undefined ? pathText : `${getUrlText(base, sourceCode, depth + 1)}/${pathText}`;
}

/** The value of `key` in an object literal of options (`{ url, baseURL }`), `undefined` when it has none. */
export function getOptionNode(options: TSESTree.Node | undefined, key: string): TSESTree.Node | undefined {
  if (options?.type !== AST_NODE_TYPES.ObjectExpression) {
    return undefined;
  }
  const property = options.properties.findLast(
    (candidate): candidate is TSESTree.Property => candidate.type === AST_NODE_TYPES.Property && getStaticPropertyName(candidate) === key,
  );
  return property?.value;
}

/** A request's URL from its base (axios' `baseURL`, got's `prefixUrl`) and its path; an absolute path ignores the base. */
export function joinUrl(base: string | undefined, path: string): string {
  if (base === undefined || /^[a-z][a-z\d+.-]*:/iu.test(path)) {
    return path;
  }
  return `${base.replace(/\/+$/u, '')}/${path.replace(/^\/+/u, '')}`;
}
