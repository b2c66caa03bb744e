import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';

import rule, { type MessageId, type Options } from '../../rules/valid-error-status.js';
import { createSyntacticTsRuleTester, createTypedRuleTester, createUntypedRuleTester, untypedFilename, assumingLicenseApi } from '../rule-tester.js';

const catalogStatuses = '400, 401, 404, 409 and 500';

/** The report on the status literal at `line`:`column` (three digits long). */
const unreachable = (status: number, line: number, column: number, statuses = catalogStatuses) =>
  ({
    messageId: 'unreachableStatus',
    data: { status: String(status), statuses },
    line,
    column,
    endLine: line,
    endColumn: column + 3,
  }) as const;

const untypedValid: (string | ValidTestCase<Options>)[] = [
  // A lone comparison is general HTTP handling until something ties it to a license error.
  'if (res.status === 403) {}',
  'function check(err) { if (err.status === 503) {} }',
  'if (err.status === 401) {} if (err.status === 403) {}',
  // A success or redirect status in the same decision: a general HTTP dispatch.
  'if (res.status === 200 || res.status === 401 || res.status === 403) {}',
  'if (res.status === 404) {} else if (res.status === 304) {} else if (res.status === 403) {}',
  'switch (res.status) { case 200: break; case 400: break; case 403: break; }',
  // Other objects, other fields, other functions.
  'if (err.status === 401 || other.status === 403) {}',
  'if (err.statusCode === 401 || err.statusCode === 403) {}',
  "if (err.code === 'license_expired' && err.cause.status === 403) {}",
  "function a(err) { if (err.code === 'license_expired') {} }\nfunction b(err) { if (err.status === 403) {} }",
  "if (err.code === 'license_expired') { items.forEach((item) => { if (item.status === 403) {} }); }",
  "function handle(err) { if (err.code === 'license_expired') {} [1].forEach(() => { if (err.status === 403) {} }); }",
  // Words that look alike: Node and axios codes, success strings, feature codes, string statuses.
  "if (err.code === 'ECONNREFUSED' || err.status === 503) {}",
  "if (err.code === 'ERR_BAD_REQUEST' && err.response.status === 403) {}",
  "if (feature.code === 'premium_feature' && feature.status === 403) {}",
  "if (result.code === 'license_deactivated' && result.status === 403) {}",
  "if (body.status === 'ok' || body.status === 401) {}",
  "if (err.status === 401 || err.status === '403') {}",
  // Not statuses, or not error statuses; and comparisons that are not equalities.
  'if (err.status === 401 || err.status === 600) {}',
  'if (err.status === 401 || err.status === 99) {}',
  'if (err.status === 401 || err.status === 401.5) {}',
  'if (err.status === 401 || err.status === 302) {}',
  'if (err.status === 401 || err.status >= 403) {}',
  'if (err.status === 401 || err.status === 404) {}',
  'switch (err.status) { case 401: case LicenseStatus.NOT_FOUND: break; }',
  // Declared statuses are reachable.
  { code: 'if (err.status === 401 || err.status === 403) {}', settings: { licensespring: { additionalStatuses: [403] } } },
  {
    code: "if (err.code === 'wrong_license_type' || err.status === 403) {}",
    settings: { licensespring: { additionalCodes: { wrong_license_type: 403 } } },
  },
  { code: 'if (e.status === 401 || e.status === 503) {}', settings: { licensespring: { presets: ['node-sdk'] } } },
  // Only `const` locals are followed: a `let` may hold anything by the time it is read.
  "function handle(err) {\n  let s = err.status;\n  if (err.code === 'license_expired') {}\n  if (s === 503) {}\n}",
  'async function load(url) {\n  const { status } = await fetch(url);\n  if (status === 403) {}\n}',
  // Resolved locals that read two different objects.
  "function handle(err, other) {\n  const s = other.status;\n  const { code } = err;\n  if (code === 'license_expired') {}\n  if (s === 503) {}\n}",
  // One name, two variables: each `catch (err)` (or a shadowing local) is an error of its own.
  "async function run() {\n  try { await activate(); } catch (err) {\n    if (err.code === 'license_expired') renew();\n  }\n  try { await upload(); } catch (err) {\n    if (err.status === 403) forbidden();\n  }\n}",
  "async function run() {\n  try { await activate(); } catch (err) {\n    const { code } = err.response.data;\n    if (code === 'license_expired') renew();\n  }\n  try { await upload(); } catch (err) {\n    const status = err.response.status;\n    if (status === 403) forbidden();\n  }\n}",
  "function handle(err) {\n  if (err.code === 'license_expired') renew();\n  for (const err of upload.errors) {\n    if (err.status === 503) retry();\n  }\n}",
  "try { activate(); } catch (e) { switch (e.code) { case 'not_found': break; } }\ntry { upload(); } catch (e) { switch (e.status) { case 403: break; } }",
];

