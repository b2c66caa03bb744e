import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, describe, it } from 'node:test';

import { getRuntimeDependency } from '../../rules/utils/fixes/runtime-dependency.js';

const module = 'eslint-plugin-licensespring/types';
const root = mkdtempSync(path.join(os.tmpdir(), 'runtime-dependency-'));
after(() => {
  rmSync(root, { recursive: true, force: true });
});

function writeManifest(directory: string, manifest: object, mtimeSeconds: number): string {
  const file = path.join(directory, 'package.json');
  writeFileSync(file, JSON.stringify(manifest));
  utimesSync(file, mtimeSeconds, mtimeSeconds);
  return file;
}

void describe('getRuntimeDependency', () => {
  void it('reads the nearest package.json above the file, through folders without one', () => {
    const app = path.join(root, 'app');
    mkdirSync(path.join(app, 'src', 'deep'), { recursive: true });
    const file = writeManifest(app, { dependencies: { 'eslint-plugin-licensespring': '^0.1.0' } }, 1_000);
    assert.deepEqual(getRuntimeDependency(path.join(app, 'src', 'deep', 'a.ts'), module), { packageJson: file, installed: true });
  });

  void it('counts peerDependencies and the package itself, and not devDependencies', () => {
    for (const [name, manifest, installed] of [
      ['peer', { peerDependencies: { 'eslint-plugin-licensespring': '*' } }, true],
      ['self', { name: 'eslint-plugin-licensespring' }, true],
      ['dev', { devDependencies: { 'eslint-plugin-licensespring': '*' } }, false],
    ] as const) {
      const directory = path.join(root, name);
      mkdirSync(directory);
      writeManifest(directory, manifest, 1_000);
      assert.equal(getRuntimeDependency(path.join(directory, 'a.ts'), module).installed, installed, name);
    }
  });

  void it('answers from memory for a second, then reads a changed package.json again', async () => {
    const directory = path.join(root, 'edited');
    mkdirSync(directory);
    writeManifest(directory, { devDependencies: { 'eslint-plugin-licensespring': '*' } }, 1_000);
    const filename = path.join(directory, 'a.ts');
    assert.equal(getRuntimeDependency(filename, module).installed, false);
    // The user moves the plugin to dependencies, as the message asks.
    writeManifest(directory, { dependencies: { 'eslint-plugin-licensespring': '*' } }, 2_000);
    assert.equal(getRuntimeDependency(filename, module).installed, false, 'within the second, the manifest is not looked at again');
    await sleep(1_100);
    assert.equal(getRuntimeDependency(filename, module).installed, true);
  });
});
