/**
 * `npm run generate`: writes every file derived from types/catalog.ts, and
 * the presets derived from installed SDKs.
 * `--check`: writes nothing, exits 1 if any of them is stale.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { catalogDocsPath, renderCatalogDocs } from './generate-catalog-docs.js';
import { nodeSdkPresetPath, renderNodeSdkPreset } from './generate-node-sdk-preset.js';
import { matchPerfPath, renderCatalogTypeTests, renderMatchPerfFixture, typeTestsPath } from './generate-type-tests.js';

const generated = [
  { file: typeTestsPath, render: renderCatalogTypeTests },
  { file: matchPerfPath, render: renderMatchPerfFixture },
  { file: catalogDocsPath, render: renderCatalogDocs },
  { file: nodeSdkPresetPath, render: () => renderNodeSdkPreset() },
];

const check = process.argv.includes('--check');
let stale = 0;
for (const { file, render } of generated) {
  const shown = path.relative(process.cwd(), file);
  const text = render();
  const existing = await readFile(file, 'utf8').catch(() => undefined);
  if (existing === text) {
    continue;
  }
  if (check) {
    stale += 1;
    process.stderr.write(`${shown} is stale: run npm run generate.\n`);
  } else {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
    process.stdout.write(`Wrote ${shown}.\n`);
  }
}
process.exitCode = stale > 0 ? 1 : 0;
