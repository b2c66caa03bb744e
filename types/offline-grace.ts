/**
 * Offline grace for a licensed app: keep running on a cached license when the
 * License API could not be reached, never when it answered with a refusal.
 *
 * The two verdicts below split what a failed license call can throw. Values
 * that fit neither (an `Error` from your own code, an unreadable answer, a
 * string) are neither, so the recipe in the helpers' docs rethrows them.
 */

type Verdict = 'rejection' | 'transport';

/** An HTTP answer: its status, and the code of the error body it came with, if any. */
interface Answer {
  readonly status: number;
  readonly code: string | undefined;
}

/** Something answered, but nothing here can read its status. */
const unreadable = Symbol('unreadable answer');

/**
 * Codes `@licensespring/node-sdk` throws with a 5xx status for checks it makes
 * on the device: no server was asked, so they are not transport failures, and
 * granting grace on them would let a license file copied to another machine
 * (`hardware_id_mismatch`) run. They are neither verdict.
 *
 * The node-sdk preset (rules/presets/node-sdk.ts, generated from the SDK's
 * sources) lists every code the SDK throws. tests/catalog/offline-grace.test.ts
 * fails when one of its 5xx codes is neither here nor one of the two the SDK
 * makes out of a request that got no answer (`cannot_connect_to_server` 503,
 * `internal_server_error` 500), so an SDK update cannot add one unseen.
 */
export const nodeSdkLocalFailures = {
  hardware_id_mismatch: 500,
  invalid_activation_payload: 500,
  license_file_error: 500,
  offline_activation_error: 500,
  product_mismatch: 500,
  unsupported_operating_system: 500,
} as const;

/**
 * `code`s of errors that mean no answer arrived. Certificate errors are left
 * out on purpose: something answered in the API's name, and a device clock set
 * back (to stretch a cached license) shows up as one.
 */
export const transportErrorCodes: readonly string[] = [
  // Node system errors, also copied onto axios', got's and node-fetch's errors.
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH', // no route to the host: Wi-Fi off, VPN down
  'ENETUNREACH', // no route to the network
  'ENETDOWN', // the network interface is down
  'EADDRNOTAVAIL', // Windows, connecting to a host blocked as 0.0.0.0 in the hosts file
  'EPIPE', // the connection closed while the request was being sent
  'ECONNABORTED', // axios' code for a timeout
  // undici's own network errors, the `cause` of fetch's TypeError.
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_SOCKET',
  // axios: a network error with no detail (browsers), a cancelled request (as an AbortError).
  'ERR_NETWORK',
  'ERR_CANCELED',
];

/** `name`s of a request given up on before an answer came: by `AbortSignal.abort()` or `AbortSignal.timeout()`. */
const abortNames: readonly string[] = ['AbortError', 'TimeoutError'];

/** How deep `cause` is followed; a cyclic chain stops here. */
const maxCauseDepth = 4;

/** How far up the prototype chain `name` is looked for; a proxy can fake an endless chain. */
const maxPrototypeDepth = 8;

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

