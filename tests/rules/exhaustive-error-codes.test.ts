import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';
import { Linter } from 'eslint';
import * as espree from 'espree';

import plugin from '../../index.js';
import rule, { type MessageId, type Options } from '../../rules/exhaustive-error-codes.js';
import { licenseErrorCatalog, licenseErrorStatuses } from '../../types/catalog.js';
import { createSyntacticTsRuleTester, createTypedRuleTester, createUntypedRuleTester, untypedFilename, assumingLicenseApi } from '../rule-tester.js';

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
function catalogCases(
  handled: readonly string[],
  caseIndent: string,
  bodyIndent: string,
  discriminant: string,
  mark = "'",
  transform = (code: string): string => code,
): string {
  return licenseErrorStatuses
    .flatMap(({ status, name }) => {
      const codes = licenseErrorCatalog.filter((entry) => entry.status === status && !handled.includes(entry.code));
      return codes.length === 0
        ? []
        : [
            `${caseIndent}// ${String(status)} ${name}`,
            ...codes.map(({ code }) => `${caseIndent}case ${mark}${transform(code)}${mark}:`),
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

const missingAllButTwoExpiries = {
  count: '77 codes',
  missing:
    "'active_license_required', 'api_key_product_not_allowed', 'archived_product', 'authorization_invalid_headers', 'authorization_missing_params', 'blacklisted' (400 BAD_REQUEST) ... and 71 more",
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
  // A switch on the upper-cased code that names every code of its type, in upper case.
  typed(`
    declare const err: LicenseApiError<'license_key_exists' | 'order_id_exists'>;
    switch (err.code.toUpperCase()) { case 'LICENSE_KEY_EXISTS': case 'ORDER_ID_EXISTS': break; }
  `),
  // Another vendor's codes, upper-cased: no dispatch on License API errors.
  typed(`
    declare const err: { code: string };
    switch (err.code.toUpperCase()) { case 'ECONNREFUSED': case 'ERR_BAD_REQUEST': break; }
  `),
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
  // A parameter narrowed before the switch: its declaration alone would require every code.
  typed(`
    export function conflict(err: LicenseApiError): number {
      if (err.status !== 409) {
        return 0;
      }
      switch (err.code) { case 'license_key_exists': return 1; case 'order_id_exists': return 2; }
    }
  `),
  // A const inferred from a narrowed read: its inferred type already is the narrowed one.
  typed(`
    export function conflict(err: LicenseApiError): number {
      if (err.status !== 409) {
        return 0;
      }
      const { code } = err;
      switch (code) { case 'license_key_exists': return 1; case 'order_id_exists': return 2; }
    }
  `),
  // The switch inside `if (err.status === 409)`: the test keeps the union's 409 members, with the status
  // written or named, on either side.
  typed(`
    export function conflict(err: LicenseApiError): number {
      if (err.status === 409) {
        switch (err.code) { case 'license_key_exists': return 1; case 'order_id_exists': return 2; }
      }
      return 0;
    }
  `),
  typed(`
    import { LicenseStatus } from 'eslint-plugin-licensespring/types';
    export function conflict(err: LicenseApiError): number {
      if (LicenseStatus.CONFLICT === err.status) {
        switch (err.code) { case 'license_key_exists': return 1; case 'order_id_exists': return 2; }
      }
      return 0;
    }
  `),
  // In the `else` branch the test narrows the other way: only `not_found` is left.
  typed(`
    export function other(err: LicenseApiError<'license_key_exists' | 'order_id_exists' | 'not_found'>): number {
      if (err.status === 409) {
        return 0;
      } else {
        switch (err.code) { case 'not_found': return 1; }
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
  // Inside `if (err.status === 409)` only the 409 codes are required.
  {
    code: typed(`
      export function conflict(err: LicenseApiError): number {
        if (err.status === 409) {
          switch (err.code) {
            case 'license_key_exists':
              return 1;
          }
        }
        return 0;
      }
    `),
    errors: [
      {
        messageId: 'missingCodes',
        data: { count: '1 code', missing: "'order_id_exists' (409 CONFLICT)" },
        line: 4,
        column: 13,
        endColumn: 21,
        suggestions: [
          {
            messageId: 'addMissingCases',
            output: typed(`
              export function conflict(err: LicenseApiError): number {
                if (err.status === 409) {
                  switch (err.code) {
                    case 'license_key_exists':
                      return 1;
                    // 409 CONFLICT
                    case 'order_id_exists':
                      throw new Error(\`Unhandled License API error code: \${String(err.code)}\`);
                  }
                }
                return 0;
              }
            `),
          },
        ],
      },
    ],
  },
  // A switch on the upper-cased code: its labels stand for the codes of the type of `err.code`,
  // and the new case is written in upper case.
  {
    code: typed(`
      declare const err: LicenseApiError<'license_key_exists' | 'order_id_exists' | 'not_found'>;
      switch (err.code.toUpperCase()) {
        case 'LICENSE_KEY_EXISTS':
        case 'ORDER_ID_EXISTS':
          break;
      }
    `),
    errors: [
      {
        messageId: 'missingCodes',
        data: { count: '1 code', missing: "'not_found' (404 NOT_FOUND)" },
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 31,
        suggestions: [
          {
            messageId: 'addMissingCases',
            output: typed(`
              declare const err: LicenseApiError<'license_key_exists' | 'order_id_exists' | 'not_found'>;
              switch (err.code.toUpperCase()) {
                case 'LICENSE_KEY_EXISTS':
                case 'ORDER_ID_EXISTS':
                  break;
                // 404 NOT_FOUND
                case 'NOT_FOUND':
                  throw new Error(\`Unhandled License API error code: \${String(err.code)}\`);
              }
            `),
          },
        ],
      },
    ],
  },
  // A local holding the upper-cased code; a lower-case label can never match it, and handles nothing.
  {
    code: typed(`
      declare const err: LicenseApiError<'license_key_exists' | 'order_id_exists' | 'not_found'>;
      const code = err.code.toUpperCase();
      switch (code) {
        case 'license_key_exists':
        case 'ORDER_ID_EXISTS':
        case 'NOT_FOUND':
          break;
      }
    `),
    errors: [
      {
        messageId: 'missingCodes',
        data: { count: '1 code', missing: "'license_key_exists' (409 CONFLICT)" },
        line: 4,
        column: 9,
        endColumn: 13,
        suggestions: [
          {
            messageId: 'addMissingCases',
            output: typed(`
              declare const err: LicenseApiError<'license_key_exists' | 'order_id_exists' | 'not_found'>;
              const code = err.code.toUpperCase();
              switch (code) {
                case 'license_key_exists':
                case 'ORDER_ID_EXISTS':
                case 'NOT_FOUND':
                  break;
                // 409 CONFLICT
                case 'LICENSE_KEY_EXISTS':
                  throw new Error(\`Unhandled License API error code: \${String(code)}\`);
              }
            `),
          },
        ],
      },
    ],
  },
  // Lower-cased, with a repeated label named as written; no default is needed once every code is named.
  {
    code: typed(`
      declare const err: LicenseApiError<'license_key_exists' | 'order_id_exists'>;
      switch (err.code.toLowerCase()) { case 'license_key_exists': case 'order_id_exists': case 'license_key_exists': break; default: break; }
    `),
    options: [{ allowDefaultCaseForExhaustiveSwitch: false }],
    errors: [
      { messageId: 'duplicateCase', data: { label: "'license_key_exists'" }, line: 3, column: 91, endColumn: 111 },
      { messageId: 'unnecessaryDefault', line: 3, column: 120, endColumn: 127 },
    ],
  },
  // A wide `code` upper-cased: the catalog is required, and a typo handles nothing.
  {
    code: typed(`
      declare const err: { code: string };
      switch (err.code.toUpperCase()) { case 'LICENSE_EXPIRED': case 'LICENCE_EXPIRED': case 'LICENSE_EXPIRED': break; }
    `),
    options: strict,
    errors: [
      {
        messageId: 'missingCodes',
        data: missingAllButLicenseExpired,
        line: 3,
        column: 9,
        endColumn: 31,
        suggestions: [
          {
            messageId: 'addMissingCases',
            output: fill(
              typed(`
                declare const err: { code: string };
                switch (err.code.toUpperCase()) { case 'LICENSE_EXPIRED': case 'LICENCE_EXPIRED': case 'LICENSE_EXPIRED': break;
                @@CASES@@
                }
              `),
              catalogCases(['license_expired'], '  ', '    ', 'err.code', "'", (code) => code.toUpperCase()),
            ),
          },
        ],
      },
      { messageId: 'duplicateCase', data: { label: "'LICENSE_EXPIRED'" }, line: 3, column: 88, endColumn: 105 },
    ],
  },
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
  // The same through an optional parameter, whose declaration alone does not say the read may be `undefined`.
  {
    code: typed(`
      export function handle(err?: LicenseApiError<'order_id_exists'>) {
        switch (err?.code) {
          case 'order_id_exists':
            break;
        }
      }
    `),
    errors: [
      {
        messageId: 'missingCodes',
        data: { count: '1 value', missing: 'undefined' },
        line: 3,
        column: 11,
        endColumn: 20,
        suggestions: [
          {
            messageId: 'addMissingCases',
            output: typed(`
              export function handle(err?: LicenseApiError<'order_id_exists'>) {
                switch (err?.code) {
                  case 'order_id_exists':
                    break;
                  // nullish
                  case undefined:
                    throw new Error(\`Unhandled License API error code: \${String(err?.code)}\`);
                }
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
  // A default covers the missing values without the discriminant's type; a repeated label is still found, the constant read from its type.
  {
    code: typed(`
      import { LicenseStatus } from 'eslint-plugin-licensespring/types';
      declare const err: LicenseApiError;
      switch (err.status) { case LicenseStatus.CONFLICT: case 409: break; default: break; }
    `),
    errors: [{ messageId: 'duplicateCase', data: { label: '409 CONFLICT' }, line: 4, column: 57, endColumn: 60 }],
  },
];

assumingLicenseApi(createTypedRuleTester()).run('exhaustive-error-codes (typed)', rule, { valid: typedValid, invalid: typedInvalid });

// ---------------------------------------------------------------------------
// Syntactic mode: plain JavaScript through espree
// ---------------------------------------------------------------------------

const untypedValid: Valid[] = [
  // Upper-cased reads of other vendors' codes, or labels no code turns into.
  "switch (err.code.toUpperCase()) { case 'ECONNREFUSED': case 'ERR_BAD_REQUEST': break; }",
  "const code = tool.name.toLowerCase(); switch (code) { case 'check_license': case 'create_order': break; }",
  // Every catalog code, upper-cased.
  `switch (err.code.toUpperCase()) { ${licenseErrorCatalog.map(({ code }) => `case '${code.toUpperCase()}':`).join(' ')} break; }`,
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
  // Upper-cased: each label stands for the code it is the upper case of, a typo for none;
  // the new cases are written in upper case and the throw names the code as read.
  {
    code: dedent(`
      switch (e.code.toUpperCase()) {
        case 'LICENSE_EXPIRED': renew(); break;
        case 'TRIAL_EXPIRED': buy(); break;
        case 'LICENCE_EXPIRED': renew(); break;
      }
    `),
    errors: [
      {
        messageId: 'missingCodes',
        data: missingAllButTwoExpiries,
        line: 1,
        column: 9,
        endColumn: 29,
        suggestions: [
          {
            messageId: 'addMissingCases',
            output: fill(
              dedent(`
                switch (e.code.toUpperCase()) {
                  case 'LICENSE_EXPIRED': renew(); break;
                  case 'TRIAL_EXPIRED': buy(); break;
                  case 'LICENCE_EXPIRED': renew(); break;
                @@CASES@@
                }
              `),
              catalogCases(['license_expired', 'trial_expired'], '  ', '    ', 'e.code', "'", (code) => code.toUpperCase()),
            ),
          },
        ],
      },
    ],
  },
  // A local holding the upper-cased code, with double quotes.
  {
    code: dedent(`
      const code = err.code.toUpperCase();
      switch (code) {
        case "LICENSE_EXPIRED":
          renew();
          break;
      }
    `),
    errors: [
      {
        messageId: 'missingCodes',
        data: missingAllButLicenseExpired,
        line: 2,
        column: 9,
        endColumn: 13,
        suggestions: [
          {
            messageId: 'addMissingCases',
            output: fill(
              dedent(`
                const code = err.code.toUpperCase();
                switch (code) {
                  case "LICENSE_EXPIRED":
                    renew();
                    break;
                @@CASES@@
                }
              `),
              catalogCases(['license_expired'], '  ', '    ', 'code', '"', (code) => code.toUpperCase()),
            ),
          },
        ],
      },
    ],
  },
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
  // Default first, with its own comment: new cases go above the comment, right after the brace.
  {
    code: "switch (err.code) {\n\t// anything else\n\tdefault:\n\t\tlog();\n\t\tbreak;\n\tcase 'license_expired':\n\t\trenew();\n}",
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
            output: `switch (err.code) {\n${catalogCases(['license_expired'], '\t', '\t\t', 'err.code')}\n\t// anything else\n\tdefault:\n\t\tlog();\n\t\tbreak;\n\tcase 'license_expired':\n\t\trenew();\n}`,
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

assumingLicenseApi(createUntypedRuleTester()).run('exhaustive-error-codes (untyped)', rule, {
  valid: untypedValid.map((test) => (typeof test === 'string' ? { code: test, filename: untypedFilename } : { ...test, filename: untypedFilename })),
  invalid: untypedInvalid.map((test) => ({ ...test, filename: untypedFilename })),
});

// ---------------------------------------------------------------------------
// Syntactic mode: TypeScript without a project
// ---------------------------------------------------------------------------

assumingLicenseApi(createSyntacticTsRuleTester()).run('exhaustive-error-codes (TypeScript without types)', rule, {
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
// if/else ladders (checkIfElseChains)
// ---------------------------------------------------------------------------

const chains = [{ checkIfElseChains: true }] as const satisfies Options;
const maps = [{ checkCodeMaps: true }] as const satisfies Options;
const strictMaps = [{ checkCodeMaps: true, considerDefaultExhaustive: false }] as const satisfies Options;

interface BranchStyle {
  readonly ifIndent: string;
  readonly bodyIndent: string;
  /** The discriminant as the comparisons write it (`err.code`, `code.toUpperCase()`). */
  readonly read: string;
  /** The value the throw names. */
  readonly subject: string;
  readonly transform?: (code: string) => string;
}

/**
 * What `addMissingBranches` appends when every catalog code but `handled` is
 * missing, written out from the catalog: one `else if` per status.
 */
function catalogBranches(handled: readonly string[], { ifIndent, bodyIndent, read, subject, transform = (code) => code }: BranchStyle): string {
  return licenseErrorStatuses
    .flatMap(({ status, name }) => {
      const codes = licenseErrorCatalog.filter((entry) => entry.status === status && !handled.includes(entry.code));
      const comparisons = codes.map(({ code }) => `${read} === '${transform(code)}'`);
      const condition = comparisons.length === 1 ? comparisons.join('') : `\n${comparisons.map((comparison) => bodyIndent + comparison).join(' ||\n')}\n${ifIndent}`;
      return codes.length === 0
        ? []
        : [
            [
              `else if (${condition}) {`,
              `${bodyIndent}// ${String(status)} ${name}`,
              `${bodyIndent}throw new Error(\`Unhandled License API error code: \${String(${subject})}\`);`,
              `${ifIndent}}`,
            ].join('\n'),
          ];
    })
    .join(' ');
}


const typedChainValid: Valid[] = [
  // Off by default.
  typed(`
    declare const err: LicenseApiError;
    if (err.code === 'license_expired') {} else if (err.code === 'trial_expired') {}
  `),
  ...[
    // Every code of the narrowed type.
    typed(`
      declare const code: LicenseErrorCodeOf<409>;
      if (code === 'license_key_exists') {} else if (code === 'order_id_exists') {}
    `),
    // Case-normalised and through constants read from their types.
    typed(`
      declare const err: LicenseApiError<'license_key_exists' | 'order_id_exists'>;
      if (err.code.toUpperCase() === 'LICENSE_KEY_EXISTS') {} else if (err.code.toUpperCase() === 'ORDER_ID_EXISTS') {}
    `),
    typed(`
      const codes = { taken: 'license_key_exists', order: 'order_id_exists' } as const;
      declare const code: LicenseErrorCodeOf<409>;
      if (code === codes.taken) {} else if (code === codes.order) {}
    `),
    // An absent error is the ladder's normal way out, not a value it must name.
    typed(`
      declare const err: LicenseApiError<'license_key_exists' | 'order_id_exists'> | undefined;
      if (err?.code === 'license_key_exists') {} else if (err?.code === 'order_id_exists') {}
    `),
    // A comparison with \`undefined\` is not a code, and does not hide the discriminant.
    typed(`
      declare const code: LicenseErrorCodeOf<409> | undefined;
      if (code === undefined) {} else if (code === 'license_key_exists') {} else if (code === 'order_id_exists') {}
    `),
    // Every status.
    typed(`
      declare const err: LicenseApiError;
      if (err.status === 400 || err.status === 401) {} else if (err.status === 404) {} else if (err.status === 409 || err.status === 500) {}
    `),
    // A final else, a single if, other unions, enums.
    typed(`
      declare const err: LicenseApiError;
      if (err.code === 'license_expired') {} else if (err.code === 'trial_expired') {} else { throw new Error(err.message); }
    `),
    typed(`
      declare const err: LicenseApiError;
      if (err.code === 'license_expired' || err.code === 'trial_expired') {}
    `),
    typed(`
      declare const shape: 'circle' | 'square' | 'triangle';
      if (shape === 'circle') {} else if (shape === 'square') {}
    `),
    typed(`
      enum Code { Expired = 'license_expired', Trial = 'trial_expired', Missing = 'not_found' }
      declare const code: Code;
      if (code === Code.Expired) {} else if (code === Code.Trial) {}
    `),
    // Feature codes and another vendor's codes on a \`code\` field.
    typed(`
      declare const feature: { code: string };
      if (feature.code === 'premium_feature') {} else if (feature.code === 'basic_feature') {}
    `),
    typed(`
      declare const err: { code?: string };
      if (err.code === 'ECONNREFUSED' || err.code === 'ERR_BAD_REQUEST') {} else if (err.code === 'ETIMEDOUT') {}
    `),
  ].map((code) => ({ code, options: chains })),
];

const typedChainInvalid: Invalid[] = [
  // Two status groups missing one code each; bodies indented as the ladder's.
  {
    code: typed(`
      function handle(code: LicenseErrorCodeOf<404 | 409 | 500>) {
        if (code === 'license_key_exists') {
          retry();
        } else if (code === 'adding_manager_error' || code === 'internal_error' || code === 'mail_sending_error' || code === 'notification_sending_error') {
          report();
        }
      }
    `),
    options: chains,
    errors: [
      {
        messageId: 'missingChainCodes',
        data: { count: '2 codes', missing: "'not_found' (404 NOT_FOUND); 'order_id_exists' (409 CONFLICT)" },
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 37,
        suggestions: [
          {
            messageId: 'addMissingBranches',
            output: typed(`
              function handle(code: LicenseErrorCodeOf<404 | 409 | 500>) {
                if (code === 'license_key_exists') {
                  retry();
                } else if (code === 'adding_manager_error' || code === 'internal_error' || code === 'mail_sending_error' || code === 'notification_sending_error') {
                  report();
                } else if (code === 'not_found') {
                  // 404 NOT_FOUND
                  throw new Error(\`Unhandled License API error code: \${String(code)}\`);
                } else if (code === 'order_id_exists') {
                  // 409 CONFLICT
                  throw new Error(\`Unhandled License API error code: \${String(code)}\`);
                }
              }
            `),
          },
          {
            messageId: 'addFinalElse',
            output: typed(`
              function handle(code: LicenseErrorCodeOf<404 | 409 | 500>) {
                if (code === 'license_key_exists') {
                  retry();
                } else if (code === 'adding_manager_error' || code === 'internal_error' || code === 'mail_sending_error' || code === 'notification_sending_error') {
                  report();
                } else {
                  throw new Error(\`Unhandled License API error code: \${String(code)}\`);
                }
              }
            `),
          },
        ],
      },
    ],
  },
  // A status ladder on a typed error: one group, no comment, several comparisons on their own lines.
  {
    code: typed(`
      declare const err: LicenseApiError;
      if (err.status === 400) {
        fix();
      } else if (err.status === 401) {
        login();
      }
    `),
    options: chains,
    errors: [
      {
        messageId: 'missingChainStatuses',
        data: { count: '3 statuses', missing: '404 NOT_FOUND, 409 CONFLICT, 500 INTERNAL_SERVER_ERROR' },
        line: 3,
        column: 1,
        endColumn: 24,
        suggestions: [
          {
            messageId: 'addMissingBranches',
            output: typed(`
              declare const err: LicenseApiError;
              if (err.status === 400) {
                fix();
              } else if (err.status === 401) {
                login();
              } else if (
                err.status === 404 ||
                err.status === 409 ||
                err.status === 500
              ) {
                throw new Error(\`Unhandled License API error status: \${String(err.status)}\`);
              }
            `),
          },
          {
            messageId: 'addFinalElse',
            output: typed(`
              declare const err: LicenseApiError;
              if (err.status === 400) {
                fix();
              } else if (err.status === 401) {
                login();
              } else {
                throw new Error(\`Unhandled License API error status: \${String(err.status)}\`);
              }
            `),
          },
        ],
      },
    ],
  },
  // Upper-cased comparisons: the missing code is compared the same way.
  {
    code: typed(`
      declare const err: LicenseApiError<'license_key_exists' | 'order_id_exists' | 'not_found'>;
      if (err.code.toUpperCase() === 'LICENSE_KEY_EXISTS') {} else if (err.code.toUpperCase() === 'ORDER_ID_EXISTS') {}
    `),
    options: chains,
    errors: [
      {
        messageId: 'missingChainCodes',
        data: { count: '1 code', missing: "'not_found' (404 NOT_FOUND)" },
        line: 3,
        column: 1,
        suggestions: [
          {
            messageId: 'addMissingBranches',
            output: typed(`
              declare const err: LicenseApiError<'license_key_exists' | 'order_id_exists' | 'not_found'>;
              if (err.code.toUpperCase() === 'LICENSE_KEY_EXISTS') {} else if (err.code.toUpperCase() === 'ORDER_ID_EXISTS') {} else if (err.code.toUpperCase() === 'NOT_FOUND') {
                // 404 NOT_FOUND
                throw new Error(\`Unhandled License API error code: \${String(err.code)}\`);
              }
            `),
          },
          {
            messageId: 'addFinalElse',
            output: typed(`
              declare const err: LicenseApiError<'license_key_exists' | 'order_id_exists' | 'not_found'>;
              if (err.code.toUpperCase() === 'LICENSE_KEY_EXISTS') {} else if (err.code.toUpperCase() === 'ORDER_ID_EXISTS') {} else {
                throw new Error(\`Unhandled License API error code: \${String(err.code)}\`);
              }
            `),
          },
        ],
      },
    ],
  },
  // An additional code the type names is required, under the status the settings give it.
  {
    code: typed(`
      declare const code: LicenseErrorCodeOf<409> | 'wrong_license_type';
      if (code === 'license_key_exists') {} else if (code === 'order_id_exists') {}
    `),
    options: chains,
    settings: { licensespring: { additionalCodes: { wrong_license_type: 400 } } },
    errors: [
      {
        messageId: 'missingChainCodes',
        data: { count: '1 code', missing: "'wrong_license_type' (400 BAD_REQUEST)" },
        line: 3,
        column: 1,
        suggestions: [
          {
            messageId: 'addMissingBranches',
            output: typed(`
              declare const code: LicenseErrorCodeOf<409> | 'wrong_license_type';
              if (code === 'license_key_exists') {} else if (code === 'order_id_exists') {} else if (code === 'wrong_license_type') {
                // 400 BAD_REQUEST
                throw new Error(\`Unhandled License API error code: \${String(code)}\`);
              }
            `),
          },
          {
            messageId: 'addFinalElse',
            output: typed(`
              declare const code: LicenseErrorCodeOf<409> | 'wrong_license_type';
              if (code === 'license_key_exists') {} else if (code === 'order_id_exists') {} else {
                throw new Error(\`Unhandled License API error code: \${String(code)}\`);
              }
            `),
          },
        ],
      },
    ],
  },
  // A wide type is judged by its values, as without types: here every catalog code is required.
  {
    code: typed(`
      declare const err: { code: string };
      if (err.code === 'license_expired') {
        renew();
      } else if (err.code === 'trial_expired') {
        buy();
      }
    `),
    options: chains,
    errors: [
      {
        messageId: 'missingChainCodes',
        data: missingAllButTwoExpiries,
        line: 3,
        column: 1,
        suggestions: [
          {
            messageId: 'addMissingBranches',
            output: typed(`
              declare const err: { code: string };
              if (err.code === 'license_expired') {
                renew();
              } else if (err.code === 'trial_expired') {
                buy();
              } @@BRANCHES@@
            `).replace('@@BRANCHES@@', () =>
              catalogBranches(['license_expired', 'trial_expired'], { ifIndent: '', bodyIndent: '  ', read: 'err.code', subject: 'err.code' }),
            ),
          },
          {
            messageId: 'addFinalElse',
            output: typed(`
              declare const err: { code: string };
              if (err.code === 'license_expired') {
                renew();
              } else if (err.code === 'trial_expired') {
                buy();
              } else {
                throw new Error(\`Unhandled License API error code: \${String(err.code)}\`);
              }
            `),
          },
        ],
      },
    ],
  },
  // A last branch that ends in an \`if\` without \`else\`: put in braces before anything is appended.
  {
    code: typed(`
      declare const code: LicenseErrorCodeOf<404 | 409>;
      declare const canRetry: boolean;
      if (code === 'license_key_exists') retry();
      else if (code === 'order_id_exists') if (canRetry) retry();
    `),
    options: chains,
    errors: [
      {
        messageId: 'missingChainCodes',
        data: { count: '1 code', missing: "'not_found' (404 NOT_FOUND)" },
        line: 4,
        column: 1,
        endLine: 4,
        endColumn: 35,
        suggestions: [
          {
            messageId: 'addMissingBranches',
            output: typed(`
              declare const code: LicenseErrorCodeOf<404 | 409>;
              declare const canRetry: boolean;
              if (code === 'license_key_exists') retry();
              else if (code === 'order_id_exists') { if (canRetry) retry(); } else if (code === 'not_found') {
                // 404 NOT_FOUND
                throw new Error(\`Unhandled License API error code: \${String(code)}\`);
              }
            `),
          },
          {
            messageId: 'addFinalElse',
            output: typed(`
              declare const code: LicenseErrorCodeOf<404 | 409>;
              declare const canRetry: boolean;
              if (code === 'license_key_exists') retry();
              else if (code === 'order_id_exists') { if (canRetry) retry(); } else {
                throw new Error(\`Unhandled License API error code: \${String(code)}\`);
              }
            `),
          },
        ],
      },
    ],
  },
];

assumingLicenseApi(createTypedRuleTester()).run('exhaustive-error-codes (if-else chains, typed)', rule, { valid: typedChainValid, invalid: typedChainInvalid });

const untypedChainValid: Valid[] = [
  // Off by default.
  "if (err.code === 'license_expired') renew(); else if (err.code === 'trial_expired') buy();",
  ...[
    // A single if, even with several codes, and one with an else.
    "if (err.code === 'license_expired') renew();",
    "if (err.code === 'license_expired' || err.code === 'trial_expired') renew();",
    "if (err.code === 'license_expired') renew(); else log(err);",
    // A ladder that ends in an else.
    "if (err.code === 'license_expired') renew(); else if (err.code === 'trial_expired') buy(); else log(err);",
    // Tests that decide on more than the code: left alone.
    "if (err.code === 'license_expired' && canRenew) renew(); else if (err.code === 'trial_expired') buy();",
    "if (!err) done(); else if (err.code === 'license_expired') renew(); else if (err.code === 'trial_expired') buy();",
    "if (err.code === 'license_expired') renew(); else if (other.code === 'trial_expired') buy();",
    "if (err.code !== 'license_expired') log(); else if (err.code === 'trial_expired') buy();",
    "if (a.code === b.code) same(); else if (a.code === 'trial_expired') buy();",
    "if (err.code === err.code) same(); else if (err.code === 'license_expired') renew(); else if (err.code === 'trial_expired') buy();",
    // One catalog code next to another vendor's: not a dispatch on License API codes.
    "if (err.code === 'license_expired') renew(); else if (err.code === 'ECONNREFUSED') retry();",
    // Axios and Node codes, feature codes, success strings, tool names.
    "if (err.code === 'ECONNREFUSED' || err.code === 'ERR_BAD_REQUEST') retry(); else if (err.code === 'ETIMEDOUT') wait();",
    "if (feature.code === 'premium_feature') unlock(); else if (feature.code === 'basic_feature') limit();",
    "if (result.status === 'ok') done(); else if (result.status === 'license_deactivated') notify();",
    "if (tool.name === 'check_license') run(); else if (tool.name === 'create_order') order();",
    // Statuses: a general HTTP ladder (403, 200), a field not named status.
    'if (status === 401 || status === 403) login(); else if (status === 400) fix();',
    'if (res.status === 200) ok(); else if (res.status === 404) missing();',
    'if (res.statusCode === 400) fix(); else if (res.statusCode === 401) login();',
    // Every status, through a local and a normalisation.
    'const { status } = e.response; if (status === 400 || status === 401) fix(); else if (Number(status) === 404) missing(); else if (status === 409 || status === 500) retry();',
  ].map((code) => ({ code, options: chains })),
];

const untypedChainInvalid: Invalid[] = [
  // A local holding the upper-cased code is that code: the new branches compare it in upper case.
  {
    code: dedent(`
      const code = err.code.toUpperCase();
      if (code === 'LICENSE_EXPIRED') {} else if (code === 'TRIAL_EXPIRED') {}
    `),
    options: chains,
    errors: [
      {
        messageId: 'missingChainCodes',
        data: missingAllButTwoExpiries,
        line: 2,
        column: 1,
        suggestions: [
          {
            messageId: 'addMissingBranches',
            output: dedent(`
              const code = err.code.toUpperCase();
              if (code === 'LICENSE_EXPIRED') {} else if (code === 'TRIAL_EXPIRED') {} @@BRANCHES@@
            `).replace('@@BRANCHES@@', () =>
              catalogBranches(['license_expired', 'trial_expired'], { ifIndent: '', bodyIndent: '  ', read: 'code', subject: 'code', transform: (c) => c.toUpperCase() }),
            ),
          },
          {
            messageId: 'addFinalElse',
            output: dedent(`
              const code = err.code.toUpperCase();
              if (code === 'LICENSE_EXPIRED') {} else if (code === 'TRIAL_EXPIRED') {} else {
                throw new Error(\`Unhandled License API error code: \${String(code)}\`);
              }
            `),
          },
        ],
      },
    ],
  },
  // Bare statements as branches: the last one is put in braces before the new branches.
  {
    code: dedent(`
      function handle(err) {
        if (err.code === 'license_expired') renew();
        else if (err.code === 'trial_expired') buy();
      }
    `),
    options: chains,
    errors: [
      {
        messageId: 'missingChainCodes',
        data: missingAllButTwoExpiries,
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 38,
        suggestions: [
          {
            messageId: 'addMissingBranches',
            output: dedent(`
              function handle(err) {
                if (err.code === 'license_expired') renew();
                else if (err.code === 'trial_expired') { buy(); } @@BRANCHES@@
              }
            `).replace('@@BRANCHES@@', () =>
              catalogBranches(['license_expired', 'trial_expired'], { ifIndent: '  ', bodyIndent: '    ', read: 'err.code', subject: 'err.code' }),
            ),
          },
          {
            messageId: 'addFinalElse',
            output: dedent(`
              function handle(err) {
                if (err.code === 'license_expired') renew();
                else if (err.code === 'trial_expired') { buy(); } else {
                  throw new Error(\`Unhandled License API error code: \${String(err.code)}\`);
                }
              }
            `),
          },
        ],
      },
    ],
  },
  // A destructured local and the field it came from are one discriminant; \`==\`, Yoda order and double quotes are kept.
  {
    code: dedent(`
      const { code } = err;
      if ("license_expired" == code) {
        renew();
      } else if (err.code == "trial_expired") {
        buy();
      }
    `),
    options: chains,
    errors: [
      {
        messageId: 'missingChainCodes',
        data: missingAllButTwoExpiries,
        line: 2,
        column: 1,
        suggestions: [
          {
            messageId: 'addMissingBranches',
            output: dedent(`
              const { code } = err;
              if ("license_expired" == code) {
                renew();
              } else if (err.code == "trial_expired") {
                buy();
              } @@BRANCHES@@
            `).replace('@@BRANCHES@@', () =>
              catalogBranches(['license_expired', 'trial_expired'], { ifIndent: '', bodyIndent: '  ', read: 'code', subject: 'code' })
                .replaceAll(/code === '([a-z_]+)'/gu, '"$1" == code'),
            ),
          },
          {
            messageId: 'addFinalElse',
            output: dedent(`
              const { code } = err;
              if ("license_expired" == code) {
                renew();
              } else if (err.code == "trial_expired") {
                buy();
              } else {
                throw new Error(\`Unhandled License API error code: \${String(code)}\`);
              }
            `),
          },
        ],
      },
    ],
  },
  // Upper-cased reads; a typo matches no code and handles nothing.
  {
    code: "if (e.code.toUpperCase() === 'LICENSE_EXPIRED') renew(); else if (e.code.toUpperCase() === 'TRIAL_EXPIRED') buy(); else if (e.code.toUpperCase() === 'LICENCE_EXPIRED') renew();",
    options: chains,
    errors: [
      {
        messageId: 'missingChainCodes',
        data: missingAllButTwoExpiries,
        line: 1,
        column: 1,
        endColumn: 48,
        suggestions: [
          {
            messageId: 'addMissingBranches',
            output: `if (e.code.toUpperCase() === 'LICENSE_EXPIRED') renew(); else if (e.code.toUpperCase() === 'TRIAL_EXPIRED') buy(); else if (e.code.toUpperCase() === 'LICENCE_EXPIRED') { renew(); } ${catalogBranches(['license_expired', 'trial_expired'], { ifIndent: '', bodyIndent: '  ', read: 'e.code.toUpperCase()', subject: 'e.code', transform: (code) => code.toUpperCase() })}`,
          },
          {
            messageId: 'addFinalElse',
            output:
              "if (e.code.toUpperCase() === 'LICENSE_EXPIRED') renew(); else if (e.code.toUpperCase() === 'TRIAL_EXPIRED') buy(); else if (e.code.toUpperCase() === 'LICENCE_EXPIRED') { renew(); } else {\n  throw new Error(`Unhandled License API error code: ${String(e.code)}`);\n}",
          },
        ],
      },
    ],
  },
  // A lower-case label against an upper-cased read can never match: it handles nothing, though it is a code.
  {
    code: "if (e.code.toUpperCase() === 'LICENSE_EXPIRED') {} else if (e.code.toUpperCase() === 'trial_expired') {} else if (e.code.toUpperCase() === 'NOT_FOUND') {}",
    options: chains,
    errors: [
      {
        messageId: 'missingChainCodes',
        data: missingAllButTwoExpiries,
        line: 1,
        column: 1,
        endColumn: 48,
        suggestions: [
          {
            messageId: 'addMissingBranches',
            output: `if (e.code.toUpperCase() === 'LICENSE_EXPIRED') {} else if (e.code.toUpperCase() === 'trial_expired') {} else if (e.code.toUpperCase() === 'NOT_FOUND') {} ${catalogBranches(['license_expired', 'not_found'], { ifIndent: '', bodyIndent: '  ', read: 'e.code.toUpperCase()', subject: 'e.code', transform: (code) => code.toUpperCase() })}`,
          },
          {
            messageId: 'addFinalElse',
            output: "if (e.code.toUpperCase() === 'LICENSE_EXPIRED') {} else if (e.code.toUpperCase() === 'trial_expired') {} else if (e.code.toUpperCase() === 'NOT_FOUND') {} else {\n  throw new Error(`Unhandled License API error code: ${String(e.code)}`);\n}",
          },
        ],
      },
    ],
  },
  // A status read into a local of another name, with \`LicenseStatus\` constants.
  {
    code: dedent(`
      async function load(api) {
        try {
          return await api.check();
        } catch (e) {
          const s = e.response.status;
          if (s === LicenseStatus.BAD_REQUEST) {
            fix();
          } else if (s === LicenseStatus.UNAUTHORIZED || s === LicenseStatus.NOT_FOUND) {
            login();
          }
        }
      }
    `),
    options: chains,
    errors: [
      {
        messageId: 'missingChainStatuses',
        data: { count: '2 statuses', missing: '409 CONFLICT, 500 INTERNAL_SERVER_ERROR' },
        line: 6,
        column: 5,
        endColumn: 41,
        suggestions: [
          {
            messageId: 'addMissingBranches',
            output: dedent(`
              async function load(api) {
                try {
                  return await api.check();
                } catch (e) {
                  const s = e.response.status;
                  if (s === LicenseStatus.BAD_REQUEST) {
                    fix();
                  } else if (s === LicenseStatus.UNAUTHORIZED || s === LicenseStatus.NOT_FOUND) {
                    login();
                  } else if (
                    s === LicenseStatus.CONFLICT ||
                    s === LicenseStatus.INTERNAL_SERVER_ERROR
                  ) {
                    throw new Error(\`Unhandled License API error status: \${String(s)}\`);
                  }
                }
              }
            `),
          },
          {
            messageId: 'addFinalElse',
            output: dedent(`
              async function load(api) {
                try {
                  return await api.check();
                } catch (e) {
                  const s = e.response.status;
                  if (s === LicenseStatus.BAD_REQUEST) {
                    fix();
                  } else if (s === LicenseStatus.UNAUTHORIZED || s === LicenseStatus.NOT_FOUND) {
                    login();
                  } else {
                    throw new Error(\`Unhandled License API error status: \${String(s)}\`);
                  }
                }
              }
            `),
          },
        ],
      },
    ],
  },
  // Compiled optional chains, as in a \`dist\` folder: each read has its own temporary.
  {
    code: dedent(`
      var _a, _b;
      if (((_a = e.response) === null || _a === void 0 ? void 0 : _a.status) === 400) {
          fix();
      }
      else if (((_b = e.response) === null || _b === void 0 ? void 0 : _b.status) === 401) {
          login();
      }
    `),
    options: chains,
    errors: [
      {
        messageId: 'missingChainStatuses',
        data: { count: '3 statuses', missing: '404 NOT_FOUND, 409 CONFLICT, 500 INTERNAL_SERVER_ERROR' },
        line: 2,
        column: 1,
        suggestions: [
          {
            messageId: 'addMissingBranches',
            output: dedent(`
              var _a, _b;
              if (((_a = e.response) === null || _a === void 0 ? void 0 : _a.status) === 400) {
                  fix();
              }
              else if (((_b = e.response) === null || _b === void 0 ? void 0 : _b.status) === 401) {
                  login();
              } else if (
                  ((_a = e.response) === null || _a === void 0 ? void 0 : _a.status) === 404 ||
                  ((_a = e.response) === null || _a === void 0 ? void 0 : _a.status) === 409 ||
                  ((_a = e.response) === null || _a === void 0 ? void 0 : _a.status) === 500
              ) {
                  throw new Error(\`Unhandled License API error status: \${String((_a = e.response) === null || _a === void 0 ? void 0 : _a.status)}\`);
              }
            `),
          },
          {
            messageId: 'addFinalElse',
            output: dedent(`
              var _a, _b;
              if (((_a = e.response) === null || _a === void 0 ? void 0 : _a.status) === 400) {
                  fix();
              }
              else if (((_b = e.response) === null || _b === void 0 ? void 0 : _b.status) === 401) {
                  login();
              } else {
                  throw new Error(\`Unhandled License API error status: \${String((_a = e.response) === null || _a === void 0 ? void 0 : _a.status)}\`);
              }
            `),
          },
        ],
      },
    ],
  },
  // A last branch that ends in an \`if\` without \`else\` would take an appended \`else\` as its own: it is put in braces first.
  {
    code: "if (err.code === 'license_expired') renew();\nelse if (err.code === 'trial_expired') if (canBuy) buy();",
    options: chains,
    errors: [
      {
        messageId: 'missingChainCodes',
        data: missingAllButTwoExpiries,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 36,
        suggestions: [
          {
            messageId: 'addMissingBranches',
            output: `if (err.code === 'license_expired') renew();\nelse if (err.code === 'trial_expired') { if (canBuy) buy(); } ${catalogBranches(['license_expired', 'trial_expired'], { ifIndent: '', bodyIndent: '  ', read: 'err.code', subject: 'err.code' })}`,
          },
          {
            messageId: 'addFinalElse',
            output:
              "if (err.code === 'license_expired') renew();\nelse if (err.code === 'trial_expired') { if (canBuy) buy(); } else {\n  throw new Error(`Unhandled License API error code: ${String(err.code)}`);\n}",
          },
        ],
      },
    ],
  },
  // On a line of its own, the statement keeps it and the closing brace lines up with the ladder.
  {
    code: dedent(`
      function handle(err, offers) {
        if (err.code === 'license_expired') {
          renew();
        } else if (err.code === 'trial_expired')
          for (const offer of offers) if (offer.ok) buy(offer);
      }
    `),
    options: chains,
    errors: [
      {
        messageId: 'missingChainCodes',
        data: missingAllButTwoExpiries,
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 38,
        suggestions: [
          {
            messageId: 'addMissingBranches',
            output: dedent(`
              function handle(err, offers) {
                if (err.code === 'license_expired') {
                  renew();
                } else if (err.code === 'trial_expired') {
                  for (const offer of offers) if (offer.ok) buy(offer);
                } @@BRANCHES@@
              }
            `).replace('@@BRANCHES@@', () =>
              catalogBranches(['license_expired', 'trial_expired'], { ifIndent: '  ', bodyIndent: '    ', read: 'err.code', subject: 'err.code' }),
            ),
          },
          {
            messageId: 'addFinalElse',
            output: dedent(`
              function handle(err, offers) {
                if (err.code === 'license_expired') {
                  renew();
                } else if (err.code === 'trial_expired') {
                  for (const offer of offers) if (offer.ok) buy(offer);
                } else {
                  throw new Error(\`Unhandled License API error code: \${String(err.code)}\`);
                }
              }
            `),
          },
        ],
      },
    ],
  },
  {
    code: 'if (e.status === 400) fix(); else if (e.status === 401) while (retry()) if (loggedIn()) break;',
    options: chains,
    errors: [
      {
        messageId: 'missingChainStatuses',
        data: { count: '3 statuses', missing: '404 NOT_FOUND, 409 CONFLICT, 500 INTERNAL_SERVER_ERROR' },
        line: 1,
        column: 1,
        endColumn: 22,
        suggestions: [
          {
            messageId: 'addMissingBranches',
            output: dedent(`
              if (e.status === 400) fix(); else if (e.status === 401) { while (retry()) if (loggedIn()) break; } else if (
                e.status === 404 ||
                e.status === 409 ||
                e.status === 500
              ) {
                throw new Error(\`Unhandled License API error status: \${String(e.status)}\`);
              }
            `),
          },
          {
            messageId: 'addFinalElse',
            output: dedent(`
              if (e.status === 400) fix(); else if (e.status === 401) { while (retry()) if (loggedIn()) break; } else {
                throw new Error(\`Unhandled License API error status: \${String(e.status)}\`);
              }
            `),
          },
        ],
      },
    ],
  },
];

assumingLicenseApi(createUntypedRuleTester()).run('exhaustive-error-codes (if-else chains, untyped)', rule, {
  valid: untypedChainValid.map((test) => (typeof test === 'string' ? { code: test, filename: untypedFilename } : { ...test, filename: untypedFilename })),
  invalid: untypedChainInvalid.map((test) => ({ ...test, filename: untypedFilename })),
});

// ---------------------------------------------------------------------------
// Lookup tables by code (checkCodeMaps)
// ---------------------------------------------------------------------------

const typedMapValid: Valid[] = [
  // Off by default.
  typed(`
    const messages: Partial<Record<LicenseErrorCodeOf<409>, string>> = { license_key_exists: 'Taken' };
  `),
  ...[
    // A complete Record: TypeScript checks it.
    typed(`
      const messages: Record<LicenseErrorCodeOf<409>, string> = { license_key_exists: 'Taken', order_id_exists: 'Ordered' };
      declare const code: LicenseErrorCodeOf<409>;
      messages[code];
    `),
    // A partial table is read with a fallback: the default options let it handle the rest.
    typed(`
      const messages: Partial<Record<LicenseErrorCode, string>> = { license_expired: 'Renew', trial_expired: 'Buy' };
      declare const err: LicenseApiError;
      messages[err.code] ?? 'Unknown error';
    `),
    // Every code the key can hold.
    typed(`
      const messages: Record<string, string> = { license_key_exists: 'Taken', order_id_exists: 'Ordered', not_found: 'Missing' };
      declare const code: LicenseErrorCodeOf<404 | 409>;
      messages[code];
    `),
    // Keys that are not codes, and a key of a type that is not one.
    typed(`
      const labels: Record<string, string> = { license_key_exists: 'Taken', order_id_exists: 'Ordered' };
      declare const key: string;
      labels[key];
    `),
    typed(`
      const features = { premium_feature: 'Pro', basic_feature: 'Basic' };
      declare const feature: { code: 'premium_feature' | 'basic_feature' };
      features[feature.code];
    `),
    // An optional call and an \`in\` guard are fallbacks.
    typed(`
      const handlers: Partial<Record<LicenseErrorCode, (err: LicenseApiError) => void>> = { license_expired: renew, trial_expired: buy };
      declare const err: LicenseApiError;
      handlers[err.code]?.(err);
      declare function renew(): void;
      declare function buy(): void;
    `),
    typed(`
      const messages: Partial<Record<LicenseErrorCode, string>> = { license_expired: 'Renew', trial_expired: 'Buy' };
      declare const err: LicenseApiError;
      if (err.code in messages) alert(messages[err.code]);
    `),
    // Another vendor's table, looked up by a key typed \`string\`.
    typed(`
      const stripeMessages = { card_declined: 'x', expired_card: 'y', invalid_value: 'z', not_found: 'w' };
      declare const stripeError: { code: string };
      alert(stripeMessages[stripeError.code]);
    `),
    // Marked as deliberate.
    {
      code: typed(`
        const messages: Partial<Record<LicenseErrorCodeOf<409>, string>> = {
          license_key_exists: 'Taken',
          // no other codes expected
        };
      `),
      options: strictMaps,
    },
  ].map((test) => (typeof test === 'string' ? { code: test, options: maps } : test)),
];

const typedMapInvalid: Invalid[] = [
  // Partial<Record<...>> in strict mode: reported without a lookup; the suggestion completes the type.
  {
    code: typed(`
      export const messages: Partial<Record<LicenseErrorCodeOf<404 | 409>, string>> = { license_key_exists: 'Taken' };
    `),
    options: strictMaps,
    errors: [
      {
        messageId: 'incompleteCodeMap',
        data: { count: '2 codes', missing: "'not_found' (404 NOT_FOUND); 'order_id_exists' (409 CONFLICT)" },
        line: 2,
        column: 14,
        endLine: 2,
        endColumn: 22,
        suggestions: [
          {
            messageId: 'requireEveryCode',
            output: typed(`
              export const messages: Record<LicenseErrorCodeOf<404 | 409>, string> = { license_key_exists: 'Taken' };
            `),
          },
        ],
      },
    ],
  },
  // A table whose declared type names codes imported from the app's own module.
  {
    code: typed(`
      import type { ConflictCode } from './shared-errors.js';
      export const messages: Partial<Record<ConflictCode, string>> = { license_key_exists: 'Taken' };
    `),
    options: strictMaps,
    errors: [
      {
        messageId: 'incompleteCodeMap',
        data: { count: '1 code', missing: "'order_id_exists' (409 CONFLICT)" },
        line: 3,
        column: 14,
        suggestions: [
          {
            messageId: 'requireEveryCode',
            output: typed(`
              import type { ConflictCode } from './shared-errors.js';
              export const messages: Record<ConflictCode, string> = { license_key_exists: 'Taken' };
            `),
          },
        ],
      },
    ],
  },
  // A file's own `Record`, whose keys are optional: the declared type is asked, not taken for the standard one.
  {
    code: typed(`
      type Record<K extends string, V> = { [P in K]?: V };
      export const messages: Readonly<Record<LicenseErrorCodeOf<409>, string>> = { license_key_exists: 'Taken' };
    `),
    options: strictMaps,
    errors: [{ messageId: 'incompleteCodeMap', data: { count: '1 code', missing: "'order_id_exists' (409 CONFLICT)" }, line: 3, column: 14 }],
  },
  // An optional mapped type, and a lookup with a fallback that strict mode does not accept.
  {
    code: typed(`
      const messages: { [C in LicenseErrorCodeOf<409>]?: string } = { order_id_exists: 'Ordered' };
      declare const err: LicenseApiError<LicenseErrorCodeOf<409>>;
      messages[err.code] ?? 'Unknown error';
    `),
    options: strictMaps,
    errors: [
      {
        messageId: 'incompleteCodeMap',
        data: { count: '1 code', missing: "'license_key_exists' (409 CONFLICT)" },
        line: 2,
        column: 7,
        suggestions: [
          {
            messageId: 'requireEveryCode',
            output: typed(`
              const messages: { [C in LicenseErrorCodeOf<409>]: string } = { order_id_exists: 'Ordered' };
              declare const err: LicenseApiError<LicenseErrorCodeOf<409>>;
              messages[err.code] ?? 'Unknown error';
            `),
          },
        ],
      },
    ],
  },
  // \`satisfies Partial<Record<...>>\`, read without a fallback: reported with the default options too.
  {
    code: typed(`
      const messages = { license_key_exists: 'Taken' } satisfies Partial<Record<LicenseErrorCodeOf<409>, string>>;
      declare const code: LicenseErrorCodeOf<409>;
      show(messages[code as keyof typeof messages]);
      declare function show(text: string | undefined): void;
    `),
    options: maps,
    errors: [
      {
        messageId: 'incompleteCodeMap',
        data: { count: '1 code', missing: "'order_id_exists' (409 CONFLICT)" },
        line: 2,
        column: 7,
        suggestions: [
          {
            messageId: 'requireEveryCode',
            output: typed(`
              const messages = { license_key_exists: 'Taken' } satisfies Record<LicenseErrorCodeOf<409>, string>;
              declare const code: LicenseErrorCodeOf<409>;
              show(messages[code as keyof typeof messages]);
              declare function show(text: string | undefined): void;
            `),
          },
        ],
      },
    ],
  },
  // Keys a spread hides are read from the literal's type.
  {
    code: typed(`
      const taken = { license_key_exists: 'Taken' } as const;
      const messages: Partial<Record<LicenseErrorCodeOf<409>, string>> = { ...taken };
    `),
    options: strictMaps,
    errors: [
      {
        messageId: 'incompleteCodeMap',
        data: { count: '1 code', missing: "'order_id_exists' (409 CONFLICT)" },
        line: 3,
        column: 7,
        suggestions: [
          {
            messageId: 'requireEveryCode',
            output: typed(`
              const taken = { license_key_exists: 'Taken' } as const;
              const messages: Record<LicenseErrorCodeOf<409>, string> = { ...taken };
            `),
          },
        ],
      },
    ],
  },
  // A table typed by string: the key's type tells which codes it needs. No type to complete: no suggestion.
  {
    code: typed(`
      const messages: Record<string, string> = { not_found: 'Missing', internal_error: 'Try later' };
      declare const err: LicenseApiError<'not_found' | 'internal_error' | 'license_expired'>;
      alert(messages[err.code]);
    `),
    options: maps,
    errors: [{ messageId: 'incompleteCodeMap', data: { count: '1 code', missing: "'license_expired' (400 BAD_REQUEST)" }, line: 2, column: 7, suggestions: [] }],
  },
  // A key typed as License API codes makes a table with another key one by code all the same.
  {
    code: typed(`
      const messages = { not_found: 'Missing', internal_error: 'Try later', other: 'Oops' };
      declare const err: LicenseApiError<'not_found' | 'internal_error' | 'license_expired'>;
      alert(messages[err.code]);
    `),
    options: maps,
    errors: [{ messageId: 'incompleteCodeMap', data: { count: '1 code', missing: "'license_expired' (400 BAD_REQUEST)" }, line: 2, column: 7, suggestions: [] }],
  },
  // Strict mode does not accept an optional call.
  {
    code: typed(`
      const handlers: Partial<Record<LicenseErrorCodeOf<409>, () => void>> = { license_key_exists: retry };
      declare const err: LicenseApiError<LicenseErrorCodeOf<409>>;
      handlers[err.code]?.();
      declare function retry(): void;
    `),
    options: strictMaps,
    errors: [
      {
        messageId: 'incompleteCodeMap',
        data: { count: '1 code', missing: "'order_id_exists' (409 CONFLICT)" },
        line: 2,
        column: 7,
        suggestions: [
          {
            messageId: 'requireEveryCode',
            output: typed(`
              const handlers: Record<LicenseErrorCodeOf<409>, () => void> = { license_key_exists: retry };
              declare const err: LicenseApiError<LicenseErrorCodeOf<409>>;
              handlers[err.code]?.();
              declare function retry(): void;
            `),
          },
        ],
      },
    ],
  },
  // A wide key named like a code: every catalog code.
  {
    code: typed(`
      const messages: Record<string, string> = { license_expired: 'Renew', trial_expired: 'Buy' };
      declare const errorCode: string;
      alert(messages[errorCode]);
    `),
    options: maps,
    errors: [{ messageId: 'incompleteCodeMap', data: missingAllButTwoExpiries, line: 2, column: 7, suggestions: [] }],
  },
];

assumingLicenseApi(createTypedRuleTester()).run('exhaustive-error-codes (code maps, typed)', rule, { valid: typedMapValid, invalid: typedMapInvalid });

const untypedMapValid: Valid[] = [
  // Off by default.
  "const messages = { license_expired: 'Renew', trial_expired: 'Buy' }; alert(messages[err.code]);",
  ...[
    // A fallback where the table is read.
    "const messages = { license_expired: 'Renew', trial_expired: 'Buy' }; alert(messages[err.code] ?? 'Unknown error');",
    "const messages = { license_expired: 'Renew', trial_expired: 'Buy' }; alert(messages[err.code] || fallback);",
    "const messages = { license_expired: 'Renew', trial_expired: 'Buy' }; alert(messages?.[err?.code] ?? 'Unknown error');",
    // A single catalog code, no code key, a table written to, \`let\`, spreads, no lookup.
    "const messages = { license_expired: 'Renew', other: 'x' }; alert(messages[err.code]);",
    "const messages = { license_expired: 'Renew', trial_expired: 'Buy' }; alert(messages[key]);",
    "const handlers = { license_expired: renew, trial_expired: buy }; handlers[err.code] = log; handlers[err.code]();",
    "let messages = { license_expired: 'Renew', trial_expired: 'Buy' }; alert(messages[err.code]);",
    "const messages = { ...base, license_expired: 'Renew', trial_expired: 'Buy' }; alert(messages[err.code]);",
    "const messages = { license_expired: 'Renew', trial_expired: 'Buy' }; alert(messages.license_expired);",
    // Every catalog code.
    `const messages = { ${licenseErrorCatalog.map(({ code }) => `${code}: 1`).join(', ')} }; alert(messages[err.code]);`,
    // Marked as deliberate.
    "const messages = {\n  license_expired: 'Renew',\n  trial_expired: 'Buy',\n  // no other codes expected\n};\nalert(messages[err.code]);",
    // Feature codes, axios codes, success strings.
    "const features = { premium_feature: 'Pro', basic_feature: 'Basic' }; alert(features[feature.code]);",
    "const retry = { ECONNREFUSED: true, ERR_BAD_REQUEST: false }; retry[err.code];",
    "const labels = { ok: 'Fine', license_deactivated: 'Deactivated' }; labels[result.code];",
    // Only lookups by code count: this one has its fallback, the other is by another key.
    "const messages = { license_expired: 'Renew', trial_expired: 'Buy' }; alert(messages[err.code] ?? 'Unknown'); alert(messages[key]);",
    // An optional call or member on the lookup skips a missing entry.
    "const handlers = { license_expired: renew, trial_expired: buy }; handlers[err.code]?.(err);",
    "const messages = { license_expired: 'Renew', trial_expired: 'Buy' }; alert(messages[err?.code]?.toUpperCase());",
    // A membership test of the same table and key guards the lookup.
    "const handlers = { license_expired: renew, trial_expired: buy }; if (err.code in handlers) handlers[err.code](err); else log(err);",
    "const messages = { license_expired: 'Renew', trial_expired: 'Buy' }; function text(err) { return err.code in messages ? messages[err.code] : 'Other'; }",
    "const messages = { license_expired: 'Renew', trial_expired: 'Buy' }; function text(err) { if (Object.hasOwn(messages, err.code)) return messages[err.code]; return 'Other'; }",
    "const messages = { license_expired: 'Renew', trial_expired: 'Buy' }; messages.hasOwnProperty(err.code) && alert(messages[err.code]);",
    "const handlers = { license_expired: renew, trial_expired: buy }; Object.prototype.hasOwnProperty.call(handlers, err?.code) ? handlers[err.code](err) : log(err);",
    "const handlers = { license_expired: renew, trial_expired: buy }; const { code } = err; if (code in handlers && enabled) { retry(); handlers[err.code](err); }",
    // Negated, with the lookup where the test fails.
    "const handlers = { license_expired: renew, trial_expired: buy }; if (!(err.code in handlers)) log(err); else handlers[err.code](err);",
    "const handlers = { license_expired: renew, trial_expired: buy }; !Object.hasOwn(handlers, err.code) || handlers[err.code](err);",
    // Another vendor's table: a key that is no License API code, beside two that are.
    "const stripeMessages = { card_declined: 'x', expired_card: 'y', invalid_value: 'z', not_found: 'w' }; show(stripeMessages[stripeError.code]);",
    "const messages = { license_expired: 'Renew', trial_expired: 'Buy', seat_limit: 'Full' }; alert(messages[err.code]);",
    "const messages = { license_expired: 'Renew', trial_expired: 'Buy', default: 'Oops' }; alert(messages[err.code]);",
  ].map((code) => ({ code, options: maps })),
];

const untypedMapInvalid: Invalid[] = [
  {
    code: "const messages = { license_expired: 'Renew', trial_expired: 'Buy' };\nalert(messages[err.code]);",
    options: maps,
    errors: [{ messageId: 'incompleteCodeMap', data: missingAllButTwoExpiries, line: 1, column: 7, endColumn: 15, suggestions: [] }],
  },
  // A fallback does not excuse the table in strict mode; keys read through a local or a compiled chain.
  {
    code: "const messages = { 'license_expired': 'Renew', [`trial_expired`]: 'Buy' };\nfunction text(e) {\n  const { code } = e.response.data;\n  return messages[code] ?? 'Unknown error';\n}",
    options: strictMaps,
    errors: [{ messageId: 'incompleteCodeMap', data: missingAllButTwoExpiries, line: 1, column: 7, suggestions: [] }],
  },
  {
    code: "const messages = { license_expired: 'Renew', trial_expired: 'Buy' };\nconst c = err.code;\nalert(messages[c]);",
    options: maps,
    errors: [{ messageId: 'incompleteCodeMap', data: missingAllButTwoExpiries, line: 1, column: 7, suggestions: [] }],
  },
  {
    code: "var _a;\nconst MESSAGES = { license_expired: 'Renew', trial_expired: 'Buy' };\nalert(MESSAGES[(_a = e.response) === null || _a === void 0 ? void 0 : _a.data.error_code]);",
    options: maps,
    errors: [{ messageId: 'incompleteCodeMap', data: missingAllButTwoExpiries, line: 2, column: 7, suggestions: [] }],
  },
  // An optional call and a guard are fallbacks, which strict mode does not accept.
  {
    code: "const handlers = { license_expired: renew, trial_expired: buy };\nhandlers[err.code]?.(err);\nif (err.code in handlers) handlers[err.code](err);",
    options: strictMaps,
    errors: [{ messageId: 'incompleteCodeMap', data: missingAllButTwoExpiries, line: 1, column: 7, endColumn: 15, suggestions: [] }],
  },
  // Guards that do not guard this lookup: another table, another key, the branch where the test failed, an \`||\`, a callback.
  ...[
    'if (err.code in other) handlers[err.code](err);',
    'if (key in handlers) handlers[err.code](err);',
    'if (err.code in handlers) log(err); else handlers[err.code](err);',
    'if (err.code in handlers || force) handlers[err.code](err);',
    'if (Object.hasOwn(handlers)) handlers[err.code](err);',
    'if (err.code in handlers) later(() => handlers[err.code](err));',
    // An early return is not followed.
    'function run(err) {\n  if (!(err.code in handlers)) return;\n  handlers[err.code](err);\n}',
    // A lookup checked after the fact stays reported.
    'const handler = handlers[err.code];\nif (!handler) throw err;\nhandler(err);',
  ].map(
    (use): Invalid => ({
      code: `const handlers = { license_expired: renew, trial_expired: buy };\n${use}`,
      options: maps,
      errors: [{ messageId: 'incompleteCodeMap', data: missingAllButTwoExpiries, line: 1, column: 7, endColumn: 15, suggestions: [] }],
    }),
  ),
  // A code from \`additionalCodes\` is a License API code: the table stays one.
  {
    code: "const messages = { license_expired: 'Renew', trial_expired: 'Buy', seat_limit: 'Full' };\nalert(messages[err.code]);",
    options: maps,
    settings: { licensespring: { additionalCodes: ['seat_limit'] } },
    errors: [{ messageId: 'incompleteCodeMap', data: missingAllButTwoExpiries, line: 1, column: 7, endColumn: 15, suggestions: [] }],
  },
];

assumingLicenseApi(createUntypedRuleTester()).run('exhaustive-error-codes (code maps, untyped)', rule, {
  valid: untypedMapValid.map((test) => (typeof test === 'string' ? { code: test, filename: untypedFilename } : { ...test, filename: untypedFilename })),
  invalid: untypedMapInvalid.map((test) => ({ ...test, filename: untypedFilename })),
});

assumingLicenseApi(createSyntacticTsRuleTester()).run('exhaustive-error-codes (ladders and tables, TypeScript without types)', rule, {
  valid: [
    // Without types a declared partial table is judged by its keys and lookups, as in JavaScript.
    { code: "const messages: Partial<Record<LicenseErrorCode, string>> = { license_expired: 'Renew' };", options: strictMaps },
    { code: "const handlers = { license_expired: renew, trial_expired: buy };\n(handlers[err!.code] as Handler | undefined)?.(err);", options: maps },
  ],
  invalid: [
    {
      code: "const messages: Partial<Record<LicenseErrorCode, string>> = { license_expired: 'Renew', trial_expired: 'Buy' } as const;\nalert(messages[err!.code as LicenseErrorCode]);",
      options: maps,
      errors: [{ messageId: 'incompleteCodeMap', data: missingAllButTwoExpiries, line: 1, column: 7, endColumn: 15, suggestions: [] }],
    },
    {
      code: "const messages = { license_expired: 'Renew', trial_expired: 'Buy' };\nalert((messages as Record<string, string>)[err.code]);",
      options: maps,
      errors: [{ messageId: 'incompleteCodeMap', data: missingAllButTwoExpiries, line: 1, column: 7, suggestions: [] }],
    },
    {
      code: "if ((err as ApiError).code === 'license_expired') renew();\nelse if (err!.code === 'trial_expired') buy();",
      options: chains,
      errors: [
        {
          messageId: 'missingChainCodes',
          data: missingAllButTwoExpiries,
          line: 1,
          column: 1,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'addMissingBranches',
              output: `if ((err as ApiError).code === 'license_expired') renew();\nelse if (err!.code === 'trial_expired') { buy(); } ${catalogBranches(['license_expired', 'trial_expired'], { ifIndent: '', bodyIndent: '  ', read: '(err as ApiError).code', subject: '(err as ApiError).code' })}`,
            },
            {
              messageId: 'addFinalElse',
              output:
                "if ((err as ApiError).code === 'license_expired') renew();\nelse if (err!.code === 'trial_expired') { buy(); } else {\n  throw new Error(`Unhandled License API error code: ${String((err as ApiError).code)}`);\n}",
            },
          ],
        },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------
// The configs: `strict` checks ladders and tables, `recommended` does not
// ---------------------------------------------------------------------------

void describe('exhaustive-error-codes in the configs', () => {
  const ladderAndTable = dedent(`
    if (err.code === 'license_expired') renew();
    else if (err.code === 'trial_expired') buy();
    const messages = { license_expired: 'Renew', trial_expired: 'Buy' };
    alert(messages[err.code] ?? 'Unknown error');
  `);

  function lintWith(config: Linter.Config): (string | null)[] {
    return new Linter({ configType: 'flat' })
      .verify(ladderAndTable, [{ languageOptions: { parser: espree, sourceType: 'module', ecmaVersion: 'latest' } }, config])
      .filter(({ ruleId }) => ruleId === 'licensespring/exhaustive-error-codes')
      .map(({ messageId }) => messageId ?? null);
  }

  void it('strict reports the ladder and the table, a fallback notwithstanding', () => {
    assert.deepEqual(lintWith(plugin.configs.strict), ['missingChainCodes', 'incompleteCodeMap']);
  });

  void it('recommended reports neither', () => {
    assert.deepEqual(lintWith(plugin.configs.recommended), []);
  });
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
