import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';

import rule, { type MessageId, type Options } from '../../rules/status-matches-code.js';
import { createSyntacticTsRuleTester, createTypedRuleTester, createUntypedRuleTester, untypedFilename, assumingLicenseApi } from '../rule-tester.js';

const typeImport = "import type { LicenseApiError } from 'eslint-plugin-licensespring/types';\n";

const mismatch = (code: string, expected: number, actual: number, replacement: string) =>
  ({
    messageId: 'statusMismatch',
    data: { code, expected: String(expected), actual: String(actual), replacement },
  }) as const;

const withAdditionalStatus = { licensespring: { additionalCodes: { wrong_license_type: 403 } } };

const untypedValid: (string | ValidTestCase<Options>)[] = [
  "throw { status: 409, code: 'license_key_exists', message: 'The key exists.' };",
  "throw { status: LicenseStatus.CONFLICT, code: 'license_key_exists' };",
  "const body = { status: 400, code: 'my_own_code' };",
  "const body = { status: 400, code };",
  "const success = { code: 200, status: 'ok' };",
  "const body = { code: 'license_expired', status: 'error' };",
  { code: "throw { status: 403, code: 'wrong_license_type' };", settings: { licensespring: { additionalCodes: ['wrong_license_type'] } } },
  { code: "throw { status: 403, code: 'wrong_license_type' };", settings: withAdditionalStatus },
  "if (err.status === 409 && err.code === 'license_key_exists') {}",
  // Different errors, or no claim that the status is 400.
  "if (a.status === 400 && b.code === 'license_key_exists') {}",
  "if (err.status === 400 && err.cause.code === 'license_key_exists') {}",
  "if (err.status !== 400 && err.code === 'license_key_exists') {}",
  "if (err.status === 400 || err.code === 'license_key_exists') {}",
  "if (err.status === 400 && err.code !== 'license_key_exists') {}",
  "if (e.response.status === 409 && e.response.data.code === 'license_key_exists') {}",
  // An `else` branch, a callback and an early-return guard do not narrow the status.
  "if (err.status === 400) {} else { switch (err.code) { case 'license_key_exists': break; } }",
  "if (err.status === 400) { items.forEach(() => { if (err.code === 'license_key_exists') {} }); }",
  "function handle(err) { if (err.status !== 400) return; if (err.code === 'license_key_exists') {} }",
  "if (err.status === 409) { switch (err.code) { case 'license_key_exists': case 'order_id_exists': break; } }",
  "switch (err.status) { case 400: case 409: switch (err.code) { case 'license_key_exists': break; } }",
  "switch (err.status) { default: case 400: if (err.code === 'license_key_exists') {} }",
  "switch (err.status) { case 409: doSomething(); case 400: if (err.code === 'license_key_exists') {} }",
  // Found by the fuzzer: the search for a narrowing status check climbed past the Program, whose parent is null.
  "let err; switch (err.code) { case 'active_license_required': { break; } }",
  // Statuses and errors the rule cannot pin down, and codes it does not know.
  "if (err.status === expectedStatus) { if (err.code === 'license_key_exists') {} }",
  "if (err[key].status === 400 && err[key].code === 'license_key_exists') {}",
  "if (getError().status === 400 && getError().code === 'license_key_exists') {}",
  "if (err.status === 400 && status.code === 'license_key_exists') {}",
  "if (err.status === 400) { switch (err.code) { case 'my_own_code': break; } }",
  "if (err.status === 400 && err.code === 'my_own_code') {}",
];

