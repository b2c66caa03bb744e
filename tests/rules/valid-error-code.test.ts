import type { ValidTestCase } from '@typescript-eslint/rule-tester';

import rule, { type Options } from '../../rules/valid-error-code.js';
import { createSyntacticTsRuleTester, createTypedRuleTester, createUntypedRuleTester, untypedFilename, assumingLicenseApi } from '../rule-tester.js';

const typeImport = "import type { LicenseApiError, LicenseErrorCode } from 'eslint-plugin-licensespring/types';\n";

const unknownCodeMessage = (code: string) => ({ messageId: 'unknownCode', data: { code } }) as const;

// Every place the checker gives a string an expected type, each with the same typo.
// JavaScript with JSDoc types: linted with types, but not type-checked, so the rule is the only check here.
const contextualLines = [
  "/** @typedef {import('eslint-plugin-licensespring/types').LicenseErrorCode} LicenseErrorCode */",
  "/** @type {LicenseErrorCode} */ let current = 'not_fond';",
  "current = 'not_fond';",
  "/** @type {LicenseErrorCode[]} */ const list = ['not_fond'];",
  "/** @type {() => LicenseErrorCode} */ const pick = () => 'not_fond';",
  "/** @returns {LicenseErrorCode} */ function get() { return 'not_fond'; }",
  "/** @param {LicenseErrorCode} code */ function withDefault(code = 'not_fond') {}",
  "/** @type {LicenseErrorCode} */ const either = current ?? 'not_fond';",
  "/** @type {LicenseErrorCode} */ const fallback = Math.random() > 0.5 ? 'not_found' : 'not_fond';",
];
const jsdocCodeType = `${contextualLines[0] ?? ''}\n`;

const contextualErrors = contextualLines.flatMap((text, index) =>
  text.includes("'not_fond'")
    ? [
        {
          ...unknownCodeMessage('not_fond'),
          line: index + 1,
          column: text.indexOf("'not_fond'") + 1,
          suggestions: [
            {
              messageId: 'replaceWithKnownCode',
              data: { code: 'not_found' },
              output: contextualLines.map((other, otherIndex) => (otherIndex === index ? other.replace('not_fond', 'not_found') : other)).join('\n'),
            } as const,
          ],
        },
      ]
    : [],
);

// AWS, Node DNS, Firestore and Apollo codes, and a camelCase one.
const vendorCodes = ['ENOTFOUND', 'NotFound', 'InternalError', 'ValidationError', 'not-found', 'INTERNAL_SERVER_ERROR', 'NOT_FOUND', 'notFound'];

