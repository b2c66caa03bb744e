/**
 * isLicenseApiRejection and isTransportFailure, on the values a license check
 * really fails with: the official SDK's, axios', fetch's and Node's, made here
 * against local servers and closed ports, and on hostile and random values.
 */
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import http from 'node:http';
import { createRequire } from 'node:module';
import net from 'node:net';
import { after, before, describe, it } from 'node:test';

import fc from 'fast-check';

import { nodeSdkCodes } from '../../rules/presets/node-sdk.js';
import { nodeSdkLocalFailures, transportErrorCodes } from '../../types/offline-grace.js';
import { isLicenseApiError, isLicenseApiRejection, isTransportFailure, licenseErrorCatalog } from '../../types/index.js';

type Verdict = 'rejection' | 'transport' | 'neither';

/** Both helpers' answers as one word, failing the test if both say yes. */
function verdict(value: unknown): Verdict {
  const rejection = isLicenseApiRejection(value);
  const transport = isTransportFailure(value);
  assert.ok(!(rejection && transport), 'both helpers said yes');
  return rejection ? 'rejection' : transport ? 'transport' : 'neither';
}

/** What `promise` rejects with; fails the test if it resolves. */
async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  assert.fail('expected the promise to reject');
}

/** A local port nothing listens on (a free one, not a port fetch refuses to use, such as 9). */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Node's system error, as `net` and `dns` make it (there is no public constructor). */
function systemError(code: string, syscall = 'connect'): Error {
  return Object.assign(new Error(`${syscall} ${code} 127.0.0.1:443`), { errno: -1, code, syscall });
}

/**
 * One local HTTP server for the whole file. The first path segment picks the
 * answer: /json/<status>/<code>, /empty/<status>, /html/<status>, /reset
 * (destroys the socket), /hang (never answers), /signed (a check-license
 * answer with a signature that does not verify).
 */
let server: http.Server;
let base = '';
let refused = '';
const hanging: http.ServerResponse[] = [];

function answer(request: http.IncomingMessage, response: http.ServerResponse): void {
  const [kind = '', status = '200', code = ''] = new URL(request.url ?? '/', 'http://x').pathname.split('/').slice(1);
  switch (kind) {
    case 'json':
      response.writeHead(Number(status), { 'content-type': 'application/json' });
      response.end(JSON.stringify({ status: Number(status), code, message: 'From the test server.' }));
      return;
    case 'empty':
      response.writeHead(Number(status));
      response.end();
      return;
    case 'html':
      response.writeHead(Number(status), { 'content-type': 'text/html' });
      response.end('<html><body>Bad gateway</body></html>');
      return;
    case 'reset':
      request.socket.destroy();
      return;
    case 'signed':
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ license_signature: Buffer.from('forged').toString('base64'), license_key: 'KEY' }));
      return;
    default:
      hanging.push(response);
  }
}

before(async () => {
  server = http.createServer(answer);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${String((server.address() as net.AddressInfo).port)}`;
  refused = `http://127.0.0.1:${String(await closedPort())}`;
});

