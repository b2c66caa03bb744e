import path from 'node:path';

import { RuleTester } from '@typescript-eslint/rule-tester';
import * as espree from 'espree';

import rule from '../../rules/no-magic-status.js';
import {
  createSyntacticTsRuleTester,
  createTypedRuleTester,
  createUntypedRuleTester,
  typedFixtureDir,
  untypedFilename,
  assumingLicenseApi,
} from '../rule-tester.js';

const importLine = "import { LicenseStatus } from 'eslint-plugin-licensespring/types';";
const requireLine = "const { LicenseStatus } = require('eslint-plugin-licensespring/types');";
const statusCodes = { module: 'http-status-codes', name: 'StatusCodes' };

const untyped = assumingLicenseApi(createUntypedRuleTester());

untyped.run('no-magic-status (untyped JavaScript)', rule, {
  valid: [
    { code: 'arr[400];', filename: untypedFilename },
    { code: 'setTimeout(retry, 500);', filename: untypedFilename },
    { code: 'if (res.status === 200) {}', filename: untypedFilename },
    { code: 'if (err.status === 403) {}', filename: untypedFilename },
    { code: 'if (err.status === LicenseStatus.CONFLICT) {}', filename: untypedFilename },
    { code: 'res.status(404).json({});', filename: untypedFilename },
    { code: 'const timeout = 409;', filename: untypedFilename },
    { code: 'if (err.code === 409) {}', filename: untypedFilename },
    { code: 'if (err.status >= 500) {}', filename: untypedFilename },
    { code: 'switch (kind) { case 404: break; }', filename: untypedFilename },
    { code: "throw { status: 400, message: 'Bad' };", filename: untypedFilename },
    { code: "({ code: 'license_expired', value: 400 });", filename: untypedFilename },
    { code: "({ 400: 'bad request', code: 'x' });", filename: untypedFilename },
    { code: 'if (err.statusCode === 404) {}', filename: untypedFilename },
    { code: 'if (err.status === -400) {}', filename: untypedFilename },
    { code: 'if (err.status === 409n) {}', filename: untypedFilename },
    { code: 'if (res.status === 404) {}', filename: untypedFilename, options: [{ allowObjects: ['res'] }] },
    { code: 'if (ctx.response?.status === 500) {}', filename: untypedFilename, options: [{ allowObjects: ['response'] }] },
    { code: 'switch (this.status) { case 401: break; }', filename: untypedFilename, options: [{ allowObjects: ['this'] }] },
    { code: 'if (res.status === 200) {}', filename: untypedFilename, options: [{ statuses: 'http', allowObjects: ['res'] }] },
  ],
  invalid: [
    {
      code: 'if (err.status === 409) {}',
      filename: untypedFilename,
      output: `${importLine}\nif (err.status === LicenseStatus.CONFLICT) {}`,
      errors: [
        {
          messageId: 'magicStatus',
          data: { status: '409', constant: 'LicenseStatus.CONFLICT' },
          line: 1,
          column: 20,
          endLine: 1,
          endColumn: 23,
        },
      ],
    },
    {
      code: 'if (409 !== e.response.status) {}',
      filename: untypedFilename,
      output: `${importLine}\nif (LicenseStatus.CONFLICT !== e.response.status) {}`,
      errors: [{ messageId: 'magicStatus', data: { status: '409', constant: 'LicenseStatus.CONFLICT' }, line: 1, column: 5 }],
    },
    {
      code: 'if (e?.response?.status == 500) {}',
      filename: untypedFilename,
      output: `${importLine}\nif (e?.response?.status == LicenseStatus.INTERNAL_SERVER_ERROR) {}`,
      errors: [{ messageId: 'magicStatus', data: { status: '500', constant: 'LicenseStatus.INTERNAL_SERVER_ERROR' }, line: 1, column: 28 }],
    },
    {
      code: "const { status } = err;\nif (status != 401) throw new Error('auth');",
      filename: untypedFilename,
      output: `${importLine}\nconst { status } = err;\nif (status != LicenseStatus.UNAUTHORIZED) throw new Error('auth');`,
      errors: [{ messageId: 'magicStatus', data: { status: '401', constant: 'LicenseStatus.UNAUTHORIZED' }, line: 2, column: 15 }],
    },
    {
      code: 'if (err["status"] === 404) {}',
      filename: untypedFilename,
      output: `${importLine}\nif (err["status"] === LicenseStatus.NOT_FOUND) {}`,
      errors: [{ messageId: 'magicStatus', data: { status: '404', constant: 'LicenseStatus.NOT_FOUND' }, line: 1, column: 23 }],
    },
    {
      // Both fixes insert the import at the same place: ESLint applies one per pass, the second reuses the import.
      code: 'switch (err.status) {\n  case 400:\n    break;\n  case 404:\n    break;\n}',
      filename: untypedFilename,
      output: [
        `${importLine}\nswitch (err.status) {\n  case LicenseStatus.BAD_REQUEST:\n    break;\n  case 404:\n    break;\n}`,
        `${importLine}\nswitch (err.status) {\n  case LicenseStatus.BAD_REQUEST:\n    break;\n  case LicenseStatus.NOT_FOUND:\n    break;\n}`,
      ],
      errors: [
        { messageId: 'magicStatus', data: { status: '400', constant: 'LicenseStatus.BAD_REQUEST' }, line: 2, column: 8 },
        { messageId: 'magicStatus', data: { status: '404', constant: 'LicenseStatus.NOT_FOUND' }, line: 4, column: 8 },
      ],
    },
    {
      code: 'if (a.status === 400 || b.status === 404) {}',
      filename: untypedFilename,
      output: [
        `${importLine}\nif (a.status === LicenseStatus.BAD_REQUEST || b.status === 404) {}`,
        `${importLine}\nif (a.status === LicenseStatus.BAD_REQUEST || b.status === LicenseStatus.NOT_FOUND) {}`,
      ],
      errors: [
        { messageId: 'magicStatus', data: { status: '400', constant: 'LicenseStatus.BAD_REQUEST' }, line: 1, column: 18 },
        { messageId: 'magicStatus', data: { status: '404', constant: 'LicenseStatus.NOT_FOUND' }, line: 1, column: 38 },
      ],
    },
    {
      code: "throw { status: 400, code: 'license_expired', message: 'The license has expired.' };",
      filename: untypedFilename,
      output: `${importLine}\nthrow { status: LicenseStatus.BAD_REQUEST, code: 'license_expired', message: 'The license has expired.' };`,
      errors: [{ messageId: 'magicStatus', data: { status: '400', constant: 'LicenseStatus.BAD_REQUEST' }, line: 1, column: 17 }],
    },
    {
      code: 'if (err.statusCode === 404) {}',
      filename: untypedFilename,
      options: [{ statusProperties: ['status', 'statusCode'] }],
      output: `${importLine}\nif (err.statusCode === LicenseStatus.NOT_FOUND) {}`,
      errors: [{ messageId: 'magicStatus', data: { status: '404', constant: 'LicenseStatus.NOT_FOUND' }, line: 1, column: 24 }],
    },
    {
      // Allowing `res` leaves the other objects checked.
      code: 'if (res.status === 404 || err.status === 404) {}',
      filename: untypedFilename,
      options: [{ allowObjects: ['res'] }],
      output: `${importLine}\nif (res.status === 404 || err.status === LicenseStatus.NOT_FOUND) {}`,
      errors: [{ messageId: 'magicStatus', data: { status: '404', constant: 'LicenseStatus.NOT_FOUND' }, line: 1, column: 42 }],
    },
    {
      code: 'if (err.status === 403) {}',
      filename: untypedFilename,
      settings: { licensespring: { additionalCodes: { wrong_license_type: 403 } } },
      output: null,
      errors: [{ messageId: 'magicStatusWithoutConstant', data: { status: '403', source: 'LicenseStatus' }, line: 1, column: 20 }],
    },
    {
      code: 'if (res.status === 200) {}',
      filename: untypedFilename,
      options: [{ statuses: 'http' }],
      output: null,
      errors: [{ messageId: 'magicStatusWithoutConstant', data: { status: '200', source: 'LicenseStatus' }, line: 1, column: 20 }],
    },
    {
      // A name derived from the reason phrase may not exist in the module: suggested, not fixed.
      code: "import { StatusCodes } from 'http-status-codes';\nif (res.status === 200) {}",
      filename: untypedFilename,
      options: [{ statuses: 'http', constantSource: statusCodes }],
      output: null,
      errors: [
        {
          messageId: 'magicStatus',
          data: { status: '200', constant: 'StatusCodes.OK' },
          line: 2,
          column: 20,
          suggestions: [
            {
              messageId: 'useStatusConstant',
              data: { status: '200', constant: 'StatusCodes.OK' },
              output: "import { StatusCodes } from 'http-status-codes';\nif (res.status === StatusCodes.OK) {}",
            },
          ],
        },
      ],
    },
    {
      code: 'if (err.status === 409) {}',
      filename: untypedFilename,
      options: [{ constantSource: statusCodes }],
      output: "import { StatusCodes } from 'http-status-codes';\nif (err.status === StatusCodes.CONFLICT) {}",
      errors: [{ messageId: 'magicStatus', data: { status: '409', constant: 'StatusCodes.CONFLICT' }, line: 1, column: 20 }],
    },
    {
      // Configured member names are trusted and fixed.
      code: 'if (err.status === 418 || err.status === 413) {}',
      filename: untypedFilename,
      options: [{ statuses: 'http', constantSource: { ...statusCodes, members: { '413': 'REQUEST_TOO_LONG' } } }],
      output: "import { StatusCodes } from 'http-status-codes';\nif (err.status === 418 || err.status === StatusCodes.REQUEST_TOO_LONG) {}",
      errors: [
        {
          messageId: 'magicStatus',
          data: { status: '418', constant: 'StatusCodes.IM_A_TEAPOT' },
          line: 1,
          column: 20,
          suggestions: [
            {
              messageId: 'useStatusConstant',
              data: { status: '418', constant: 'StatusCodes.IM_A_TEAPOT' },
              output: "import { StatusCodes } from 'http-status-codes';\nif (err.status === StatusCodes.IM_A_TEAPOT || err.status === 413) {}",
            },
          ],
        },
        { messageId: 'magicStatus', data: { status: '413', constant: 'StatusCodes.REQUEST_TOO_LONG' }, line: 1, column: 42 },
      ],
    },
    {
      // A member configured for the default source is trusted too.
      code: 'if (err.status === 403) {}',
      filename: untypedFilename,
      settings: { licensespring: { additionalCodes: { wrong_license_type: 403 } } },
      options: [{ constantSource: { module: 'eslint-plugin-licensespring/types', name: 'LicenseStatus', members: { '403': 'FORBIDDEN' } } }],
      output: `${importLine}\nif (err.status === LicenseStatus.FORBIDDEN) {}`,
      errors: [{ messageId: 'magicStatus', data: { status: '403', constant: 'LicenseStatus.FORBIDDEN' }, line: 1, column: 20 }],
    },
    {
      code: "import { isLicenseApiError } from 'eslint-plugin-licensespring/types';\nif (isLicenseApiError(err) && err.status === 409) {}",
      filename: untypedFilename,
      output:
        "import { isLicenseApiError, LicenseStatus } from 'eslint-plugin-licensespring/types';\nif (isLicenseApiError(err) && err.status === LicenseStatus.CONFLICT) {}",
      errors: [{ messageId: 'magicStatus', data: { status: '409', constant: 'LicenseStatus.CONFLICT' }, line: 2, column: 46 }],
    },
    {
      code: `${importLine}\nif (err.status === 409) {}`,
      filename: untypedFilename,
      output: `${importLine}\nif (err.status === LicenseStatus.CONFLICT) {}`,
      errors: [{ messageId: 'magicStatus', data: { status: '409', constant: 'LicenseStatus.CONFLICT' }, line: 2, column: 20 }],
    },
    {
      code: "import { LicenseStatus as S } from 'eslint-plugin-licensespring/types';\nif (err.status === 409) {}",
      filename: untypedFilename,
      output: "import { LicenseStatus as S } from 'eslint-plugin-licensespring/types';\nif (err.status === S.CONFLICT) {}",
      errors: [{ messageId: 'magicStatus', data: { status: '409', constant: 'LicenseStatus.CONFLICT' }, line: 2, column: 20 }],
    },
    {
      code: "import * as ls from 'eslint-plugin-licensespring/types';\nif (err.status === 409) {}",
      filename: untypedFilename,
      output: "import * as ls from 'eslint-plugin-licensespring/types';\nif (err.status === ls.LicenseStatus.CONFLICT) {}",
      errors: [{ messageId: 'magicStatus', data: { status: '409', constant: 'LicenseStatus.CONFLICT' }, line: 2, column: 20 }],
    },
    {
      code: "import axios from 'axios';\nimport { readFile } from 'node:fs/promises';\n\nif (err.status === 409) {}",
      filename: untypedFilename,
      output: `import axios from 'axios';\nimport { readFile } from 'node:fs/promises';\n${importLine}\n\nif (err.status === LicenseStatus.CONFLICT) {}`,
      errors: [{ messageId: 'magicStatus', data: { status: '409', constant: 'LicenseStatus.CONFLICT' }, line: 4, column: 20 }],
    },
    {
      // The file's quotes and semicolons are kept.
      code: 'import axios from "axios"\nif (err.status === 409) {}',
      filename: untypedFilename,
      output: 'import axios from "axios"\nimport { LicenseStatus } from "eslint-plugin-licensespring/types"\nif (err.status === LicenseStatus.CONFLICT) {}',
      errors: [{ messageId: 'magicStatus', data: { status: '409', constant: 'LicenseStatus.CONFLICT' }, line: 2, column: 20 }],
    },
    {
      code: "'use strict';\n\nif (err.status === 409) {}",
      filename: untypedFilename,
      output: `'use strict';\n${importLine}\n\nif (err.status === LicenseStatus.CONFLICT) {}`,
      errors: [{ messageId: 'magicStatus', data: { status: '409', constant: 'LicenseStatus.CONFLICT' }, line: 3, column: 20 }],
    },
    {
      code: '#!/usr/bin/env node\nif (err.status === 409) {}',
      filename: untypedFilename,
      output: `#!/usr/bin/env node\n${importLine}\nif (err.status === LicenseStatus.CONFLICT) {}`,
      errors: [{ messageId: 'magicStatus', data: { status: '409', constant: 'LicenseStatus.CONFLICT' }, line: 2, column: 20 }],
    },
    {
      // A header comment stays first; the JSDoc stays on its function.
      code: '// Error handling.\n\n/** Whether to retry. */\nexport function retry(err) {\n  return err.status === 409;\n}',
      filename: untypedFilename,
      output: `// Error handling.\n\n${importLine}\n/** Whether to retry. */\nexport function retry(err) {\n  return err.status === LicenseStatus.CONFLICT;\n}`,
      errors: [{ messageId: 'magicStatus', data: { status: '409', constant: 'LicenseStatus.CONFLICT' }, line: 5, column: 25 }],
    },
    {
      code: 'const LicenseStatus = {};\nif (err.status === 409) {}',
      filename: untypedFilename,
      output: null,
      errors: [
        {
          messageId: 'magicStatus',
          data: { status: '409', constant: 'LicenseStatus.CONFLICT' },
          line: 2,
          column: 20,
          suggestions: [
            {
              messageId: 'useStatusConstant',
              data: { status: '409', constant: 'LicenseStatus.CONFLICT' },
              output:
                "import { LicenseStatus as LicenseStatusConstants } from 'eslint-plugin-licensespring/types';\nconst LicenseStatus = {};\nif (err.status === LicenseStatusConstants.CONFLICT) {}",
            },
          ],
        },
      ],
    },
    {
      code: `${importLine}\nfunction check(err, LicenseStatus) {\n  return err.status === 409;\n}`,
      filename: untypedFilename,
      output: null,
      errors: [
        {
          messageId: 'magicStatus',
          data: { status: '409', constant: 'LicenseStatus.CONFLICT' },
          line: 3,
          column: 25,
          suggestions: [
            {
              messageId: 'useStatusConstant',
              data: { status: '409', constant: 'LicenseStatus.CONFLICT' },
              output:
                "import { LicenseStatus, LicenseStatus as LicenseStatusConstants } from 'eslint-plugin-licensespring/types';\nfunction check(err, LicenseStatus) {\n  return err.status === LicenseStatusConstants.CONFLICT;\n}",
            },
          ],
        },
      ],
    },
    {
      // A file that uses `LicenseStatus` as a global: an import would change what it refers to.
      code: 'if (err.status === 409 || LicenseStatus) {}',
      filename: untypedFilename,
      output: null,
      errors: [
        {
          messageId: 'magicStatus',
          data: { status: '409', constant: 'LicenseStatus.CONFLICT' },
          line: 1,
          column: 20,
          suggestions: [
            {
              messageId: 'useStatusConstant',
              data: { status: '409', constant: 'LicenseStatus.CONFLICT' },
              output:
                "import { LicenseStatus as LicenseStatusConstants } from 'eslint-plugin-licensespring/types';\nif (err.status === LicenseStatusConstants.CONFLICT || LicenseStatus) {}",
            },
          ],
        },
      ],
    },
    {
      // Uses `module.exports` and no import: CommonJS, so a `require` is suggested.
      code: 'module.exports = (err) => err.status === 409;',
      filename: untypedFilename,
      output: null,
      errors: [
        {
          messageId: 'magicStatus',
          data: { status: '409', constant: 'LicenseStatus.CONFLICT' },
          line: 1,
          column: 42,
          suggestions: [
            {
              messageId: 'useStatusConstant',
              data: { status: '409', constant: 'LicenseStatus.CONFLICT' },
              output: `${requireLine}\nmodule.exports = (err) => err.status === LicenseStatus.CONFLICT;`,
            },
          ],
        },
      ],
    },
    {
      code: `${requireLine}\nif (err.status === 409) {}`,
      filename: path.join(typedFixtureDir, 'file.cjs'),
      output: null,
      errors: [
        {
          messageId: 'magicStatus',
          data: { status: '409', constant: 'LicenseStatus.CONFLICT' },
          line: 2,
          column: 20,
          suggestions: [
            {
              messageId: 'useStatusConstant',
              data: { status: '409', constant: 'LicenseStatus.CONFLICT' },
              output: `${requireLine}\nif (err.status === LicenseStatus.CONFLICT) {}`,
            },
          ],
        },
      ],
    },
  ],
});