/** `value[key]` when it is an own data property. It never calls a getter. */
function ownData(value: object, key: PropertyKey): unknown {
  const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
  return descriptor !== undefined && 'value' in descriptor ? (descriptor.value as unknown) : undefined;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** `value` read as an error body: an own numeric `status` with an own string `code`. */
function bodyAnswer(value: unknown): Answer | undefined {
  if (!isObject(value)) {
    return undefined;
  }
  const status = ownData(value, 'status');
  const code = ownData(value, 'code');
  return isFiniteNumber(status) && typeof code === 'string' ? { status, code } : undefined;
}

/**
 * The answer carried by a client's error: axios' `response` (its `data` may be
 * the API's body) or got's (`statusCode`). Absent when there is no `response`.
 */
function wrappedAnswer(value: object): Answer | typeof unreadable | undefined {
  const descriptor = Reflect.getOwnPropertyDescriptor(value, 'response');
  if (descriptor === undefined) {
    return undefined;
  }
  if (!('value' in descriptor)) {
    // A getter is not called, so what it hides stays unknown.
    return unreadable;
  }
  const response = descriptor.value as unknown;
  if (response === undefined || response === null) {
    return undefined;
  }
  if (!isObject(response)) {
    return unreadable;
  }
  const body = bodyAnswer(ownData(response, 'data'));
  if (body !== undefined) {
    return body;
  }
  const status = [ownData(response, 'status'), ownData(response, 'statusCode')].find(isFiniteNumber);
  return status === undefined ? unreadable : { status, code: undefined };
}

function verdictOfAnswer({ status, code }: Answer): Verdict | undefined {
  if (status >= 400 && status < 500) {
    return 'rejection';
  }
  const isLocalFailure = code !== undefined && Object.hasOwn(nodeSdkLocalFailures, code);
  return status >= 500 && status < 600 && !isLocalFailure ? 'transport' : undefined;
}

/**
 * The `name` of a DOMException, through the platform's own getter: it checks
 * that `value` really is one (a proxy or a look-alike makes it throw), and runs
 * no code of `value`'s.
 */
function domExceptionName(value: object): unknown {
  const domException: unknown = Reflect.get(globalThis, 'DOMException');
  if (typeof domException !== 'function') {
    return undefined;
  }
  const getter = Reflect.getOwnPropertyDescriptor(domException.prototype as object, 'name')?.get;
  try {
    return getter === undefined ? undefined : (Reflect.apply(getter, value, []) as unknown);
  } catch {
    return undefined;
  }
}

/** The first `name` data property on `value` or its prototypes (`TypeError.prototype.name`, or a class's own). */
function dataName(value: object): unknown {
  let current: object | null = value;
  for (let depth = 0; current !== null && depth < maxPrototypeDepth; depth += 1) {
    const descriptor = Reflect.getOwnPropertyDescriptor(current, 'name');
    if (descriptor !== undefined) {
      return 'value' in descriptor ? (descriptor.value as unknown) : undefined;
    }
    current = Reflect.getPrototypeOf(current);
  }
  return undefined;
}

function errorName(value: object): unknown {
  return domExceptionName(value) ?? dataName(value);
}

/** Node's fetch (undici) rejects with `TypeError('fetch failed')` and puts the reason in `cause`. */
function fetchFailureCause(value: object): unknown {
  return errorName(value) === 'TypeError' && ownData(value, 'message') === 'fetch failed' ? ownData(value, 'cause') : undefined;
}

/**
 * The verdict on one object. An answer decides by its status; only without one
 * do the signs of "no answer" count. A fetch failure is transport only when its
 * cause is (not a "bad port" or a redirect loop).
 */
function classify(value: object, depth: number): Verdict | undefined {
  const answer = bodyAnswer(value) ?? wrappedAnswer(value);
  if (answer !== undefined) {
    return answer === unreadable ? undefined : verdictOfAnswer(answer);
  }
  const code = ownData(value, 'code');
  const name = errorName(value);
  if ((typeof code === 'string' && transportErrorCodes.includes(code)) || (typeof name === 'string' && abortNames.includes(name))) {
    return 'transport';
  }
  const cause = fetchFailureCause(value);
  return isObject(cause) && depth < maxCauseDepth && classify(cause, depth + 1) === 'transport' ? 'transport' : undefined;
}

/**
 * Verdicts already given. An object is judged once, so the two helpers always
 * agree on it, even for a proxy whose traps change their answers or an error
 * changed between the two calls. Weak: it keeps no error alive.
 */
const verdicts = /* @__PURE__ */ new WeakMap<object, Verdict | undefined>();

function verdictOf(value: unknown): Verdict | undefined {
  if (!isObject(value)) {
    return undefined;
  }
  if (verdicts.has(value)) {
    return verdicts.get(value);
  }
  let verdict: Verdict | undefined;
  try {
    verdict = classify(value, 0);
  } catch {
    // A throwing trap or a revoked proxy: nothing can be said about it.
    verdict = undefined;
  }
  verdicts.set(value, verdict);
  return verdict;
}

/**
 * Whether `value` says the License API answered and refused: an error body (own
 * data properties `status`, a finite number, and `code`, a string) with a status
 * from 400 to 499, whatever its code, so codes the catalog does not know yet
 * count too. So do the SDK's own 4xx verdicts (`license_signature_invalid` 401,
 * `clock_tampered` 400), and a client error that carries a 4xx answer: axios'
 * `error.response.data` or `error.response.status`, got's `error.response.statusCode`.
 *
 * A refusal must be obeyed: deny, or rethrow. This is not the same test as
 * `isLicenseApiError`, which knows only the catalog's codes. And `false` does
 * not mean "offline": decide grace with {@link isTransportFailure}.
 *
 * Never throws; never `true` together with `isTransportFailure` for one value.
 */
export function isLicenseApiRejection(value: unknown): boolean {
  return verdictOf(value) === 'rejection';
}

/**
 * Whether `value` says no answer came from the License API, the one case where
 * offline grace is right. That is:
 * - an answer with a 5xx status (the server failed), including the SDK's
 *   `cannot_connect_to_server` (503, what it makes of `ECONNREFUSED`) and
 *   `internal_server_error` (500, a request with no answer), but not the 5xx
 *   codes the SDK gives checks made on the device (`hardware_id_mismatch`);
 * - with no answer at all: an error whose `code` is a network error
 *   (`ECONNREFUSED`, `ETIMEDOUT`, `ENOTFOUND`, `ECONNRESET`, `EAI_AGAIN`,
 *   unreachable hosts and networks, undici's timeouts, axios' `ERR_NETWORK`,
 *   `ECONNABORTED` and `ERR_CANCELED`), an `AbortError` or `TimeoutError`, or
 *   fetch's `TypeError('fetch failed')` caused by one of these.
 *
 * @example
 * ```ts
 * try {
 *   return await checkLicense();
 * } catch (error) {
 *   if (isTransportFailure(error) && withinGrace(cached)) return cached;
 *   throw error; // a refusal, or a failure of our own
 * }
 * ```
 *
 * Never throws; never `true` together with `isLicenseApiRejection` for one value.
 */
export function isTransportFailure(value: unknown): boolean {
  return verdictOf(value) === 'transport';
}