const untypedValid: (string | ValidTestCase<Options>)[] = [
  "if (err.code === 'license_expired') {}",
  "if (e?.response?.data?.code !== 'not_found') {}",
  "if (error.code === 'ENOENT' || error.code === 'ERR_INVALID_ARG_TYPE') {}",
  "if (event.code === 'KeyA') {}",
  "if (result.code === 'ok') {}",
  "if (typeof err.code === 'string') {}",
  "if (err.status === 'licence_expired') {}",
  // Written like a license code, but nothing shows it is one and nothing in the catalog is close.
  "if (err.code === 'license_revoked') {}",
  // Other vendors' codes on the same property, also beside license codes.
  "if (err.code === 'ECONNREFUSED' || err.code === 'ERR_BAD_REQUEST') {}",
  "if (err.code === 'license_expired') {} else if (err.code === 'ECONNREFUSED') {} else if (err.code === 'ERR_BAD_REQUEST') {}",
  // Class fields: a status the API does not return, a static field, a class that is not an error body.
  "class SdkError extends Error { status = 503; code = 'cannot_connect_to_server'; }",
  "class LicenseError extends Error { static status = 400; code = 'license_revoked'; }",
  "class Feature { status = 'active'; code = 'premium_feature'; }",
  // Node's codes come near catalog codes by accident (`ENOTFOUND`, `not_found`), also beside license codes and upper-cased.
  "if (err.code === 'license_expired') {} else if (err.code === 'ENOTFOUND') {} else if (err.code === 'ERR_NOT_FOUND') {}",
  "if (err.code.toUpperCase() === 'ENOTFOUND') {}",
  "if (error.code == 'ECONNREFUSED') { throw { status: 503, code: 'cannot_connect_to_server' }; }",
  "switch (err.code) { case 'ERR_NETWORK': case 'ECONNABORTED': case 'ETIMEDOUT': break; }",
  // Other vendors' conventions, each close to a catalog code once case and separators are ignored: by the
  // name alone only strings written as the API writes its codes (lower snake_case) are judged.
  ...vendorCodes.map((vendorCode) => `if (err.code === '${vendorCode}') {}`),
  "switch (error.code) { case 'NotFound': case 'InternalError': case 'ValidationError': break; }",
  "if (e.response?.data?.code !== 'INTERNAL_SERVER_ERROR' && e.response?.data?.code !== 'NOT_FOUND') {}",
  "const { code } = err;\nif (code == 'not-found' || code == 'notFound') {}",
  "function fail(code = 'NOT_FOUND') {}",
  "const reply = { status: 503, code: 'NotFound' };",
  // Success strings, where clients meet them: a status field, a result code, an action name.
  "if (res.status === 'license_deactivated') {}",
  "if (result.code === 'license_deactivated' || result.code === 'license_activated') {}",
  "const reply = { status: 200, code: 'license_deactivated' };",
  "const reply = { status: 'ok', code: 'license_check_passed' };",
  // Feature codes and tool names: the same `code` field, other things.
  "if (feature.code === 'premium_feature') {}",
  "const features = license.features.filter((feature) => feature.code === 'export_pdf');",
  "if (tool.code === 'run_linter' || tool.code === 'format_code') {}",
  "switch (tool.code) { case 'run_linter': case 'format_code': break; }",
  // A status that is not one the API returns says nothing about the code.
  "if (res.status === 200 && res.data.code === 'license_synced') {}",
  // A different read beside a license code does not make this one a license code.
  "if (feature.code === 'premium_feature' || err.code === 'license_expired') {}",
  // Normalised comparisons in the matching case.
  "if (err.code.toUpperCase() === 'LICENSE_EXPIRED') {}",
  "if (String(err.code).toLowerCase() == 'license_expired') {}",
  "if (err.code.toUpperCase() === 'ECONNREFUSED') {}",
  "switch (err.code.toUpperCase()) { case 'LICENSE_EXPIRED': case 'TRIAL_EXPIRED': break; }",
  // The conversion made on a const's initialiser counts at the comparisons of the const.
  "const code = err.code.toUpperCase();\nif (code === 'LICENSE_EXPIRED') {} else if (code === 'TRIAL_EXPIRED') {}",
  // Default values of other names, and a code default with no near miss.
  "function fail(code = 'license_expired', status = 400) {}",
  "function fail(reason = 'licence_expired') {}",
  "const { code = 'unknown_error' } = body;",
  "if (err.errorCode === 'licence_expired') {}",
  "if (name === 'licence_expired') {}",
  "switch (err.code) { case 'license_expired': case 'ENOENT': break; default: }",
  "switch (action) { case 'redirect_home': break; }",
  "const info = { code: 'licence_expired' };",
  "throw { status: 400, code: 'license_expired', message: 'The license has expired.' };",
  "const tagged = { status: 409, code: 'license_key_exists' };",
  {
    code: "if (err.code === 'wrong_license_type') {}",
    settings: { licensespring: { additionalCodes: ['wrong_license_type'] } },
  },
  {
    code: "throw { status: 400, code: 'wrong_license_type' };",
    settings: { licensespring: { additionalCodes: { wrong_license_type: 400 } } },
  },
  {
    code: "if (err.code === 'licence_expired') {}",
    options: [{ codeProperties: ['errorCode'] }],
  },
  // The node-sdk preset: the SDK's own codes are known codes.
  {
    code: "if (err.code === 'wrong_license_type') {}\nthrow { status: 400, code: 'wrong_license_type' };\nthrow { status: 503, code: 'cannot_connect_to_server' };",
    settings: { licensespring: { presets: ['node-sdk'] } },
  },
  {
    code: "if (err.code === 'license_file_not_found' || err.code === 'license_not_found') {}",
    settings: { licensespring: { presets: ['node-sdk'] } },
  },
];

