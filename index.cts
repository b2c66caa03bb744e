/**
 * The CommonJS entry: `require('eslint-plugin-licensespring')` returns the
 * plugin itself, as `eslint.config.cjs` expects, not a module namespace.
 *
 * It loads the ES module build with `require(esm)` (Node 20.19+ and 22.12+)
 * rather than being a second build of the rules: `import` and `require` then
 * hand out one and the same plugin object, and ESLint refuses two different
 * objects under one plugin name in a config.
 *
 * Built by tsconfig.build-cjs.json into `dist/cjs/`, one folder below the ES
 * module build, hence `../`; its declarations sit beside it as CommonJS
 * declarations, so that no TypeScript version or module setting has to
 * import an ES module's types from CommonJS.
 */
import type { LicenseSpringPlugin } from './plugin-types.js';

// A plain `require`: the path holds from dist/cjs/ only, where TypeScript would not resolve it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const esm = require('../index.js') as { readonly default: LicenseSpringPlugin };

export = esm.default;
