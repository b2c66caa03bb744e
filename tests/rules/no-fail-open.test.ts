import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';
import { Linter } from 'eslint';

import rule, { type MessageId, type Options } from '../../rules/no-fail-open.js';
import { createSyntacticTsRuleTester, createTypedRuleTester, createUntypedRuleTester, untypedFilename } from '../rule-tester.js';

/** Two lines every ESM case starts with: the SDK's manager, built from its import. */
const esm = "import { LicenseManager } from '@licensespring/node-sdk';\nconst manager = new LicenseManager(config);\n";
/** The same in CommonJS, with the low-level client. */
const cjs = "const { LicenseAPI } = require('@licensespring/node-sdk');\nconst api = new LicenseAPI(config);\n";
// typescript-eslint's RuleTester sets `parserOptions.sourceType: 'module'` unless a case gives its own.
const commonjs = { languageOptions: { sourceType: 'commonjs', parserOptions: { sourceType: 'commonjs' } } } as const;

const check = 'manager.checkLicense()';
const graceAdvice = { call: check };

const grant = (grantText: string, call = check) => ({ messageId: 'grantOnFailure', data: { call, grant: grantText } }) as const;
const swallow = (action: 'ignores' | 'only logs', call = check) => ({ messageId: 'swallowedFailure', data: { call, action } }) as const;

