/**
 * Every link the package ships resolves: in the Markdown of the tarball
 * (README.md, docs/**), a relative link names a file or folder of the
 * tarball, and a URL that names this package derives from one base taken
 * from package.json (the versioned CDN copy of the tarball, or the
 * `repository`, `homepage` and `bugs` the publisher sets); each rule's
 * `meta.docs.url` is its page in the tarball under that base. Checked
 * against `npm pack --dry-run`'s file list, so a page left out of `files`
 * fails here.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, describe, it } from 'node:test';

import plugin from '../../index.js';
import { packPlugin, pluginName, root } from './temp-project.js';
import type { Manifest, Packed } from './temp-project.js';

/** The CDN copy of this version's tarball: what the rules' docs URLs point into. */
const docsBase = (version: string): string => `https://unpkg.com/${pluginName}@${version}/`;

/** Bases a URL naming this package may start with: the CDN copy, and whatever the publisher set in package.json. */
function allowedBases({ version, repository, homepage, bugs }: Manifest): string[] {
  const urlOf = (field: string | { readonly url?: string } | undefined): string | undefined => (typeof field === 'string' ? field : field?.url);
  const published = [urlOf(repository), homepage, urlOf(bugs)]
    .filter((url): url is string => url !== undefined)
    .map((url) => url.replace(/^git\+/, '').replace(/\.git$/, '').replace(/#.*$/, ''));
  return [docsBase(version), ...published];
}

/** Markdown without fenced code blocks and inline code, where brackets and parentheses are code, not links. */
function prose(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`+[^`\n]*`+/g, '');
}

/** Targets of inline links and images, `[text](target "title")`. */
const linkTargets = (markdown: string): string[] =>
  [...prose(markdown).matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((match) => match[1] ?? '');

/** Every http(s) URL in the text, code included. */
const urls = (text: string): string[] => [...text.matchAll(/https?:\/\/[^\s)"'`<>\]]+/g)].map((match) => match[0]);

const withoutFragment = (target: string): string => target.replace(/[#?].*$/, '');

void describe('links and metadata', () => {
  let packed: Packed;
  let files: Set<string>;
  let markdown: string[];
  let base: string;

  before(() => {
    packed = packPlugin(os.tmpdir(), { dryRun: true });
    files = new Set(packed.files);
    markdown = packed.files.filter((file) => file.endsWith('.md'));
    base = docsBase(packed.manifest.version);
  });

  /** A packed file, or a folder holding packed files. */
  const inTarball = (file: string): boolean => files.has(file) || packed.files.some((packedFile) => packedFile.startsWith(`${file.replace(/\/$/, '')}/`));

  void it("ships the README and each rule's docs page", () => {
    assert.ok(files.has('README.md'));
    for (const name of Object.keys(plugin.rules)) {
      assert.ok(files.has(`docs/rules/${name}.md`), `docs/rules/${name}.md is not in the tarball`);
    }
  });

  void it('every relative link in the shipped Markdown resolves inside the tarball', () => {
    const broken: string[] = [];
    for (const file of markdown) {
      const text = readFileSync(path.join(root, file), 'utf8');
      for (const target of linkTargets(text)) {
        const filePart = withoutFragment(target);
        if (/^[a-z][a-z0-9+.-]*:/i.test(target) || filePart === '') {
          continue;
        }
        const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(file), decodeURI(filePart)));
        if (resolved.startsWith('../') || !inTarball(resolved)) {
          broken.push(`${file}: ${target}`);
        }
      }
    }
    assert.deepEqual(broken, []);
  });

  void it('every URL that names the package derives from one base in package.json, and resolves inside the tarball', () => {
    const bases = allowedBases(packed.manifest);
    const stray: string[] = [];
    for (const file of markdown) {
      for (const url of urls(readFileSync(path.join(root, file), 'utf8')).filter((found) => found.includes(pluginName))) {
        const fromBase = bases.find((prefix) => url.startsWith(prefix));
        if (fromBase === undefined || (fromBase === base && !inTarball(withoutFragment(url.slice(base.length))))) {
          stray.push(`${file}: ${url}`);
        }
      }
    }
    assert.deepEqual(stray, []);
  });

  void it("each rule's meta.docs.url is its page in the tarball, under the base", () => {
    for (const [name, rule] of Object.entries(plugin.rules)) {
      assert.equal(rule.meta.docs.url, `${base}docs/rules/${name}.md`);
    }
  });
});
