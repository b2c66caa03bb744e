import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { STATUS_CODES } from 'node:http';
import { describe, it } from 'node:test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { catalogDocsPath, renderCatalogDocs } from '../../scripts/generate-catalog-docs.js';
import {
  matchPerfPath,
  renderCatalogTypeTests,
  renderMatchPerfFixture,
  typeTestsPath,
} from '../../scripts/generate-type-tests.js';
import { todoDescription } from '../../scripts/catalog-sync/render.js';
import { licenseErrorCatalog, licenseErrorStatuses } from '../../types/index.js';

void describe('the catalog', () => {
  void it('has the 79 documented codes, each once', () => {
    const codes = licenseErrorCatalog.map(({ code }) => code);
    assert.equal(codes.length, 79);
    assert.equal(new Set(codes).size, codes.length);
    for (const code of codes) {
      assert.match(code, /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/, code);
    }
  });

  void it('gives every code a status from the status table', () => {
    const statuses = new Set<number>(licenseErrorStatuses.map(({ status }) => status));
    for (const { code, status } of licenseErrorCatalog) {
      assert.ok(statuses.has(status), `${code} has status ${status}, which licenseErrorStatuses lacks`);
    }
  });

  void it('lists each used status once, ascending, with a constant named after its reason phrase', () => {
    const used = [...new Set<number>(licenseErrorCatalog.map(({ status }) => status))].sort((a, b) => a - b);
    assert.deepEqual(
      licenseErrorStatuses.map(({ status }) => status),
      used,
    );
    assert.deepEqual(
      licenseErrorStatuses.map(({ status }) => status),
      [400, 401, 404, 409, 500],
    );
    for (const { status, name } of licenseErrorStatuses) {
      assert.match(name, /^[A-Z][A-Z0-9_]*$/);
      assert.equal(name.replace(/_/g, ' '), STATUS_CODES[status]?.toUpperCase());
    }
  });

  void it('keeps entries ordered by status, then code', () => {
    const keys = licenseErrorCatalog.map(({ status, code }) => `${status} ${code}`);
    assert.deepEqual(keys, [...keys].sort());
  });

  void it('describes every code in one non-empty line of our own', () => {
    for (const { code, description } of licenseErrorCatalog) {
      assert.notEqual(description.trim(), '', `${code} has an empty description`);
      assert.equal(description, description.trim(), `${code}: description has outer whitespace`);
      assert.doesNotMatch(description, /[\r\n]/, `${code}: description spans lines`);
      assert.notEqual(description, todoDescription, `${code} still has the sync tool's TODO description`);
      assert.doesNotMatch(description, /\bTODO\b/, `${code}: description has a TODO`);
    }
  });
});

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

void describe('generated files', () => {
  const generated = [
    { file: typeTestsPath, render: renderCatalogTypeTests },
    { file: matchPerfPath, render: renderMatchPerfFixture },
    { file: catalogDocsPath, render: renderCatalogDocs },
  ];
  for (const { file, render } of generated) {
    void it(`${path.relative(repoRoot, file)} is up to date (npm run generate)`, async () => {
      assert.equal(await readFile(file, 'utf8'), render());
    });
  }

  void it('the type tests name every code with its status', () => {
    const text = renderCatalogTypeTests();
    for (const { code, status } of licenseErrorCatalog) {
      assert.ok(text.includes(`expectType<${status}>(statusOf('${code}'));`), code);
    }
  });

  void it('the docs table has a row per code', () => {
    const text = renderCatalogDocs();
    for (const { code, status, description } of licenseErrorCatalog) {
      assert.ok(text.includes(`| \`${code}\` | ${status} | ${description} |`), code);
    }
  });
});