for (const sourceType of ['script', 'commonjs'] as const) {
  // The shared untyped tester parses modules; these files are scripts.
  const scriptTester = assumingLicenseApi(new RuleTester({ languageOptions: { parser: espree, sourceType, ecmaVersion: 'latest' } }));

  scriptTester.run(`no-magic-status (sourceType ${sourceType})`, rule, {
    valid: [{ code: 'if (res.status === 200) {}', filename: untypedFilename }],
    invalid: [
      {
        code: "'use strict';\nconst axios = require('axios');\n\nif (err.status === 409) {}",
        filename: untypedFilename,
        output: null,
        errors: [
          {
            messageId: 'magicStatus',
            data: { status: '409', constant: 'LicenseStatus.CONFLICT' },
            line: 4,
            column: 20,
            suggestions: [
              {
                messageId: 'useStatusConstant',
                data: { status: '409', constant: 'LicenseStatus.CONFLICT' },
                output: `'use strict';\nconst axios = require('axios');\n${requireLine}\n\nif (err.status === LicenseStatus.CONFLICT) {}`,
              },
            ],
          },
        ],
      },
      {
        code: "'use strict';\n\nif (err.status === 500) {}",
        filename: untypedFilename,
        output: null,
        errors: [
          {
            messageId: 'magicStatus',
            data: { status: '500', constant: 'LicenseStatus.INTERNAL_SERVER_ERROR' },
            line: 3,
            column: 20,
            suggestions: [
              {
                messageId: 'useStatusConstant',
                data: { status: '500', constant: 'LicenseStatus.INTERNAL_SERVER_ERROR' },
                output: `'use strict';\n${requireLine}\n\nif (err.status === LicenseStatus.INTERNAL_SERVER_ERROR) {}`,
              },
            ],
          },
        ],
      },
      {
        code: "const types = require('eslint-plugin-licensespring/types');\nif (err.status === 404) {}",
        filename: untypedFilename,
        output: null,
        errors: [
          {
            messageId: 'magicStatus',
            data: { status: '404', constant: 'LicenseStatus.NOT_FOUND' },
            line: 2,
            column: 20,
            suggestions: [
              {
                messageId: 'useStatusConstant',
                data: { status: '404', constant: 'LicenseStatus.NOT_FOUND' },
                output: "const types = require('eslint-plugin-licensespring/types');\nif (err.status === types.LicenseStatus.NOT_FOUND) {}",
              },
            ],
          },
        ],
      },
      {
        code: "const S = require('eslint-plugin-licensespring/types').LicenseStatus;\nif (err.status === 401) {}",
        filename: untypedFilename,
        output: null,
        errors: [
          {
            messageId: 'magicStatus',
            data: { status: '401', constant: 'LicenseStatus.UNAUTHORIZED' },
            line: 2,
            column: 20,
            suggestions: [
              {
                messageId: 'useStatusConstant',
                data: { status: '401', constant: 'LicenseStatus.UNAUTHORIZED' },
                output: "const S = require('eslint-plugin-licensespring/types').LicenseStatus;\nif (err.status === S.UNAUTHORIZED) {}",
              },
            ],
          },
        ],
      },
    ],
  });
}

