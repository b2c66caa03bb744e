/**
 * Rebuilds the foreign-code corpus (tests/foreign-corpus/) from the npm
 * registry: for each pinned package of packages.json, `npm pack` its tarball,
 * keep its JS/TS sources (see select.ts) and its license files, drop the files
 * that do not parse (see parse-check.ts), and write one deterministic archive
 * with its manifest (manifest.json for the tools, MANIFEST.md for people).
 *
 *   npm run corpus:build
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { archiveDirectory } from './archive.js';
import type { DroppedFile, Manifest, ManifestPackage, PackageEntry } from './manifest.js';
import { archivePath, manifestMarkdownPath, manifestPath, parseSpec, readPackageList } from './manifest.js';
import { renderManifest } from './manifest-markdown.js';
import { parseOutcome } from './parse-check.js';
import { selectLicenseFiles, selectSources } from './select.js';

/** The limit for the committed archive. */
const maxArchiveBytes = 10_000_000;

interface Packed {
  readonly root: string;
  readonly integrity: string;
}

/** Downloads and unpacks one tarball with npm's own client, which checks its integrity against the registry. */
function packAndUnpack(spec: string, workDir: string): Packed {
  const destination = mkdtempSync(path.join(workDir, 'pack-'));
  const stdout = execFileSync('npm', ['pack', spec, '--json', '--pack-destination', destination], { encoding: 'utf8' });
  const [packed] = JSON.parse(stdout) as { filename: string; integrity: string }[];
  if (packed === undefined) {
    throw new Error(`npm pack ${spec} reported no tarball`);
  }
  execFileSync('tar', ['-xzf', path.join(destination, packed.filename), '-C', destination]);
  return { root: path.join(destination, 'package'), integrity: packed.integrity };
}

function listFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(path.join(root, file)).isFile())
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

function copyInto(from: string, to: string): void {
  mkdirSync(path.dirname(to), { recursive: true });
  copyFileSync(from, to);
}

function buildPackage(entry: PackageEntry, workDir: string, stagingDir: string): ManifestPackage {
  const { name, version } = parseSpec(entry.package);
  const { root, integrity } = packAndUnpack(entry.package, workDir);
  const files = listFiles(root);
  const { license } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { license?: string };
  const commonjs: string[] = [];
  const dropped: DroppedFile[] = [];
  let kept = 0;
  let bytes = 0;
  for (const file of selectSources(files, entry)) {
    const corpusFile = `${name}/${file}`;
    const text = readFileSync(path.join(root, file), 'utf8');
    const outcome = parseOutcome(file, text);
    if ('error' in outcome) {
      dropped.push({ file: corpusFile, error: outcome.error });
      continue;
    }
    if (outcome.sourceType === 'commonjs' && !file.endsWith('.cjs')) {
      commonjs.push(corpusFile);
    }
    copyInto(path.join(root, file), path.join(stagingDir, name, file));
    kept++;
    bytes += Buffer.byteLength(text);
  }
  const licenseFiles = selectLicenseFiles(files);
  // package.json travels too: it states the license, the authors and whether `.js` means ESM.
  for (const file of [...licenseFiles, 'package.json']) {
    copyInto(path.join(root, file), path.join(stagingDir, name, file));
  }
  return {
    name,
    version,
    kind: entry.kind,
    license: license ?? '(none stated)',
    licenseFiles: licenseFiles.map((file) => `${name}/${file}`),
    integrity,
    files: kept,
    bytes,
    commonjs,
    dropped,
    typed: (entry.typed ?? []).map((prefix) => `${name}/${prefix}`),
  };
}

function main(): void {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'foreign-corpus-build-'));
  try {
    const stagingDir = path.join(workDir, 'corpus');
    const packages: ManifestPackage[] = [];
    for (const entry of readPackageList()) {
      const built = buildPackage(entry, workDir, stagingDir);
      packages.push(built);
      console.log(`${entry.package}: ${String(built.files)} files, ${String(built.dropped.length)} dropped${built.licenseFiles.length === 0 ? ', NO LICENSE FILE' : ''}`);
    }
    const archive = archiveDirectory(stagingDir);
    if (archive.length >= maxArchiveBytes) {
      throw new Error(`The archive is ${String(archive.length)} bytes, over the ${String(maxArchiveBytes)}-byte limit: choose fewer files in packages.json.`);
    }
    const manifest: Manifest = {
      files: packages.reduce((sum, entry) => sum + entry.files, 0),
      bytes: packages.reduce((sum, entry) => sum + entry.bytes, 0),
      archiveBytes: archive.length,
      archiveSha256: createHash('sha256').update(archive).digest('hex'),
      packages,
    };
    writeFileSync(archivePath, archive);
    writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
    writeFileSync(manifestMarkdownPath, renderManifest(manifest));
    const dropped = packages.reduce((sum, entry) => sum + entry.dropped.length, 0);
    console.log(
      `${String(manifest.files)} files (${(manifest.bytes / 1e6).toFixed(1)} MB) from ${String(packages.length)} packages, ${String(dropped)} dropped as unparsable; archive ${(archive.length / 1e6).toFixed(2)} MB`,
    );
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

main();
