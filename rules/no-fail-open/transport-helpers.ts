import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { CALL, ESM, LicenseApiTracker, READ, type TraceMapObject } from '../evidence/license-api/tracker.js';

/**
 * The guards of `eslint-plugin-licensespring/types` a handler may test the
 * failure with: `transport` (`isTransportFailure`: grace is right when true),
 * `rejection` (`isLicenseApiRejection`: grace is right when false), and
 * `catalog` (`isLicenseApiError`, `isLicenseApiErrorBody`: true for catalog
 * codes only, so false does not mean "offline").
 */
export type HelperKind = 'catalog' | 'rejection' | 'transport';

export const typesModule = 'eslint-plugin-licensespring/types';

const helpers: TraceMapObject<HelperKind> = {
  isTransportFailure: { [CALL]: 'transport', [READ]: 'transport' },
  isLicenseApiRejection: { [CALL]: 'rejection' },
  isLicenseApiError: { [CALL]: 'catalog' },
  isLicenseApiErrorBody: { [CALL]: 'catalog' },
};

const traceMap = { [typesModule]: { [ESM]: true, ...helpers, default: helpers } };

export interface TransportHelpers {
  /** Each call of a guard, whatever local name the file gave it. */
  readonly calls: ReadonlyMap<TSESTree.CallExpression, HelperKind>;
  /** The name the file binds `isTransportFailure` to (`import { isTransportFailure as offline }`), for suggestions. */
  readonly transportName: string | undefined;
}

/** The local name a `READ` of an import or a destructured `require` binds. */
function getBoundName(node: TSESTree.Node): string | undefined {
  const declaration = node.parent;
  if (node.type === AST_NODE_TYPES.ImportSpecifier && node.importKind !== 'type' && declaration?.type === AST_NODE_TYPES.ImportDeclaration && declaration.importKind !== 'type') {
    return node.local.name;
  }
  return node.type === AST_NODE_TYPES.Property && node.value.type === AST_NODE_TYPES.Identifier ? node.value.name : undefined;
}

/** The guards the file imports or requires, found with eslint-utils' reference tracker. */
export function findTransportHelpers(sourceCode: Readonly<TSESLint.SourceCode>): TransportHelpers {
  const tracker = new LicenseApiTracker(sourceCode.scopeManager?.globalScope ?? sourceCode.getScope(sourceCode.ast));
  const calls = new Map<TSESTree.CallExpression, HelperKind>();
  let transportName: string | undefined;
  for (const { node, type, info } of [...tracker.iterateImports(traceMap), ...tracker.iterateRequires(traceMap)]) {
    if (type === CALL && node.type === AST_NODE_TYPES.CallExpression) {
      calls.set(node, info);
    } else if (type === READ) {
      transportName ??= getBoundName(node);
    }
  }
  return { calls, transportName };
}
