/**
 * `npm run sync-catalog -- <page.md> [--write] [--catalog <file>]`
 *
 * Compares an upstream "Error Responses" page with types/catalog.ts and lists
 * codes added, removed or whose status changed. Exit codes: 0 in sync (or
 * written with --write), 1 drift, 2 unreadable page or bad arguments.
 */
import { parseArgs } from 'node:util';

import { syncCatalog } from './catalog-sync/sync.js';

const usage = 'Usage: npm run sync-catalog -- <error-responses.md> [--write] [--catalog <catalog.ts>]';

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { write: { type: 'boolean', default: false }, catalog: { type: 'string' } },
  });
} catch (error) {
  process.stderr.write(`sync-catalog: ${(error as Error).message}\n${usage}\n`);
  process.exit(2);
}
const { positionals, values } = parsed;
const [pagePath] = positionals;
if (pagePath === undefined || positionals.length > 1) {
  process.stderr.write(`${usage}\n`);
  process.exit(2);
}
const result = await syncCatalog({
  pagePath,
  write: values.write,
  ...(values.catalog === undefined ? {} : { catalogPath: values.catalog }),
});
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