assumingLicenseApi(createUntypedRuleTester()).run('valid-error-code (untyped)', rule, {
  valid: untypedValid.map((test) => (typeof test === 'string' ? { code: test, filename: untypedFilename } : { ...test, filename: untypedFilename })),
  invalid: [
    {
      // Found linting the Node SDK: a long code three edits away still gets its suggestion.
      code: "if (err.code === 'authentication_failed') {}",
      filename: untypedFilename,
      errors: [
        {
          ...unknownCodeMessage('authentication_failed'),
          line: 1,
          column: 18,
          suggestions: [
            {
              messageId: 'replaceWithKnownCode',
              data: { code: 'authentication_failure' },
              output: "if (err.code === 'authentication_failure') {}",
            },
          ],
        },
      ],
    },
    {
      code: "if (err.code === 'licence_expired') {}",
      filename: untypedFilename,
      errors: [
        {
          ...unknownCodeMessage('licence_expired'),
          line: 1,
          column: 18,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'replaceWithKnownCode',
              data: { code: 'license_expired' },
              output: "if (err.code === 'license_expired') {}",
            },
          ],
        },
      ],
    },
    {
      code: `try {
  activate();
} catch (e) {
  if (e?.response?.data?.code === "trial_expired") {} else if ("LICENSE_EXPIRED" == e?.response?.data?.code) {}
}`,
      filename: untypedFilename,
      errors: [
        {
          ...unknownCodeMessage('LICENSE_EXPIRED'),
          line: 4,
          column: 64,
          suggestions: [
            {
              messageId: 'replaceWithKnownCode',
              data: { code: 'license_expired' },
              output: `try {
  activate();
} catch (e) {
  if (e?.response?.data?.code === "trial_expired") {} else if ("license_expired" == e?.response?.data?.code) {}
}`,
            },
          ],
        },
      ],
    },
    {
      code: "if (err.code !== 'trial_expired' && err.code !== `license-expired`) {}",
      filename: untypedFilename,
      errors: [
        {
          ...unknownCodeMessage('license-expired'),
          line: 1,
          column: 50,
          suggestions: [
            {
              messageId: 'replaceWithKnownCode',
              data: { code: 'license_expired' },
              output: "if (err.code !== 'trial_expired' && err.code !== `license_expired`) {}",
            },
          ],
        },
      ],
    },
    {
      // The same error's status, compared with a status the API returns, is the context here.
      code: "const { code } = err;\nif (err.status === 400 && code != 'license expired') {}",
      filename: untypedFilename,
      errors: [
        {
          ...unknownCodeMessage('license expired'),
          line: 2,
          column: 35,
          suggestions: [
            {
              messageId: 'replaceWithKnownCode',
              data: { code: 'license_expired' },
              output: "const { code } = err;\nif (err.status === 400 && code != 'license_expired') {}",
            },
          ],
        },
      ],
    },
    {
      // Written in another convention, but the ladder's catalog codes show a License API code is meant.
      code: "if (err.code === 'trial_expired') {} else if (err.code === 'not_found') {} else if (err.code === 'LICENSE_EXPIRED') {}",
      filename: untypedFilename,
      errors: [
        {
          ...unknownCodeMessage('LICENSE_EXPIRED'),
          line: 1,
          column: 98,
          endColumn: 115,
          suggestions: [
            {
              messageId: 'replaceWithKnownCode',
              data: { code: 'license_expired' },
              output: "if (err.code === 'trial_expired') {} else if (err.code === 'not_found') {} else if (err.code === 'license_expired') {}",
            },
          ],
        },
      ],
    },
    {
      // An error body with a status the API returns, and a default beside one.
      code: "throw { status: 404, code: 'NotFound' };\nfunction fail(code = 'INTERNAL_SERVER_ERROR', status = 500) {}",
      filename: untypedFilename,
      errors: [
        {
          ...unknownCodeMessage('NotFound'),
          line: 1,
          column: 28,
          suggestions: [
            {
              messageId: 'replaceWithKnownCode',
              data: { code: 'not_found' },
              output: "throw { status: 404, code: 'not_found' };\nfunction fail(code = 'INTERNAL_SERVER_ERROR', status = 500) {}",
            },
          ],
        },
        {
          ...unknownCodeMessage('INTERNAL_SERVER_ERROR'),
          line: 2,
          column: 22,
          suggestions: [
            {
              messageId: 'replaceWithKnownCode',
              data: { code: 'internal_error' },
              output: "throw { status: 404, code: 'NotFound' };\nfunction fail(code = 'internal_error', status = 500) {}",
            },
          ],
        },
      ],
    },
    {
      // Read through a const that holds the upper-cased code: the typo is reported, and the suggestion keeps the case.
      code: "const code = err.code.toUpperCase();\nif (code === 'LICENSE_EXPIRED') {} else if (code === 'LICENCE_EXPIRED') {}",
      filename: untypedFilename,
      errors: [
        {
          ...unknownCodeMessage('LICENCE_EXPIRED'),
          line: 2,
          column: 54,
          endColumn: 71,
          suggestions: [
            {
              messageId: 'replaceWithKnownCode',
              data: { code: 'LICENSE_EXPIRED' },
              output: "const code = err.code.toUpperCase();\nif (code === 'LICENSE_EXPIRED') {} else if (code === 'LICENSE_EXPIRED') {}",
            },
          ],
        },
      ],
    },
    {
      // One lower-case word is the API's convention too.
      code: "if (err.code === 'notfound') {}",
      filename: untypedFilename,
      errors: [
        {
          ...unknownCodeMessage('notfound'),
          line: 1,
          column: 18,
          suggestions: [{ messageId: 'replaceWithKnownCode', data: { code: 'not_found' }, output: "if (err.code === 'not_found') {}" }],
        },
      ],
    },
    {
      // A case conversion on the read shows codes are normalised: the string's convention no longer excuses a near miss.
      code: "if (err.code.toUpperCase() === 'NOT-FOUND') {}",
      filename: untypedFilename,
      errors: [
        {
          ...unknownCodeMessage('NOT-FOUND'),
          line: 1,
          column: 32,
          suggestions: [{ messageId: 'replaceWithKnownCode', data: { code: 'NOT_FOUND' }, output: "if (err.code.toUpperCase() === 'NOT_FOUND') {}" }],
        },
      ],
    },
    {
      // A case conversion on the read is context too: a code in the wrong case never matches.
      code: "if (err.code.toLowerCase() === 'NotFound') {}",
      filename: untypedFilename,
      errors: [
        {
          messageId: 'caseMismatch',
          data: { code: 'NotFound', caseName: 'lower' },
          line: 1,
          column: 32,
          suggestions: [{ messageId: 'replaceWithKnownCode', data: { code: 'not_found' }, output: "if (err.code.toLowerCase() === 'not_found') {}" }],
        },
      ],
    },
    {
      // Written like a license code and nothing in the catalog is close, but the ladder shows license codes are meant.
      code: "if (err.code === 'license_expired') {} else if (err.code === 'license_revoked') {}",
      filename: untypedFilename,
      errors: [{ ...unknownCodeMessage('license_revoked'), line: 1, column: 62, suggestions: [] }],
    },
    {
      // A catalog code in capitals is still close, whatever it looks like.
      code: "if (err.code === 'license_expired') {} else if (err.code === 'EMAIL_MISSING') {}",
      filename: untypedFilename,
      errors: [
        {
          ...unknownCodeMessage('EMAIL_MISSING'),
          line: 1,
          column: 62,
          suggestions: [
            {
              messageId: 'replaceWithKnownCode',
              data: { code: 'email_missing' },
              output: "if (err.code === 'license_expired') {} else if (err.code === 'email_missing') {}",
            },
          ],
        },
      ],
    },
    {
      // A chain of `?:` is a ladder too.
      code: "const text = err.code === 'license_expired' ? 'Expired' : err.code === 'license_revoked' ? 'Revoked' : 'Failed';",
      filename: untypedFilename,
      errors: [{ ...unknownCodeMessage('license_revoked'), line: 1, column: 72, suggestions: [] }],
    },
    {
      // The same error's status compared with a status the API returns.
      code: "if (e.response.status === 400 && e.response.data.code === 'license_revoked') {}",
      filename: untypedFilename,
      errors: [{ ...unknownCodeMessage('license_revoked'), line: 1, column: 59, suggestions: [] }],
    },
    {
      // Through a local and `||`: the same read compared with a catalog code.
      code: "const { code } = err.response.data;\nif (code === 'license_revoked' || err.response.data.code === 'trial_expired') {}",
      filename: untypedFilename,
      errors: [{ ...unknownCodeMessage('license_revoked'), line: 2, column: 14, suggestions: [] }],
    },
    {
      // A class's instance fields are the body of every error it builds.
      code: "class LicenseError extends Error { status = 400; code = 'license_revoked'; }",
      filename: untypedFilename,
      errors: [{ ...unknownCodeMessage('license_revoked'), line: 1, column: 57, suggestions: [] }],
    },
    {
      code: "class LicenseError extends Error { code = 'licence_expired'; status = 400; }",
      filename: untypedFilename,
      errors: [
        {
          ...unknownCodeMessage('licence_expired'),
          line: 1,
          column: 43,
          suggestions: [
            {
              messageId: 'replaceWithKnownCode',
              data: { code: 'license_expired' },
              output: "class LicenseError extends Error { code = 'license_expired'; status = 400; }",
            },
          ],
        },
      ],
    },
    {
      // An error body with a status the API returns.
      code: "throw { status: 400, code: 'license_revoked' };",
      filename: untypedFilename,
      errors: [{ ...unknownCodeMessage('license_revoked'), line: 1, column: 28, suggestions: [] }],
    },
    {
      code: `switch (err.code) {
  case 'license_expired':
    break;
  case 'trial_expird':
    break;
  case 'ENOENT':
    break;
}`,
      filename: untypedFilename,
      errors: [
        {
          ...unknownCodeMessage('trial_expird'),
          line: 4,
          column: 8,
          suggestions: [
            {
              messageId: 'replaceWithKnownCode',
              data: { code: 'trial_expired' },
              output: `switch (err.code) {
  case 'license_expired':
    break;
  case 'trial_expired':
    break;
  case 'ENOENT':
    break;
}`,
            },
          ],
        },
      ],
    },
    {
      // The labels show it is a code switch, whatever the discriminant is called.
      code: "switch (reason) { case 'not_found': break; case 'Not-Found': break; }",
      filename: untypedFilename,
      errors: [
        {
          ...unknownCodeMessage('Not-Found'),
          line: 1,
          column: 49,
          suggestions: [
            {
              messageId: 'replaceWithKnownCode',
              data: { code: 'not_found' },
              output: "switch (reason) { case 'not_found': break; case 'not_found': break; }",
            },
          ],
        },
      ],
    },
    {
      code: "throw { status: 400, code: 'licence_expired', message: 'The license has expired.' };",
      filename: untypedFilename,
      errors: [
        {
          ...unknownCodeMessage('licence_expired'),
          line: 1,
          column: 28,
          suggestions: [
            {
              messageId: 'replaceWithKnownCode',
              data: { code: 'license_expired' },
              output: "throw { status: 400, code: 'license_expired', message: 'The license has expired.' };",
            },
          ],
        },
      ],
    },
    {
      code: "if (err.errorCode === 'licence_expired' || err.code === 'licence_expired') {}",
      filename: untypedFilename,
      options: [{ codeProperties: ['errorCode'] }],
      errors: [
        {
          ...unknownCodeMessage('licence_expired'),
          line: 1,
          column: 23,
          suggestions: [
            {
              messageId: 'replaceWithKnownCode',
              data: { code: 'license_expired' },
              output: "if (err.errorCode === 'license_expired' || err.code === 'licence_expired') {}",
            },
          ],
        },
      ],
    },
    {
      // Additional codes are suggested too, but two equally close codes are a tie: no suggestion.
      code: "if (err.code === 'trial_expire') {}",
      filename: untypedFilename,
      settings: { licensespring: { additionalCodes: ['trial_expirer'] } },
      errors: [{ ...unknownCodeMessage('trial_expire'), line: 1, column: 18, suggestions: [] }],
    },
    {
      code: "if (err.code === 'trial_expire') {}",
      filename: untypedFilename,
      settings: { licensespring: { additionalCodes: ['trial_expirer_notice'] } },
      errors: [
        {
          ...unknownCodeMessage('trial_expire'),
          line: 1,
          column: 18,
          suggestions: [{ messageId: 'replaceWithKnownCode', data: { code: 'trial_expired' }, output: "if (err.code === 'trial_expired') {}" }],
        },
      ],
    },
    {
      // A whole word more or less is a near miss too.
      code: "if (error.code === 'internal_server_error') {}",
      filename: untypedFilename,
      errors: [
        {
          ...unknownCodeMessage('internal_server_error'),
          line: 1,
          column: 20,
          suggestions: [{ messageId: 'replaceWithKnownCode', data: { code: 'internal_error' }, output: "if (error.code === 'internal_error') {}" }],
        },
      ],
    },
    {
      code: "if (err.code.toUpperCase() === 'LICENCE_EXPIRED') {}",
      filename: untypedFilename,
      errors: [
        {
          ...unknownCodeMessage('LICENCE_EXPIRED'),
          line: 1,
          column: 32,
          suggestions: [{ messageId: 'replaceWithKnownCode', data: { code: 'LICENSE_EXPIRED' }, output: "if (err.code.toUpperCase() === 'LICENSE_EXPIRED') {}" }],
        },
      ],
    },
    {
      // A lower-case literal can never equal an upper-cased value, even when it is a catalog code.
      code: "if (err.code.toUpperCase() === 'license_expired') {}",
      filename: untypedFilename,
      errors: [
        {
          messageId: 'caseMismatch',
          data: { code: 'license_expired', caseName: 'upper' },
          line: 1,
          column: 32,
          suggestions: [{ messageId: 'replaceWithKnownCode', data: { code: 'LICENSE_EXPIRED' }, output: "if (err.code.toUpperCase() === 'LICENSE_EXPIRED') {}" }],
        },
      ],
    },
    {
      code: "const { code } = error;\nif (code.toLowerCase() !== 'Trial_Expired') {}",
      filename: untypedFilename,
      errors: [
        {
          messageId: 'caseMismatch',
          data: { code: 'Trial_Expired', caseName: 'lower' },
          line: 2,
          column: 28,
          suggestions: [{ messageId: 'replaceWithKnownCode', data: { code: 'trial_expired' }, output: "const { code } = error;\nif (code.toLowerCase() !== 'trial_expired') {}" }],
        },
      ],
    },
    {
      code: "switch (err.code.toUpperCase()) { case 'LICENSE_EXPIRED': break; case 'TRIAL_EXPIRD': break; }",
      filename: untypedFilename,
      errors: [
        {
          ...unknownCodeMessage('TRIAL_EXPIRD'),
          line: 1,
          column: 71,
          suggestions: [
            {
              messageId: 'replaceWithKnownCode',
              data: { code: 'TRIAL_EXPIRED' },
              output: "switch (err.code.toUpperCase()) { case 'LICENSE_EXPIRED': break; case 'TRIAL_EXPIRED': break; }",
            },
          ],
        },
      ],
    },
    {
      code: "function fail(code = 'licence_expired') {}",
      filename: untypedFilename,
      errors: [
        {
          ...unknownCodeMessage('licence_expired'),
          line: 1,
          column: 22,
          suggestions: [{ messageId: 'replaceWithKnownCode', data: { code: 'license_expired' }, output: "function fail(code = 'license_expired') {}" }],
        },
      ],
    },
    {
      code: "const fail = ({ code = 'licence_expired' }) => {};",
      filename: untypedFilename,
      errors: [
        {
          ...unknownCodeMessage('licence_expired'),
          line: 1,
          column: 24,
          suggestions: [{ messageId: 'replaceWithKnownCode', data: { code: 'license_expired' }, output: "const fail = ({ code = 'license_expired' }) => {};" }],
        },
      ],
    },
    {
      // Beside a status default the API returns, a code-like default is reported even with no near miss.
      code: "function body({ status = 400, code: errorCode = 'license_revoked' } = {}) {}",
      filename: untypedFilename,
      errors: [{ ...unknownCodeMessage('license_revoked'), line: 1, column: 49, suggestions: [] }],
    },
    {
      // Without the preset, an SDK code in an error body with an API status is unknown, as any other.
      code: "throw { status: 400, code: 'wrong_license_type' };",
      filename: untypedFilename,
      errors: [{ ...unknownCodeMessage('wrong_license_type'), line: 1, column: 28, suggestions: [] }],
    },
    {
      // With the preset, typos of its codes and of catalog codes are still caught.
      code: "if (err.code === 'wrong_licence_type') {}\nif (err.code === 'licence_expired') {}",
      filename: untypedFilename,
      settings: { licensespring: { presets: ['node-sdk'] } },
      errors: [
        {
          ...unknownCodeMessage('wrong_licence_type'),
          line: 1,
          column: 18,
          suggestions: [
            {
              messageId: 'replaceWithKnownCode',
              data: { code: 'wrong_license_type' },
              output: "if (err.code === 'wrong_license_type') {}\nif (err.code === 'licence_expired') {}",
            },
          ],
        },
        {
          ...unknownCodeMessage('licence_expired'),
          line: 2,
          column: 18,
          suggestions: [
            {
              messageId: 'replaceWithKnownCode',
              data: { code: 'license_expired' },
              output: "if (err.code === 'wrong_licence_type') {}\nif (err.code === 'license_expired') {}",
            },
          ],
        },
      ],
    },
    {
      code: "throw { status: 403, code: 'wrong_licence_type' };",
      filename: untypedFilename,
      settings: { licensespring: { additionalCodes: { wrong_license_type: 403 } } },
      errors: [
        {
          ...unknownCodeMessage('wrong_licence_type'),
          line: 1,
          column: 28,
          suggestions: [
            {
              messageId: 'replaceWithKnownCode',
              data: { code: 'wrong_license_type' },
              output: "throw { status: 403, code: 'wrong_license_type' };",
            },
          ],
        },
      ],
    },
  ],
});