const valid: (string | ValidTestCase<Options>)[] = [
  // Rethrown, thrown anew, refused, recorded, or the app stops.
  `${esm}try { await manager.checkLicense({}); } catch (error) { console.error(error); throw error; }\nstartApp();`,
  `${esm}try { await manager.checkLicense({}); } catch { throw new Error('The license check failed.'); }\nstartApp();`,
  `${esm}async function isLicensed() { try { await manager.checkLicense({}); return true; } catch (error) { return false; } }`,
  `${esm}async function check() { try { return await manager.checkLicense({}); } catch { return null; } }`,
  `${esm}async function check() { try { return await manager.checkLicense({}); } catch { return { valid: false }; } }`,
  `${esm}try { await manager.checkLicense({}); } catch (error) { state.licenseError = error; }\nrender();`,
  `${esm}try { await manager.checkLicense({}); } catch (error) { console.error(error); process.exit(1); }\nstartApp();`,
  `${esm}try { await manager.checkLicense({}); } catch (error) { app.quit(); }\ncreateWindow();`,
  `${esm}try { await manager.checkLicense({}); } catch (error) { showLicenseDialog(error); }\nstartApp();`,
  // Offline grace gated on a transport failure.
  `${esm}import { isTransportFailure } from 'eslint-plugin-licensespring/types';
async function check() {
  try { return await manager.checkLicense({}); } catch (error) { if (isTransportFailure(error) && withinGrace(cachedLicense)) return cachedLicense; throw error; }
}`,
  `${esm}import { isLicenseApiRejection } from 'eslint-plugin-licensespring/types';
async function check() {
  try { return await manager.checkLicense({}); } catch (error) { if (isLicenseApiRejection(error)) throw error; return cachedLicense; }
}`,
  `${esm}import * as licensing from 'eslint-plugin-licensespring/types';
async function check() { try { return await manager.checkLicense({}); } catch (error) { return licensing.isTransportFailure(error) ? cachedLicense : false; } }`,
  `${esm}async function check() { try { return await manager.checkLicense({}); } catch (error) { if (error.status >= 500) return cachedLicense; throw error; } }`,
  `${esm}async function check() { try { return await manager.checkLicense({}); } catch (error) { if (500 <= error.status) return cachedLicense; throw error; } }`,
  `${esm}async function check() { try { return await manager.checkLicense({}); } catch (error) { if (error.status >= 400 && error.status < 500) throw error; return cachedLicense; } }`,
  `${esm}async function check() { try { return await manager.checkLicense({}); } catch (error) { if (typeof error.status !== 'number') return cachedLicense; throw error; } }`,
  `${esm}async function check() { try { return await manager.checkLicense({}); } catch (error) { if (!('status' in error)) return cachedLicense; throw error; } }`,
  `${esm}async function check() { try { return await manager.checkLicense({}); } catch (error) { if (error.code === 'cannot_connect_to_server') return cachedLicense; throw error; } }`,
  `${esm}async function check() { try { return await manager.checkLicense({}); } catch ({ code }) { if (['ECONNREFUSED', 'ETIMEDOUT', 'ENOTFOUND', 'ECONNRESET', 'EAI_AGAIN'].includes(code)) return true; return false; } }`,
  `${esm}async function check() { try { return await manager.checkLicense({}); } catch (error) { switch (error.code) { case 'ECONNREFUSED': case 'ETIMEDOUT': return cachedLicense; default: throw error; } } }`,
  `import axios from 'axios';
async function check() {
  try { return await axios.get('https://api.licensespring.com/api/v4/check_license'); } catch (error) { if (!error.response) return cachedLicense; throw error; }
}`,
  `async function check() {
  try { return await fetch('https://api.licensespring.com/api/v4/check_license'); } catch (error) { if (error instanceof TypeError || error.name === 'AbortError') return cachedLicense; throw error; }
}`,
  `${esm}async function check() {
  try { return await manager.checkLicense({}); } catch (error) { const status = error.response?.status; if (status === undefined || status >= 500) return cachedLicense; throw error; }
}`,
  {
    code: `${esm}async function check() { try { return await manager.checkLicense({}); } catch (error) { if (isOffline(error)) return cachedLicense; throw error; } }`,
    options: [{ transportTests: ['isOffline'] }],
  },
  // A success that the code after the `try` reads, or a `try` whose success path has returned.
  `${esm}let licensed = false;\ntry { await manager.checkLicense({}); licensed = true; } catch (error) { console.warn(error); }\nif (!licensed) quit();`,
  `${esm}async function check() { try { return await manager.checkLicense({}); } catch (error) { console.warn(error); } }`,
  `${esm}async function check() { try { await manager.checkLicense({}); return true; } catch (error) { console.warn(error); }\nreturn false; }`,
  // Promise chains: success code before the handler, a refusing handler, a kept answer, a handler from elsewhere.
  `${esm}manager.checkLicense({}).then(startApp).catch(console.error);`,
  `${esm}const answer = await manager.checkLicense({}).catch(() => null);\nif (answer) startApp();`,
  `${esm}import { onLicenseFailure } from './failures.js';\nawait manager.checkLicense({}).catch(onLicenseFailure);\nstartApp();`,
  `${esm}manager.checkLicense({}).then(() => next(), (error) => next(error));`,
  `${esm}const ok = await new Promise((resolve, reject) => { manager.checkLicense({}).then(() => resolve(true), reject); });`,
  // Kept, awaited or returned answers.
  `${esm}const license = manager.loadLicense();\nif (!(await license.check())) quit();\nstartApp();`,
  `${esm}const pending = manager.checkLicense({});\nawait pending;`,
  `${esm}function check() { return manager.checkLicense({}); }`,
  `${esm}await manager.checkLicense({});\nstartApp();`,
  `${esm}const license = manager.loadLicense();\nawait license.check();`,
  // Calls that grant nothing: deactivation on quit, device variables, product details.
  `${esm}try { await manager.deactivateLicense({}); } catch {}\napp.quit();`,
  `${esm}const license = manager.loadLicense();\nasync function sync() { try { await license.setDeviceVariables(); } catch (error) { return true; } }`,
  `${esm}manager.getProductDetails({}).catch(() => {}).then(render);`,
  // Tests asserting a rejection.
  `${esm}await assert.rejects(manager.checkLicense({}), { code: 'license_expired' });\ndone();`,
  `${esm}await expect(manager.checkLicense({})).rejects.toMatchObject({ status: 400 });\ndone();`,
  `${esm}try { await manager.checkLicense({}); assert.fail('resolved'); } catch (error) { assert.equal(error.code, 'license_expired'); }\ndone();`,
  // Not License API code: another vendor's client, a local class, a file that never names LicenseSpring.
  "import { Client } from 'other-licensing';\nconst client = new Client();\ntry { await client.checkLicense(); } catch { }\nstartApp();",
  'class Local { checkLicense() {} }\nasync function check() { try { await new Local().checkLicense(); } catch { return true; } }',
  // `.catch` on things that are not promises; literals thrown; a `finally` that only cleans up.
  `${esm}items.catch(() => true);\nthrow 'failed';`,
  `${esm}try { await manager.checkLicense({}); } finally { spinner.stop(); }\nstartApp();`,
];

