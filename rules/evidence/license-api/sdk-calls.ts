import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { findVariable } from '../../utils/ast/scope.js';
import { type InstanceFollower, getEnclosingClassBody } from './instances.js';
import {
  type SdkClassName,
  type SdkMethodInfo,
  getSdkMethod,
  isLicenseApiMethod,
  sdkDeepModules,
  sdkEntryClasses,
  sdkPackage,
  sdkSurface,
} from './sdk-surface.js';
import { CALL, CONSTRUCT, ESM, type LicenseApiTracker, READ, type TraceMapObject, type TrackedReference } from './tracker.js';

/** What the module maps report: a client class, built (`new`) or imported (for the types that name it). */
interface ClassInfo {
  readonly className: SdkClassName;
}

function classMap(className: SdkClassName): TraceMapObject<ClassInfo> {
  const info: ClassInfo = { className };
  return { [CONSTRUCT]: info, [READ]: info };
}

function buildModuleMaps(): Record<string, TraceMapObject<ClassInfo>> {
  const entryExports = Object.fromEntries(sdkEntryClasses.map((className) => [className, classMap(className)]));
  const maps: Record<string, TraceMapObject<ClassInfo>> = {
    // `default`: Node's `import sdk from` of a CommonJS module gives `module.exports`.
    [sdkPackage]: { [ESM]: true, ...entryExports, default: entryExports },
  };
  for (const [file, { exportName, className }] of Object.entries(sdkDeepModules)) {
    const exported = classMap(className);
    // TypeScript's CommonJS output has `exports.default`, which Node's ESM default import wraps once more.
    const module =
      exportName === 'default' ? { default: { ...exported, default: exported } } : { [exportName]: exported, default: { [exportName]: exported } };
    maps[`${sdkPackage}/${file}`] = { [ESM]: true, ...module };
    maps[`${sdkPackage}/${file}.js`] = { [ESM]: true, ...module };
  }
  return maps;
}

/** The SDK's modules and the client classes each exports. */
const moduleMaps = buildModuleMaps();

function buildInstanceMap(className: SdkClassName): TraceMapObject<SdkMethodInfo> {
  const surface = sdkSurface[className];
  const methods = [...surface.gatekeeping, ...surface.other, ...Object.keys(surface.returns ?? {})];
  return Object.fromEntries(
    methods.flatMap((method) => {
      const info = getSdkMethod(className, method);
      return info === undefined ? [] : [[method, { [CALL]: info }]];
    }),
  );
}

/** Per class, the methods followed on its instances. */
const instanceMaps = Object.fromEntries(
  (Object.keys(sdkSurface) as SdkClassName[]).map((className) => [className, buildInstanceMap(className)]),
) as Record<SdkClassName, TraceMapObject<SdkMethodInfo>>;

/** The node a type annotation naming `typeName` annotates (`T`, `T | undefined`): a binding or a class field. */
function getAnnotatedNode(typeName: TSESTree.Node): TSESTree.Node | undefined {
  let type = typeName.parent;
  if (type?.type !== AST_NODE_TYPES.TSTypeReference || type.typeName !== typeName) {
    return undefined;
  }
  while (type.parent.type === AST_NODE_TYPES.TSUnionType) {
    type = type.parent;
  }
  return type.parent.type === AST_NODE_TYPES.TSTypeAnnotation ? type.parent.parent : undefined;
}

/**
 * Every call of an SDK client method in a file, found from the SDK's imports
 * and `require` calls: `new LicenseManager(config)` and wherever it is kept,
 * the `License` that `loadLicense()` returns, and bindings and class members
 * whose type names a client class (`manager: LicenseManager`,
 * `constructor(private readonly license: License)`).
 */
class SdkCallCollector {
  readonly calls = new Map<TSESTree.CallExpression, SdkMethodInfo>();
  readonly #tracker: LicenseApiTracker;
  readonly #follower: InstanceFollower;
  readonly #sourceCode: Readonly<TSESLint.SourceCode>;
  /** Expressions that hold an instance, in the order found; each is followed once. */
  readonly #instances: { readonly node: TSESTree.Node; readonly className: SdkClassName }[] = [];
  readonly #seen = new Set<TSESTree.Node>();

  constructor(tracker: LicenseApiTracker, follower: InstanceFollower, sourceCode: Readonly<TSESLint.SourceCode>) {
    this.#tracker = tracker;
    this.#follower = follower;
    this.#sourceCode = sourceCode;
  }

  collect(): void {
    for (const reference of [...this.#tracker.iterateImports(moduleMaps), ...this.#tracker.iterateRequires(moduleMaps)]) {
      if (reference.type === CONSTRUCT) {
        this.#addInstance(reference.node, reference.info.className);
      } else if (reference.node.type === AST_NODE_TYPES.ImportSpecifier || reference.node.type === AST_NODE_TYPES.ImportDefaultSpecifier) {
        this.#addAnnotatedInstances(reference.node, reference.info.className);
      }
    }
    // Calls that return a client (`loadLicense()`) add instances as the loop goes.
    // An array iterator sees elements pushed while it runs.
    for (const { node, className } of this.#instances) {
      this.#recordCalls(this.#follower.follow(node, instanceMaps[className]));
    }
  }

  #addInstance(node: TSESTree.Node, className: SdkClassName): void {
    if (!this.#seen.has(node)) {
      this.#seen.add(node);
      this.#instances.push({ node, className });
    }
  }

  #recordCalls(references: Iterable<TrackedReference<SdkMethodInfo>>): void {
    for (const { node, info } of references) {
      if (node.type !== AST_NODE_TYPES.CallExpression) {
        continue;
      }
      if (isLicenseApiMethod(info)) {
        this.calls.set(node, info);
      }
      if (info.returns !== undefined) {
        this.#addInstance(node, info.returns);
      }
    }
  }

  /** The bindings and members whose type annotation names the imported class. */
  #addAnnotatedInstances(specifier: TSESTree.ImportClause, className: SdkClassName): void {
    for (const variable of this.#sourceCode.getDeclaredVariables(specifier)) {
      for (const reference of variable.references) {
        const annotated = getAnnotatedNode(reference.identifier);
        if (annotated !== undefined) {
          this.#addAnnotated(annotated, className);
        }
      }
    }
  }

  #addAnnotated(annotated: TSESTree.Node, className: SdkClassName): void {
    if (annotated.type === AST_NODE_TYPES.PropertyDefinition && !annotated.static && annotated.key.type === AST_NODE_TYPES.Identifier) {
      this.#recordCalls(this.#follower.followMember(annotated.parent, annotated.key.name, instanceMaps[className]));
      return;
    }
    if (annotated.type !== AST_NODE_TYPES.Identifier) {
      return;
    }
    const classBody = annotated.parent.type === AST_NODE_TYPES.TSParameterProperty ? getEnclosingClassBody(annotated.parent) : undefined;
    if (classBody !== undefined) {
      this.#recordCalls(this.#follower.followMember(classBody, annotated.name, instanceMaps[className]));
    }
    const variable = findVariable(this.#sourceCode.getScope(annotated), annotated.name);
    for (const reference of variable?.references ?? []) {
      if (reference.isRead()) {
        this.#addInstance(reference.identifier, className);
      }
    }
  }
}

export function findSdkCalls(
  tracker: LicenseApiTracker,
  follower: InstanceFollower,
  sourceCode: Readonly<TSESLint.SourceCode>,
): ReadonlyMap<TSESTree.CallExpression, SdkMethodInfo> {
  const collector = new SdkCallCollector(tracker, follower, sourceCode);
  collector.collect();
  return collector.calls;
}
