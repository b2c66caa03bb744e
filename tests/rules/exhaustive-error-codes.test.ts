import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';
import { Linter } from 'eslint';
import * as espree from 'espree';

import plugin from '../../index.js';
import rule, { type MessageId, type Options } from '../../rules/exhaustive-error-codes.js';
import { licenseErrorCatalog, licenseErrorStatuses } from '../../types/catalog.js';
import { createSyntacticTsRuleTester, createTypedRuleTester, createUntypedRuleTester, untypedFilename } from '../rule-tester.js';

/** Strips the first newline and the common indentation, so cases read as written. */
function dedent(text: string): string {
  const lines = text.replace(/^\n/u, '').replace(/\n *$/u, '').split('\n');
  const indent = Math.min(...lines.filter((line) => line.trim() !== '').map((line) => /^ */u.exec(line)?.[0].length ?? 0));
  return lines.map((line) => line.slice(indent)).join('\n');
}

const typeImport = "import type { LicenseApiError, LicenseErrorCode, LicenseErrorCodeOf } from 'eslint-plugin-licensespring/types';\n";

/** Typed cases start with the import, so their own code starts on line 2. */
function typed(code: string): string {
  return typeImport + dedent(code);
}

/** Puts generated case lines where a case's text has a line `@@CASES@@`. */
function fill(text: string, cases: string): string {
  return text.replace(/^[ \t]*@@CASES@@$/mu, () => cases);
}

const strict = [{ considerDefaultExhaustive: false }] as const satisfies Options;

/**
 * What the suggestion inserts when every catalog code but `handled` is
 * missing, written out from the catalog: one group per status.
 */
function catalogCases(handled: readonly string[], caseIndent: string, bodyIndent: string, discriminant: string, mark = "'"): string {
  return licenseErrorStatuses
    .flatMap(({ status, name }) => {
      const codes = licenseErrorCatalog.filter((entry) => entry.status === status && !handled.includes(entry.code));
      return codes.length === 0
        ? []
        : [
            `${caseIndent}// ${String(status)} ${name}`,
            ...codes.map(({ code }) => `${caseIndent}case ${mark}${code}${mark}:`),
            `${bodyIndent}throw new Error(\`Unhandled License API error code: \${String(${discriminant})}\`);`,
          ];
    })
    .join('\n');
}

/** Every catalog code as a case label, for switches that handle them all. */
const allCodeLabels = licenseErrorCatalog.map(({ code }) => `case '${code}':`).join(' ');

const missingAllButLicenseExpired = {
  count: '78 codes',
  missing:
    "'active_license_required', 'api_key_product_not_allowed', 'archived_product', 'authorization_invalid_headers', 'authorization_missing_params', 'blacklisted' (400 BAD_REQUEST) ... and 72 more",
};

type Invalid = InvalidTestCase<MessageId, Options>;
type Valid = string | ValidTestCase<Options>;

void describe('exhaustive-error-codes', () => {
  void it('counts 79 catalog codes, as the truncation texts below assume', () => {
    assert.equal(licenseErrorCatalog.length, 79);
  });
});

// ---------------------------------------------------------------------------
// Type-aware mode
// ---------------------------------------------------------------------------

