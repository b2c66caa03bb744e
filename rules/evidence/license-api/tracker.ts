import { CALL, CONSTRUCT, ESM, READ, ReferenceTracker } from '@eslint-community/eslint-utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

export { CALL, CONSTRUCT, ESM, READ };

/** eslint-utils' trace map: keys are module names, exports and properties; the symbols say what to report. */
export interface TraceMapObject<Info> {
  readonly [key: string]: TraceMapObject<Info>;
  readonly [CALL]?: Info;
  readonly [CONSTRUCT]?: Info;
  readonly [READ]?: Info;
  readonly [ESM]?: boolean;
}

export interface TrackedReference<Info> {
  readonly node: TSESTree.Node;
  readonly type: typeof CALL | typeof CONSTRUCT | typeof READ;
  readonly info: Info;
}

type UtilsExpression = Parameters<ReferenceTracker['iteratePropertyReferences']>[0];
type UtilsScope = ConstructorParameters<typeof ReferenceTracker>[0];

/** eslint-utils' references, with the parser's nodes typed as typescript-eslint's. */
function typed<Info>(references: Iterable<unknown>): Iterable<TrackedReference<Info>> {
  return references as Iterable<TrackedReference<Info>>;
}

/**
 * eslint-utils' `ReferenceTracker`, typed for typescript-eslint's AST (at run
 * time the nodes are the parser's own, whichever parser made them). The one
 * place that follows imports, `require` calls and the values they hold.
 */
export class LicenseApiTracker {
  readonly #tracker: ReferenceTracker;
  readonly #globalScope: TSESLint.Scope.Scope;

  constructor(globalScope: TSESLint.Scope.Scope) {
    // Every module map sets `ESM`, and lists a CommonJS module's `default` itself, so the mode does not matter.
    this.#tracker = new ReferenceTracker(globalScope as unknown as UtilsScope);
    this.#globalScope = globalScope;
  }

  /** Imports of the modules named in `traceMap` (`import`, `export ... from`). */
  *iterateImports<Info>(traceMap: Readonly<Record<string, TraceMapObject<Info>>>): Generator<TrackedReference<Info>> {
    yield* typed<Info>(this.#tracker.iterateEsmReferences(traceMap));
  }

  /**
   * `require('module')` of the modules named in `traceMap`. eslint-utils
   * follows `require` only where it is a declared global (`sourceType:
   * 'commonjs'`, Node globals); a file linted without them still calls the
   * same `require`, so its unresolved references are followed too.
   */
  *iterateRequires<Info>(traceMap: Readonly<Record<string, TraceMapObject<Info>>>): Generator<TrackedReference<Info>> {
    yield* typed<Info>(this.#tracker.iterateCjsReferences(traceMap));
    for (const identifier of this.#undeclaredGlobal('require')) {
      const call = identifier.parent;
      if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== identifier) {
        continue;
      }
      const [argument] = call.arguments;
      const moduleName = argument?.type === AST_NODE_TYPES.Literal && typeof argument.value === 'string' ? argument.value : undefined;
      const moduleMap = moduleName === undefined || !Object.hasOwn(traceMap, moduleName) ? undefined : traceMap[moduleName];
      if (moduleMap !== undefined) {
        yield* this.iterateFrom(call, moduleMap);
      }
    }
  }

  /**
   * Calls, constructions and reads of a global (`fetch`), whether the
   * configuration declares it or not: most projects lint Node code without
   * declaring Node's globals, and `fetch` is one.
   */
  *iterateGlobal<Info>(name: string, traceMap: TraceMapObject<Info>): Generator<TrackedReference<Info>> {
    yield* typed<Info>(this.#tracker.iterateGlobalReferences({ [name]: traceMap }));
    for (const identifier of this.#undeclaredGlobal(name)) {
      yield* this.iterateFrom(identifier, traceMap);
    }
  }

  /**
   * What becomes of the value of `node`: the variables, destructured names
   * and assignments it flows into, and the properties read, called or
   * constructed from them as `traceMap` lists.
   */
  *iterateFrom<Info>(node: TSESTree.Node, traceMap: TraceMapObject<Info>): Generator<TrackedReference<Info>> {
    yield* typed<Info>(this.#tracker.iteratePropertyReferences(node as unknown as UtilsExpression, traceMap));
  }

  /** Identifiers that name `name` where no declaration (nor configured global) does. */
  #undeclaredGlobal(name: string): TSESTree.Identifier[] {
    if (this.#globalScope.set.has(name)) {
      return [];
    }
    return this.#globalScope.through.filter((reference) => reference.identifier.name === name).map((reference) => reference.identifier as TSESTree.Identifier);
  }
}