assumingLicenseApi(createSyntacticTsRuleTester()).run('valid-error-code (TypeScript without types)', rule, {
  valid: ["if ((err as { code: string }).code === 'license_expired') {}"],
  invalid: [
    {
      code: "if ((err as any)!.code === ('licence_expired' as const)) {}",
      errors: [
        {
          ...unknownCodeMessage('licence_expired'),
          line: 1,
          column: 29,
          suggestions: [
            {
              messageId: 'replaceWithKnownCode',
              data: { code: 'license_expired' },
              output: "if ((err as any)!.code === ('license_expired' as const)) {}",
            },
          ],
        },
      ],
    },
  ],
});

assumingLicenseApi(createTypedRuleTester()).run('valid-error-code (typed)', rule, {
  valid: [
    `${typeImport}declare const kind: LicenseErrorCode;\nif (kind === 'license_expired') {}`,
    // The types show these are not license codes: a union of other strings.
    "declare const event: { code: 'KeyA' | 'Enter' };\nif (event.code === 'key_b') {}",
    "declare const key: { code: 'key_a' | 'enter_key' };\nswitch (key.code) { case 'not_found': case 'key_a': break; }",
    // `string` says nothing, so the shape decides, and `ENOENT` is not written like a license code.
    "declare const error: { code?: string };\nif (error.code === 'ENOENT') {}",
    `${typeImport}function handle(code: LicenseErrorCode | (string & {})) {}\nhandle('my_own_code');`,
    `${typeImport}const error: LicenseApiError = { status: 400, code: 'license_expired', message: '' };`,
    {
      // With type checking off, only names and shapes count: `kind` is not a code field.
      code: `${typeImport}declare const kind: LicenseErrorCode;\nif (kind === 'ENOENT') {}`,
      settings: { licensespring: { typeChecking: 'off' } },
    },
    {
      code: `${typeImport}function handle(code: LicenseErrorCode | 'wrong_license_type') {}\nhandle('wrong_license_type');`,
      settings: { licensespring: { additionalCodes: ['wrong_license_type'] } },
    },
    // TypeScript itself rejects a string that does not fit a code type, so in a checked file the rule leaves these to it.
    `${typeImport}declare const kind: LicenseErrorCode;\nswitch (kind) { case 'Trial-Expired': break; }`,
    `${typeImport}declare const kind: LicenseErrorCode | undefined;\nif ('ENOENT' !== kind) {}`,
    `${typeImport}function handle(code: LicenseErrorCode) {}\nhandle("oauth_token_expird");\nconst error: LicenseApiError = { status: 400, code: 'ECONNRESET', message: '' };`,
    // Scope: other vendors' codes, feature codes and success strings on a `string` field.
    "declare const err: { code?: string };\nif (err.code === 'ECONNREFUSED' || err.code === 'ERR_BAD_REQUEST') {}",
    "declare const feature: { code: string };\nif (feature.code === 'premium_feature') {}",
    "declare const result: { code: string };\nif (result.code === 'license_deactivated') {}",
    `declare const err: { code?: string };\n${vendorCodes.map((vendorCode) => `if (err.code === '${vendorCode}') {}`).join('\n')}`,
    `${typeImport}declare const err: LicenseApiError;\nif (err.code.toUpperCase() === 'LICENSE_EXPIRED') {}`,
    "declare const err: { response?: { data?: { code?: string } } };\nconst code = String(err?.response?.data?.code).toUpperCase();\nif (code === 'LICENSE_EXPIRED') {} else if (code === 'TRIAL_EXPIRED') {}",
    {
      code: "declare const err: { code: string };\nif (err.code === 'wrong_license_type') {}",
      settings: { licensespring: { presets: ['node-sdk'] } },
    },
  ],
  invalid: [
    {
      code: "try {} catch (e) {\n  if ((e as any).code === 'licence_expired') {}\n}",
      errors: [
        {
          ...unknownCodeMessage('licence_expired'),
          line: 2,
          column: 27,
          suggestions: [
            {
              messageId: 'replaceWithKnownCode',
              data: { code: 'license_expired' },
              output: "try {} catch (e) {\n  if ((e as any).code === 'license_expired') {}\n}",
            },
          ],
        },
      ],
    },
    {
      // A union of codes makes every other string wrong, whatever its style or the variable's name.
      code: `${jsdocCodeType}/** @type {LicenseErrorCode | undefined} */ let kind;\nif ('ENOENT' !== kind) {}\nswitch (kind) { case 'Trial-Expired': break; }`,
      filename: untypedFilename,
      errors: [
        { ...unknownCodeMessage('ENOENT'), line: 3, column: 5, suggestions: [] },
        {
          ...unknownCodeMessage('Trial-Expired'),
          line: 4,
          column: 22,
          suggestions: [
            {
              messageId: 'replaceWithKnownCode',
              data: { code: 'trial_expired' },
              output: `${jsdocCodeType}/** @type {LicenseErrorCode | undefined} */ let kind;\nif ('ENOENT' !== kind) {}\nswitch (kind) { case 'trial_expired': break; }`,
            },
          ],
        },
      ],
    },
    {
      code: "/** @type {import('eslint-plugin-licensespring/types').LicenseApiError} */\nconst error = { status: 400, code: 'ECONNRESET', message: '' };",
      filename: untypedFilename,
      errors: [{ ...unknownCodeMessage('ECONNRESET'), line: 2, column: 36, suggestions: [] }],
    },
    {
      // JavaScript with JSDoc types is linted with types but not type-checked: here the rule is the only check.
      code: "/** @param {import('eslint-plugin-licensespring/types').LicenseErrorCode} code */\nfunction handle(code) {}\nhandle('licence_expired');\nhandle('ENOENT');",
      filename: untypedFilename,
      errors: [
        {
          ...unknownCodeMessage('licence_expired'),
          line: 3,
          column: 8,
          suggestions: [
            {
              messageId: 'replaceWithKnownCode',
              data: { code: 'license_expired' },
              output: "/** @param {import('eslint-plugin-licensespring/types').LicenseErrorCode} code */\nfunction handle(code) {}\nhandle('license_expired');\nhandle('ENOENT');",
            },
          ],
        },
        { ...unknownCodeMessage('ENOENT'), line: 4, column: 8, suggestions: [] },
      ],
    },
    { code: contextualLines.join('\n'), filename: untypedFilename, errors: contextualErrors },
    {
      // TypeScript does not check a string against an upper-cased read (`string`): the rule does.
      code: `${typeImport}declare const err: LicenseApiError;\nif (err.code.toUpperCase() === 'ECONNREFUSED') {}\nif (err.code.toUpperCase() === 'license_expired') {}`,
      errors: [
        { ...unknownCodeMessage('ECONNREFUSED'), line: 3, column: 32, suggestions: [] },
        {
          messageId: 'caseMismatch',
          data: { code: 'license_expired', caseName: 'upper' },
          line: 4,
          column: 32,
          suggestions: [
            {
              messageId: 'replaceWithKnownCode',
              data: { code: 'LICENSE_EXPIRED' },
              output: `${typeImport}declare const err: LicenseApiError;\nif (err.code.toUpperCase() === 'ECONNREFUSED') {}\nif (err.code.toUpperCase() === 'LICENSE_EXPIRED') {}`,
            },
          ],
        },
      ],
    },
    {
      code: "declare const err: { code: string };\nif (err.code.toUpperCase() === 'LICENCE_EXPIRED') {}",
      errors: [
        {
          ...unknownCodeMessage('LICENCE_EXPIRED'),
          line: 2,
          column: 32,
          suggestions: [
            {
              messageId: 'replaceWithKnownCode',
              data: { code: 'LICENSE_EXPIRED' },
              output: "declare const err: { code: string };\nif (err.code.toUpperCase() === 'LICENSE_EXPIRED') {}",
            },
          ],
        },
      ],
    },
    {
      code: "export function fail(code: string = 'licence_expired', status = 400) {}",
      errors: [
        {
          ...unknownCodeMessage('licence_expired'),
          line: 1,
          column: 37,
          suggestions: [
            {
              messageId: 'replaceWithKnownCode',
              data: { code: 'license_expired' },
              output: "export function fail(code: string = 'license_expired', status = 400) {}",
            },
          ],
        },
      ],
    },
    {
      code: "declare const err: { code: string };\nif (err.code === 'wrong_licence_type') {}",
      settings: { licensespring: { presets: ['node-sdk'] } },
      errors: [
        {
          ...unknownCodeMessage('wrong_licence_type'),
          line: 2,
          column: 18,
          suggestions: [
            {
              messageId: 'replaceWithKnownCode',
              data: { code: 'wrong_license_type' },
              output: "declare const err: { code: string };\nif (err.code === 'wrong_license_type') {}",
            },
          ],
        },
      ],
    },
  ],
});