const typedValid: Valid[] = [
  // Every status of the error type.
  typed(`
    declare const err: LicenseApiError;
    switch (err.status) { case 400: case 401: case 404: case 409: case 500: break; }
  `),
  // Narrowed by a status check: only the two 409 codes remain.
  typed(`
    declare const err: LicenseApiError;
    if (err.status === 409) {
      switch (err.code) {
        case 'license_key_exists':
        case 'order_id_exists':
          break;
      }
    }
  `),
  // Generic constrained to a part of LicenseErrorCode.
  typed(`
    function handle<C extends LicenseErrorCodeOf<409>>(code: C) {
      switch (code) { case 'license_key_exists': return 1; case 'order_id_exists': return 2; }
    }
  `),
  // Indexed access through a type parameter.
  typed(`
    function handle<E extends LicenseApiError<'not_found' | 'internal_error'>>(err: E) {
      switch (err.code) { case 'not_found': return 1; case 'internal_error': return 2; }
    }
  `),
  // A locally declared union and an alias of it.
  typed(`
    type Expiry = 'license_expired' | 'trial_expired';
    type Alias = Expiry;
    declare const code: Alias;
    switch (code) { case 'license_expired': case 'trial_expired': break; }
  `),
  // `as const`.
  typed(`
    const code = 'license_expired' as const;
    switch (code) { case 'license_expired': break; }
  `),
  // Labels resolved through their types.
  typed(`
    import { LicenseStatus } from 'eslint-plugin-licensespring/types';
    declare const status: 409 | 500;
    const codes = { conflict: 'license_key_exists', order: 'order_id_exists' } as const;
    declare const code: LicenseErrorCodeOf<409>;
    switch (status) { case LicenseStatus.CONFLICT: case LicenseStatus.INTERNAL_SERVER_ERROR: break; }
    switch (code) { case codes.conflict: case codes.order: break; }
  `),
  // `err?.code` with a case for `undefined`.
  typed(`
    declare const err: LicenseApiError<'order_id_exists'> | undefined;
    switch (err?.code) { case 'order_id_exists': case undefined: break; }
  `),
  // By default a `default` clause handles the rest.
  typed(`
    declare const err: LicenseApiError;
    switch (err.code) { case 'license_expired': break; default: break; }
  `),
  // Not license switches: another union, an enum of catalog codes, a mixed union, `never`.
  typed(`
    declare const shape: 'circle' | 'square';
    switch (shape) { case 'circle': break; }
  `),
  typed(`
    enum Code { Expired = 'license_expired', Trial = 'trial_expired' }
    declare const code: Code;
    switch (code) { case Code.Expired: break; }
  `),
  typed(`
    declare const reason: LicenseErrorCode | 'network_down';
    switch (reason) { case 'license_expired': break; }
  `),
  typed(`
    declare const code: LicenseErrorCodeOf<409>;
    if (code !== 'license_key_exists' && code !== 'order_id_exists') {
      switch (code) { case 'license_key_exists': break; }
    }
  `),
  // A constant is read from its type: this `CONFLICT` is not 409.
  typed(`
    enum Kind { CONFLICT = 'conflict' }
    declare const job: { status: string };
    switch (job.status) { case Kind.CONFLICT: break; }
  `),
  // `string` and `number` without catalog labels.
  typed(`
    declare const text: string;
    switch (text) { case 'circle': break; }
  `),
  typed(`
    declare const res: { status: number };
    switch (res.status) { case 200: case 404: break; }
  `),
  // Deliberate: a marked default, a comment before it, a closing comment, a custom pattern.
  {
    code: typed(`
      declare const err: LicenseApiError;
      switch (err.code) {
        case 'license_expired':
          break;
        default: // no other codes expected
          break;
      }
    `),
    options: strict,
  },
  {
    code: typed(`
      declare const err: LicenseApiError;
      switch (err.code) {
        case 'license_expired':
          break;
        // No other codes expected.
        default:
          break;
      }
    `),
    options: strict,
  },
  {
    code: typed(`
      declare const err: LicenseApiError;
      switch (err.code) {
        case 'license_expired':
          break;
        // no other codes expected
      }
    `),
    options: strict,
  },
  {
    code: typed(`
      declare const err: LicenseApiError;
      switch (err.code) {
        case 'license_expired':
          break;
        default: // others are logged
          break;
      }
    `),
    options: [{ considerDefaultExhaustive: false, defaultCaseCommentPattern: '^others are logged$' }],
  },
  // A default is allowed in an exhaustive switch by default, and always where the type is wide.
  typed(`
    declare const code: LicenseErrorCodeOf<409>;
    switch (code) { case 'license_key_exists': case 'order_id_exists': break; default: break; }
  `),
  {
    code: typed(`
      declare const code: string;
      switch (code) { ${allCodeLabels} break; default: break; }
    `),
    options: [{ allowDefaultCaseForExhaustiveSwitch: false }],
  },
  // Additional codes count as known, and are required only where the type names them.
  {
    code: typed(`
      declare const code: LicenseErrorCodeOf<409> | 'wrong_license_type';
      switch (code) { case 'license_key_exists': case 'order_id_exists': case 'wrong_license_type': break; }
    `),
    settings: { licensespring: { additionalCodes: ['wrong_license_type'] } },
  },
  // Nested switches are judged one by one.
  typed(`
    declare const err: LicenseApiError;
    switch (err.status) {
      case 409:
        switch (err.code) { case 'license_key_exists': case 'order_id_exists': break; }
        break;
      case 400: case 401: case 404: case 500:
        break;
    }
  `),
];

