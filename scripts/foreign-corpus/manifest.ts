/**
 * Where the foreign-code corpus lives and what its manifest records. The build
 * writes the manifest; the test, `corpus:lint` and `bench:foreign` read it to
 * know each package's files, which JavaScript files are CommonJS scripts and
 * which paths get a typed lint.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const repoRoot = path.join(import.meta.dirname, '..', '..');

export const corpusDir = path.join(repoRoot, 'tests', 'foreign-corpus');
export const archivePath = path.join(corpusDir, 'corpus.tar.gz');
export const manifestPath = path.join(corpusDir, 'manifest.json');
export const manifestMarkdownPath = path.join(corpusDir, 'MANIFEST.md');
export const packageListPath = path.join(import.meta.dirname, 'packages.json');
/** The type roots of this repository, so that typed linting of the corpus knows Node's globals. */
export const typeRootsDir = path.join(repoRoot, 'node_modules', '@types');

/** One entry of packages.json. Paths are inside the package; a directory stands for everything under it. */
export interface PackageEntry {
  /** `name@exact-version`. */
  readonly package: string;
  /** What the package is, for the manifest. */
  readonly kind: string;
  readonly include: readonly string[];
  /** Hand-written declaration files to keep; emitted ones restate the JavaScript beside them. */
  readonly declarations?: readonly string[];
  readonly exclude?: readonly string[];
  /** Paths linted with type information too. */
  readonly typed?: readonly string[];
}

export interface DroppedFile {
  /** Path inside the corpus. */
  readonly file: string;
  readonly error: string;
}

export interface ManifestPackage {
  readonly name: string;
  readonly version: string;
  readonly kind: string;
  /** The `license` field of the package's package.json. */
  readonly license: string;
  /** License files shipped at the package's root, kept beside its sources (paths inside the corpus). */
  readonly licenseFiles: readonly string[];
  /** The tarball's integrity as the registry states it. */
  readonly integrity: string;
  /** JS/TS files kept. */
  readonly files: number;
  readonly bytes: number;
  /** Kept files that parse only as CommonJS scripts (paths inside the corpus); every other .js file is a module. */
  readonly commonjs: readonly string[];
  /** Files left out because they do not parse. */
  readonly dropped: readonly DroppedFile[];
  /** Paths inside the corpus linted with type information too. */
  readonly typed: readonly string[];
}

export interface Manifest {
  readonly files: number;
  readonly bytes: number;
  readonly archiveBytes: number;
  readonly archiveSha256: string;
  readonly packages: readonly ManifestPackage[];
}

export function readManifest(): Manifest {
  return JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
}

export function readPackageList(): readonly PackageEntry[] {
  return (JSON.parse(readFileSync(packageListPath, 'utf8')) as { packages: PackageEntry[] }).packages;
}

/** `@scope/name@1.2.3` -> name and version; the version must be exact, so the corpus is reproducible. */
export function parseSpec(spec: string): { readonly name: string; readonly version: string } {
  const at = spec.lastIndexOf('@');
  const name = spec.slice(0, at);
  const version = spec.slice(at + 1);
  if (at <= 0 || !/^\d+\.\d+\.\d+(?:-[\w.]+)?$/.test(version)) {
    throw new Error(`packages.json: "${spec}" is not name@exact-version`);
  }
  return { name, version };
}

/** True if `file` is `prefix` itself or lies under the directory `prefix`. */
export function isUnder(file: string, prefix: string): boolean {
  return file === prefix || file.startsWith(`${prefix}/`);
}

/** The package a corpus path belongs to (its directory is the package name). */
export function packageOf(manifest: Manifest, file: string): ManifestPackage | undefined {
  return manifest.packages.find((entry) => isUnder(file, entry.name));
}