const syntacticTs = assumingLicenseApi(createSyntacticTsRuleTester());

syntacticTs.run('no-magic-status (TypeScript without types)', rule, {
  valid: ['type Retryable = 409 | 500;', 'enum Http { Conflict = 409 }', 'declare const s: LicenseErrorStatus; if (s === 409) {}'],
  invalid: [
    {
      code: "import type { LicenseErrorStatus } from 'eslint-plugin-licensespring/types';\nif ((err.status as LicenseErrorStatus) === 409) {}",
      output: `import type { LicenseErrorStatus } from 'eslint-plugin-licensespring/types';\n${importLine}\nif ((err.status as LicenseErrorStatus) === LicenseStatus.CONFLICT) {}`,
      errors: [{ messageId: 'magicStatus', data: { status: '409', constant: 'LicenseStatus.CONFLICT' }, line: 2, column: 44 }],
    },
    {
      code: 'if (err!.status === (409 as const)) {}',
      output: `${importLine}\nif (err!.status === (LicenseStatus.CONFLICT)) {}`,
      errors: [{ messageId: 'magicStatus', data: { status: '409', constant: 'LicenseStatus.CONFLICT' }, line: 1, column: 22 }],
    },
    {
      code: 'switch (err.status) { case <const>404: break; }',
      output: `${importLine}\nswitch (err.status) { case LicenseStatus.NOT_FOUND: break; }`,
      errors: [{ messageId: 'magicStatus', data: { status: '404', constant: 'LicenseStatus.NOT_FOUND' }, line: 1, column: 35 }],
    },
    {
      code: 'const body = { status: <number>400, code: "license_expired" } satisfies object;',
      output: `${importLine}\nconst body = { status: <number>LicenseStatus.BAD_REQUEST, code: "license_expired" } satisfies object;`,
      errors: [{ messageId: 'magicStatus', data: { status: '400', constant: 'LicenseStatus.BAD_REQUEST' }, line: 1, column: 32 }],
    },
    {
      code: 'type LicenseStatus = number;\nif (err.status === 409) {}',
      output: null,
      errors: [
        {
          messageId: 'magicStatus',
          data: { status: '409', constant: 'LicenseStatus.CONFLICT' },
          line: 2,
          column: 20,
          suggestions: [
            {
              messageId: 'useStatusConstant',
              data: { status: '409', constant: 'LicenseStatus.CONFLICT' },
              output: `import { LicenseStatus as LicenseStatusConstants } from 'eslint-plugin-licensespring/types';\ntype LicenseStatus = number;\nif (err.status === LicenseStatusConstants.CONFLICT) {}`,
            },
          ],
        },
      ],
    },
    {
      code: "import type { LicenseStatus } from 'eslint-plugin-licensespring/types';\nif (err.status === 409) {}",
      filename: 'file.cts',
      output: null,
      errors: [
        {
          messageId: 'magicStatus',
          data: { status: '409', constant: 'LicenseStatus.CONFLICT' },
          line: 2,
          column: 20,
          suggestions: [
            {
              messageId: 'useStatusConstant',
              data: { status: '409', constant: 'LicenseStatus.CONFLICT' },
              output: `import type { LicenseStatus } from 'eslint-plugin-licensespring/types';\nconst { LicenseStatus: LicenseStatusConstants } = require('eslint-plugin-licensespring/types');\nif (err.status === LicenseStatusConstants.CONFLICT) {}`,
            },
          ],
        },
      ],
    },
  ],
});

