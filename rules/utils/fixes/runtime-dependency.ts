import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** `eslint-plugin-licensespring` for `eslint-plugin-licensespring/types`, `@scope/name` for `@scope/name/sub`. */
function getPackageName(module: string): string {
  const parts = module.split('/');
  return (module.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}

interface PackageJson {
  readonly name?: unknown;
  readonly dependencies?: unknown;
  readonly peerDependencies?: unknown;
}

/**
 * Manifests read so far, by path, with the modification time they were read
 * at and when that time was last looked at: a fix asks for the same
 * package.json on every file of a project, and even a `stat` per file adds
 * up. Looking again after a second keeps an editor's long-running ESLint
 * from answering with a stale file; each worker thread of `--concurrency`
 * has its own copy.
 */
const manifests = new Map<string, { readonly mtimeMs: number; readonly manifest: PackageJson | undefined; statedAt: number }>();

const restatAfterMs = 1000;

function readPackageJson(file: string): PackageJson | undefined {
  const now = performance.now();
  const cached = manifests.get(file);
  if (cached !== undefined && now - cached.statedAt < restatAfterMs) {
    return cached.manifest;
  }
  // Without throwing: most folders on the way up have no package.json, and an exception per folder is slow.
  const mtimeMs = statSync(file, { throwIfNoEntry: false })?.mtimeMs;
  if (mtimeMs === undefined) {
    manifests.delete(file);
    return undefined;
  }
  if (cached?.mtimeMs === mtimeMs) {
    cached.statedAt = now;
    return cached.manifest;
  }
  let manifest: PackageJson | undefined;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8')) as PackageJson;
  } catch {
    manifest = undefined;
  }
  manifests.set(file, { mtimeMs, manifest, statedAt: now });
  return manifest;
}

function lists(field: unknown, name: string): boolean {
  return typeof field === 'object' && field !== null && Object.hasOwn(field, name);
}

/** Where a fix would add a run-time import of a module, and whether the app will have it after `npm ci --omit=dev`. */
export interface RuntimeDependency {
  /** The nearest `package.json` above the file, `undefined` when there is none (a file not on disk). */
  readonly packageJson: string | undefined;
  /** Whether that `package.json` is the module's own package, or lists it in `dependencies` or `peerDependencies`. */
  readonly installed: boolean;
}

/**
 * The nearest `package.json` above each directory asked about, `undefined`
 * when there is none: every file of a folder asks the same, and walking up
 * costs a file-system call per level. Where manifests are is taken as fixed
 * for the process (ESLint finds its config files the same way); what they
 * say is read again when it changes (see `readPackageJson`).
 */
const nearestManifests = new Map<string, string | undefined>();

function findNearestPackageJson(directory: string): string | undefined {
  if (nearestManifests.has(directory)) {
    return nearestManifests.get(directory);
  }
  const file = path.join(directory, 'package.json');
  const parent = path.dirname(directory);
  const found = statSync(file, { throwIfNoEntry: false })?.isFile() === true ? file : parent === directory ? undefined : findNearestPackageJson(parent);
  nearestManifests.set(directory, found);
  return found;
}

/**
 * Whether the app that `filename` belongs to keeps `module` in production.
 * A plugin installed with `--save-dev` (as the README does) is gone after
 * `npm ci --omit=dev`, and an import that a fix added would crash the app.
 */
export function getRuntimeDependency(filename: string, module: string): RuntimeDependency {
  const packageJson = findNearestPackageJson(path.dirname(path.resolve(filename)));
  const manifest = packageJson === undefined ? undefined : readPackageJson(packageJson);
  if (manifest === undefined) {
    return { packageJson, installed: false };
  }
  const name = getPackageName(module);
  return { packageJson, installed: manifest.name === name || lists(manifest.dependencies, name) || lists(manifest.peerDependencies, name) };
}
