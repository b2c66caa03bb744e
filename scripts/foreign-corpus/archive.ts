/**
 * The corpus as one deterministic archive: GNU tar with sorted entries, one
 * owner, fixed modes and mtimes, gzipped without a name or time in the header.
 * Same files in, same bytes out.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const tarFlags = [
  '--create',
  '--file=-',
  '--sort=name',
  '--format=gnu',
  '--mtime=@0',
  '--owner=0',
  '--group=0',
  '--numeric-owner',
  '--mode=u=rwX,go=rX',
];

export function archiveDirectory(sourceDir: string): Buffer {
  const entries = readdirSync(sourceDir).sort();
  const tar = execFileSync('tar', [...tarFlags, '-C', sourceDir, '--', ...entries], {
    maxBuffer: 1024 * 1024 * 1024,
    env: { ...process.env, LC_ALL: 'C' },
  });
  return gzipSync(tar, { level: 9 });
}

export function extractArchive(archive: string, targetDir: string): void {
  execFileSync('tar', ['-xzf', archive, '-C', targetDir]);
}