const typed = assumingLicenseApi(createTypedRuleTester());
const typesImport = "import type { LicenseApiError, LicenseErrorStatus } from 'eslint-plugin-licensespring/types';";
const withValueImport = (code: string): string => `${typesImport}\n${importLine}\n${code}`;

typed.run('no-magic-status (type-aware)', rule, {
  valid: [
    'declare const count: number;\nif (count === 409) {}',
    'declare const items: number[];\nitems[409];',
    'declare function wait(ms: number): void;\nwait(500);',
    'declare function send(status: number): void;\nsend(404);',
    `${typesImport}\ndeclare const s: LicenseErrorStatus;\nif (s >= 500) {}`,
    `${typesImport}\ndeclare const s: LicenseErrorStatus | 'offline';\nif (s === 500) {}`,
    `${typesImport}\nconst retryable: LicenseErrorStatus[] = [];\nretryable.push(LicenseStatus.CONFLICT);`,
    'type Retryable = 409 | 500;',
    // Number literals in places no status is expected, with the checker consulted for each.
    [
      'enum Http { Conflict = 409 }',
      'class Retry { static readonly after = 409; [409] = 1; wait(ms = 500) { return ms; } }',
      'const label = `${409}`;',
      'const byNumber = { [409]: 1, 500: 2 };',
      'const [first = 404] = [] as number[];',
      'type ByStatus = { 409: string };',
      'declare const conflict: ByStatus[409];',
      'void 409;',
      'const plain = 500 as number;',
      'const big = 409n;',
    ].join('\n'),
    {
      code: `${typesImport}\ndeclare const res: { status: LicenseErrorStatus };\nif (res.status === 404) {}`,
      options: [{ allowObjects: ['res'] }],
    },
    {
      code: `${typesImport}\ndeclare const s: LicenseErrorStatus;\nif (s === 409) {}`,
      settings: { licensespring: { typeChecking: 'off' } },
    },
  ],
  invalid: [
    {
      code: `${typesImport}\ndeclare const s: LicenseErrorStatus;\nif (s === 409) {}`,
      output: withValueImport('declare const s: LicenseErrorStatus;\nif (s === LicenseStatus.CONFLICT) {}'),
      errors: [{ messageId: 'magicStatus', data: { status: '409', constant: 'LicenseStatus.CONFLICT' }, line: 3, column: 11 }],
    },
    {
      code: `${typesImport}\nlet s: LicenseErrorStatus = 400;\ns = 404;`,
      output: [
        withValueImport('let s: LicenseErrorStatus = LicenseStatus.BAD_REQUEST;\ns = 404;'),
        withValueImport('let s: LicenseErrorStatus = LicenseStatus.BAD_REQUEST;\ns = LicenseStatus.NOT_FOUND;'),
      ],
      errors: [
        { messageId: 'magicStatus', data: { status: '400', constant: 'LicenseStatus.BAD_REQUEST' }, line: 2, column: 29 },
        { messageId: 'magicStatus', data: { status: '404', constant: 'LicenseStatus.NOT_FOUND' }, line: 3, column: 5 },
      ],
    },
    {
      code: `${typesImport}\nfunction fallback(): LicenseErrorStatus {\n  return 500;\n}`,
      output: withValueImport('function fallback(): LicenseErrorStatus {\n  return LicenseStatus.INTERNAL_SERVER_ERROR;\n}'),
      errors: [{ messageId: 'magicStatus', data: { status: '500', constant: 'LicenseStatus.INTERNAL_SERVER_ERROR' }, line: 3, column: 10 }],
    },
    {
      code: `${typesImport}\ndeclare function retryOn(status: LicenseErrorStatus): void;\nretryOn(409);`,
      output: withValueImport('declare function retryOn(status: LicenseErrorStatus): void;\nretryOn(LicenseStatus.CONFLICT);'),
      errors: [{ messageId: 'magicStatus', data: { status: '409', constant: 'LicenseStatus.CONFLICT' }, line: 3, column: 9 }],
    },
    {
      code: `${typesImport}\nconst retryable: LicenseErrorStatus[] = [409];`,
      output: withValueImport('const retryable: LicenseErrorStatus[] = [LicenseStatus.CONFLICT];'),
      errors: [{ messageId: 'magicStatus', data: { status: '409', constant: 'LicenseStatus.CONFLICT' }, line: 2, column: 42 }],
    },
    {
      code: 'declare const kind: 401 | 404 | undefined;\nswitch (kind) {\n  case 401:\n    break;\n}',
      output: `${importLine}\ndeclare const kind: 401 | 404 | undefined;\nswitch (kind) {\n  case LicenseStatus.UNAUTHORIZED:\n    break;\n}`,
      errors: [{ messageId: 'magicStatus', data: { status: '401', constant: 'LicenseStatus.UNAUTHORIZED' }, line: 3, column: 8 }],
    },
    {
      code: `${typesImport}\nconst body: Pick<LicenseApiError, 'status'> = { status: 409 };`,
      output: withValueImport("const body: Pick<LicenseApiError, 'status'> = { status: LicenseStatus.CONFLICT };"),
      errors: [{ messageId: 'magicStatus', data: { status: '409', constant: 'LicenseStatus.CONFLICT' }, line: 2, column: 57 }],
    },
    {
      code: `${importLine}\ndeclare const err: unknown;\nif ((err as { status: number }).status === 409) {}`,
      output: `${importLine}\ndeclare const err: unknown;\nif ((err as { status: number }).status === LicenseStatus.CONFLICT) {}`,
      errors: [{ messageId: 'magicStatus', data: { status: '409', constant: 'LicenseStatus.CONFLICT' }, line: 3, column: 44 }],
    },
  ],
});