const typedInvalid: Invalid[] = [
  // Narrowed subset, suggestion after a last case that ends in `break`.
  {
    code: typed(`
      declare const err: LicenseApiError;
      if (err.status === 409) {
        switch (err.code) {
          case 'license_key_exists':
            break;
        }
      }
    `),
    errors: [
      {
        messageId: 'missingCodes',
        data: { count: '1 code', missing: "'order_id_exists' (409 CONFLICT)" },
        line: 4,
        column: 11,
        endLine: 4,
        endColumn: 19,
        suggestions: [
          {
            messageId: 'addMissingCases',
            output: typed(`
              declare const err: LicenseApiError;
              if (err.status === 409) {
                switch (err.code) {
                  case 'license_key_exists':
                    break;
                  // 409 CONFLICT
                  case 'order_id_exists':
                    throw new Error(\`Unhandled License API error code: \${String(err.code)}\`);
                }
              }
            `),
          },
        ],
      },
    ],
  },
  // Empty switch.
  {
    code: typed(`
      function handle(code: LicenseErrorCodeOf<409>) {
        switch (code) {}
      }
    `),
    errors: [
      {
        messageId: 'missingCodes',
        data: { count: '2 codes', missing: "'license_key_exists', 'order_id_exists' (409 CONFLICT)" },
        line: 3,
        column: 11,
        suggestions: [
          {
            messageId: 'addMissingCases',
            output: typed(`
              function handle(code: LicenseErrorCodeOf<409>) {
                switch (code) {
                  // 409 CONFLICT
                  case 'license_key_exists':
                  case 'order_id_exists':
                    throw new Error(\`Unhandled License API error code: \${String(code)}\`);
                }
              }
            `),
          },
        ],
      },
    ],
  },
  // Generic constraint, several groups, double quotes kept.
  {
    code: typed(`
      function handle<C extends LicenseErrorCodeOf<404 | 409>>(code: C) {
        switch (code) {
          case "license_key_exists":
            return 1;
        }
      }
    `),
    errors: [
      {
        messageId: 'missingCodes',
        data: { count: '2 codes', missing: "'not_found' (404 NOT_FOUND); 'order_id_exists' (409 CONFLICT)" },
        line: 3,
        column: 11,
        suggestions: [
          {
            messageId: 'addMissingCases',
            output: typed(`
              function handle<C extends LicenseErrorCodeOf<404 | 409>>(code: C) {
                switch (code) {
                  case "license_key_exists":
                    return 1;
                  // 404 NOT_FOUND
                  case "not_found":
                    throw new Error(\`Unhandled License API error code: \${String(code)}\`);
                  // 409 CONFLICT
                  case "order_id_exists":
                    throw new Error(\`Unhandled License API error code: \${String(code)}\`);
                }
              }
            `),
          },
        ],
      },
    ],
  },
  // Indexed access on a type parameter; the default does not count in strict mode, cases go before it.
  {
    code: typed(`
      function handle<E extends LicenseApiError<'not_found' | 'internal_error'>>(err: E) {
        switch (err.code) {
          case 'not_found':
            return 1;
          default:
            return 0;
        }
      }
    `),
    options: strict,
    errors: [
      {
        messageId: 'missingCodes',
        data: { count: '1 code', missing: "'internal_error' (500 INTERNAL_SERVER_ERROR)" },
        line: 3,
        column: 11,
        suggestions: [
          {
            messageId: 'addMissingCases',
            output: typed(`
              function handle<E extends LicenseApiError<'not_found' | 'internal_error'>>(err: E) {
                switch (err.code) {
                  case 'not_found':
                    return 1;
                  // 500 INTERNAL_SERVER_ERROR
                  case 'internal_error':
                    throw new Error(\`Unhandled License API error code: \${String(err.code)}\`);
                  default:
                    return 0;
                }
              }
            `),
          },
        ],
      },
    ],
  },
  // A local union through an alias; `LicenseApiError['code']`.
  {
    code: typed(`
      type Expiry = 'license_expired' | 'trial_expired';
      declare const code: Expiry;
      switch (code) { case 'trial_expired': break; }
    `),
    errors: [
      {
        messageId: 'missingCodes',
        data: { count: '1 code', missing: "'license_expired' (400 BAD_REQUEST)" },
        line: 4,
        column: 9,
        suggestions: [
          {
            messageId: 'addMissingCases',
            output: typed(`
              type Expiry = 'license_expired' | 'trial_expired';
              declare const code: Expiry;
              switch (code) { case 'trial_expired': break;
                // 400 BAD_REQUEST
                case 'license_expired':
                  throw new Error(\`Unhandled License API error code: \${String(code)}\`);
              }
            `),
          },
        ],
      },
    ],
  },
  {
    code: typed(`
      declare const code: LicenseApiError['code'];
      switch (code) {
        case 'license_expired':
          break;
      }
    `),
    errors: [
      {
        messageId: 'missingCodes',
        data: missingAllButLicenseExpired,
        line: 3,
        column: 9,
        suggestions: [
          {
            messageId: 'addMissingCases',
            output: fill(
              typed(`
                declare const code: LicenseApiError['code'];
                switch (code) {
                  case 'license_expired':
                    break;
                  @@CASES@@
                }
              `),
              catalogCases(['license_expired'], '  ', '    ', 'code'),
            ),
          },
        ],
      },
    ],
  },
  // `as const` tuple element.
  {
    code: typed(`
      const pair = ['license_expired', 'trial_expired'] as const;
      declare const index: 0 | 1;
      switch (pair[index]) {
        case 'license_expired':
          break;
      }
    `),
    errors: [
      {
        messageId: 'missingCodes',
        data: { count: '1 code', missing: "'trial_expired' (400 BAD_REQUEST)" },
        line: 4,
        column: 9,
        suggestions: [
          {
            messageId: 'addMissingCases',
            output: typed(`
              const pair = ['license_expired', 'trial_expired'] as const;
              declare const index: 0 | 1;
              switch (pair[index]) {
                case 'license_expired':
                  break;
                // 400 BAD_REQUEST
                case 'trial_expired':
                  throw new Error(\`Unhandled License API error code: \${String(pair[index])}\`);
              }
            `),
          },
        ],
      },
    ],
  },
  // `err?.code`: `undefined` is a member, as in typescript-eslint.
  {
    code: typed(`
      declare const err: LicenseApiError<'order_id_exists'> | undefined;
      switch (err?.code) {
        case 'order_id_exists':
          break;
      }
    `),
    errors: [
      {
        messageId: 'missingCodes',
        data: { count: '1 value', missing: 'undefined' },
        line: 3,
        column: 9,
        endColumn: 18,
        suggestions: [
          {
            messageId: 'addMissingCases',
            output: typed(`
              declare const err: LicenseApiError<'order_id_exists'> | undefined;
              switch (err?.code) {
                case 'order_id_exists':
                  break;
                // nullish
                case undefined:
                  throw new Error(\`Unhandled License API error code: \${String(err?.code)}\`);
              }
            `),
          },
        ],
      },
    ],
  },
  // A `null` member.
  {
    code: typed(`
      declare const code: LicenseErrorCodeOf<404> | null;
      switch (code) {
        case 'not_found':
          break;
      }
    `),
    errors: [
      {
        messageId: 'missingCodes',
        data: { count: '1 value', missing: 'null' },
        line: 3,
        column: 9,
        suggestions: [
          {
            messageId: 'addMissingCases',
            output: typed(`
              declare const code: LicenseErrorCodeOf<404> | null;
              switch (code) {
                case 'not_found':
                  break;
                // nullish
                case null:
                  throw new Error(\`Unhandled License API error code: \${String(code)}\`);
              }
            `),
          },
        ],
      },
    ],
  },
  // Additional codes without a status, then nullish values, after the catalog groups;
  // a last case whose block ends in `return`; an unknown label is ignored.
  {
    code: typed(`
      declare const code: LicenseErrorCodeOf<404> | 'wrong_license_type' | undefined;
      declare const other: string;
      switch (code) {
        case other:
          break;
        case 'not_found': {
          return;
        }
      }
    `),
    settings: { licensespring: { additionalCodes: ['wrong_license_type'] } },
    errors: [
      {
        messageId: 'missingCodes',
        data: { count: '2 values', missing: "'wrong_license_type' (additional codes); undefined" },
        line: 4,
        column: 9,
        suggestions: [
          {
            messageId: 'addMissingCases',
            output: typed(`
              declare const code: LicenseErrorCodeOf<404> | 'wrong_license_type' | undefined;
              declare const other: string;
              switch (code) {
                case other:
                  break;
                case 'not_found': {
                  return;
                }
                // additional codes
                case 'wrong_license_type':
                  throw new Error(\`Unhandled License API error code: \${String(code)}\`);
                // nullish
                case undefined:
                  throw new Error(\`Unhandled License API error code: \${String(code)}\`);
              }
            `),
          },
        ],
      },
    ],
  },
  // An empty switch in a file indented with tabs.
  {
    code: typeImport + 'function handle(code: LicenseErrorCodeOf<404>) {\n\tswitch (code) {\n\t}\n}',
    errors: [
      {
        messageId: 'missingCodes',
        data: { count: '1 code', missing: "'not_found' (404 NOT_FOUND)" },
        line: 3,
        column: 10,
        suggestions: [
          {
            messageId: 'addMissingCases',
            output:
              typeImport +
              'function handle(code: LicenseErrorCodeOf<404>) {\n\tswitch (code) {\n\t\t// 404 NOT_FOUND\n\t\tcase \'not_found\':\n\t\t\tthrow new Error(`Unhandled License API error code: ${String(code)}`);\n\t}\n}',
          },
        ],
      },
    ],
  },
  // A status switch: labels written with `LicenseStatus` get new ones in the same style.
  {
    code: typed(`
      import { LicenseStatus } from 'eslint-plugin-licensespring/types';
      declare const err: LicenseApiError | null;
      switch (err?.status) {
        case LicenseStatus.BAD_REQUEST:
        case LicenseStatus.UNAUTHORIZED:
          break;
        case undefined:
          break;
      }
    `),
    errors: [
      {
        messageId: 'missingStatuses',
        data: { count: '3 statuses', missing: '404 NOT_FOUND, 409 CONFLICT, 500 INTERNAL_SERVER_ERROR' },
        line: 4,
        column: 9,
        suggestions: [
          {
            messageId: 'addMissingCases',
            output: typed(`
              import { LicenseStatus } from 'eslint-plugin-licensespring/types';
              declare const err: LicenseApiError | null;
              switch (err?.status) {
                case LicenseStatus.BAD_REQUEST:
                case LicenseStatus.UNAUTHORIZED:
                  break;
                case undefined:
                  break;
                case LicenseStatus.NOT_FOUND:
                case LicenseStatus.CONFLICT:
                case LicenseStatus.INTERNAL_SERVER_ERROR:
                  throw new Error(\`Unhandled License API error status: \${String(err?.status)}\`);
              }
            `),
          },
        ],
      },
    ],
  },
  // `string`-typed discriminant with a catalog label: judged by the labels, as without types.
  {
    code: typed(`
      declare const code: string;
      switch (code) {
        case 'license_expired':
          break;
        case 'custom':
          break;
      }
    `),
    errors: [
      {
        messageId: 'missingCodes',
        data: missingAllButLicenseExpired,
        line: 3,
        column: 9,
        suggestions: [
          {
            messageId: 'addMissingCases',
            output: fill(
              typed(`
              declare const code: string;
              switch (code) {
                case 'license_expired':
                  break;
                case 'custom':
                  break;
              @@CASES@@
              }
            `),
              catalogCases(['license_expired'], '  ', '    ', 'code'),
            ),
          },
        ],
      },
    ],
  },
  // An exhaustive switch with a default, when that is not allowed.
  {
    code: typed(`
      declare const code: LicenseErrorCodeOf<409>;
      switch (code) {
        case 'license_key_exists':
        case 'order_id_exists':
          break;
        default:
          break;
      }
    `),
    options: [{ allowDefaultCaseForExhaustiveSwitch: false }],
    errors: [{ messageId: 'unnecessaryDefault', line: 7, column: 3, endLine: 7, endColumn: 10 }],
  },
  // The same code twice, however it is spelled.
  {
    code: typed(`
      declare const code: LicenseErrorCodeOf<409>;
      switch (code) {
        case 'license_key_exists':
        case "license_key_exists":
        case \`order_id_exists\`:
          break;
      }
    `),
    errors: [{ messageId: 'duplicateCase', data: { label: "'license_key_exists'" }, line: 5, column: 8, endColumn: 28 }],
  },
  // Additional codes the type names are required, grouped by their configured status.
  {
    code: typed(`
      declare const code: LicenseErrorCodeOf<404> | 'wrong_license_type' | 'seat_limit';
      switch (code) {
        case 'not_found':
          break;
      }
    `),
    settings: { licensespring: { additionalCodes: { wrong_license_type: 400, seat_limit: 403 } } },
    errors: [
      {
        messageId: 'missingCodes',
        data: { count: '2 codes', missing: "'wrong_license_type' (400 BAD_REQUEST); 'seat_limit' (403)" },
        line: 3,
        column: 9,
        suggestions: [
          {
            messageId: 'addMissingCases',
            output: typed(`
              declare const code: LicenseErrorCodeOf<404> | 'wrong_license_type' | 'seat_limit';
              switch (code) {
                case 'not_found':
                  break;
                // 400 BAD_REQUEST
                case 'wrong_license_type':
                  throw new Error(\`Unhandled License API error code: \${String(code)}\`);
                // 403
                case 'seat_limit':
                  throw new Error(\`Unhandled License API error code: \${String(code)}\`);
              }
            `),
          },
        ],
      },
    ],
  },
  {
    code: typed(`
      declare const code: LicenseErrorCodeOf<404> | 'wrong_license_type';
      switch (code) {
        case 'not_found':
          break;
      }
    `),
    settings: { licensespring: { additionalCodes: ['wrong_license_type'] } },
    errors: [
      {
        messageId: 'missingCodes',
        data: { count: '1 code', missing: "'wrong_license_type' (additional codes)" },
        line: 3,
        column: 9,
        suggestions: [
          {
            messageId: 'addMissingCases',
            output: typed(`
              declare const code: LicenseErrorCodeOf<404> | 'wrong_license_type';
              switch (code) {
                case 'not_found':
                  break;
                // additional codes
                case 'wrong_license_type':
                  throw new Error(\`Unhandled License API error code: \${String(code)}\`);
              }
            `),
          },
        ],
      },
    ],
  },
  // Nested switches: each is reported on its own discriminant.
  {
    code: typed(`
      declare const err: LicenseApiError;
      switch (err.status) {
        case 409:
          switch (err.code) {
            case 'order_id_exists':
              break;
          }
          break;
      }
    `),
    errors: [
      {
        messageId: 'missingStatuses',
        data: { count: '4 statuses', missing: '400 BAD_REQUEST, 401 UNAUTHORIZED, 404 NOT_FOUND, 500 INTERNAL_SERVER_ERROR' },
        line: 3,
        column: 9,
        suggestions: [
          {
            messageId: 'addMissingCases',
            output: typed(`
              declare const err: LicenseApiError;
              switch (err.status) {
                case 409:
                  switch (err.code) {
                    case 'order_id_exists':
                      break;
                  }
                  break;
                case 400:
                case 401:
                case 404:
                case 500:
                  throw new Error(\`Unhandled License API error status: \${String(err.status)}\`);
              }
            `),
          },
        ],
      },
      {
        messageId: 'missingCodes',
        data: { count: '1 code', missing: "'license_key_exists' (409 CONFLICT)" },
        line: 5,
        column: 13,
        suggestions: [
          {
            messageId: 'addMissingCases',
            output: typed(`
              declare const err: LicenseApiError;
              switch (err.status) {
                case 409:
                  switch (err.code) {
                    case 'order_id_exists':
                      break;
                    // 409 CONFLICT
                    case 'license_key_exists':
                      throw new Error(\`Unhandled License API error code: \${String(err.code)}\`);
                  }
                  break;
              }
            `),
          },
        ],
      },
    ],
  },
  // A call as discriminant is not read twice: the throw names the group instead.
  {
    code: typed(`
      declare function getCode(): LicenseErrorCodeOf<409>;
      switch (getCode()) {
        case 'order_id_exists':
          break;
      }
    `),
    errors: [
      {
        messageId: 'missingCodes',
        data: { count: '1 code', missing: "'license_key_exists' (409 CONFLICT)" },
        line: 3,
        column: 9,
        suggestions: [
          {
            messageId: 'addMissingCases',
            output: typed(`
              declare function getCode(): LicenseErrorCodeOf<409>;
              switch (getCode()) {
                case 'order_id_exists':
                  break;
                // 409 CONFLICT
                case 'license_key_exists':
                  throw new Error('Unhandled License API error code (409 CONFLICT)');
              }
            `),
          },
        ],
      },
    ],
  },
  // `typeChecking: 'off'` forces syntactic mode: the narrowed type no longer helps.
  {
    code: typed(`
      declare const code: LicenseErrorCodeOf<409>;
      switch (code) {
        case 'license_key_exists':
        case 'order_id_exists':
          break;
      }
    `),
    settings: { licensespring: { typeChecking: 'off' } },
    errors: [
      {
        messageId: 'missingCodes',
        data: {
          count: '77 codes',
          missing:
            "'active_license_required', 'api_key_product_not_allowed', 'archived_product', 'authorization_invalid_headers', 'authorization_missing_params', 'blacklisted' (400 BAD_REQUEST) ... and 71 more",
        },
        line: 3,
        column: 9,
        suggestions: [
          {
            messageId: 'addMissingCases',
            output: fill(
              typed(`
                declare const code: LicenseErrorCodeOf<409>;
                switch (code) {
                  case 'license_key_exists':
                  case 'order_id_exists':
                    break;
                  @@CASES@@
                }
              `),
              catalogCases(['license_key_exists', 'order_id_exists'], '  ', '    ', 'code'),
            ),
          },
        ],
      },
    ],
  },
];