const untypedInvalid: InvalidTestCase<MessageId, Options>[] = [
  {
    // A real client: the API-key errors it means are 400, and 403 never comes.
    code: "function describe(e) {\n  if (e.response.status === 401 || e.response.status === 403) {\n    return 'authentication failed';\n  }\n}",
    errors: [unreachable(403, 2, 58)],
  },
  {
    code: 'if (403 === err?.status || LicenseStatus.UNAUTHORIZED === err?.status) {}',
    errors: [unreachable(403, 1, 5)],
  },
  {
    code: 'if (err.status !== 401 && err.status !== 403) {}',
    errors: [unreachable(403, 1, 42)],
  },
  {
    code: 'if (!(err.status === 401 || err.status === 403)) {}',
    errors: [unreachable(403, 1, 44)],
  },
  {
    code: 'if (err.status === 400) {}\nelse if (err.status === 403) {}\nelse if (err.status === 503) {}',
    errors: [unreachable(403, 2, 25), unreachable(503, 3, 25)],
  },
  {
    code: "const message = e.status === 404 ? 'missing' : e.status === 403 ? 'forbidden' : 'other';",
    errors: [unreachable(403, 1, 61)],
  },
  {
    code: 'switch (err.status) {\n  case 401:\n    break;\n  case 403:\n    break;\n}',
    errors: [unreachable(403, 4, 8)],
  },
  {
    code: 'switch (e.response?.status) { case LicenseStatus.NOT_FOUND: case 503: break; }',
    errors: [unreachable(503, 1, 66)],
  },
  {
    // The code check of the same error, before or after the status check, in the same function.
    code: "try {\n  activate();\n} catch (err) {\n  if (err.code === 'license_expired') renew();\n  else if (err.status !== 503) report(err);\n}",
    errors: [unreachable(503, 5, 27)],
  },
  {
    code: "function handle(err) {\n  if (err.status === 503) retry();\n  if (err?.code === 'license_expired') renew();\n}",
    errors: [unreachable(503, 2, 22)],
  },
  {
    // axios: the status on the response, the code in its body.
    code: "function handle(e) {\n  switch (e.response.data.code) { case 'license_expired': break; }\n  if (e.response.status === 503) {}\n}",
    errors: [unreachable(503, 3, 29)],
  },
  {
    code: "function handle(err) {\n  if (err.code === 'not_found') return;\n  switch (err.status) { case 403: break; }\n}",
    errors: [unreachable(403, 3, 30)],
  },
  {
    // Bare variables destructured from one error.
    code: "function fail({ status, code }) {\n  if (code === 'license_expired' || status === 403) {}\n}",
    errors: [unreachable(403, 2, 48)],
  },
  {
    code: 'if (e.status === 401 || e.status === 403) {}',
    settings: { licensespring: { additionalStatuses: [503] } },
    errors: [unreachable(403, 1, 38, '400, 401, 404, 409, 500 and 503')],
  },
  {
    code: "if (err.code === 'wrong_license_type' || err.status === 503) {}",
    settings: { licensespring: { additionalCodes: { wrong_license_type: 403 } } },
    errors: [unreachable(503, 1, 57, '400, 401, 403, 404, 409 and 500')],
  },
  {
    // Locals: a `const` read of the status or the code counts as a read of the error itself.
    code: 'function handle(error) {\n  const status = error.response.status;\n  if (status === 401 || status === 403) {}\n}',
    errors: [unreachable(403, 3, 36)],
  },
  {
    code: 'function handle(err) {\n  const s = err.status;\n  if (s === 401) {} else if (err.status === 403) {}\n}',
    errors: [unreachable(403, 3, 45)],
  },
  {
    code: "function handle(e) {\n  const { status, code } = e.response.data;\n  if (code === 'license_expired') {}\n  if (status === 503) {}\n}",
    errors: [unreachable(503, 4, 18)],
  },
  {
    code: "function handle(e) {\n  const httpStatus = e.response.status;\n  const { code } = e.response.data;\n  if (code === 'license_expired' || httpStatus === 503) {}\n}",
    errors: [unreachable(503, 4, 52)],
  },
  {
    code: "function handle(e) {\n  const s = e.response.status;\n  if (e.response.data.code === 'license_expired') {}\n  if (s === 503) {}\n}",
    errors: [unreachable(503, 4, 13)],
  },
  {
    // The same variable under another name, and an undeclared global matched by its name.
    code: "try {\n  activate();\n} catch (err) {\n  const e = err;\n  if (e.code === 'license_expired') renew();\n  if (err.status === 503) retry();\n}",
    errors: [unreachable(503, 6, 22)],
  },
  {
    code: "if (lastError.code === 'license_expired') renew();\nif (lastError.status === 503) retry();",
    errors: [unreachable(503, 2, 26)],
  },
  {
    // Two catch clauses: only the one that checks a code is judged by it.
    code: "async function run() {\n  try { await upload(); } catch (err) {\n    if (err.status === 403) forbidden();\n  }\n  try { await activate(); } catch (err) {\n    if (err.code === 'license_expired') renew();\n    else if (err.status === 503) retry();\n  }\n}",
    errors: [unreachable(503, 7, 29)],
  },
  {
    // Normalised comparisons and conversions are seen through.
    code: "function handle(err) {\n  if (err.code.toUpperCase() === 'LICENSE_EXPIRED') {}\n  else if (Number(err.status) === 503) {}\n}",
    errors: [unreachable(503, 3, 35)],
  },
  {
    code: "function handle(err) {\n  switch (String(err.code).toLowerCase()) { case 'license_expired': break; }\n  switch (+err.status) { case 503: break; }\n}",
    errors: [unreachable(503, 3, 31)],
  },
  {
    // TypeScript's output for `e.response?.status`, as shipped in `dist` folders.
    code: [
      'function describe(e) {',
      '    var _a, _b, _c, _d, _e;',
      '    if (((_a = e.response) === null || _a === void 0 ? void 0 : _a.status) === 401 || ((_b = e.response) === null || _b === void 0 ? void 0 : _b.status) === 403) {',
      "        return 'authentication failed';",
      '    }',
      "    if (((_d = (_c = e === null || e === void 0 ? void 0 : e.response) === null || _c === void 0 ? void 0 : _c.data) === null || _d === void 0 ? void 0 : _d.code) === 'license_expired' || ((_e = e === null || e === void 0 ? void 0 : e.response) === null || _e === void 0 ? void 0 : _e.status) === 503) {",
      "        return 'expired';",
      '    }',
      '}',
    ].join('\n'),
    errors: [unreachable(403, 3, 158), unreachable(503, 6, 298)],
  },
];

