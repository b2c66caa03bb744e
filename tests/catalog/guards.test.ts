import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import vm from 'node:vm';

import { isLicenseApiError, isLicenseApiErrorBody } from '../../types/index.js';

const valid = { status: 409, code: 'order_id_exists', message: 'The order exists.' };

/** Calls both guards, failing the test if either throws. */
function check(value: unknown): { body: boolean; error: boolean } {
  return { body: isLicenseApiErrorBody(value), error: isLicenseApiError(value) };
}

const both = { body: true, error: true };
const neither = { body: false, error: false };
const bodyOnly = { body: true, error: false };

void describe('isLicenseApiErrorBody and isLicenseApiError', () => {
  void it('accept a catalog error body', () => {
    assert.deepEqual(check(valid), both);
    assert.deepEqual(check(JSON.parse('{"status":404,"code":"not_found","message":""}')), both);
    assert.deepEqual(check({ message: 'key order does not matter', code: 'internal_error', status: 500 }), both);
  });

  void it('differ on codes the catalog does not know, or a status that is not the code\'s', () => {
    assert.deepEqual(check({ status: 403, code: 'brand_new_code', message: '' }), bodyOnly);
    assert.deepEqual(check({ status: 400, code: 'order_id_exists', message: '' }), bodyOnly);
    assert.deepEqual(check({ status: 418, code: 'not_found', message: '' }), bodyOnly);
    for (const code of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      assert.deepEqual(check({ status: 400, code, message: '' }), bodyOnly, code);
    }
  });

  void it('reject values that are not objects, and arrays', () => {
    const values: unknown[] = [
      null,
      undefined,
      0,
      409,
      Number.NaN,
      '',
      JSON.stringify(valid),
      true,
      10n,
      Symbol('error'),
      () => valid,
      [],
      [409, 'order_id_exists', 'message'],
      Object.assign([], valid),
    ];
    for (const value of values) {
      assert.deepEqual(check(value), neither, typeof value === 'symbol' ? 'symbol' : String(value));
    }
  });

  void it('reject missing and extra keys', () => {
    for (const missing of ['status', 'code', 'message']) {
      const value = Object.fromEntries(Object.entries(valid).filter(([key]) => key !== missing));
      assert.deepEqual(check(value), neither, missing);
    }
    assert.deepEqual(check({}), neither);
    assert.deepEqual(check({ ...valid, details: [] }), neither);
    assert.deepEqual(check({ ...valid, extra: undefined }), neither);
    assert.deepEqual(check({ ...valid, [Symbol('hidden')]: 1 }), neither);
    assert.deepEqual(check(Object.defineProperty({ ...valid }, 'hidden', { value: 1, enumerable: false })), neither);
  });

  void it('reject wrong types and non-finite statuses', () => {
    const values: unknown[] = [
      { ...valid, status: '409' },
      { ...valid, status: Number.NaN },
      { ...valid, status: Infinity },
      { ...valid, status: -Infinity },
      { ...valid, status: null },
      { ...valid, status: new Number(409) },
      { ...valid, code: 409 },
      { ...valid, code: null },
      { ...valid, code: new String('order_id_exists') },
      { ...valid, message: undefined },
      { ...valid, message: { text: 'x' } },
      { ...valid, message: ['x'] },
    ];
    for (const value of values) {
      assert.deepEqual(check(value), neither, JSON.stringify(value));
    }
  });

  void it('reject an own __proto__ or constructor key', () => {
    const withProto: unknown = JSON.parse('{"status":409,"code":"order_id_exists","message":"","__proto__":{"x":1}}');
    assert.ok(Object.hasOwn(withProto as object, '__proto__'));
    assert.deepEqual(check(withProto), neither);
    const onlyProto: unknown = JSON.parse('{"status":409,"code":"order_id_exists","__proto__":"m"}');
    assert.deepEqual(check(onlyProto), neither);
    assert.deepEqual(check({ ...valid, constructor: Object }), neither);
    assert.deepEqual(check(JSON.parse('{"status":409,"code":"order_id_exists","constructor":"m"}')), neither);
  });

  void it('handle huge strings', () => {
    const huge = 'x'.repeat(10 * 1024 * 1024);
    assert.deepEqual(check({ ...valid, message: huge }), both);
    assert.deepEqual(check({ ...valid, code: huge }), bodyOnly);
    assert.deepEqual(check(huge), neither);
  });

  void it('reject getters without calling them, throwing or not', () => {
    let calls = 0;
    const throwing = Object.defineProperty({ status: 409, code: 'order_id_exists' }, 'message', {
      enumerable: true,
      get() {
        calls += 1;
        throw new Error('boom');
      },
    });
    const friendly = Object.defineProperty({ status: 409, code: 'order_id_exists' }, 'message', {
      enumerable: true,
      get() {
        calls += 1;
        return 'fine';
      },
    });
    assert.deepEqual(check(throwing), neither);
    assert.deepEqual(check(friendly), neither);
    assert.equal(calls, 0);
  });

  void it('never throw on hostile proxies', () => {
    const boom = (): never => {
      throw new Error('trap');
    };
    const traps: ProxyHandler<object>[] = [
      { ownKeys: boom },
      { getOwnPropertyDescriptor: boom },
      { getPrototypeOf: boom },
      { get: boom, has: boom },
    ];
    for (const handler of traps) {
      check(new Proxy({ ...valid }, handler));
    }
    // A proxy whose traps all succeed reads like its target.
    assert.deepEqual(check(new Proxy({ ...valid }, { get: boom })), both);
    assert.deepEqual(check(new Proxy({ ...valid }, { ownKeys: boom })), neither);
    assert.deepEqual(check(new Proxy({ ...valid }, { getOwnPropertyDescriptor: boom })), neither);
    assert.deepEqual(check(new Proxy({ ...valid }, { getPrototypeOf: boom })), neither);
    const { proxy, revoke } = Proxy.revocable({ ...valid }, {});
    revoke();
    assert.deepEqual(check(proxy), neither);
    // A proxy that reports different keys on each call cannot make the guards throw.
    let flip = false;
    const fickle = new Proxy(
      { ...valid },
      {
        ownKeys: () => {
          flip = !flip;
          return flip ? ['status', 'code', 'message'] : ['status'];
        },
      },
    );
    check(fickle);
  });

  void it('accept frozen and null-prototype bodies, and plain objects of another realm', () => {
    assert.deepEqual(check(Object.freeze({ ...valid })), both);
    assert.deepEqual(check(Object.seal({ ...valid })), both);
    assert.deepEqual(check(Object.assign(Object.create(null) as object, valid)), both);
    assert.deepEqual(check(vm.runInNewContext('({ status: 409, code: "order_id_exists", message: "" })')), both);
  });

  void it('reject class instances, errors and other non-plain objects', () => {
    class ApiError {
      status = 409;
      code = 'order_id_exists';
      message = '';
    }
    const instance = new ApiError();
    assert.deepEqual(Object.keys(instance), ['status', 'code', 'message']);
    assert.deepEqual(check(instance), neither);
    assert.deepEqual(check(Object.assign(new Error(''), { status: 409, code: 'order_id_exists' })), neither);
    assert.deepEqual(check(Object.create(valid)), neither);
    assert.deepEqual(check(new Map(Object.entries(valid))), neither);
    assert.deepEqual(check(new Date()), neither);
  });
});