createTypedRuleTester().run('exhaustive-error-codes (typed)', rule, { valid: typedValid, invalid: typedInvalid });

// ---------------------------------------------------------------------------
// Syntactic mode: plain JavaScript through espree
// ---------------------------------------------------------------------------

const untypedValid: Valid[] = [
  // No catalog label: not a code switch.
  "switch (shape) { case 'circle': break; }",
  "switch (err.code) { case 'ENOENT': break; }",
  'switch (err.code) {}',
  // Only an additional code: not a code switch on its own.
  { code: "switch (err.code) { case 'wrong_license_type': break; }", settings: { licensespring: { additionalCodes: ['wrong_license_type'] } } },
  // Every catalog code, or a default.
  `switch (err.code) { ${allCodeLabels} break; }`,
  "switch (err.code) { case 'license_expired': break; default: break; }",
  // A default is never "unnecessary" without types: the value may be any string.
  { code: `switch (err.code) { ${allCodeLabels} break; default: break; }`, options: [{ allowDefaultCaseForExhaustiveSwitch: false }] },
  // Status switches need a `status` read and catalog statuses only.
  'switch (res.status) { case 200: case 404: break; }',
  'switch (res.statusCode) { case 404: break; }',
  'switch (count) { case 400: break; }',
  'switch (err.status) { case 400: case 401: case 404: case 409: case 500: break; }',
  'switch (status) { case LicenseStatus.BAD_REQUEST: case 401: case 404: case 409: case LicenseStatus["INTERNAL_SERVER_ERROR"]: break; }',
  'switch (res.status) { case StatusCodes.BAD_REQUEST: case StatusCodes.UNAUTHORIZED: case 404: case types.LicenseStatus.CONFLICT: case 500: break; }',
  // Deliberate.
  { code: "switch (err.code) { case 'license_expired': break; default: /* no other codes expected */ break; }", options: strict },
  { code: 'switch (err.status) { case 409: break; // no other statuses expected\n}', options: strict },
];

