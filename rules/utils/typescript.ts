import { createRequire } from 'node:module';

import type * as ts from 'typescript';

const require = createRequire(import.meta.url);

/**
 * TypeScript is an optional peer: plain-JS projects lint without it. Load it
 * only on the typed path, where typescript-eslint has already loaded it.
 */
export function loadTypeScript(): typeof ts {
  return require('typescript') as typeof ts;
}