// A case change made on a const's initialiser reaches the comparison and the switch.
const upperLadder = "const code = err.code.toUpperCase();\nif (code === 'LICENSE_EXPIRED') {} else if (code === 'TRIAL_EXPIRED') {}";
const upperSwitch = (label: string): string => `const c = String(err?.response?.data?.code).toUpperCase();\nswitch (c) { case 'LICENSE_EXPIRED': break; case '${label}': break; }`;
assumingLicenseApi(createUntypedRuleTester()).run('valid-error-code: case changes in const locals (untyped)', rule, {
  valid: [upperLadder, upperSwitch('TRIAL_EXPIRED')].map((code) => ({ code, filename: untypedFilename })),
  invalid: [
    {
      code: upperSwitch('TRIAL_EXPIRD'),
      filename: untypedFilename,
      output: null,
      errors: [
        {
          messageId: 'unknownCode',
          data: { code: 'TRIAL_EXPIRD' },
          line: 2,
          column: 50,
          suggestions: [{ messageId: 'replaceWithKnownCode', data: { code: 'TRIAL_EXPIRED' }, output: upperSwitch('TRIAL_EXPIRED') }],
        },
      ],
    },
  ],
});
assumingLicenseApi(createTypedRuleTester()).run('valid-error-code: case changes in const locals (typed)', rule, {
  valid: [`declare const err: { code: string };\n${upperLadder}`],
  invalid: [],
});

/**
 * A constructor's parameter properties are a parameter list like any other:
 * a known status defaulted beside `code` makes it an error body's code, as in
 * `function fail(status = 400, code = 'x')`.
 */
createSyntacticTsRuleTester().run('valid-error-code: parameter properties (TypeScript without types, default settings)', rule, {
  valid: [`${typeImport}export class Failure extends Error {\n  constructor(public readonly reason = 'made_up_reason') {\n    super(reason);\n  }\n}`],
  invalid: [
    {
      code: `${typeImport}export class LicenseFailure extends Error {\n  constructor(public readonly status = 400, public readonly code = 'made_up_code') {\n    super(code);\n  }\n}`,
      errors: [{ ...unknownCodeMessage('made_up_code'), line: 3, column: 68 }],
    },
  ],
});
