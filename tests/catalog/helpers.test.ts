import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import {
  isLicenseErrorCode,
  isLicenseErrorStatus,
  licenseErrorCatalog,
  licenseErrorCodes,
  licenseErrorStatusByCode,
  licenseErrorStatuses,
  LicenseStatus,
  statusOf,
} from '../../types/index.js';

void describe('LicenseStatus', () => {
  void it('names each catalog status', () => {
    assert.deepEqual(
      { ...LicenseStatus },
      { BAD_REQUEST: 400, UNAUTHORIZED: 401, NOT_FOUND: 404, CONFLICT: 409, INTERNAL_SERVER_ERROR: 500 },
    );
    assert.deepEqual(Object.keys(LicenseStatus), licenseErrorStatuses.map(({ name }) => name));
  });

  void it('is frozen', () => {
    assert.ok(Object.isFrozen(LicenseStatus));
    assert.throws(() => {
      (LicenseStatus as { CONFLICT: number }).CONFLICT = 400;
    }, TypeError);
  });
});

void describe('licenseErrorCodes', () => {
  void it('lists every code in catalog order, frozen', () => {
    assert.deepEqual(licenseErrorCodes, licenseErrorCatalog.map(({ code }) => code));
    assert.equal(licenseErrorCodes.length, 79);
    assert.ok(Object.isFrozen(licenseErrorCodes));
  });
});

void describe('licenseErrorStatusByCode', () => {
  void it('maps every code to its status and nothing else', () => {
    assert.deepEqual(
      Object.entries(licenseErrorStatusByCode),
      licenseErrorCatalog.map(({ code, status }) => [code, status]),
    );
    assert.equal(licenseErrorStatusByCode.order_id_exists, 409);
    assert.equal(licenseErrorStatusByCode.not_found, 404);
  });

  void it('is frozen and has no prototype', () => {
    assert.ok(Object.isFrozen(licenseErrorStatusByCode));
    assert.equal(Object.getPrototypeOf(licenseErrorStatusByCode), null);
    assert.equal('toString' in licenseErrorStatusByCode, false);
    assert.equal('__proto__' in licenseErrorStatusByCode, false);
    assert.throws(() => {
      (licenseErrorStatusByCode as Record<string, number>)['not_found'] = 400;
    }, TypeError);
  });
});

void describe('statusOf', () => {
  void it('returns the status of every code', () => {
    for (const { code, status } of licenseErrorCatalog) {
      assert.equal(statusOf(code), status, code);
    }
  });

  void it('throws a TypeError naming an unknown code', () => {
    for (const code of ['licence_expired', 'toString', '__proto__', 'constructor', '']) {
      assert.throws(() => statusOf(code as never), {
        name: 'TypeError',
        message: `Unknown License API error code: ${JSON.stringify(code)}.`,
      });
    }
    assert.throws(() => statusOf(409 as never), { name: 'TypeError', message: /409/ });
    assert.throws(() => statusOf(undefined as never), { name: 'TypeError', message: /undefined/ });
  });
});

void describe('isLicenseErrorCode', () => {
  void it('accepts every catalog code', () => {
    for (const code of licenseErrorCodes) {
      assert.equal(isLicenseErrorCode(code), true, code);
    }
  });

  void it('rejects anything else, inherited property names included', () => {
    const rejected: unknown[] = [
      'licence_expired',
      'LICENSE_EXPIRED',
      ' license_expired',
      '',
      'constructor',
      '__proto__',
      'toString',
      'hasOwnProperty',
      'valueOf',
      409,
      null,
      undefined,
      {},
      ['license_expired'],
      new String('license_expired'),
      Symbol('license_expired'),
    ];
    for (const value of rejected) {
      assert.equal(isLicenseErrorCode(value), false, String(value));
    }
  });
});

void describe('isLicenseErrorStatus', () => {
  void it('accepts the catalog statuses only', () => {
    for (const { status } of licenseErrorStatuses) {
      assert.equal(isLicenseErrorStatus(status), true);
    }
    for (const value of [403, 200, 0, -400, 400.5, Number.NaN, Infinity, '400', null, undefined, new Number(400)]) {
      assert.equal(isLicenseErrorStatus(value), false, String(value));
    }
  });
});
