import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import { diffCatalog, formatDrift, hasDrift } from '../../scripts/catalog-sync/diff.js';
import { PageFormatError, parseErrorPage } from '../../scripts/catalog-sync/parse-page.js';
import { mergeCatalog, renderCatalogSource, todoDescription } from '../../scripts/catalog-sync/render.js';
import { statusConstantName } from '../../scripts/catalog-sync/status-names.js';
import { catalogSourceFor, defaultCatalogPath, loadCatalog, syncCatalog } from '../../scripts/catalog-sync/sync.js';
import { licenseErrorCatalog, licenseErrorStatuses } from '../../types/catalog.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name: string): string => path.join(repoRoot, 'tests/fixtures/sync', name);
const inSyncPage = fixture('in-sync.md');
const driftedPage = fixture('drifted.md');
const noTablePage = fixture('no-table.md');
/** CI checks out shared/ next to the repository. */
const referencePage = path.resolve(repoRoot, '../shared/reference/license-api-error-responses.md');

const current = { entries: licenseErrorCatalog, statuses: licenseErrorStatuses };
const currentPairs = licenseErrorCatalog.map(({ code, status }) => ({ code, status }));
const sortByCode = <T extends { code: string }>(entries: readonly T[]): T[] =>
  [...entries].sort((a, b) => (a.code < b.code ? -1 : 1));