const untypedInvalid: Invalid[] = [
  // Fallthrough groups, and a last case that falls off the end: new cases go first,
  // so that the old last case does not fall into them.
  {
    code: dedent(`
      function handle(err) {
        switch (err.code) {
          case 'license_expired':
          case 'trial_expired':
            renew();
            break;
          case 'license_key_exists':
            retry();
        }
      }
    `),
    errors: [
      {
        messageId: 'missingCodes',
        data: {
          count: '76 codes',
          missing:
            "'active_license_required', 'api_key_product_not_allowed', 'archived_product', 'authorization_invalid_headers', 'authorization_missing_params', 'blacklisted' (400 BAD_REQUEST) ... and 70 more",
        },
        line: 2,
        column: 11,
        endColumn: 19,
        suggestions: [
          {
            messageId: 'addMissingCases',
            output: fill(
              dedent(`
              function handle(err) {
                switch (err.code) {
              @@CASES@@
                  case 'license_expired':
                  case 'trial_expired':
                    renew();
                    break;
                  case 'license_key_exists':
                    retry();
                }
              }
            `),
              catalogCases(['license_expired', 'trial_expired', 'license_key_exists'], '    ', '      ', 'err.code'),
            ),
          },
        ],
      },
    ],
  },
  // A case that falls into the default: new cases go first too.
  {
    code: dedent(`
      switch (err.code) {
        case 'license_expired':
          renew();
        // also log it
        default:
          log();
      }
    `),
    options: strict,
    errors: [
      {
        messageId: 'missingCodes',
        data: missingAllButLicenseExpired,
        line: 1,
        column: 9,
        suggestions: [
          {
            messageId: 'addMissingCases',
            output: fill(
              dedent(`
              switch (err.code) {
              @@CASES@@
                case 'license_expired':
                  renew();
                // also log it
                default:
                  log();
              }
            `),
              catalogCases(['license_expired'], '  ', '    ', 'err.code'),
            ),
          },
        ],
      },
    ],
  },
  // A default nothing falls into: new cases go just above it and its comment.
  {
    code: dedent(`
      switch (err.code) {
        case 'license_expired':
          renew();
          break;
        // everything else
        default:
          log();
      }
    `),
    options: strict,
    errors: [
      {
        messageId: 'missingCodes',
        data: missingAllButLicenseExpired,
        line: 1,
        column: 9,
        suggestions: [
          {
            messageId: 'addMissingCases',
            output: fill(
              dedent(`
              switch (err.code) {
                case 'license_expired':
                  renew();
                  break;
              @@CASES@@
                // everything else
                default:
                  log();
              }
            `),
              catalogCases(['license_expired'], '  ', '    ', 'err.code'),
            ),
          },
        ],
      },
    ],
  },
  // Default first, tabs for indentation.
  {
    code: "switch (err.code) {\n\tdefault:\n\t\tlog();\n\t\tbreak;\n\tcase 'license_expired':\n\t\trenew();\n}",
    options: strict,
    errors: [
      {
        messageId: 'missingCodes',
        data: missingAllButLicenseExpired,
        line: 1,
        column: 9,
        suggestions: [
          {
            messageId: 'addMissingCases',
            output: `switch (err.code) {\n${catalogCases(['license_expired'], '\t', '\t\t', 'err.code')}\n\tdefault:\n\t\tlog();\n\t\tbreak;\n\tcase 'license_expired':\n\t\trenew();\n}`,
          },
        ],
      },
    ],
  },
  // A status switch with numbers.
  {
    code: dedent(`
      function handle(e) {
        switch (e.response.status) {
          case 400:
            return fix();
          case 409:
            return retry();
        }
      }
    `),
    errors: [
      {
        messageId: 'missingStatuses',
        data: { count: '3 statuses', missing: '401 UNAUTHORIZED, 404 NOT_FOUND, 500 INTERNAL_SERVER_ERROR' },
        line: 2,
        column: 11,
        endColumn: 28,
        suggestions: [
          {
            messageId: 'addMissingCases',
            output: dedent(`
              function handle(e) {
                switch (e.response.status) {
                  case 400:
                    return fix();
                  case 409:
                    return retry();
                  case 401:
                  case 404:
                  case 500:
                    throw new Error(\`Unhandled License API error status: \${String(e.response.status)}\`);
                }
              }
            `),
          },
        ],
      },
    ],
  },
  // `LicenseStatus` labels, on one line; a default in strict mode.
  {
    code: 'switch (err.status) { case LicenseStatus.CONFLICT: break; default: break; }',
    options: strict,
    errors: [
      {
        messageId: 'missingStatuses',
        data: { count: '4 statuses', missing: '400 BAD_REQUEST, 401 UNAUTHORIZED, 404 NOT_FOUND, 500 INTERNAL_SERVER_ERROR' },
        line: 1,
        column: 9,
        suggestions: [
          {
            messageId: 'addMissingCases',
            output: [
              'switch (err.status) { case LicenseStatus.CONFLICT: break;',
              '  case LicenseStatus.BAD_REQUEST:',
              '  case LicenseStatus.UNAUTHORIZED:',
              '  case LicenseStatus.NOT_FOUND:',
              '  case LicenseStatus.INTERNAL_SERVER_ERROR:',
              '    throw new Error(`Unhandled License API error status: ${String(err.status)}`);',
              '  default: break; }',
            ].join('\n'),
          },
        ],
      },
    ],
  },
  // Duplicates by value: quotes, template literal, number and constant.
  {
    code: "switch (err.code) { case 'license_expired': case `license_expired`: break; default: }",
    errors: [{ messageId: 'duplicateCase', data: { label: "'license_expired'" }, line: 1, column: 50, endColumn: 67 }],
  },
  {
    code: 'switch (err.status) { case 409: case LicenseStatus.CONFLICT: break; default: }',
    errors: [{ messageId: 'duplicateCase', data: { label: '409 CONFLICT' }, line: 1, column: 38, endColumn: 60 }],
  },
];

