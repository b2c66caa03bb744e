/**
 * The plugin on code no one here wrote (issue 15): a user adds
 * `licensespring.configs.recommended` (or `strict`) to a whole repository, and
 * on code that has nothing to do with LicenseSpring it must report nothing and
 * never throw. The corpus (corpus.tar.gz, see MANIFEST.md) is the published
 * JS/TS of popular packages that handle HTTP statuses and error codes, and of
 * other vendors' licensing clients; `npm run corpus:build` rebuilds it.
 *
 * Every file is linted untyped with each config; the manifest's typed paths
 * are linted again with type information, and once more in syntactic mode
 * (`typeChecking: 'off'`). A finding that is a real License API mistake would
 * go in allowed-findings.json with its reason; the list is expected to stay empty.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import plugin from '../../index.js';
import type { Finding, UnpackedCorpus } from '../../scripts/foreign-corpus/lint-corpus.js';
import {
  lintCorpus,
  parseErrors,
  pluginFindings,
  sourceFilesIn,
  testVariants,
  typedPaths,
  unpackCorpus,
  variantConfig,
  writeTypedProject,
} from '../../scripts/foreign-corpus/lint-corpus.js';
import { archivePath, isUnder, readManifest } from '../../scripts/foreign-corpus/manifest.js';

interface AllowedFinding {
  readonly file: string;
  readonly line: number;
  readonly ruleId: string;
  /** Why this is a real License API mistake in foreign code. */
  readonly reason: string;
}

const allowed = (
  JSON.parse(readFileSync(path.join(import.meta.dirname, 'allowed-findings.json'), 'utf8')) as { findings: AllowedFinding[] }
).findings;
const manifest = readManifest();
const maxArchiveBytes = 10_000_000;

const key = ({ file, line, ruleId }: { file: string; line: number; ruleId: string }): string => `${file}:${String(line)} ${ruleId}`;
const isAllowed = (finding: Finding): boolean => allowed.some((entry) => key(entry) === key(finding));

/** A failure message a developer can act on: counts by rule, then the first findings with their code. */
function describeFindings(findings: readonly Finding[]): string {
  const byRule = new Map<string, number>();
  for (const { ruleId } of findings) {
    byRule.set(ruleId, (byRule.get(ruleId) ?? 0) + 1);
  }
  const counts = [...byRule].map(([rule, count]) => `${rule} ${String(count)}`).join(', ');
  const lines = findings.slice(0, 40).map((finding) => `  ${finding.file}:${String(finding.line)}:${String(finding.column)} ${finding.ruleId}: ${finding.code}`);
  return `${String(findings.length)} findings on foreign code (${counts}); \`npm run corpus:lint\` lists them all:\n${lines.join('\n')}`;
}

void describe('foreign-code corpus', () => {
  let corpus: UnpackedCorpus;
  let corpusFiles: string[];
  const seenAllowed = new Set<string>();

  before(() => {
    corpus = unpackCorpus();
    writeTypedProject(manifest, corpus.dir);
    corpusFiles = sourceFilesIn(corpus.dir).map((file) => path.relative(corpus.dir, file).split(path.sep).join('/'));
  });

  after(() => {
    corpus.remove();
  });

  void it('is the archive the manifest describes, within the issue’s limits', () => {
    const archive = readFileSync(archivePath);
    assert.equal(createHash('sha256').update(archive).digest('hex'), manifest.archiveSha256, 'corpus.tar.gz and manifest.json come from different builds');
    assert.ok(archive.length < maxArchiveBytes, `corpus.tar.gz is ${String(archive.length)} bytes`);
    assert.ok(manifest.files >= 1500, `${String(manifest.files)} files, the issue asks for at least 1,500`);
    assert.ok(manifest.packages.length >= 12, `${String(manifest.packages.length)} packages, the issue asks for at least 12`);
    assert.equal(corpusFiles.length, manifest.files);
    assert.ok(!corpusFiles.some((file) => file.split('/').includes('node_modules')));
    for (const entry of manifest.packages) {
      assert.equal(corpusFiles.filter((file) => isUnder(file, entry.name)).length, entry.files, entry.name);
      for (const file of [...entry.licenseFiles, `${entry.name}/package.json`]) {
        assert.ok(existsSync(path.join(corpus.dir, file)), file);
      }
    }
  });

  void it('lints with every config the plugin exports', () => {
    assert.deepEqual(
      [...new Set(testVariants.map((variant) => variant.config))].sort(),
      Object.keys(plugin.configs).sort(),
      'a new config needs its variants in testVariants (scripts/foreign-corpus/lint-corpus.ts)',
    );
  });

  for (const variant of testVariants) {
    void it(`${variant.name}: no finding, no crash`, async () => {
      const { results, crashes } = await lintCorpus(variantConfig(plugin, variant, manifest, corpus.dir), corpus.dir);
      assert.deepEqual(crashes, [], 'a rule threw');
      const unparsed = parseErrors(manifest, corpus.dir, results).map(({ file, message }) => `${file}: ${message}`);
      assert.deepEqual(unparsed, [], 'files that do not parse: the corpus build must drop them (npm run corpus:build)');
      const expectedFiles = variant.typed
        ? corpusFiles.filter((file) => typedPaths(manifest).some((prefix) => isUnder(file, prefix)))
        : corpusFiles;
      assert.equal(results.length, expectedFiles.length, 'every corpus file is linted');
      const findings = pluginFindings(manifest, corpus.dir, results);
      for (const finding of findings.filter(isAllowed)) {
        seenAllowed.add(key(finding));
      }
      const unexpected = findings.filter((finding) => !isAllowed(finding));
      assert.equal(unexpected.length, 0, describeFindings(unexpected));
    });
  }

  void it('every allowed finding is still reported', () => {
    assert.deepEqual(
      allowed.map(key).filter((entry) => !seenAllowed.has(entry)),
      [],
      'allowed-findings.json lists findings no config reports any more: remove them',
    );
  });
});