const invalid: InvalidTestCase<MessageId, Options>[] = [
  {
    code: `${esm}try {\n  await manager.checkLicense({});\n} catch (error) {\n  console.error(error);\n}\nstartApp();`,
    errors: [{ ...swallow('only logs'), line: 5, column: 3, endLine: 5, endColumn: 8 }],
  },
  {
    code: `${esm}try { await manager.checkLicense({}); } catch {}\nstartApp();`,
    errors: [{ ...swallow('ignores'), line: 3, column: 41 }],
  },
  {
    // A void function that swallows: its callers go on as if it had passed.
    code: `${esm}export async function verifyLicense() {\n  try { await manager.activateLicense({ license_key: key }); } catch (error) { logger.warn('activation failed', error); }\n}`,
    errors: [{ ...swallow('only logs', 'manager.activateLicense()'), line: 4, column: 64 }],
  },
  {
    code: `${esm}async function isLicensed() {
  try {
    await manager.checkLicense({});
    return true;
  } catch (error) {
    return true;
  }
}`,
    errors: [
      {
        ...grant('returns true'),
        line: 8,
        column: 5,
        endLine: 8,
        endColumn: 17,
        suggestions: [
          {
            messageId: 'guardWithTransportTest',
            data: { error: 'error' },
            output: `import { LicenseManager } from '@licensespring/node-sdk';
import { isTransportFailure } from 'eslint-plugin-licensespring/types';
const manager = new LicenseManager(config);
async function isLicensed() {
  try {
    await manager.checkLicense({});
    return true;
  } catch (error) {
    if (isTransportFailure(error)) return true;
    throw error;
  }
}`,
          },
        ],
      },
    ],
  },
  {
    // A grace window alone does not rule a rejection out.
    code: `${esm}async function check() {\n  try {\n    return await manager.checkLicense({});\n  } catch (error) {\n    if (withinGracePeriod(lastCheck)) return cachedLicense;\n    throw error;\n  }\n}`,
    errors: [{ ...grant('returns cachedLicense (a cached license)'), line: 7, column: 39 }],
  },
  {
    // Handling one code grants on every other rejection.
    code: `${esm}async function check() {\n  try {\n    await manager.checkLicense({});\n  } catch (err) {\n    if (err.code === 'license_expired') return false;\n    return true;\n  }\n  return true;\n}`,
    errors: [
      {
        ...grant('returns true'),
        line: 8,
        column: 5,
        suggestions: [
          {
            messageId: 'guardWithTransportTest',
            data: { error: 'err' },
            output: `import { LicenseManager } from '@licensespring/node-sdk';\nimport { isTransportFailure } from 'eslint-plugin-licensespring/types';\nconst manager = new LicenseManager(config);\nasync function check() {\n  try {\n    await manager.checkLicense({});\n  } catch (err) {\n    if (err.code === 'license_expired') return false;\n    if (isTransportFailure(err)) return true;\n    throw err;\n  }\n  return true;\n}`,
          },
        ],
      },
    ],
  },
  {
    code: `${esm}async function check() {\n  try { return await manager.checkLicense({}); } catch (error) { switch (error.code) { case 'license_expired': return false; default: return true; } }\n}`,
    errors: [{ ...grant('returns true'), line: 4, column: 135 }],
  },
  {
    // The status test the wrong way round: below 500 is the API's refusal.
    code: `${esm}async function check() {\n  try { return await manager.checkLicense({}); } catch (error) { if (error.status < 500) return cachedLicense; throw error; }\n}`,
    errors: [{ ...grant('returns cachedLicense (a cached license)'), line: 4, column: 90 }],
  },
  {
    // isLicenseApiError() is false for the SDK's own license_signature_invalid.
    code: `${esm}import { isLicenseApiError, isTransportFailure } from 'eslint-plugin-licensespring/types';\nasync function check() {\n  try {\n    return await manager.checkLicense({});\n  } catch (error) {\n    if (isLicenseApiError(error)) return false;\n    return this.lastKnownLicense;\n  }\n}`,
    errors: [
      {
        messageId: 'grantAfterCatalogGuard',
        data: { call: check, grant: 'returns this.lastKnownLicense (a cached license)' },
        line: 9,
        column: 5,
        suggestions: [
          {
            messageId: 'guardWithTransportTest',
            data: { error: 'error' },
            output: `${esm}import { isLicenseApiError, isTransportFailure } from 'eslint-plugin-licensespring/types';\nasync function check() {\n  try {\n    return await manager.checkLicense({});\n  } catch (error) {\n    if (isLicenseApiError(error)) return false;\n    if (isTransportFailure(error)) return this.lastKnownLicense;\n    throw error;\n  }\n}`,
          },
        ],
      },
    ],
  },
  {
    code: `${esm}async function check() {\n  try { await manager.checkLicense({}); } finally { return true; }\n}`,
    errors: [{ messageId: 'grantInFinally', data: { call: check, grant: 'returns true' }, line: 4, column: 53 }],
  },
  {
    code: `${esm}manager.checkLicense({ license_key: key });\nstartApp();`,
    errors: [{ messageId: 'ignoredResult', data: graceAdvice, line: 3, column: 1, endColumn: 43 }],
  },
  {
    code: `${esm}void manager.activateLicense({}).then(saveLicense);\nstartApp();`,
    errors: [{ messageId: 'ignoredResult', data: { call: 'manager.activateLicense()' }, line: 3, column: 6 }],
  },
  {
    code: `${esm}const license = manager.loadLicense();\nawait license.check();\nstartApp();`,
    errors: [{ messageId: 'discardedRefusal', data: { call: 'license.check()', refusal: 'null' }, line: 4, column: 7 }],
  },
  {
    code: `${esm}manager.checkLicense({}).catch(() => {}).then(startApp);`,
    errors: [{ ...swallow('ignores'), line: 3, column: 32 }],
  },
  {
    code: `${esm}await manager.checkLicense({}).catch(console.error);\nstartApp();`,
    errors: [{ ...swallow('only logs'), line: 3, column: 38, endColumn: 51 }],
  },
  {
    // Express: next() lets the request through.
    code: `${esm}app.use((req, res, next) => {\n  manager.checkLicense({}).then(() => next(), (error) => { console.error(error); next(); });\n});`,
    errors: [{ ...grant('calls next()'), line: 4, column: 82 }],
  },
  {
    code: `${esm}try {\n  await manager.checkLicense({});\n  startApp();\n} catch (error) {\n  logger.warn(error);\n  startApp();\n}`,
    errors: [{ ...grant('calls startApp() like the success path'), line: 8, column: 3 }],
  },
  {
    code: `${esm}class Gate {\n  async refresh() {\n    try { await manager.checkLicense({}); } catch (error) { this.licensed = true; }\n  }\n}`,
    errors: [{ ...grant('sets this.licensed to true'), line: 5, column: 61 }],
  },
  {
    code: `${esm}const result = await manager.checkLicense({}).catch(() => ({ valid: true }));`,
    errors: [{ ...grant('resolves { valid: true }'), line: 3, column: 60 }],
  },
  {
    code: `${esm}const ok = await new Promise((resolve) => {\n  manager.checkLicense({}).then(() => resolve(true), () => resolve(true));\n});`,
    errors: [{ ...grant('resolves true'), line: 4, column: 60 }],
  },
  {
    // Nested try: the inner catch rethrows, the outer one grants.
    code: `${esm}async function check() {\n  try {\n    try { await manager.checkLicense({}); } catch (inner) { log(inner); throw inner; }\n  } catch (outer) {\n    return true;\n  }\n}`,
    errors: [{ ...grant('returns true'), line: 7, column: 5, suggestions: [{ messageId: 'guardWithTransportTest', data: { error: 'outer' }, output: `import { LicenseManager } from '@licensespring/node-sdk';\nimport { isTransportFailure } from 'eslint-plugin-licensespring/types';\nconst manager = new LicenseManager(config);\nasync function check() {\n  try {\n    try { await manager.checkLicense({}); } catch (inner) { log(inner); throw inner; }\n  } catch (outer) {\n    if (isTransportFailure(outer)) return true;\n    throw outer;\n  }\n}` }] }],
  },
  {
    code: `${esm}async function check() {\n  try { await Promise.all([manager.checkLicense({}), loadSettings()]); } catch { return true; }\n}`,
    errors: [{ ...grant('returns true'), line: 4, column: 82 }],
  },
  {
    code: `${esm}async function check() {\n  try { await retry(() => manager.checkLicense({})); } catch { return true; }\n}`,
    errors: [{ ...grant('returns true'), line: 4, column: 64 }],
  },
  {
    code: `${esm}const license = manager.loadLicense();\nasync function check() {\n  try { await license.check(); } catch { return license.localCheck(); }\n}`,
    errors: [{ ...grant('returns license.localCheck() (the offline check)', 'license.check()'), line: 5, column: 42 }],
  },
  {
    code: "async function check() {\n  try {\n    const response = await fetch('https://api.licensespring.com/api/v4/check_license?license_key=' + key);\n    return response.ok;\n  } catch {\n    return true;\n  }\n}",
    errors: [{ ...grant('returns true', 'fetch() to check_license'), line: 6, column: 5 }],
  },
  {
    // A sync verdict of the SDK whose answer is dropped.
    code: `import { LicenseAPI } from '@licensespring/node-sdk';\nconst api = new LicenseAPI(config);\napi.verifyConfirmationCode(code, key);\nunlock();`,
    errors: [{ messageId: 'discardedRefusal', data: { call: 'api.verifyConfirmationCode()', refusal: 'false' }, line: 3, column: 1 }],
  },
];