createUntypedRuleTester().run('exhaustive-error-codes (untyped)', rule, {
  valid: untypedValid.map((test) => (typeof test === 'string' ? { code: test, filename: untypedFilename } : { ...test, filename: untypedFilename })),
  invalid: untypedInvalid.map((test) => ({ ...test, filename: untypedFilename })),
});

// ---------------------------------------------------------------------------
// Syntactic mode: TypeScript without a project
// ---------------------------------------------------------------------------

createSyntacticTsRuleTester().run('exhaustive-error-codes (TypeScript without types)', rule, {
  valid: [
    "declare const code: 'license_expired' | 'trial_expired';\nswitch (code) { case 'license_expired': break; default: break; }",
    'switch (err!.status as number) { case 400: case 401: case 404: case 409: case 500: break; }',
  ],
  invalid: [
    {
      code: "declare const code: 'license_expired' | 'trial_expired';\nswitch (code) { case 'license_expired': case 'trial_expired': break; }",
      errors: [
        {
          messageId: 'missingCodes',
          data: {
            count: '77 codes',
            missing:
              "'active_license_required', 'api_key_product_not_allowed', 'archived_product', 'authorization_invalid_headers', 'authorization_missing_params', 'blacklisted' (400 BAD_REQUEST) ... and 71 more",
          },
          line: 2,
          column: 9,
          suggestions: [
            {
              messageId: 'addMissingCases',
              output: `declare const code: 'license_expired' | 'trial_expired';\nswitch (code) { case 'license_expired': case 'trial_expired': break;\n${catalogCases(['license_expired', 'trial_expired'], '  ', '    ', 'code')}\n}`,
            },
          ],
        },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------
// Options and settings
// ---------------------------------------------------------------------------

void describe('exhaustive-error-codes options', () => {
  function lint(code: string, options: unknown[], settings: Record<string, unknown> = {}): Linter.LintMessage[] {
    return new Linter({ configType: 'flat' }).verify(code, {
      languageOptions: { parser: espree, sourceType: 'module', ecmaVersion: 'latest' },
      plugins: { licensespring: plugin },
      rules: { 'licensespring/exhaustive-error-codes': ['error', ...options] as Linter.RuleEntry },
      settings,
    });
  }

  void it('names the option when the comment pattern is not a valid regular expression', () => {
    assert.throws(() => lint('switch (x) {}', [{ defaultCaseCommentPattern: '(unclosed' }]), {
      message: /licensespring\/exhaustive-error-codes: the option "defaultCaseCommentPattern" must be a valid regular expression \(with the "u" flag\), got "\(unclosed": /u,
    });
  });

  void it('rejects unknown options through its schema', () => {
    assert.throws(() => lint('switch (x) {}', [{ considerDefaultExhaustiveForUnions: true }]), /should NOT have additional properties|must NOT have additional properties/u);
  });

  void it('runs on espree without settings, and with typeChecking on auto', () => {
    assert.deepEqual(lint("switch (err.code) { case 'license_expired': break; default: }", []), []);
    assert.deepEqual(lint("switch (err.code) { case 'license_expired': break; default: }", [], { licensespring: { typeChecking: 'auto' } }), []);
  });
});