/** `if (e.response?.status === 401)` as `tsc --target es2019` compiles it. */
const compiledChain = [
  'function onError(e) {',
  '    var _a;',
  "    if (((_a = e.response) === null || _a === void 0 ? void 0 : _a.status) === 401)",
  "        return 'login';",
  '}',
].join('\n');

const positionsValid = [
  // A local is followed only to what it was declared as.
  'const s = err.message;\nif (s === 404) {}',
  'let s = err.status;\nif (s === 404) {}',
  'const { statusText: s } = res;\nif (s === 404) {}',
  'function f(s = err.status) { if (s === 404) {} }',
  // Compared as text, not as a number.
  "if (String(err.status) === '401') {}",
  'if (err.status.length === 401) {}',
  // Defaults of names that are not statuses.
  'function retry(delay = 500, attempts = 409) {}',
  'const { timeout = 500 } = options;',
  '({ retries = 401 }) => retries;',
  'const [first = 404] = list;',
  // Words that merely look alike.
  "const result = { status: 'ok', code: 'license_deactivated' };",
  "if (feature.code === 'premium_feature' && feature.status === 'active') {}",
  "if (err.code === 'ECONNREFUSED' || err.code === 'ERR_BAD_REQUEST') {}",
  'const compiled = (_a = e.response) === null || _a === void 0 ? void 0 : _a.statusText;\nif (compiled === 404) {}',
];

