/**
 * Which files of an unpacked npm package go into the corpus: its JS/TS
 * sources under the entry's paths, hand-written declarations where the entry
 * names them, and the license files at its root. Never `node_modules`.
 */
import type { PackageEntry } from './manifest.js';
import { isUnder } from './manifest.js';

const sourcePattern = /\.(?:[mc]?[jt]s|[jt]sx)$/;
const declarationPattern = /\.d\.[mc]?ts$/;
/** LICENSE, LICENCE.md, license.txt, COPYING, NOTICE (Apache-2.0 asks for it to travel with the code). */
const licensePattern = /^(?:licen[cs]e|copying|notice)(?:[.-][\w.-]*)?$/i;

function isSelected(file: string, entry: PackageEntry): boolean {
  if (file.split('/').includes('node_modules') || (entry.exclude ?? []).some((prefix) => isUnder(file, prefix))) {
    return false;
  }
  if (declarationPattern.test(file)) {
    return (entry.declarations ?? []).some((prefix) => isUnder(file, prefix));
  }
  return sourcePattern.test(file) && entry.include.some((prefix) => isUnder(file, prefix));
}

/** `files`: every file of the package, `/`-separated paths relative to its root. */
export function selectSources(files: readonly string[], entry: PackageEntry): string[] {
  return files.filter((file) => isSelected(file, entry));
}

export function selectLicenseFiles(files: readonly string[]): string[] {
  return files.filter((file) => !file.includes('/') && licensePattern.test(file));
}
