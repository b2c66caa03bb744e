import { createRequire } from 'node:module';

import type * as ts from 'typescript';

const require = createRequire(import.meta.url);

let typescript: typeof ts | undefined;

/**
 * TypeScript is an optional peer: plain-JS projects lint without it. Load it
 * only on the typed path, where typescript-eslint has already loaded it, and
 * keep it: `require` resolves the path again on every call, which shows up
 * when this runs for every switch of a large project.
 */
export function loadTypeScript(): typeof ts {
  typescript ??= require('typescript') as typeof ts;
  return typescript;
}