untyped.run('no-magic-status: positions (untyped JavaScript)', rule, {
  valid: [
    ...positionsValid.map((code) => ({ code, filename: untypedFilename })),
    { code: 'const s = res.status;\nif (s === 404) {}', filename: untypedFilename, options: [{ allowObjects: ['res'] }] },
    { code: 'const { status = 404 } = res;', filename: untypedFilename, options: [{ allowObjects: ['res'] }] },
    { code: 'const { status: s } = ctx.res;\nswitch (s) { case 500: break; }', filename: untypedFilename, options: [{ allowObjects: ['res'] }] },
  ],
  invalid: [
    {
      code: 'const status = error.response.status;\nif (status === 401) {}',
      filename: untypedFilename,
      output: `${importLine}\nconst status = error.response.status;\nif (status === LicenseStatus.UNAUTHORIZED) {}`,
      errors: [{ messageId: 'magicStatus', data: { status: '401', constant: 'LicenseStatus.UNAUTHORIZED' }, line: 2, column: 16, endColumn: 19 }],
    },
    {
      code: 'const s = err.status;\nif (s === 401) {}',
      filename: untypedFilename,
      output: `${importLine}\nconst s = err.status;\nif (s === LicenseStatus.UNAUTHORIZED) {}`,
      errors: [{ messageId: 'magicStatus', data: { status: '401', constant: 'LicenseStatus.UNAUTHORIZED' }, line: 2, column: 11 }],
    },
    {
      code: 'const { status: httpStatus } = res;\nif (404 == httpStatus) {}',
      filename: untypedFilename,
      output: `${importLine}\nconst { status: httpStatus } = res;\nif (LicenseStatus.NOT_FOUND == httpStatus) {}`,
      errors: [{ messageId: 'magicStatus', data: { status: '404', constant: 'LicenseStatus.NOT_FOUND' }, line: 2, column: 5 }],
    },
    {
      // Through a chain of locals and a nested pattern.
      code: 'const r = e.response;\nconst { data: { status: s } } = r;\nswitch (s) {\n  case 409:\n    break;\n}',
      filename: untypedFilename,
      output: `${importLine}\nconst r = e.response;\nconst { data: { status: s } } = r;\nswitch (s) {\n  case LicenseStatus.CONFLICT:\n    break;\n}`,
      errors: [{ messageId: 'magicStatus', data: { status: '409', constant: 'LicenseStatus.CONFLICT' }, line: 4, column: 8 }],
    },
    {
      code: 'if (Number(err.status) === 401 || +err.status === 500) {}',
      filename: untypedFilename,
      // The import is added once per pass, so the second fix waits for the next one.
      output: [
        `${importLine}\nif (Number(err.status) === LicenseStatus.UNAUTHORIZED || +err.status === 500) {}`,
        `${importLine}\nif (Number(err.status) === LicenseStatus.UNAUTHORIZED || +err.status === LicenseStatus.INTERNAL_SERVER_ERROR) {}`,
      ],
      errors: [
        { messageId: 'magicStatus', data: { status: '401', constant: 'LicenseStatus.UNAUTHORIZED' }, line: 1, column: 28 },
        { messageId: 'magicStatus', data: { status: '500', constant: 'LicenseStatus.INTERNAL_SERVER_ERROR' }, line: 1, column: 51 },
      ],
    },
    {
      code: compiledChain,
      filename: untypedFilename,
      output: `${importLine}\n${compiledChain.replace('=== 401', '=== LicenseStatus.UNAUTHORIZED')}`,
      errors: [{ messageId: 'magicStatus', data: { status: '401', constant: 'LicenseStatus.UNAUTHORIZED' }, line: 3, column: 80, endColumn: 83 }],
    },
    {
      code: "function fail(status = 400, code = 'license_expired') {}",
      filename: untypedFilename,
      output: `${importLine}\nfunction fail(status = LicenseStatus.BAD_REQUEST, code = 'license_expired') {}`,
      errors: [{ messageId: 'magicStatus', data: { status: '400', constant: 'LicenseStatus.BAD_REQUEST' }, line: 1, column: 24 }],
    },
    {
      code: "const toBody = ({ status = 409, code = 'license_key_exists' }) => ({ status, code });",
      filename: untypedFilename,
      output: `${importLine}\nconst toBody = ({ status = LicenseStatus.CONFLICT, code = 'license_key_exists' }) => ({ status, code });`,
      errors: [{ messageId: 'magicStatus', data: { status: '409', constant: 'LicenseStatus.CONFLICT' }, line: 1, column: 28 }],
    },
    {
      code: 'const { status = 500, message: text } = body;',
      filename: untypedFilename,
      output: `${importLine}\nconst { status = LicenseStatus.INTERNAL_SERVER_ERROR, message: text } = body;`,
      errors: [{ messageId: 'magicStatus', data: { status: '500', constant: 'LicenseStatus.INTERNAL_SERVER_ERROR' }, line: 1, column: 18 }],
    },
    {
      code: 'const { status: httpStatus = 404 } = body;',
      filename: untypedFilename,
      output: `${importLine}\nconst { status: httpStatus = LicenseStatus.NOT_FOUND } = body;`,
      errors: [{ messageId: 'magicStatus', data: { status: '404', constant: 'LicenseStatus.NOT_FOUND' }, line: 1, column: 30 }],
    },
  ],
});

typed.run('no-magic-status: positions (type-aware)', rule, {
  valid: [
    ...positionsValid.map((code) => `declare const err: any, res: any, options: any, feature: any, e: any, list: number[];\nvar _a: any;\n${code}`),
    'declare const err: { message: string };\nconst s = err.message;\nif (s.length === 404) {}',
  ],
  invalid: [
    {
      code: 'declare const err: { status: number };\nconst s = err.status;\nif (s === 401) {}',
      output: `${importLine}\ndeclare const err: { status: number };\nconst s = err.status;\nif (s === LicenseStatus.UNAUTHORIZED) {}`,
      errors: [{ messageId: 'magicStatus', data: { status: '401', constant: 'LicenseStatus.UNAUTHORIZED' }, line: 3, column: 11 }],
    },
    {
      code: 'declare const e: { response?: { status: number } };\nvar _a;\nif (((_a = e.response) === null || _a === void 0 ? void 0 : _a.status) === 404) {}',
      output: `${importLine}\ndeclare const e: { response?: { status: number } };\nvar _a;\nif (((_a = e.response) === null || _a === void 0 ? void 0 : _a.status) === LicenseStatus.NOT_FOUND) {}`,
      errors: [{ messageId: 'magicStatus', data: { status: '404', constant: 'LicenseStatus.NOT_FOUND' }, line: 3, column: 76 }],
    },
    {
      code: 'export function fail(message: string, status = 400): never {\n  throw Object.assign(new Error(message), { status });\n}',
      output: `${importLine}\nexport function fail(message: string, status = LicenseStatus.BAD_REQUEST): never {\n  throw Object.assign(new Error(message), { status });\n}`,
      errors: [{ messageId: 'magicStatus', data: { status: '400', constant: 'LicenseStatus.BAD_REQUEST' }, line: 1, column: 48 }],
    },
    {
      code: "class LicenseFailure extends Error {\n  constructor(public readonly code: string, public readonly status = 409) {\n    super(code);\n  }\n}",
      output: `${importLine}\nclass LicenseFailure extends Error {\n  constructor(public readonly code: string, public readonly status = LicenseStatus.CONFLICT) {\n    super(code);\n  }\n}`,
      errors: [{ messageId: 'magicStatus', data: { status: '409', constant: 'LicenseStatus.CONFLICT' }, line: 2, column: 70 }],
    },
  ],
});

/** `if (e?.response?.status === 401)` as Babel compiles it: the rest of the chain nests in the access, not in the base. */
const babelChain = (status: string, looseMode = false): string =>
  looseMode
    ? `var _e$response;\nif ((e == null ? void 0 : (_e$response = e.response) == null ? void 0 : _e$response.status) === ${status}) {}`
    : `var _e$response;\nif ((e === null || e === void 0 ? void 0 : (_e$response = e.response) === null || _e$response === void 0 ? void 0 : _e$response.status) === ${status}) {}`;