/** CommonJS: `require`, classes with the client in a member, and a suggestion that requires the helper. */
const commonjsValid: ValidTestCase<Options>[] = [
  {
    code: `'use strict';\nconst { isTransportFailure: offline } = require('eslint-plugin-licensespring/types');\n${cjs}async function check() { try { return await api.checkLicense({}); } catch (error) { if (offline(error)) return cachedLicense; throw error; } }`,
    ...commonjs,
  },
];

const commonjsInvalid: InvalidTestCase<MessageId, Options>[] = [
  {
    code: `'use strict';\n${cjs}class Licensing {\n  async check() {\n    try {\n      return await api.checkLicense({});\n    } catch (error) {\n      return cachedLicense;\n    }\n  }\n}`,
    ...commonjs,
    errors: [
      {
        ...grant('returns cachedLicense (a cached license)', 'api.checkLicense()'),
        line: 9,
        column: 7,
        suggestions: [
          {
            messageId: 'guardWithTransportTest',
            data: { error: 'error' },
            output: `'use strict';\nconst { isTransportFailure } = require('eslint-plugin-licensespring/types');\n${cjs}class Licensing {\n  async check() {\n    try {\n      return await api.checkLicense({});\n    } catch (error) {\n      if (isTransportFailure(error)) return cachedLicense;\n      throw error;\n    }\n  }\n}`,
          },
        ],
      },
    ],
  },
  {
    code: `const sdk = require('@licensespring/node-sdk');\nclass Licensing {\n  constructor() { this.manager = new sdk.LicenseManager(config); }\n  start() {\n    this.manager.checkLicense({}).catch((error) => { console.log(error); }).then(() => this.open());\n  }\n}`,
    ...commonjs,
    errors: [{ ...swallow('only logs', 'this.manager.checkLicense()'), line: 5, column: 41 }],
  },
];