const untypedInvalid: InvalidTestCase<MessageId, Options>[] = [
  {
    code: "throw { status: 400, code: 'license_key_exists', message: 'The key exists.' };",
    output: "throw { status: 409, code: 'license_key_exists', message: 'The key exists.' };",
    errors: [{ ...mismatch('license_key_exists', 409, 400, '409 (LicenseStatus.CONFLICT)'), line: 1, column: 17, endColumn: 20 }],
  },
  {
    code: "throw { code: 'order_id_exists', status: LicenseStatus.BAD_REQUEST };",
    output: "throw { code: 'order_id_exists', status: LicenseStatus.CONFLICT };",
    errors: [{ ...mismatch('order_id_exists', 409, 400, '409 (LicenseStatus.CONFLICT)'), line: 1, column: 42 }],
  },
  {
    code: "res.json({ status: StatusCodes.UNAUTHORIZED, code: 'not_found' });",
    output: "res.json({ status: StatusCodes.NOT_FOUND, code: 'not_found' });",
    errors: [{ ...mismatch('not_found', 404, 401, '404 (StatusCodes.NOT_FOUND)'), line: 1, column: 20 }],
  },
  {
    // The Node SDK's floating client throws this shape.
    code: "throw { code: 401, status: 'authentication_failed', message: 'Floating server authentication failed' };",
    output: "throw { code: 'authentication_failed', status: 401, message: 'Floating server authentication failed' };",
    errors: [{ messageId: 'swappedFields', data: { status: '401', code: 'authentication_failed' }, line: 1, column: 9, endColumn: 18 }],
  },
  {
    code: "const body = {\n  status: /* code */ 'license_expired',\n  code: LicenseStatus.BAD_REQUEST, // status\n};",
    output: "const body = {\n  status: /* code */ LicenseStatus.BAD_REQUEST,\n  code: 'license_expired', // status\n};",
    errors: [{ messageId: 'swappedFields', data: { status: '400', code: 'license_expired' }, line: 3, column: 3 }],
  },
  {
    code: "if (err.status === 400 && err.code === 'license_key_exists') {}",
    output: null,
    errors: [
      {
        ...mismatch('license_key_exists', 409, 400, '409 (LicenseStatus.CONFLICT)'),
        line: 1,
        column: 20,
        suggestions: [
          {
            messageId: 'replaceStatus',
            data: { code: 'license_key_exists', expected: '409', actual: '400', replacement: '409 (LicenseStatus.CONFLICT)' },
            output: "if (err.status === 409 && err.code === 'license_key_exists') {}",
          },
        ],
      },
    ],
  },
  {
    code: "if ('license_key_exists' == err?.code && 400 == err?.status) {}",
    output: null,
    errors: [
      {
        ...mismatch('license_key_exists', 409, 400, '409 (LicenseStatus.CONFLICT)'),
        line: 1,
        column: 42,
        suggestions: [
          {
            messageId: 'replaceStatus',
            data: { code: 'license_key_exists', expected: '409', actual: '400', replacement: '409 (LicenseStatus.CONFLICT)' },
            output: "if ('license_key_exists' == err?.code && 409 == err?.status) {}",
          },
        ],
      },
    ],
  },
  {
    code: "const handled = isLicenseError && err.code === 'not_found' && (ready && err['status'] === LicenseStatus.BAD_REQUEST);",
    output: null,
    errors: [
      {
        ...mismatch('not_found', 404, 400, '404 (LicenseStatus.NOT_FOUND)'),
        line: 1,
        column: 91,
        suggestions: [
          {
            messageId: 'replaceStatus',
            data: { code: 'not_found', expected: '404', actual: '400', replacement: '404 (LicenseStatus.NOT_FOUND)' },
            output: "const handled = isLicenseError && err.code === 'not_found' && (ready && err['status'] === LicenseStatus.NOT_FOUND);",
          },
        ],
      },
    ],
  },
  {
    // axios: the status is on the response, the code in its body.
    code: "try {} catch (e) {\n  if (e.response.status === 400 && e.response.data.code === 'license_key_exists') {}\n}",
    output: null,
    errors: [
      {
        ...mismatch('license_key_exists', 409, 400, '409 (LicenseStatus.CONFLICT)'),
        line: 2,
        column: 29,
        suggestions: [
          {
            messageId: 'replaceStatus',
            data: { code: 'license_key_exists', expected: '409', actual: '400', replacement: '409 (LicenseStatus.CONFLICT)' },
            output: "try {} catch (e) {\n  if (e.response.status === 409 && e.response.data.code === 'license_key_exists') {}\n}",
          },
        ],
      },
    ],
  },
  {
    code: `if (err.status === 400) {
  switch (err.code) {
    case 'license_expired':
      break;
    case 'license_key_exists':
      break;
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'narrowedStatusMismatch',
        data: { code: 'license_key_exists', expected: '409', actual: '400' },
        line: 5,
        column: 10,
      },
    ],
  },
  {
    // The labels of a code switch share the branches above it: here the `case 401:` of a status switch.
    code: "switch (err.status) {\n  case 401:\n    switch (err.code) {\n      case 'license_expired':\n      case 'authentication_failure':\n        break;\n    }\n}",
    output: null,
    errors: [
      {
        messageId: 'narrowedStatusMismatch',
        data: { code: 'license_expired', expected: '400', actual: '401' },
        line: 4,
        column: 12,
      },
    ],
  },
  {
    code: "if (e.response?.status === 409 && ready) {\n  if (e.response?.data?.code === 'license_expired') {}\n}",
    output: null,
    errors: [
      {
        messageId: 'narrowedStatusMismatch',
        data: { code: 'license_expired', expected: '400', actual: '409' },
        line: 2,
        column: 7,
      },
    ],
  },
  {
    code: "switch (err.status) {\n  case 400:\n  case 401:\n    if (err.code === 'license_key_exists') {}\n    break;\n}",
    output: null,
    errors: [
      {
        messageId: 'narrowedStatusMismatch',
        data: { code: 'license_key_exists', expected: '409', actual: '400 or 401' },
        line: 4,
        column: 9,
      },
    ],
  },
  {
    code: "const message = status === 404 ? (code === 'internal_error' ? 'x' : 'y') : 'z';",
    output: null,
    errors: [
      {
        messageId: 'narrowedStatusMismatch',
        data: { code: 'internal_error', expected: '500', actual: '404' },
        line: 1,
        column: 35,
      },
    ],
  },
  {
    code: "function handle(err) {\n  switch (err.status) {\n    case 409:\n      return;\n    case 400:\n      if (err.code === 'license_key_exists') {}\n  }\n}",
    output: null,
    errors: [
      {
        messageId: 'narrowedStatusMismatch',
        data: { code: 'license_key_exists', expected: '409', actual: '400' },
        line: 6,
        column: 11,
      },
    ],
  },
  {
    code: "class Handler {\n  handle() {\n    return this.error.status === 400 && this.error['code'] === 'order_id_exists';\n  }\n}",
    output: null,
    errors: [
      {
        ...mismatch('order_id_exists', 409, 400, '409 (LicenseStatus.CONFLICT)'),
        line: 3,
        column: 34,
        suggestions: [
          {
            messageId: 'replaceStatus',
            data: { code: 'order_id_exists', expected: '409', actual: '400', replacement: '409 (LicenseStatus.CONFLICT)' },
            output: "class Handler {\n  handle() {\n    return this.error.status === 409 && this.error['code'] === 'order_id_exists';\n  }\n}",
          },
        ],
      },
    ],
  },
  {
    // An additional code's status has no constant name: the number is used.
    code: "throw { status: LicenseStatus.BAD_REQUEST, code: 'wrong_license_type' };",
    output: "throw { status: 403, code: 'wrong_license_type' };",
    settings: withAdditionalStatus,
    errors: [{ ...mismatch('wrong_license_type', 403, 400, '403'), line: 1, column: 17 }],
  },
];

assumingLicenseApi(createUntypedRuleTester()).run('status-matches-code (untyped)', rule, {
  valid: untypedValid.map((test) => (typeof test === 'string' ? { code: test, filename: untypedFilename } : { ...test, filename: untypedFilename })),
  invalid: untypedInvalid.map((test) => ({ ...test, filename: untypedFilename })),
});

assumingLicenseApi(createSyntacticTsRuleTester()).run('status-matches-code (TypeScript without types)', rule, {
  valid: ["if ((err as any).status === 409 && err!.code === 'license_key_exists') {}"],
  invalid: [
    {
      code: "if ((err as any).status === (400 as const) && err!.code === 'license_key_exists') {}",
      output: null,
      errors: [
        {
          ...mismatch('license_key_exists', 409, 400, '409 (LicenseStatus.CONFLICT)'),
          line: 1,
          column: 30,
          suggestions: [
            {
              messageId: 'replaceStatus',
              data: { code: 'license_key_exists', expected: '409', actual: '400', replacement: '409 (LicenseStatus.CONFLICT)' },
              output: "if ((err as any).status === (409 as const) && err!.code === 'license_key_exists') {}",
            },
          ],
        },
      ],
    },
  ],
});

assumingLicenseApi(createTypedRuleTester()).run('status-matches-code (typed)', rule, {
  valid: [
    `${typeImport}const error: LicenseApiError = { status: 409, code: 'license_key_exists', message: '' };`,
    "const CONFLICT = 409;\nthrow { status: CONFLICT, code: 'license_key_exists' };",
    "declare const status: number;\nthrow { status, code: 'license_key_exists' };",
  ],
  invalid: [
    {
      // Known only from its type, the status is not rewritten unseen.
      code: "const CONFLICT = 409;\nthrow { status: CONFLICT, code: 'license_expired' };",
      output: null,
      errors: [
        {
          ...mismatch('license_expired', 400, 409, '400 (LicenseStatus.BAD_REQUEST)'),
          line: 2,
          column: 17,
          suggestions: [
            {
              messageId: 'replaceStatus',
              data: { code: 'license_expired', expected: '400', actual: '409', replacement: '400 (LicenseStatus.BAD_REQUEST)' },
              output: "const CONFLICT = 409;\nthrow { status: 400, code: 'license_expired' };",
            },
          ],
        },
      ],
    },
    {
      // Found by the fuzzer: a shorthand `status` must be spelled out, or the suggestion breaks the object.
      code: "declare const status: 409;\nthrow { status, code: 'license_expired' };",
      output: null,
      errors: [
        {
          ...mismatch('license_expired', 400, 409, '400 (LicenseStatus.BAD_REQUEST)'),
          line: 2,
          column: 9,
          suggestions: [
            {
              messageId: 'replaceStatus',
              data: { code: 'license_expired', expected: '400', actual: '409', replacement: '400 (LicenseStatus.BAD_REQUEST)' },
              output: "declare const status: 409;\nthrow { status: 400, code: 'license_expired' };",
            },
          ],
        },
      ],
    },
    {
      code: "const keyExists = 'license_key_exists';\ntry {} catch (e: any) {\n  if (e.status === 400 && e.code === keyExists) {}\n}",
      output: null,
      errors: [
        {
          ...mismatch('license_key_exists', 409, 400, '409 (LicenseStatus.CONFLICT)'),
          line: 3,
          column: 20,
          suggestions: [
            {
              messageId: 'replaceStatus',
              data: { code: 'license_key_exists', expected: '409', actual: '400', replacement: '409 (LicenseStatus.CONFLICT)' },
              output: "const keyExists = 'license_key_exists';\ntry {} catch (e: any) {\n  if (e.status === 409 && e.code === keyExists) {}\n}",
            },
          ],
        },
      ],
    },
    {
      code: "throw { code: 401, status: 'authentication_failure' };",
      output: "throw { code: 'authentication_failure', status: 401 };",
      errors: [{ messageId: 'swappedFields', data: { status: '401', code: 'authentication_failure' }, line: 1, column: 9 }],
    },
  ],
});

/** `if (e?.response?.data?.code === 'license_expired' && e.response?.status === 409)` as `tsc --target es2019` compiles it. */
const compiledChecks = (status: number): string =>
  [
    'function onError(e) {',
    '    var _a, _b, _c, _d;',
    `    if (((_c = (_b = e === null || e === void 0 ? void 0 : e.response) === null || _b === void 0 ? void 0 : _b.data) === null || _c === void 0 ? void 0 : _c.code) === 'license_expired' && ((_d = e.response) === null || _d === void 0 ? void 0 : _d.status) === ${String(status)})`,
    "        return 'renew';",
    '}',
  ].join('\n');

const replaceSuggestion = (code: string, expected: number, actual: number, replacement: string, output: string) =>
  ({
    messageId: 'replaceStatus',
    data: { code, expected: String(expected), actual: String(actual), replacement },
    output,
  }) as const;

const positionsValid: string[] = [
  compiledChecks(400),
  "const { status, code } = e.response.data;\nif (status === 409 && code === 'license_key_exists') {}",
  // Two objects: the response of one call and the body of another.
  "const { status } = res;\nconst { code } = body;\nif (status === 400 && code === 'license_key_exists') {}",
  // Only `const` locals are followed.
  "let s = err.status;\nif (s === 400 && err.code === 'license_key_exists') {}",
  // An upper-cased read never equals a lower-case literal: valid-error-code's concern, not a status mismatch.
  "if (err.code.toUpperCase() === 'license_key_exists' && err.status === 400) {}",
  "if (err.code.toLowerCase() === 'license_key_exists' && err.status === 409) {}",
  // Defaults in one list or pattern only.
  "function fail(status = 409, code = 'license_key_exists') {}",
  "function fail(status = 400, { code = 'license_key_exists' }) {}",
  "const { status = 400 } = body, { code = 'license_key_exists' } = other;",
  "function fail(status = 400, code = 'my_own_code') {}",
  // An array pattern names no field.
  "const [code = 'license_key_exists', status = 400] = pair;",
  // Words that merely look alike.
  "const reply = { code: 500, status: 'error' };",
  "const reply = { code: 404, status: 'ok' };",
  "const reply = { status: 'ok', code: 'license_deactivated' };",
  "if (feature.code === 'premium_feature' && feature.status === 400) {}",
  "if (err.code === 'ECONNREFUSED' && err.status === 500) {}",
  "if (err.code === 'ERR_BAD_REQUEST' && err.response.status === 400) {}",
  "const { status = 400, code = 'invalid_tool_name' } = call;",
];

assumingLicenseApi(createUntypedRuleTester()).run('status-matches-code: positions (untyped)', rule, {
  valid: positionsValid.map((code) => ({ code, filename: untypedFilename })),
  invalid: [
    {
      code: "const status = error.response.status;\nif (status === 400 && error.response.data.code === 'license_key_exists') {}",
      output: null,
      errors: [
        {
          ...mismatch('license_key_exists', 409, 400, '409 (LicenseStatus.CONFLICT)'),
          line: 2,
          column: 16,
          suggestions: [
            replaceSuggestion(
              'license_key_exists',
              409,
              400,
              '409 (LicenseStatus.CONFLICT)',
              "const status = error.response.status;\nif (status === 409 && error.response.data.code === 'license_key_exists') {}",
            ),
          ],
        },
      ],
    },
    {
      code: "const s = err.status;\nconst { code: c } = err;\nif (s === 401) {\n  if (c === 'license_expired') {}\n}",
      output: null,
      errors: [{ messageId: 'narrowedStatusMismatch', data: { code: 'license_expired', expected: '400', actual: '401' }, line: 4, column: 7 }],
    },
    {
      code: "if (err.code.toUpperCase() === 'LICENSE_KEY_EXISTS' && err.status === 400) {}",
      output: null,
      errors: [
        {
          ...mismatch('license_key_exists', 409, 400, '409 (LicenseStatus.CONFLICT)'),
          line: 1,
          column: 71,
          suggestions: [
            replaceSuggestion(
              'license_key_exists',
              409,
              400,
              '409 (LicenseStatus.CONFLICT)',
              "if (err.code.toUpperCase() === 'LICENSE_KEY_EXISTS' && err.status === 409) {}",
            ),
          ],
        },
      ],
    },
    {
      code: "if (err.status === 400) {\n  switch (String(err.code).toLowerCase()) {\n    case 'license_key_exists':\n      break;\n  }\n}",
      output: null,
      errors: [{ messageId: 'narrowedStatusMismatch', data: { code: 'license_key_exists', expected: '409', actual: '400' }, line: 3, column: 10 }],
    },
    {
      code: compiledChecks(409),
      output: null,
      errors: [
        {
          ...mismatch('license_expired', 400, 409, '400 (LicenseStatus.BAD_REQUEST)'),
          line: 3,
          column: 260,
          suggestions: [replaceSuggestion('license_expired', 400, 409, '400 (LicenseStatus.BAD_REQUEST)', compiledChecks(400))],
        },
      ],
    },
    {
      code: "function fail(status = 409, code = 'license_expired') {}",
      output: "function fail(status = 400, code = 'license_expired') {}",
      errors: [{ ...mismatch('license_expired', 400, 409, '400 (LicenseStatus.BAD_REQUEST)'), line: 1, column: 24 }],
    },
    {
      code: "const toBody = ({ code = 'license_key_exists', status = 400 }) => ({ code, status });",
      output: "const toBody = ({ code = 'license_key_exists', status = 409 }) => ({ code, status });",
      errors: [{ ...mismatch('license_key_exists', 409, 400, '409 (LicenseStatus.CONFLICT)'), line: 1, column: 57 }],
    },
    {
      code: "const { status = 500, code = 'not_found' } = body;",
      output: "const { status = 404, code = 'not_found' } = body;",
      errors: [{ ...mismatch('not_found', 404, 500, '404 (LicenseStatus.NOT_FOUND)'), line: 1, column: 18 }],
    },
    {
      // Of two defaults of `code` in one pattern, the first is the one checked, and only once.
      code: "const { code = 'license_key_exists', status = 400, code: again = 'license_expired' } = body;",
      output: "const { code = 'license_key_exists', status = 409, code: again = 'license_expired' } = body;",
      errors: [{ ...mismatch('license_key_exists', 409, 400, '409 (LicenseStatus.CONFLICT)'), line: 1, column: 47 }],
    },
    {
      code: "function fail(code = 'license_key_exists', status = LicenseStatus.BAD_REQUEST) {}",
      output: "function fail(code = 'license_key_exists', status = LicenseStatus.CONFLICT) {}",
      errors: [{ ...mismatch('license_key_exists', 409, 400, '409 (LicenseStatus.CONFLICT)'), line: 1, column: 53 }],
    },
  ],
});

assumingLicenseApi(createTypedRuleTester()).run('status-matches-code: positions (typed)', rule, {
  valid: positionsValid.map((code) => `declare const e: any, err: any, res: any, body: any, other: any, feature: any, call: any;\n${code}`),
  invalid: [
    {
      code: "declare const err: { status: number; code: string };\nconst { status, code } = err;\nif (status === 400 && code === 'license_key_exists') {}",
      output: null,
      errors: [
        {
          ...mismatch('license_key_exists', 409, 400, '409 (LicenseStatus.CONFLICT)'),
          line: 3,
          column: 16,
          suggestions: [
            replaceSuggestion(
              'license_key_exists',
              409,
              400,
              '409 (LicenseStatus.CONFLICT)',
              "declare const err: { status: number; code: string };\nconst { status, code } = err;\nif (status === 409 && code === 'license_key_exists') {}",
            ),
          ],
        },
      ],
    },
    {
      code: `declare const err: { status: number; code: string };\nif (String(err.code).toUpperCase() === 'NOT_FOUND' && err.status === 400) {}`,
      output: null,
      errors: [
        {
          ...mismatch('not_found', 404, 400, '404 (LicenseStatus.NOT_FOUND)'),
          line: 2,
          column: 70,
          suggestions: [
            replaceSuggestion(
              'not_found',
              404,
              400,
              '404 (LicenseStatus.NOT_FOUND)',
              `declare const err: { status: number; code: string };\nif (String(err.code).toUpperCase() === 'NOT_FOUND' && err.status === 404) {}`,
            ),
          ],
        },
      ],
    },
    {
      code: `declare const e: any;\n${compiledChecks(409)}`,
      output: null,
      errors: [
        {
          ...mismatch('license_expired', 400, 409, '400 (LicenseStatus.BAD_REQUEST)'),
          line: 4,
          column: 260,
          suggestions: [replaceSuggestion('license_expired', 400, 409, '400 (LicenseStatus.BAD_REQUEST)', `declare const e: any;\n${compiledChecks(400)}`)],
        },
      ],
    },
    {
      code: "export class LicenseFailure extends Error {\n  constructor(public readonly status = 409, public readonly code = 'license_expired') {\n    super(code);\n  }\n}",
      output: "export class LicenseFailure extends Error {\n  constructor(public readonly status = 400, public readonly code = 'license_expired') {\n    super(code);\n  }\n}",
      errors: [{ ...mismatch('license_expired', 400, 409, '400 (LicenseStatus.BAD_REQUEST)'), line: 2, column: 40 }],
    },
  ],
});

/** `e.response?.status === S && e.response?.data?.code === 'license_key_exists'` as Babel compiles it: the rest of a chain nests in the access. */
const babelChecks = (status: number): string =>
  [
    'var _e$response, _e$response2, _e$response2$data;',
    `if (((_e$response = e.response) === null || _e$response === void 0 ? void 0 : _e$response.status) === ${String(status)} && ((_e$response2 = e.response) === null || _e$response2 === void 0 ? void 0 : (_e$response2$data = _e$response2.data) === null || _e$response2$data === void 0 ? void 0 : _e$response2$data.code) === 'license_key_exists') {}`,
  ].join('\n');

/** The code upper-cased into a `const` before it is compared. */
const upperLocal = (status: number, read = 'err.code'): string =>
  `const code = ${read}.toUpperCase();\nif (err.status === ${String(status)} && code === 'LICENSE_KEY_EXISTS') {}`;

assumingLicenseApi(createUntypedRuleTester()).run('status-matches-code: Babel chains and converted locals (untyped)', rule, {
  valid: [babelChecks(409), upperLocal(409), upperLocal(400).replace('const code', 'let code')].map((code) => ({ code, filename: untypedFilename })),
  invalid: [
    {
      code: babelChecks(400),
      filename: untypedFilename,
      output: null,
      errors: [
        {
          ...mismatch('license_key_exists', 409, 400, '409 (LicenseStatus.CONFLICT)'),
          line: 2,
          column: 103,
          suggestions: [replaceSuggestion('license_key_exists', 409, 400, '409 (LicenseStatus.CONFLICT)', babelChecks(409))],
        },
      ],
    },
    {
      code: upperLocal(400),
      filename: untypedFilename,
      output: null,
      errors: [
        {
          ...mismatch('license_key_exists', 409, 400, '409 (LicenseStatus.CONFLICT)'),
          line: 2,
          column: 20,
          suggestions: [replaceSuggestion('license_key_exists', 409, 400, '409 (LicenseStatus.CONFLICT)', upperLocal(409))],
        },
      ],
    },
    {
      code: "const code = String(err?.response?.data?.code).toUpperCase();\nif (err.response.status === 400 && code === 'LICENSE_KEY_EXISTS') {}",
      filename: untypedFilename,
      output: null,
      errors: [
        {
          ...mismatch('license_key_exists', 409, 400, '409 (LicenseStatus.CONFLICT)'),
          line: 2,
          column: 29,
          suggestions: [
            replaceSuggestion(
              'license_key_exists',
              409,
              400,
              '409 (LicenseStatus.CONFLICT)',
              "const code = String(err?.response?.data?.code).toUpperCase();\nif (err.response.status === 409 && code === 'LICENSE_KEY_EXISTS') {}",
            ),
          ],
        },
      ],
    },
    {
      code: "const code = err.code.toUpperCase();\nif (err.status === 400) {\n  if (code === 'LICENSE_KEY_EXISTS') {}\n}",
      filename: untypedFilename,
      output: null,
      errors: [{ messageId: 'narrowedStatusMismatch', data: { code: 'license_key_exists', expected: '409', actual: '400' }, line: 3, column: 7 }],
    },
  ],
});

assumingLicenseApi(createTypedRuleTester()).run('status-matches-code: converted locals (typed)', rule, {
  valid: [`declare const err: { status: number; code: string };\n${upperLocal(409)}`],
  invalid: [
    {
      code: `declare const err: { status: number; code: string };\n${upperLocal(400)}`,
      output: null,
      errors: [
        {
          ...mismatch('license_key_exists', 409, 400, '409 (LicenseStatus.CONFLICT)'),
          line: 3,
          column: 20,
          suggestions: [
            replaceSuggestion('license_key_exists', 409, 400, '409 (LicenseStatus.CONFLICT)', `declare const err: { status: number; code: string };\n${upperLocal(409)}`),
          ],
        },
      ],
    },
  ],
});

// A switch over an upper-cased const, inside a branch narrowed by the status.
assumingLicenseApi(createUntypedRuleTester()).run('status-matches-code: switch over a converted local (untyped)', rule, {
  valid: [],
  invalid: [
    {
      code: "const code = err.code.toUpperCase();\nif (err.status === 400) {\n  switch (code) {\n    case 'LICENSE_KEY_EXISTS':\n      break;\n  }\n}",
      filename: untypedFilename,
      output: null,
      errors: [{ messageId: 'narrowedStatusMismatch', data: { code: 'license_key_exists', expected: '409', actual: '400' }, line: 4, column: 10 }],
    },
  ],
});

// A class body plays the object literal: its `status` and `code` instance fields build one error.
const classError = (status: string, code = "'license_expired'"): string =>
  `class LicenseError extends Error {\n  status = ${status};\n  code = ${code};\n}`;

const classFieldsValid = [
  classError('400'),
  classError('LicenseStatus.BAD_REQUEST'),
  // Static fields describe the class, not the errors it builds.
  "class LicenseError extends Error {\n  static status = 409;\n  code = 'license_expired';\n}",
  "class LicenseError extends Error {\n  static status = 409;\n  static code = 'license_expired';\n}",
  "class LicenseError extends Error {\n  #status = 409;\n  code = 'license_expired';\n}",
  "class LicenseError extends Error {\n  get status() { return 409; }\n  code = 'license_expired';\n}",
  "class LicenseError extends Error {\n  status = 409;\n  details = { code: 'license_expired' };\n}",
  // Fields of two classes are not a pair.
  "class A { status = 409; }\nclass B { code = 'license_expired'; }",
  "class A { status = 409; inner = class { code = 'license_expired'; }; }",
  // Similar words that are not License API errors.
  "class Failure { code = 'ECONNREFUSED'; status = 409; }",
  "class Feature { code = 'premium_feature'; status = 409; }",
  "class Reply { code = 'license_deactivated'; status = 'ok'; }",
];

assumingLicenseApi(createUntypedRuleTester()).run('status-matches-code: class fields (untyped)', rule, {
  valid: classFieldsValid.map((code) => ({ code, filename: untypedFilename })),
  invalid: [
    {
      code: classError('409'),
      filename: untypedFilename,
      output: classError('400'),
      errors: [{ ...mismatch('license_expired', 400, 409, '400 (LicenseStatus.BAD_REQUEST)'), line: 2, column: 12, endLine: 2, endColumn: 15 }],
    },
    {
      code: classError('LicenseStatus.CONFLICT', "'order_id_exists'").replace('409', '400').replace('CONFLICT', 'BAD_REQUEST'),
      filename: untypedFilename,
      output: classError('LicenseStatus.CONFLICT', "'order_id_exists'"),
      errors: [{ ...mismatch('order_id_exists', 409, 400, '409 (LicenseStatus.CONFLICT)'), line: 2, column: 12, endColumn: 37 }],
    },
    {
      code: "class E {\n  'code' = 'not_found';\n  ['status'] = 400;\n}",
      filename: untypedFilename,
      output: "class E {\n  'code' = 'not_found';\n  ['status'] = 404;\n}",
      errors: [{ ...mismatch('not_found', 404, 400, '404 (LicenseStatus.NOT_FOUND)'), line: 3, column: 16 }],
    },
    {
      code: "class FloatingError extends Error {\n  code = 401;\n  status = 'authentication_failed';\n}",
      filename: untypedFilename,
      output: "class FloatingError extends Error {\n  code = 'authentication_failed';\n  status = 401;\n}",
      errors: [
        { messageId: 'swappedFields', data: { status: '401', code: 'authentication_failed' }, line: 2, column: 3, endLine: 2, endColumn: 14 },
      ],
    },
    {
      code: "const E = class {\n  status = 409;\n  code = 'wrong_license_type';\n};",
      filename: untypedFilename,
      settings: withAdditionalStatus,
      output: "const E = class {\n  status = 403;\n  code = 'wrong_license_type';\n};",
      errors: [{ ...mismatch('wrong_license_type', 403, 409, '403'), line: 2, column: 12 }],
    },
  ],
});

assumingLicenseApi(createTypedRuleTester()).run('status-matches-code: class fields (typed)', rule, {
  valid: [
    ...classFieldsValid,
    "class LicenseError extends Error {\n  readonly status = 400 as const;\n  readonly code = 'license_expired' as const;\n}",
    "class LicenseError extends Error {\n  declare status: 409;\n  code = 'license_expired';\n}",
  ],
  invalid: [
    {
      code: "class LicenseError extends Error {\n  readonly status = 409;\n  readonly code = 'license_expired';\n}",
      output: "class LicenseError extends Error {\n  readonly status = 400;\n  readonly code = 'license_expired';\n}",
      errors: [{ ...mismatch('license_expired', 400, 409, '400 (LicenseStatus.BAD_REQUEST)'), line: 2, column: 21, endColumn: 24 }],
    },
    {
      // Known only from its type, the status is not rewritten unseen.
      code: "const CONFLICT = 409;\nconst EXPIRED = 'license_expired';\nclass LicenseError extends Error {\n  status = CONFLICT;\n  code = EXPIRED;\n}",
      output: null,
      errors: [
        {
          ...mismatch('license_expired', 400, 409, '400 (LicenseStatus.BAD_REQUEST)'),
          line: 4,
          column: 12,
          suggestions: [
            {
              messageId: 'replaceStatus',
              data: { code: 'license_expired', expected: '400', actual: '409', replacement: '400 (LicenseStatus.BAD_REQUEST)' },
              output: "const CONFLICT = 409;\nconst EXPIRED = 'license_expired';\nclass LicenseError extends Error {\n  status = 400;\n  code = EXPIRED;\n}",
            },
          ],
        },
      ],
    },
  ],
});