untyped.run('no-magic-status: Babel chains and converted locals (untyped JavaScript)', rule, {
  valid: [
    {
      code: 'var _e$response;\nif ((e === null || e === void 0 ? void 0 : (_e$response = e.response) === null || _e$response === void 0 ? void 0 : _e$response.statusText) === 404) {}',
      filename: untypedFilename,
    },
  ],
  invalid: [
    {
      code: babelChain('401'),
      filename: untypedFilename,
      output: `${importLine}\n${babelChain('LicenseStatus.UNAUTHORIZED')}`,
      errors: [{ messageId: 'magicStatus', data: { status: '401', constant: 'LicenseStatus.UNAUTHORIZED' }, line: 2, column: 141, endColumn: 144 }],
    },
    {
      code: babelChain('404', true),
      filename: untypedFilename,
      output: `${importLine}\n${babelChain('LicenseStatus.NOT_FOUND', true)}`,
      errors: [{ messageId: 'magicStatus', data: { status: '404', constant: 'LicenseStatus.NOT_FOUND' }, line: 2, column: 97, endColumn: 100 }],
    },
    {
      code: 'const s = Number(err.status);\nif (s === 401) {}',
      filename: untypedFilename,
      output: `${importLine}\nconst s = Number(err.status);\nif (s === LicenseStatus.UNAUTHORIZED) {}`,
      errors: [{ messageId: 'magicStatus', data: { status: '401', constant: 'LicenseStatus.UNAUTHORIZED' }, line: 2, column: 11 }],
    },
  ],
});

// A class body plays the object literal: a `status` instance field beside a `code` field is an error's status.
const licenseErrorClass = (status: string, modifier = ''): string =>
  `class LicenseError extends Error {\n  ${modifier}status = ${status};\n  ${modifier}code = 'license_expired';\n}`;

const classFieldsValid = [
  licenseErrorClass('LicenseStatus.CONFLICT'),
  // Without a code beside it, a `status` field may be anything (as in an object literal).
  'class Job { status = 409; }',
  'class Job { timeout = 500; code = "slow"; }',
  // Static fields describe the class, not the errors it builds.
  "class LicenseError extends Error {\n  static status = 409;\n  code = 'license_expired';\n}",
  "class LicenseError extends Error {\n  #status = 409;\n  code = 'license_expired';\n}",
  "class LicenseError extends Error {\n  status = 409;\n  details = { code: 'license_expired' };\n}",
  "class A { status = 409; }\nclass B { code = 'license_expired'; }",
  "class Failure { code = 'ECONNREFUSED'; status = 200; }",
  "class Reply { code = 'license_deactivated'; status = 'ok'; }",
];

const classFieldError = (status: number, constant: string, line: number, column: number) =>
  ({ messageId: 'magicStatus', data: { status: String(status), constant }, line, column }) as const;

untyped.run('no-magic-status: class fields (untyped JavaScript)', rule, {
  valid: classFieldsValid.map((code) => ({ code, filename: untypedFilename })),
  invalid: [
    {
      code: licenseErrorClass('409'),
      filename: untypedFilename,
      output: `${importLine}\n${licenseErrorClass('LicenseStatus.CONFLICT')}`,
      errors: [{ ...classFieldError(409, 'LicenseStatus.CONFLICT', 2, 12), endLine: 2, endColumn: 15 }],
    },
    {
      code: "const E = class {\n  'status' = 404;\n  ['code'] = 'not_found';\n};",
      filename: untypedFilename,
      output: `${importLine}\nconst E = class {\n  'status' = LicenseStatus.NOT_FOUND;\n  ['code'] = 'not_found';\n};`,
      errors: [classFieldError(404, 'LicenseStatus.NOT_FOUND', 2, 14)],
    },
    {
      code: "class HttpError extends Error {\n  statusCode = 500;\n  code = 'internal_error';\n}",
      filename: untypedFilename,
      options: [{ statusProperties: ['statusCode'] }],
      output: `${importLine}\nclass HttpError extends Error {\n  statusCode = LicenseStatus.INTERNAL_SERVER_ERROR;\n  code = 'internal_error';\n}`,
      errors: [classFieldError(500, 'LicenseStatus.INTERNAL_SERVER_ERROR', 2, 16)],
    },
  ],
});

syntacticTs.run('no-magic-status: class fields (TypeScript without types)', rule, {
  valid: [
    "class LicenseError extends Error {\n  static readonly status = 409;\n  readonly code = 'license_expired';\n}",
    "class LicenseError extends Error {\n  declare status: 409;\n  code = 'license_expired';\n}",
  ],
  invalid: [
    {
      code: licenseErrorClass('409 as const', ''),
      output: `${importLine}\n${licenseErrorClass('LicenseStatus.CONFLICT')}`,
      errors: [classFieldError(409, 'LicenseStatus.CONFLICT', 2, 12)],
    },
    {
      code: licenseErrorClass('409', 'readonly '),
      output: `${importLine}\n${licenseErrorClass('LicenseStatus.CONFLICT', 'readonly ')}`,
      errors: [classFieldError(409, 'LicenseStatus.CONFLICT', 2, 21)],
    },
  ],
});

typed.run('no-magic-status: class fields (typed)', rule, {
  valid: [...classFieldsValid, "class LicenseError extends Error {\n  static readonly status = 409;\n  readonly code = 'license_expired';\n}"],
  invalid: [
    {
      code: licenseErrorClass('409', 'readonly '),
      output: `${importLine}\n${licenseErrorClass('LicenseStatus.CONFLICT', 'readonly ')}`,
      errors: [classFieldError(409, 'LicenseStatus.CONFLICT', 2, 21)],
    },
    {
      code: "class LicenseError extends Error {\n  public override readonly status: number = 401;\n  code = 'unauthorized';\n}",
      output: `${importLine}\nclass LicenseError extends Error {\n  public override readonly status: number = LicenseStatus.UNAUTHORIZED;\n  code = 'unauthorized';\n}`,
      errors: [classFieldError(401, 'LicenseStatus.UNAUTHORIZED', 2, 45)],
    },
  ],
});

/**
 * A fix that adds a run-time import of the types subpath must not break a
 * production install: the README installs the plugin with `--save-dev`, and
 * `npm ci --omit=dev` then leaves the import dangling. The nearest
 * package.json decides (real files under tests/fixtures/dependencies/).
 */
const dependencyFixtures = path.join(typedFixtureDir, '..', 'dependencies');
const devDependencyFile = path.join(dependencyFixtures, 'dev', 'client.js');
const dependencyFile = path.join(dependencyFixtures, 'prod', 'client.js');
const bodyWithDistinctiveCode = "const body = { status: 404, code: 'license_not_found', message: '' };";

