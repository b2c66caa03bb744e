import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import type { LicenseApiError, LicenseErrorCodeHandlers } from '../../types/index.js';
import { licenseErrorCatalog, matchLicenseError, matchLicenseErrorStatus } from '../../types/index.js';

// Typed as the whole union (an annotation would narrow them to their literal member).
const conflict = { status: 409, code: 'order_id_exists', message: 'taken' } as LicenseApiError;
const notFound = { status: 404, code: 'not_found', message: 'no such path' } as LicenseApiError;

/** Handlers for every code, each returning its code: built from the catalog, not by hand. */
const everyCode = Object.fromEntries(
  licenseErrorCatalog.map(({ code }) => [code, (error: LicenseApiError) => `${error.code}:${error.status}`]),
) as LicenseErrorCodeHandlers<LicenseApiError, string>;

void describe('matchLicenseError', () => {
  void it('calls the handler of the error\'s code with the error, and returns its result', () => {
    for (const { code, status } of licenseErrorCatalog) {
      const error = { status, code, message: '' } as LicenseApiError;
      assert.equal(matchLicenseError(error, everyCode), `${code}:${status}`);
    }
    const seen: unknown[] = [];
    const result = matchLicenseError(conflict, {
      ...everyCode,
      order_id_exists: (error) => {
        seen.push(error);
        return 42;
      },
    });
    assert.equal(result, 42);
    assert.deepEqual(seen, [conflict]);
    assert.equal(seen[0], conflict);
  });

  void it('calls the fallback for codes without a handler', () => {
    const calls: string[] = [];
    const handle = (error: LicenseApiError): string =>
      matchLicenseError(error, { order_id_exists: () => 'handled' }, (rest) => {
        calls.push(rest.code);
        return 'fallback';
      });
    assert.equal(handle(conflict), 'handled');
    assert.equal(handle(notFound), 'fallback');
    assert.deepEqual(calls, ['not_found']);
  });

  void it('throws a TypeError naming the code when a handler is missing and there is no fallback', () => {
    const partial = { not_found: () => 'x' } as unknown as LicenseErrorCodeHandlers;
    assert.throws(() => matchLicenseError(conflict, partial), {
      name: 'TypeError',
      message:
        'matchLicenseError: no handler for License API error "order_id_exists" (status 409). Add a handler for it or pass a fallback.',
    });
  });

  void it('ignores inherited keys and non-function values', () => {
    const prototypeHandlers = Object.create({ order_id_exists: () => 'inherited' }) as LicenseErrorCodeHandlers;
    assert.throws(() => matchLicenseError(conflict, prototypeHandlers), TypeError);
    const weird = { status: 400, code: 'toString', message: '' } as unknown as LicenseApiError;
    assert.throws(() => matchLicenseError(weird, {} as LicenseErrorCodeHandlers), /"toString"/);
    assert.equal(matchLicenseError(weird, {}, () => 'fallback'), 'fallback');
    const notAFunction = { order_id_exists: 'oops' } as unknown as LicenseErrorCodeHandlers;
    assert.equal(matchLicenseError(conflict, notAFunction, () => 'fallback'), 'fallback');
    assert.equal(
      matchLicenseError(conflict, Object.assign(Object.create(null) as object, { order_id_exists: () => 'own' }), () => ''),
      'own',
    );
  });

  void it('calls handlers as plain functions, once', () => {
    let calls = 0;
    const handlers = {
      order_id_exists(this: unknown) {
        calls += 1;
        return this;
      },
    };
    assert.equal(matchLicenseError(conflict, handlers, () => null), undefined);
    assert.equal(calls, 1);
  });
});

void describe('matchLicenseErrorStatus', () => {
  const byStatus = {
    400: () => 'bad request',
    401: () => 'unauthorized',
    404: (error: LicenseApiError) => `missing ${error.code}`,
    409: (error: LicenseApiError) => `conflict ${error.code}`,
    500: () => 'server',
  };

  void it('calls the handler of the error\'s status', () => {
    assert.equal(matchLicenseErrorStatus(conflict, byStatus), 'conflict order_id_exists');
    assert.equal(matchLicenseErrorStatus(notFound, byStatus), 'missing not_found');
  });

  void it('calls the fallback for statuses without a handler', () => {
    assert.equal(
      matchLicenseErrorStatus(notFound, { 409: () => 'conflict' }, (rest) => `rest ${rest.status}`),
      'rest 404',
    );
  });

  void it('throws a TypeError naming the code and status when a handler is missing', () => {
    assert.throws(() => matchLicenseErrorStatus(notFound, { 409: () => '' } as never), {
      name: 'TypeError',
      message:
        'matchLicenseErrorStatus: no handler for License API error "not_found" (status 404). Add a handler for it or pass a fallback.',
    });
  });
});