after(async () => {
  for (const response of hanging) {
    response.destroy();
  }
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

// The SDK and the axios it depends on, loaded as the SDK loads them (CommonJS).
// Minimal local types: the SDK's own declarations are heavy to check.
interface SdkLicenseApi {
  checkLicense(payload: Readonly<Record<string, string>>): Promise<unknown>;
}
interface Axios {
  get(url: string, config?: { readonly timeout?: number; readonly signal?: AbortSignal }): Promise<unknown>;
}
const requireFromHere = createRequire(import.meta.url);
const sdkEntry = requireFromHere.resolve('@licensespring/node-sdk');
const { LicenseAPI } = requireFromHere(sdkEntry) as { LicenseAPI: new (config: Readonly<Record<string, unknown>>) => SdkLicenseApi };
const axios = createRequire(sdkEntry)('axios') as Axios;

const { publicKey } = generateKeyPairSync('rsa', {
  modulusLength: 1024,
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
});
const checkPayload = { license_key: 'KEY', hardware_id: 'device', product: 'app' };

function sdkCheck(apiPath: string, config: Readonly<Record<string, unknown>> = {}): Promise<unknown> {
  // A fixed hardwareID keeps the SDK from running its native hardware-id probe.
  const credentials = { apiKey: 'key', sharedKey: 'shared', publicKey };
  const api = new LicenseAPI({ ...credentials, apiPath, appName: 'app', appVersion: '1', hardwareID: 'device', ...config });
  return rejectionOf(api.checkLicense(checkPayload));
}

void describe('what @licensespring/node-sdk 1.4.17 really throws', () => {
  // dist/src/service.js:104-119 (the same catch in each of its five request methods).
  void it('makes ECONNREFUSED a 503 cannot_connect_to_server body: transport', async () => {
    const error = await sdkCheck(refused);
    assert.deepEqual(error, { status: 503, code: 'cannot_connect_to_server', message: 'Cannot connect to server' });
    assert.equal(verdict(error), 'transport');
  });

  void it('makes a request with no answer body a 500 internal_server_error body: transport', async () => {
    const reset = await sdkCheck(`${base}/reset`);
    const empty = await sdkCheck(`${base}/empty/500`);
    for (const error of [reset, empty]) {
      assert.deepEqual(error, { status: 500, code: 'internal_server_error', message: 'Internal server error' });
      assert.equal(verdict(error), 'transport');
    }
  });

  void it('rethrows the API\'s body as it came: 4xx is a rejection, whatever the code; 5xx is transport', async () => {
    const expired = await sdkCheck(`${base}/json/400/license_expired`);
    assert.deepEqual(expired, { status: 400, code: 'license_expired', message: 'From the test server.' });
    assert.equal(verdict(expired), 'rejection');
    assert.equal(verdict(await sdkCheck(`${base}/json/403/a_code_from_the_future`)), 'rejection');
    assert.equal(verdict(await sdkCheck(`${base}/json/500/internal_error`)), 'transport');
  });

  void it('throws a proxy\'s HTML page as a bare string: neither, since nothing in it can be trusted', async () => {
    const error = await sdkCheck(`${base}/html/502`);
    assert.equal(typeof error, 'string');
    assert.equal(verdict(error), 'neither');
  });

  // dist/src/common.js:49 (checkSignatureV1), reached from api.js:164.
  void it('throws license_signature_invalid (401, not a catalog code) on a forged answer: a rejection', async () => {
    const error = await sdkCheck(`${base}/signed`);
    assert.deepEqual(error, { status: 401, code: 'license_signature_invalid', message: 'Received license_signature is invalid' });
    assert.equal(isLicenseApiError(error), false);
    assert.equal(verdict(error), 'rejection');
  });

  void it('lets a page that is not JSON fail inside node:crypto: neither', async () => {
    const error = await sdkCheck(`${base}/html/200`);
    assert.ok(error instanceof TypeError);
    assert.equal((error as NodeJS.ErrnoException).code, 'ERR_INVALID_ARG_TYPE');
    assert.equal(verdict(error), 'neither');
  });

  // dist/src/service.js:93: the OAuth token request (getBearerToken, 66-88) runs before the try that wraps errors.
  void it('lets the OAuth token request\'s AxiosError through unchanged', async () => {
    const oauth = (tokenUrl: string): Readonly<Record<string, unknown>> => ({ clientID: 'client', clientSecret: 'secret', tokenUrl });
    const unreachable = await sdkCheck(`${base}/json/400/x`, oauth(`${refused}/token`));
    assert.equal((unreachable as { isAxiosError?: unknown }).isAxiosError, true);
    assert.equal((unreachable as NodeJS.ErrnoException).code, 'ECONNREFUSED');
    assert.equal(verdict(unreachable), 'transport');
    const refusedCredentials = await sdkCheck(`${base}/json/400/x`, oauth(`${base}/json/401/invalid_client_credentials`));
    assert.equal((refusedCredentials as { status?: unknown }).status, 401);
    assert.equal(verdict(refusedCredentials), 'rejection');
  });

  void it('throws its own verdicts as bodies: 4xx ones are rejections, 5xx ones made on the device are neither', () => {
    // license.js:354, 357, 361, 364; api.js:986 (no message); common.js:49.
    assert.equal(verdict({ status: 500, code: 'hardware_id_mismatch', message: 'License file does not belong to this device' }), 'neither');
    assert.equal(verdict({ status: 500, code: 'product_mismatch', message: 'License file does not belong to this product' }), 'neither');
    assert.equal(verdict({ status: 500, code: 'invalid_activation_payload' }), 'neither');
    assert.equal(verdict({ status: 400, code: 'floating_timeout', message: 'Floating license timeout expired' }), 'rejection');
    assert.equal(verdict({ status: 400, code: 'clock_tampered', message: 'Local clock mismatch' }), 'rejection');
    assert.equal(verdict({ status: 400, code: 'trial_expired', message: 'The license trial period is expired' }), 'rejection');
    // floating.js:91 swaps the fields (the status is a string): neither, so the recipe rethrows it.
    assert.equal(verdict({ code: 401, status: 'authentication_failed', message: 'Floating server authentication failed' }), 'neither');
    // api.js:403, floating-api.js:69: plain Errors.
    assert.equal(verdict(new Error('Invalid License File contents')), 'neither');
    assert.equal(verdict(new Error('Missing auth token: you have to call authLogin first')), 'neither');
  });
});

void describe('the SDK codes the helpers rely on', () => {
  // What service.js makes of a request that got no answer; every other 5xx SDK code is a check on the device.
  const sdkTransport = { cannot_connect_to_server: 503, internal_server_error: 500 };

  void it('account for every code of the node-sdk preset (update nodeSdkLocalFailures when this fails)', () => {
    const serverStatuses = Object.fromEntries(Object.entries(nodeSdkCodes).filter(([, status]) => status >= 500));
    assert.deepEqual(serverStatuses, { ...nodeSdkLocalFailures, ...sdkTransport });
    for (const [code, status] of Object.entries(nodeSdkCodes)) {
      assert.ok(status >= 400 && status < 600, `${code}: ${String(status)}`);
      const expected = status < 500 ? 'rejection' : Object.hasOwn(sdkTransport, code) ? 'transport' : 'neither';
      assert.equal(verdict({ status, code, message: '' }), expected, code);
    }
  });

  void it('give every catalog code the verdict of its status', () => {
    for (const { code, status } of licenseErrorCatalog) {
      assert.equal(verdict({ status, code, message: '' }), status < 500 ? 'rejection' : 'transport', code);
    }
  });
});

void describe('axios errors (the axios the SDK uses)', () => {
  void it('without a response: transport for network failures, timeouts and cancels', async () => {
    const connection = await rejectionOf(axios.get(`${refused}/`));
    assert.equal((connection as NodeJS.ErrnoException).code, 'ECONNREFUSED');
    assert.equal(verdict(connection), 'transport');
    const timeout = await rejectionOf(axios.get(`${base}/hang`, { timeout: 30 }));
    assert.equal((timeout as NodeJS.ErrnoException).code, 'ECONNABORTED');
    assert.equal(verdict(timeout), 'transport');
    const cancelled = await rejectionOf(axios.get(`${base}/hang`, { signal: AbortSignal.abort() }));
    assert.equal((cancelled as NodeJS.ErrnoException).code, 'ERR_CANCELED');
    assert.equal(verdict(cancelled), 'transport');
    assert.equal(verdict(await rejectionOf(axios.get(`${base}/reset`))), 'transport');
  });

  void it('with a response: decided by its status, read from the error, its response or the body', async () => {
    const notFound = await rejectionOf(axios.get(`${base}/json/404/not_found`));
    assert.equal(verdict(notFound), 'rejection');
    assert.equal(verdict(await rejectionOf(axios.get(`${base}/empty/409`))), 'rejection');
    assert.equal(verdict(await rejectionOf(axios.get(`${base}/html/502`))), 'transport');
    assert.equal(verdict(await rejectionOf(axios.get(`${base}/json/503/unavailable`))), 'transport');
    // The body's status when the error has none of its own (older axios), then the response's.
    const { response } = notFound as { response: object };
    assert.equal(verdict({ isAxiosError: true, code: 'ERR_BAD_REQUEST', response }), 'rejection');
    assert.equal(verdict({ code: 'ERR_BAD_RESPONSE', response: { status: 504, data: '' } }), 'transport');
    assert.equal(verdict({ code: 'ERR_BAD_REQUEST', response: { status: 401, data: null } }), 'rejection');
  });

  void it('configuration errors and answers it cannot read are neither', async () => {
    const badUrl = await rejectionOf(axios.get('http://'));
    assert.equal(verdict(badUrl), 'neither');
    assert.equal(verdict({ isAxiosError: true, code: 'ERR_BAD_OPTION_VALUE' }), 'neither');
    assert.equal(verdict({ isAxiosError: true, code: 'ERR_FR_TOO_MANY_REDIRECTS' }), 'neither');
    // A response is an answer, even with ECONNRESET on the error: its status decides, and here there is none.
    assert.equal(verdict({ code: 'ECONNRESET', response: {} }), 'neither');
    assert.equal(verdict({ code: 'ECONNRESET', response: 'text' }), 'neither');
    assert.equal(verdict({ code: 'ECONNRESET', response: { status: '503' } }), 'neither');
    assert.equal(verdict({ code: 'ECONNRESET', response: { status: 302 } }), 'neither');
    // `response: undefined` or `null` is no response.
    assert.equal(verdict({ code: 'ECONNRESET', response: undefined }), 'transport');
    assert.equal(verdict({ code: 'ECONNRESET', response: null }), 'transport');
  });

  void it('got\'s errors: the network code, or the response\'s statusCode', () => {
    assert.equal(verdict(Object.assign(new Error('Timeout awaiting \'request\''), { name: 'TimeoutError', code: 'ETIMEDOUT' })), 'transport');
    const httpError = (statusCode: number): Error =>
      Object.assign(new Error(`Response code ${String(statusCode)}`), {
        name: 'HTTPError',
        code: 'ERR_NON_2XX_3XX_RESPONSE',
        response: { statusCode },
      });
    assert.equal(verdict(httpError(403)), 'rejection');
    assert.equal(verdict(httpError(502)), 'transport');
  });
});

void describe('fetch (undici) and abort signals', () => {
  void it('a TypeError("fetch failed") whose cause is a network error: transport', async () => {
    const refusedError = await rejectionOf(fetch(`${refused}/`));
    assert.ok(refusedError instanceof TypeError);
    assert.equal(refusedError.message, 'fetch failed');
    assert.equal((refusedError.cause as NodeJS.ErrnoException).code, 'ECONNREFUSED');
    assert.equal(verdict(refusedError), 'transport');
    const reset = await rejectionOf(fetch(`${base}/reset`));
    assert.equal((reset as Error).message, 'fetch failed');
    assert.equal(((reset as Error).cause as NodeJS.ErrnoException).code, 'UND_ERR_SOCKET');
    assert.equal(verdict(reset), 'transport');
  });

  void it('a TypeError("fetch failed") caused by something else, or with no cause: neither', async () => {
    // Port 9 is on fetch's list of bad ports: the cause is Error('bad port'), not ECONNREFUSED.
    const badPort = await rejectionOf(fetch('http://127.0.0.1:9/'));
    assert.equal(((badPort as Error).cause as Error).message, 'bad port');
    assert.equal(verdict(badPort), 'neither');
    assert.equal(verdict(await rejectionOf(fetch('ftp://127.0.0.1/'))), 'neither');
    assert.equal(verdict(new TypeError('fetch failed')), 'neither');
    assert.equal(verdict(new TypeError('fetch failed', { cause: 'ECONNREFUSED' })), 'neither');
    // Browsers' messages carry no cause, and a CORS refusal looks the same.
    assert.equal(verdict(new TypeError('Failed to fetch')), 'neither');
    // Another message with a network cause is some other failure.
    assert.equal(verdict(new TypeError('Cannot read properties of undefined', { cause: systemError('ECONNREFUSED') })), 'neither');
  });

  void it('a rejection body read from a fetch Response and thrown: rejection', async () => {
    const response = await fetch(`${base}/json/409/order_id_exists`);
    assert.equal(verdict(await response.json()), 'rejection');
  });

  void it('AbortError from AbortSignal.abort() and TimeoutError from AbortSignal.timeout(): transport', async () => {
    const aborted = await rejectionOf(fetch(`${base}/hang`, { signal: AbortSignal.abort() }));
    assert.ok(aborted instanceof DOMException);
    assert.equal(aborted.name, 'AbortError');
    assert.equal(verdict(aborted), 'transport');
    const timedOut = await rejectionOf(fetch(`${base}/hang`, { signal: AbortSignal.timeout(30) }));
    assert.ok(timedOut instanceof DOMException);
    assert.equal(timedOut.name, 'TimeoutError');
    assert.equal(verdict(timedOut), 'transport');
    assert.equal(verdict(AbortSignal.abort().reason), 'transport');
  });

  void it('still read look-alikes and bodies on a platform without DOMException', () => {
    const saved = Reflect.getOwnPropertyDescriptor(globalThis, 'DOMException');
    assert.ok(saved !== undefined);
    Reflect.deleteProperty(globalThis, 'DOMException');
    try {
      assert.equal(verdict(Object.assign(new Error('aborted'), { name: 'AbortError' })), 'transport');
      assert.equal(verdict({ status: 401, code: 'license_signature_invalid' }), 'rejection');
    } finally {
      Reflect.defineProperty(globalThis, 'DOMException', saved);
    }
    assert.equal(typeof DOMException, 'function');
  });

  void it('other DOMExceptions are neither; look-alike AbortErrors with a name data property are transport', () => {
    assert.equal(verdict(new DOMException('x', 'SyntaxError')), 'neither');
    assert.equal(verdict(new DOMException('x', 'NetworkError')), 'neither');
    // A class like node-fetch 2's, with the name on its prototype, and an own name (p-timeout's TimeoutError).
    class AbortError extends Error {}
    Object.defineProperty(AbortError.prototype, 'name', { value: 'AbortError' });
    assert.equal(verdict(new AbortError('The operation was aborted.')), 'transport');
    assert.equal(verdict(Object.assign(new Error('Promise timed out'), { name: 'TimeoutError' })), 'transport');
    // A name behind a getter is not read.
    const getterName = Object.defineProperty(new Error('x'), 'name', { get: () => 'AbortError' });
    assert.equal(verdict(getterName), 'neither');
  });
});

void describe('Node network errors', () => {
  void it('a real ECONNREFUSED from net.connect, and a real ECONNRESET from http.get: transport', async () => {
    const port = await closedPort();
    const connectError = await new Promise<Error>((resolve) => net.connect(port, '127.0.0.1').on('error', resolve));
    assert.equal((connectError as NodeJS.ErrnoException).code, 'ECONNREFUSED');
    assert.equal(verdict(connectError), 'transport');
    const hangUp = await new Promise<Error>((resolve) => http.get(`${base}/reset`).on('error', resolve));
    assert.equal((hangUp as NodeJS.ErrnoException).code, 'ECONNRESET');
    assert.equal(verdict(hangUp), 'transport');
  });

  void it('every transport code, on an Error, an AggregateError (happy eyeballs) or a plain object: transport', () => {
    assert.ok(['ECONNREFUSED', 'ETIMEDOUT', 'ENOTFOUND', 'ECONNRESET', 'EAI_AGAIN'].every((code) => transportErrorCodes.includes(code)));
    for (const code of transportErrorCodes) {
      assert.equal(verdict(systemError(code)), 'transport', code);
      assert.equal(verdict(Object.assign(new AggregateError([systemError(code)], ''), { code })), 'transport', code);
      assert.equal(verdict({ code }), 'transport', code);
    }
  });

  void it('other codes are neither: files, arguments, certificates and clock problems', () => {
    const codes = [
      ...['ENOENT', 'EACCES', 'ENOSPC', 'ERR_INVALID_ARG_TYPE', 'ERR_INVALID_URL'],
      ...['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'ERR_TLS_CERT_ALTNAME_INVALID'],
      ...['econnrefused', ' ECONNREFUSED', ''],
    ];
    for (const code of codes) {
      assert.equal(verdict(systemError(code)), 'neither', code);
    }
    assert.equal(verdict({ code: new String('ECONNREFUSED') }), 'neither');
    assert.equal(verdict({ errno: 'ECONNREFUSED' }), 'neither');
    assert.equal(verdict(Object.defineProperty(new Error('x'), 'code', { get: () => 'ECONNREFUSED' })), 'neither');
  });
});

void describe('plain error bodies', () => {
  void it('decide by status alone: 4xx rejection, 5xx transport, whatever the code', () => {
    const cases: readonly (readonly [number, string, Verdict])[] = [
      [400, 'license_expired', 'rejection'],
      [401, 'signature_mismatch', 'rejection'],
      [404, 'not_found', 'rejection'],
      [409, 'order_id_exists', 'rejection'],
      [403, 'a_code_from_the_future', 'rejection'],
      [429, 'too_many_requests', 'rejection'],
      [499, '', 'rejection'],
      [500, 'internal_error', 'transport'],
      [503, 'cannot_connect_to_server', 'transport'],
      [502, 'bad_gateway', 'transport'],
      [599, 'x', 'transport'],
    ];
    for (const [status, code, expected] of cases) {
      assert.equal(verdict({ status, code, message: 'm' }), expected, `${String(status)} ${code}`);
      assert.equal(verdict({ status, code }), expected, `${String(status)} ${code} without message`);
      // As an Error subclass a client might build from the body.
      assert.equal(verdict(Object.assign(new Error('m'), { status, code })), expected, `Error ${String(status)}`);
    }
  });

  void it('are neither outside 400..599, with a status that is not a finite number, or without a string code', () => {
    const values: unknown[] = [
      { status: 200, code: 'ok' },
      { status: 302, code: 'moved' },
      { status: 399, code: 'x' },
      { status: 600, code: 'x' },
      { status: 0, code: 'x' },
      { status: -400, code: 'x' },
      { status: Number.NaN, code: 'x' },
      { status: Infinity, code: 'x' },
      { status: '400', code: 'license_expired' },
      { status: new Number(400), code: 'license_expired' },
      { status: 400n, code: 'license_expired' },
      { status: 400 },
      { status: 503 },
      { status: 400, code: 7 },
      { status: 503, code: null },
      { code: 'license_expired', message: 'm' },
      Object.create({ status: 400, code: 'license_expired' }),
    ];
    for (const [index, value] of values.entries()) {
      assert.equal(verdict(value), 'neither', `value ${String(index)}`);
    }
  });

  void it('are read without calling getters', () => {
    let calls = 0;
    const counted = (result: unknown) => () => {
      calls += 1;
      return result;
    };
    const throwing = () => {
      calls += 1;
      throw new Error('getter');
    };
    const values = [
      Object.defineProperty({ code: 'license_expired' }, 'status', { get: counted(400), enumerable: true }),
      Object.defineProperty({ status: 400 }, 'code', { get: throwing, enumerable: true }),
      Object.defineProperty({ code: 'ECONNREFUSED' }, 'response', { get: throwing }),
      Object.defineProperty({}, 'code', { get: throwing }),
      Object.defineProperty(new TypeError('fetch failed'), 'cause', { get: counted(systemError('ECONNREFUSED')) }),
      Object.defineProperty(new TypeError('x'), 'message', { get: counted('fetch failed') }),
    ];
    for (const value of values) {
      assert.equal(verdict(value), 'neither');
    }
    assert.equal(calls, 0);
  });
});

void describe('values that are no error at all', () => {
  void it('primitives, null, functions, arrays and plain errors are neither', () => {
    const values: unknown[] = [
      ...[undefined, null, 0, 400, 503, Number.NaN, '', 'ECONNREFUSED', 'fetch failed', true, 10n, Symbol('error')],
      ...[() => ({ status: 400, code: 'x' }), [], [400, 'x'], {}, new Date(), new Map()],
      ...[new Error('boom'), new TypeError('x'), new RangeError('x')],
    ];
    for (const value of values) {
      assert.equal(verdict(value), 'neither', typeof value === 'symbol' ? 'symbol' : String(value));
    }
  });
});

void describe('hostile values', () => {
  const boom = (): never => {
    throw new Error('trap');
  };

  void it('never throw on throwing traps or revoked proxies', () => {
    const handlers: ProxyHandler<object>[] = [{ getOwnPropertyDescriptor: boom }, { getPrototypeOf: boom }, { get: boom, has: boom, ownKeys: boom }];
    const targets = [
      { status: 400, code: 'license_expired' },
      { code: 'ECONNREFUSED' },
      new TypeError('fetch failed', { cause: systemError('ECONNREFUSED') }),
      new DOMException('x', 'AbortError'),
    ];
    for (const handler of handlers) {
      for (const target of targets) {
        verdict(new Proxy(target, handler));
      }
    }
    const { proxy, revoke } = Proxy.revocable({ status: 400, code: 'license_expired' }, {});
    revoke();
    assert.equal(verdict(proxy), 'neither');
  });

  void it('read a proxy whose traps succeed like its target, except a DOMException (its getter checks the real object)', () => {
    assert.equal(verdict(new Proxy({ status: 400, code: 'license_expired' }, { get: boom })), 'rejection');
    assert.equal(verdict(new Proxy({ code: 'ETIMEDOUT' }, {})), 'transport');
    assert.equal(verdict(new Proxy(new DOMException('x', 'AbortError'), {})), 'neither');
  });

  void it('give one verdict per object, even when a proxy changes its answers or the object changes', () => {
    // Its status reads 400, then 503, then 400...: judged afresh by each helper, it would be both.
    let statusReads = 0;
    const fickle = new Proxy(
      { status: 400, code: 'license_expired' },
      {
        getOwnPropertyDescriptor(target, key) {
          const descriptor = Reflect.getOwnPropertyDescriptor(target, key);
          if (key !== 'status') {
            return descriptor;
          }
          statusReads += 1;
          return statusReads % 2 === 0 ? { ...descriptor, value: 503 } : descriptor;
        },
      },
    );
    for (let round = 0; round < 5; round += 1) {
      assert.equal(verdict(fickle), 'rejection');
    }
    assert.equal(statusReads, 1);
    const body = { status: 400, code: 'license_expired' };
    assert.equal(verdict(body), 'rejection');
    body.status = 503;
    assert.equal(verdict(body), 'rejection');
  });

  void it('stop on endless prototype chains and cyclic or deep causes', () => {
    const selfParent: object = new Proxy({}, { getPrototypeOf: () => selfParent });
    assert.equal(verdict(selfParent), 'neither');
    const cyclic = new TypeError('fetch failed');
    Object.defineProperty(cyclic, 'cause', { value: cyclic });
    assert.equal(verdict(cyclic), 'neither');
    const wrap = (cause: unknown, times: number): unknown => (times === 0 ? cause : wrap(new TypeError('fetch failed', { cause }), times - 1));
    assert.equal(verdict(wrap(systemError('ECONNREFUSED'), 2)), 'transport');
    assert.equal(verdict(wrap(systemError('ECONNREFUSED'), 50)), 'neither');
  });
});

void describe('properties over random values', () => {
  // Fixed seed: `npm test` stays reproducible.
  const seed = 20_260_118;
  const status = fc.oneof(fc.integer({ min: -1, max: 700 }), fc.constantFrom(400, 401, 404, 409, 500, 503), fc.double(), fc.string());
  const code = fc.oneof(
    fc.constantFrom(...transportErrorCodes, ...Object.keys(nodeSdkCodes), ...licenseErrorCatalog.map((entry) => entry.code)),
    fc.string(),
    fc.integer(),
  );
  const name = fc.constantFrom('Error', 'TypeError', 'AbortError', 'TimeoutError', 'AxiosError');
  const message = fc.constantFrom('fetch failed', 'Failed to fetch', '');
  const errorLike = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.anything(),
      fc.record({ status, code, message: fc.string() }, { requiredKeys: [] }),
      fc.record(
        {
          code,
          name,
          message,
          response: fc.option(fc.record({ status, statusCode: status, data: tie('value') }, { requiredKeys: [] })),
          cause: tie('value'),
        },
        { requiredKeys: [] },
      ),
      fc.tuple(name, message, tie('value')).map(([errorName, text, cause]) => Object.assign(new TypeError(text, { cause }), { name: errorName })),
    ),
  })).value;

  void it('never throw, and are never both true', () => {
    fc.assert(
      fc.property(errorLike, (value) => {
        verdict(value);
      }),
      { seed, numRuns: 2000 },
    );
  });

  void it('decide any body by its status alone', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), fc.string(), (anyStatus, anyCode) => {
        const serverFailure = anyStatus >= 500 && anyStatus < 600 && !Object.hasOwn(nodeSdkLocalFailures, anyCode);
        const expected = anyStatus >= 400 && anyStatus < 500 ? 'rejection' : serverFailure ? 'transport' : 'neither';
        assert.equal(verdict({ status: anyStatus, code: anyCode, message: '' }), expected);
      }),
      { seed, numRuns: 1000 },
    );
  });
});