assumingLicenseApi(createUntypedRuleTester()).run('valid-error-status (untyped)', rule, {
  valid: untypedValid.map((test) => (typeof test === 'string' ? { code: test, filename: untypedFilename } : { ...test, filename: untypedFilename })),
  invalid: untypedInvalid.map((test) => ({ ...test, filename: untypedFilename })),
});

assumingLicenseApi(createSyntacticTsRuleTester()).run('valid-error-status (TypeScript without types)', rule, {
  valid: [
    "import type { LicenseApiError } from 'eslint-plugin-licensespring/types';\ndeclare const err: LicenseApiError;\nif (err.status === 403) {}",
  ],
  invalid: [
    {
      code: 'if ((err as LicenseApiError).status === 401 || err!.status === 403) {}',
      errors: [unreachable(403, 1, 64)],
    },
  ],
});

const typeImport = "import type { LicenseApiError, LicenseErrorCode, LicenseErrorStatus } from 'eslint-plugin-licensespring/types';\n";
const jsdocTypes = "/** @typedef {import('eslint-plugin-licensespring/types').LicenseErrorStatus} LicenseErrorStatus */\n";

assumingLicenseApi(createTypedRuleTester()).run('valid-error-status (typed)', rule, {
  valid: [
    // TypeScript itself rejects a number outside a literal union ("no overlap"), so the rule stays out of its way.
    `${typeImport}declare const err: LicenseApiError;\nif (err.status === 403) {}`,
    `${typeImport}declare const status: LicenseErrorStatus | undefined;\nswitch (status) { case 403: break; }`,
    `${typeImport}declare const err: LicenseApiError;\nif (err.status === 401 || err.status === 403) {}`,
    // Types that say nothing about License API errors.
    'declare const res: { status: number; code: string };\nif (res.status === 403) {}',
    "declare const res: { status: 200 | 403; code: 'ok' };\nif (res.status === 403) {}",
    'declare const count: number;\nif (count === 403) {}',
    // Declared statuses are reachable with types too.
    {
      code: `${typeImport}declare const err: { status: number; code: LicenseErrorCode };\nif (err.status === 503) {}`,
      settings: { licensespring: { additionalStatuses: [503] } },
    },
    // With type checking off, only the syntactic evidence counts.
    {
      code: `${typeImport}declare const err: { status: number; code: LicenseErrorCode };\nif (err.status === 503) {}`,
      settings: { licensespring: { typeChecking: 'off' } },
    },
    { code: `${jsdocTypes}/** @type {200 | 403} */ let status;\nif (status === 403) {}`, filename: untypedFilename },
    // Two `catch (err: any)` clauses of one function are two errors, with types too.
    "async function run() {\n  try { await activate(); } catch (err: any) {\n    if (err.code === 'license_expired') renew();\n  }\n  try { await upload(); } catch (err: any) {\n    if (err.status === 403) forbidden();\n  }\n}\ndeclare function activate(): Promise<void>;\ndeclare function upload(): Promise<void>;\ndeclare function renew(): void;\ndeclare function forbidden(): void;",
  ],
  invalid: [
    {
      // The status is only a `number`, but the code says this is a License API error.
      code: `${typeImport}declare const err: { status: number; code: LicenseErrorCode };\nif (err.status === 403) {}`,
      errors: [unreachable(403, 3, 20)],
    },
    {
      code: `${typeImport}declare const e: { response?: { status: number; data: LicenseApiError } };\nif (e.response?.status !== 503) {}`,
      errors: [unreachable(503, 3, 28)],
    },
    {
      // JavaScript with JSDoc types is linted with types but not type-checked: here the rule is the only check.
      code: `${jsdocTypes}/** @type {LicenseErrorStatus | undefined} */ let httpStatus;\nif (httpStatus === 403) {}\nswitch (httpStatus) { case 401: case 503: break; }`,
      filename: untypedFilename,
      errors: [unreachable(403, 3, 20), unreachable(503, 4, 38)],
    },
    {
      code: "/** @param {import('eslint-plugin-licensespring/types').LicenseApiError} err */\nfunction handle(err) {\n  if (err.status === 403) {}\n}",
      filename: untypedFilename,
      errors: [unreachable(403, 3, 22)],
    },
    {
      // A local keeps the error's type: the status of a license error, read into a variable first.
      code: `${typeImport}declare const err: { status: number; code: LicenseErrorCode };\nconst s = err.status;\nconst { status } = err;\nif (s === 403 || status === 503) {}`,
      errors: [unreachable(403, 5, 11), unreachable(503, 5, 29)],
    },
    {
      code: "/** @param {import('eslint-plugin-licensespring/types').LicenseApiError} err */\nfunction handle(err) {\n  const { status } = err;\n  switch (status) { case 503: break; }\n}",
      filename: untypedFilename,
      errors: [unreachable(503, 4, 26)],
    },
    {
      // Syntactic evidence still counts where the types do not tell.
      code: 'declare const e: any;\nif (e.status === 401 || e.status === 403) {}',
      errors: [unreachable(403, 2, 38)],
    },
  ],
});