const tempDirs: string[] = [];
after(async () => {
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A copy of types/catalog.ts in a fresh temporary folder, so nothing touches the real one. */
async function tempCatalog(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sync-catalog-'));
  tempDirs.push(dir);
  const file = path.join(dir, 'catalog.ts');
  await copyFile(defaultCatalogPath, file);
  // As in the repository: an ES module, so each load reads the file afresh.
  await writeFile(path.join(dir, 'package.json'), '{ "type": "module" }\n');
  return file;
}

function runCli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/sync-catalog.ts', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

void describe('parseErrorPage', () => {
  void it('reads the upstream layout: header swapped, bold, escaped underscores, padded cells, empty notes', () => {
    const page = parseErrorPage(
      [
        '| **Code** | **Status**              | **Notes** |',
        '| -------- | ----------------------- | --------- |',
        '| 409      | order\\_id\\_exists       | Some note |',
        '|   404|not\\_found|   |',
        '| 400      | license\\_expired         |           |',
      ].join('\n'),
    );
    assert.equal(page.layout, 'swapped');
    assert.deepEqual(page.entries, [
      { code: 'order_id_exists', status: 409 },
      { code: 'not_found', status: 404 },
      { code: 'license_expired', status: 400 },
    ]);
  });

  void it('reads a corrected header, in either column order', () => {
    const corrected = parseErrorPage('| Status | Code | Notes |\n|---|---|---|\n| 409 | order\\_id\\_exists | |\n');
    assert.equal(corrected.layout, 'corrected');
    assert.deepEqual(corrected.entries, [{ code: 'order_id_exists', status: 409 }]);
    const reordered = parseErrorPage('| Notes | Code | Status |\n|:--|:-:|--:|\n| a \\| b | order_id_exists | 409 |\n');
    assert.equal(reordered.layout, 'corrected');
    assert.deepEqual(reordered.entries, [{ code: 'order_id_exists', status: 409 }]);
  });

  void it('tells the columns apart by content when the headers say nothing', () => {
    const page = parseErrorPage('| Code | Status | Error |\n| --- | --- | --- |\n| see notes | 500 | internal\\_error |\n');
    assert.equal(page.layout, 'unnamed');
    assert.deepEqual(page.entries, [{ code: 'internal_error', status: 500 }]);
  });

  void it('ignores fenced code blocks, other tables and prose', () => {
    const page = parseErrorPage(
      [
        'Intro | with a pipe.',
        '```json',
        '| Code | Status |',
        '| ---- | ------ |',
        '| 999  | not_a_row |',
        '```',
        '| Name | Value |',
        '| ---- | ----- |',
        '| a    | 1     |',
        '',
        '| Code | Status | Notes |',
        '| ---- | ------ | ----- |',
        '| 404  | not\\_found | |',
        '',
        'Outro.',
      ].join('\n'),
    );
    assert.deepEqual(page.entries, [{ code: 'not_found', status: 404 }]);
  });

  void it('reads both fixtures: the same 79 codes as the catalog, and the drifted page', () => {
    return Promise.all([readFile(inSyncPage, 'utf8'), readFile(driftedPage, 'utf8')]).then(([inSync, drifted]) => {
      const inSyncParsed = parseErrorPage(inSync);
      assert.equal(inSyncParsed.layout, 'corrected');
      assert.deepEqual(sortByCode(inSyncParsed.entries), sortByCode(currentPairs));
      assert.notDeepEqual(inSyncParsed.entries, currentPairs, 'the fixture lists codes in another order');
      const driftedParsed = parseErrorPage(drifted);
      assert.equal(driftedParsed.layout, 'swapped');
      assert.equal(driftedParsed.entries.length, 79);
    });
  });

  void it('throws a PageFormatError saying what is wrong', () => {
    const twoRows = '| Code | Status |\n| --- | --- |\n| 409 | order_id_exists |\n| 404 | not_found |\n';
    const cases: [string, RegExp][] = [
      ['', /No error table found/],
      ['# Errors\n\nNo table here.', /No error table found/],
      ['| Code | Status |\n| --- | --- |\n', /No error table found/],
      [`${twoRows}| 4O9 | not_found |\n`, /Line 5: "4O9" is not an HTTP error status/],
      [`${twoRows}| 404 | Not Found |\n`, /Line 5: "Not Found" is not a snake_case error code/],
      ['| Code | Status |\n| --- | --- |\n| 409 | order_id_exists | extra |\n', /Line 3: expected 2 cells, found 3/],
      ['| Code | Status |\n| --- | --- |\n| 409 | order_id_exists |\n| 400 | order_id_exists |\n', /order_id_exists is listed twice \(statuses 409 and 400\)/],
      ['| Code | Status |\n| --- | --- |\n| 200 | ok |\n', /no status column/],
    ];
    for (const [text, message] of cases) {
      assert.throws(() => parseErrorPage(text), (error: unknown) => {
        assert.ok(error instanceof PageFormatError);
        assert.match(error.message, message);
        return true;
      });
    }
  });
});

void describe('diffCatalog', () => {
  void it('finds nothing between the catalog and itself in another order', () => {
    const drift = diffCatalog(currentPairs, [...currentPairs].reverse());
    assert.equal(hasDrift(drift), false);
    assert.deepEqual(formatDrift(drift), []);
  });

  void it('lists added, removed and changed codes, sorted by code', () => {
    const drift = diffCatalog(
      [
        { code: 'b', status: 400 },
        { code: 'a', status: 409 },
        { code: 'c', status: 500 },
        { code: 'z', status: 404 },
      ],
      [
        { code: 'z', status: 404 },
        { code: 'y', status: 403 },
        { code: 'c', status: 400 },
        { code: 'd', status: 401 },
      ],
    );
    assert.ok(hasDrift(drift));
    assert.deepEqual(drift, {
      added: [
        { code: 'd', status: 401 },
        { code: 'y', status: 403 },
      ],
      removed: [
        { code: 'a', status: 409 },
        { code: 'b', status: 400 },
      ],
      changed: [{ code: 'c', from: 500, to: 400 }],
    });
    assert.deepEqual(formatDrift(drift), [
      'Added on the page (2):',
      '  + d (401)',
      '  + y (403)',
      'Removed from the page (2):',
      '  - a (409)',
      '  - b (400)',
      'Status changed (1):',
      '  ~ c: 500 -> 400',
    ]);
  });
});

void describe('statusConstantName', () => {
  void it('derives the name from the reason phrase', () => {
    assert.equal(statusConstantName(403), 'FORBIDDEN');
    assert.equal(statusConstantName(409), 'CONFLICT');
    assert.equal(statusConstantName(500), 'INTERNAL_SERVER_ERROR');
    assert.equal(statusConstantName(418), 'IM_A_TEAPOT');
    assert.equal(statusConstantName(413), 'PAYLOAD_TOO_LARGE');
    assert.equal(statusConstantName(499), 'STATUS_499');
  });

  void it('agrees with the names the catalog uses', () => {
    for (const { status, name } of licenseErrorStatuses) {
      assert.equal(statusConstantName(status), name);
    }
  });
});

void describe('rendering types/catalog.ts', () => {
  void it('reproduces the catalog byte for byte from the in-sync fixture', async () => {
    assert.equal(catalogSourceFor(await readFile(inSyncPage, 'utf8'), current), await readFile(defaultCatalogPath, 'utf8'));
  });

  void it('reproduces the catalog byte for byte from the reference page', async (t) => {
    if (!existsSync(referencePage)) {
      t.skip(`reference page not found at ${referencePage} (CI keeps shared/ next to the repository)`);
      return;
    }
    assert.equal(catalogSourceFor(await readFile(referencePage, 'utf8'), current), await readFile(defaultCatalogPath, 'utf8'));
    assert.equal(hasDrift(diffCatalog(currentPairs, parseErrorPage(await readFile(referencePage, 'utf8')).entries)), false);
  });

  void it('applies drift: new codes get a TODO, removed codes go, moved codes keep their description', async () => {
    const merged = mergeCatalog(current, parseErrorPage(await readFile(driftedPage, 'utf8')).entries);
    const byCode = new Map(merged.entries.map((entry) => [entry.code, entry]));
    assert.deepEqual(byCode.get('license_suspended'), {
      code: 'license_suspended',
      status: 403,
      description: todoDescription,
    });
    assert.equal(byCode.has('vm_not_allowed'), false);
    const moved = licenseErrorCatalog.find(({ code }) => code === 'order_id_exists');
    assert.deepEqual(byCode.get('order_id_exists'), { ...moved, status: 400 });
    assert.deepEqual(merged.statuses, [
      { status: 400, name: 'BAD_REQUEST' },
      { status: 401, name: 'UNAUTHORIZED' },
      { status: 403, name: 'FORBIDDEN' },
      { status: 404, name: 'NOT_FOUND' },
      { status: 409, name: 'CONFLICT' },
      { status: 500, name: 'INTERNAL_SERVER_ERROR' },
    ]);
    const source = renderCatalogSource(merged);
    assert.ok(
      source.includes(
        "  // 403 FORBIDDEN\n  { code: 'license_suspended', status: 403, description: 'TODO: describe this code in our own words.' },\n  // 404 NOT_FOUND\n",
      ),
    );
    assert.ok(source.includes("  { status: 403, name: 'FORBIDDEN' },\n"));
  });

  void it('drops a status no code uses any more, and quotes descriptions safely', () => {
    const source = renderCatalogSource(
      mergeCatalog(
        { entries: [{ code: 'a', status: 404, description: "It's a \\ test" }], statuses: [{ status: 404, name: 'NOT_FOUND' }] },
        [{ code: 'a', status: 410 }],
      ),
    );
    assert.ok(source.includes("  // 410 GONE\n  { code: 'a', status: 410, description: 'It\\'s a \\\\ test' },\n]"));
    assert.ok(source.includes("export const licenseErrorStatuses = [\n  { status: 410, name: 'GONE' },\n]"));
    assert.ok(!source.includes('NOT_FOUND'));
  });
});

void describe('syncCatalog', () => {
  void it('reports no drift for the in-sync fixture', async () => {
    const result = await syncCatalog({ pagePath: inSyncPage });
    assert.equal(result.exitCode, 0);
    assert.match(result.stdout, /No drift/);
  });

  void it('writes the drifted page into a copy of the catalog, which then is in sync', async () => {
    const catalogPath = await tempCatalog();
    const before = await readFile(catalogPath, 'utf8');
    const written = await syncCatalog({ pagePath: driftedPage, catalogPath, write: true });
    assert.equal(written.exitCode, 0);
    assert.match(written.stdout, /Wrote .*catalog\.ts\./);
    const after = await readFile(catalogPath, 'utf8');
    assert.notEqual(after, before);
    assert.equal(after, catalogSourceFor(await readFile(driftedPage, 'utf8'), current));
    const reloaded = await loadCatalog(catalogPath);
    assert.equal(reloaded.entries.length, 79);
    assert.equal((await syncCatalog({ pagePath: driftedPage, catalogPath })).exitCode, 0);
    assert.equal(await readFile(defaultCatalogPath, 'utf8'), before, 'the real catalog is untouched');
  });

  void it('does not write when in sync or without --write', async () => {
    const catalogPath = await tempCatalog();
    await writeFile(catalogPath, `${await readFile(catalogPath, 'utf8')}// marker\n`);
    assert.equal((await syncCatalog({ pagePath: inSyncPage, catalogPath, write: true })).exitCode, 0);
    assert.equal((await syncCatalog({ pagePath: driftedPage, catalogPath })).exitCode, 1);
    assert.match(await readFile(catalogPath, 'utf8'), /\/\/ marker\n$/);
  });
});

void describe('the sync-catalog command', () => {
  void it('exits 0 and says so when the page matches', () => {
    const result = runCli(path.relative(repoRoot, inSyncPage));
    assert.equal(result.stderr, '');
    assert.equal(
      result.stdout,
      'tests/fixtures/sync/in-sync.md: 79 codes (header corrected: "Status" holds the statuses); types/catalog.ts: 79 codes.\n' +
        'No drift: the catalog matches the page.\n',
    );
    assert.equal(result.status, 0);
  });

  void it('exits 1 and lists the drift', () => {
    const result = runCli(path.relative(repoRoot, driftedPage));
    assert.equal(result.stderr, '');
    assert.equal(
      result.stdout,
      [
        'tests/fixtures/sync/drifted.md: 79 codes (header swapped: "Code" holds the statuses); types/catalog.ts: 79 codes.',
        'Added on the page (1):',
        '  + license_suspended (403)',
        'Removed from the page (1):',
        '  - vm_not_allowed (400)',
        'Status changed (1):',
        '  ~ order_id_exists: 409 -> 400',
        'Run again with --write to update types/catalog.ts.',
        '',
      ].join('\n'),
    );
    assert.equal(result.status, 1);
  });

  void it('exits 2 with a clear message on an unreadable page or bad arguments', () => {
    const noTable = runCli(path.relative(repoRoot, noTablePage));
    assert.equal(noTable.status, 2);
    assert.equal(noTable.stdout, '');
    assert.match(noTable.stderr, /^sync-catalog: tests\/fixtures\/sync\/no-table\.md is not an error responses page\. No error table found/);
    const missing = runCli('tests/fixtures/sync/missing.md');
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /^sync-catalog: cannot read tests\/fixtures\/sync\/missing\.md: ENOENT/);
    const directory = runCli('tests/fixtures/sync');
    assert.equal(directory.status, 2);
    assert.match(directory.stderr, /cannot read tests\/fixtures\/sync: EISDIR/);
    for (const args of [[], ['a.md', 'b.md'], ['--bogus', 'a.md']]) {
      const bad = runCli(...args);
      assert.equal(bad.status, 2, args.join(' '));
      assert.match(bad.stderr, /Usage: npm run sync-catalog -- <error-responses\.md>/);
    }
  });

  void it('--write rewrites the catalog given with --catalog', async () => {
    const catalogPath = await tempCatalog();
    const result = runCli(path.relative(repoRoot, driftedPage), '--write', '--catalog', catalogPath);
    assert.equal(result.status, 0);
    assert.match(result.stdout, /Wrote .*catalog\.ts\.\nNew codes have the description 'TODO: /);
    assert.match(await readFile(catalogPath, 'utf8'), /license_suspended/);
    assert.equal(runCli(path.relative(repoRoot, driftedPage), '--catalog', catalogPath).status, 0);
  });
});