/** TypeScript: clients from constructor parameters and fields, arrows, optional catch binding. */
const typescriptValid: string[] = [
  `import type { LicenseManager } from '@licensespring/node-sdk';
import { isTransportFailure } from 'eslint-plugin-licensespring/types';
export class Gate {
  constructor(private readonly manager: LicenseManager) {}
  readonly check = async (): Promise<boolean> => {
    try {
      await this.manager.checkLicense({});
      return true;
    } catch (error: unknown) {
      if (isTransportFailure(error)) return true;
      throw error;
    }
  };
}`,
];

const typescriptInvalid: InvalidTestCase<MessageId, Options>[] = [
  {
    code: `import type { LicenseManager } from '@licensespring/node-sdk';
export class Gate {
  constructor(private readonly manager: LicenseManager) {}
  readonly check = async (): Promise<boolean> => {
    try {
      await this.manager.checkLicense({});
    } catch {
      // offline: keep going
    }
    return true;
  };
}`,
    errors: [{ ...swallow('ignores', 'this.manager.checkLicense()'), line: 7, column: 7 }],
  },
];

createUntypedRuleTester().run('no-fail-open (untyped)', rule, {
  valid: valid.map((test) => (typeof test === 'string' ? { code: test, filename: untypedFilename } : { ...test, filename: untypedFilename })),
  invalid: invalid.map((test) => ({ ...test, filename: untypedFilename })),
});

createUntypedRuleTester().run('no-fail-open (CommonJS)', rule, {
  valid: commonjsValid.map((test) => ({ ...test, filename: untypedFilename })),
  invalid: commonjsInvalid.map((test) => ({ ...test, filename: untypedFilename })),
});

createSyntacticTsRuleTester().run('no-fail-open (TypeScript without types)', rule, {
  valid: [...typescriptValid, ...valid.filter((test): test is string => typeof test === 'string')],
  invalid: typescriptInvalid,
});