createUntypedRuleTester().run('no-magic-status: fixes and the dependencies of package.json', rule, {
  valid: [],
  invalid: [
    {
      // Installed with --save-dev only: the fix would crash the app in production, so it is a suggestion that says so.
      code: bodyWithDistinctiveCode,
      filename: devDependencyFile,
      output: null,
      errors: [
        {
          messageId: 'magicStatusNotInDependencies',
          data: {
            status: '404',
            constant: 'LicenseStatus.NOT_FOUND',
            module: 'eslint-plugin-licensespring/types',
            packageJson: path.join(dependencyFixtures, 'dev', 'package.json'),
          },
          line: 1,
          column: 24,
          suggestions: [
            {
              messageId: 'useStatusConstant',
              data: { status: '404', constant: 'LicenseStatus.NOT_FOUND' },
              output: `${importLine}\nconst body = { status: LicenseStatus.NOT_FOUND, code: 'license_not_found', message: '' };`,
            },
          ],
        },
      ],
    },
    {
      // A regular dependency: the fix adds the import.
      code: bodyWithDistinctiveCode,
      filename: dependencyFile,
      output: `${importLine}\nconst body = { status: LicenseStatus.NOT_FOUND, code: 'license_not_found', message: '' };`,
      errors: [{ messageId: 'magicStatus', data: { status: '404', constant: 'LicenseStatus.NOT_FOUND' }, line: 1, column: 24 }],
    },
    {
      // Already imported: nothing is added, so the fix is safe wherever the plugin is installed.
      code: `${importLine}\n${bodyWithDistinctiveCode}`,
      filename: devDependencyFile,
      output: `${importLine}\nconst body = { status: LicenseStatus.NOT_FOUND, code: 'license_not_found', message: '' };`,
      errors: [{ messageId: 'magicStatus', data: { status: '404', constant: 'LicenseStatus.NOT_FOUND' }, line: 2, column: 24 }],
    },
    {
      // constantSource names the project's own constants: the user vouches for the module.
      code: bodyWithDistinctiveCode,
      filename: devDependencyFile,
      options: [{ constantSource: { module: './statuses.js', name: 'Status' } }],
      output: "import { Status } from './statuses.js';\nconst body = { status: Status.NOT_FOUND, code: 'license_not_found', message: '' };",
      errors: [{ messageId: 'magicStatus', data: { status: '404', constant: 'Status.NOT_FOUND' }, line: 1, column: 24 }],
    },
  ],
});

/**
 * With the default settings, a status compared in a file that only names
 * LicenseSpring is reported with a suggestion; the value's type makes it a
 * fix. Declarations answer first (cheap); a root typed `unknown` (a `catch`
 * parameter) is answered by the narrowed type at the comparison.
 */
createTypedRuleTester().run('no-magic-status: types as evidence (typed, default settings)', rule, {
  valid: [],
  invalid: [
    {
      // A parameter declared a License API error.
      code: `${typesImport}\nexport function retry(err: LicenseApiError): boolean {\n  return err.status === 409;\n}`,
      output: withValueImport('export function retry(err: LicenseApiError): boolean {\n  return err.status === LicenseStatus.CONFLICT;\n}'),
      errors: [{ messageId: 'magicStatus', data: { status: '409', constant: 'LicenseStatus.CONFLICT' }, line: 3, column: 25 }],
    },
    {
      // A property path through optional fields, declared all the way.
      code: `${typesImport}\nexport function gone(failure: { response?: { data?: LicenseApiError } }): boolean {\n  return failure.response?.data?.status === 404;\n}`,
      output: withValueImport(
        'export function gone(failure: { response?: { data?: LicenseApiError } }): boolean {\n  return failure.response?.data?.status === LicenseStatus.NOT_FOUND;\n}',
      ),
      errors: [{ messageId: 'magicStatus', data: { status: '404', constant: 'LicenseStatus.NOT_FOUND' }, line: 3, column: 45 }],
    },
    {
      // A catch parameter is `unknown` by its declaration: only the narrowing of the guard shows its type.
      code: "import { isLicenseApiError } from 'eslint-plugin-licensespring/types';\ntry {\n  run();\n} catch (error) {\n  if (isLicenseApiError(error) && error.status === 409) {}\n}\ndeclare function run(): void;",
      output:
        "import { isLicenseApiError, LicenseStatus } from 'eslint-plugin-licensespring/types';\ntry {\n  run();\n} catch (error) {\n  if (isLicenseApiError(error) && error.status === LicenseStatus.CONFLICT) {}\n}\ndeclare function run(): void;",
      errors: [{ messageId: 'magicStatus', data: { status: '409', constant: 'LicenseStatus.CONFLICT' }, line: 5, column: 52 }],
    },
    {
      // The parameter of the constructor called expects a License API error (read from its declaration, not by resolving the call).
      code: "import { LicenseFailure } from './shared-errors.js';\nexport function fail(code: 'license_expired', message: string): never {\n  throw new LicenseFailure({ status: 400, code, message });\n}",
      output:
        "import { LicenseFailure } from './shared-errors.js';\nimport { LicenseStatus } from 'eslint-plugin-licensespring/types';\nexport function fail(code: 'license_expired', message: string): never {\n  throw new LicenseFailure({ status: LicenseStatus.BAD_REQUEST, code, message });\n}",
      errors: [{ messageId: 'magicStatus', data: { status: '400', constant: 'LicenseStatus.BAD_REQUEST' }, line: 3, column: 38 }],
    },
    {
      // Declared a plain number: the file's evidence reports it, but only as a suggestion.
      code: `${typesImport}\nexport function gone(res: { status: number }): boolean {\n  return res.status === 404;\n}`,
      output: null,
      errors: [
        {
          messageId: 'magicStatus',
          data: { status: '404', constant: 'LicenseStatus.NOT_FOUND' },
          line: 3,
          column: 25,
          suggestions: [
            {
              messageId: 'useStatusConstant',
              data: { status: '404', constant: 'LicenseStatus.NOT_FOUND' },
              output: withValueImport(`export function gone(res: { status: number }): boolean {\n  return res.status === LicenseStatus.NOT_FOUND;\n}`),
            },
          ],
        },
      ],
    },
  ],
});

/**
 * A constructor's parameter properties are a parameter list like any other:
 * the code defaulted beside a status is the evidence that makes it a fix, as
 * in `function fail(status = 400, code = 'license_expired')`.
 */
createSyntacticTsRuleTester().run('no-magic-status: parameter properties (TypeScript without types, default settings)', rule, {
  valid: [],
  invalid: [
    {
      code: `${typesImport}\nexport class LicenseFailure extends Error {\n  constructor(public readonly status = 400, public readonly code = 'license_expired') {\n    super(code);\n  }\n}`,
      output: withValueImport(
        "export class LicenseFailure extends Error {\n  constructor(public readonly status = LicenseStatus.BAD_REQUEST, public readonly code = 'license_expired') {\n    super(code);\n  }\n}",
      ),
      errors: [{ messageId: 'magicStatus', data: { status: '400', constant: 'LicenseStatus.BAD_REQUEST' }, line: 3, column: 40 }],
    },
  ],
});