createTypedRuleTester().run('no-fail-open (typed)', rule, {
  valid: typescriptValid,
  invalid: [...typescriptInvalid, ...invalid.slice(0, 6)],
});

void describe('no-fail-open on bad input', () => {
  const linter = new Linter({ configType: 'flat' });
  let spent = 0;
  const timed = {
    ...rule,
    create(context: Parameters<typeof rule.create>[0]) {
      const start = performance.now();
      const listeners = rule.create(context);
      spent += performance.now() - start;
      return Object.fromEntries(
        Object.entries(listeners).map(([selector, listener]) => [
          selector,
          (node: never) => {
            const before = performance.now();
            (listener as (node: never) => void)(node);
            spent += performance.now() - before;
          },
        ]),
      );
    },
  };
  const lint = (code: string): Linter.LintMessage[] =>
    linter.verify(
      code,
      [{ files: ['**/*.js'], languageOptions: { sourceType: 'module', ecmaVersion: 'latest' }, plugins: { local: { rules: { 'no-fail-open': timed as never } } }, rules: { 'local/no-fail-open': 'error' } }],
      'file.js',
    );
  /** The rule's own time on the best of three runs, parsing and scope analysis left out. */
  const ruleTime = (code: string): number =>
    Math.min(
      ...[0, 1, 2].map(() => {
        spent = 0;
        lint(code);
        return spent;
      }),
    );
  const ids = (messages: readonly Linter.LintMessage[]): (string | null)[] => messages.map((message) => message.messageId ?? message.message);

  void it('reads minified code', () => {
    const code =
      "import{LicenseManager as L}from'@licensespring/node-sdk';const m=new L(c);export async function a(){try{return await m.checkLicense({})}catch(e){return!0}}m.checkLicense({}).catch(()=>{}).then(s);";
    assert.deepEqual(ids(lint(code)), ['grantOnFailure', 'swallowedFailure']);
  });

  void it('reads deep nesting: promise chains, tries and conditions', () => {
    const chain = `${esm}manager.checkLicense({})${'.then((x) => x)'.repeat(300)}.catch(() => {}).then(startApp);`;
    assert.deepEqual(ids(lint(chain)), ['swallowedFailure']);
    const tries = `${esm}async function f() { ${'try { '.repeat(100)}await manager.checkLicense({});${' } catch (e) { throw e; }'.repeat(99)} } catch (e) { return true; } }`;
    assert.deepEqual(ids(lint(tries)), ['grantOnFailure']);
    const conditions = `${esm}async function f() { try { await manager.checkLicense({}); } catch (e) { ${'if (e.status >= 500) { '.repeat(200)}return true;${' }'.repeat(200)} throw e; } }`;
    assert.deepEqual(ids(lint(conditions)), []);
  });

  void it('leaves alone catches without a binding, .catch on things that are not promises, and thrown literals', () => {
    const code = `${esm}try { await manager.checkLicense({}); } catch { throw 'license check failed'; }\nlist.catch(() => true);\n({ catch() {} }).catch(() => { return true; });\nthrow 42;`;
    assert.deepEqual(ids(lint(code)), []);
  });

  void it('takes time in proportion to the size of the file', () => {
    const shapes = [
      (n: number) => `${esm}${'manager.checkLicense({});\n'.repeat(n)}`,
      (n: number) => `${esm}async function f() {\n${'try { return await manager.checkLicense({}); } catch (e) { console.log(e); }\n'.repeat(n)}}`,
      (n: number) => `${esm}async function f() { try { await manager.checkLicense({}); } catch (e) {\n${'if (e.code === "x") { log(e); } else { console.log(1); }\n'.repeat(n)}return true; } }`,
      (n: number) => `${esm}class A { constructor() { this.m = new LicenseManager(c); }\n${'f() { this.m.checkLicense({}).catch(() => true); }\n'.repeat(n)}}`,
    ];
    for (const shape of shapes) {
      const small = ruleTime(shape(400));
      const large = ruleTime(shape(3200));
      // Eight times the code: linear time is about 8 times slower, quadratic 64; the margin absorbs a busy machine.
      assert.ok(large < small * 24 + 30, `${shape(1).slice(esm.length, esm.length + 40)}...: ${small.toFixed(1)} ms for 400, ${large.toFixed(1)} ms for 3200`);
    }
  });
});
