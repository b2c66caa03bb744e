import type { LicenseApiError } from './types.js';

type Handler<E, R = unknown> = (error: E) => R;

/**
 * One handler per code that `E` can carry, each given the error narrowed to
 * its code and returning `R`.
 */
export type LicenseErrorCodeHandlers<E extends LicenseApiError = LicenseApiError, R = unknown> = {
  // Mapping over the members of `E` (one per code) is linear; `Extract` per code would be quadratic.
  readonly [Member in E as Member['code']]: Handler<Member, R>;
};

/**
 * One handler per status that `E` can carry, each given the error narrowed to
 * its status and returning `R`.
 */
export type LicenseErrorStatusHandlers<E extends LicenseApiError = LicenseApiError, R = unknown> = {
  readonly [Status in E['status']]: Handler<Extract<E, { status: Status }>, R>;
};

/** Keys of `H` beyond `Allowed` must be `never`, which turns an unknown or misspelled key into a type error. */
type NoExtraKeys<H, Allowed extends PropertyKey> = Readonly<Record<Exclude<keyof H, Allowed>, never>>;

/** What calling any handler of `H` returns. */
type HandlerResult<H> = { [Key in keyof H]: H[Key] extends (...args: never) => infer R ? R : never }[keyof H];

/**
 * Calls `handlers[key]` when it is an own function property, else `otherwise`.
 * Own properties only, so a key like `toString` never reaches `Object.prototype`.
 */
function dispatch(
  caller: string,
  error: LicenseApiError,
  key: PropertyKey,
  handlers: object,
  otherwise?: Handler<never>,
): unknown {
  const own: unknown = Object.hasOwn(handlers, key) ? (handlers as Record<PropertyKey, unknown>)[key] : undefined;
  const handler = (typeof own === 'function' ? own : otherwise) as Handler<LicenseApiError> | undefined;
  if (typeof handler !== 'function') {
    throw new TypeError(
      `${caller}: no handler for License API error ${JSON.stringify(error.code)} (status ${String(error.status)}). ` +
        'Add a handler for it or pass a fallback.',
    );
  }
  return handler(error);
}

/**
 * Calls the handler for `error.code` and returns its result.
 *
 * With two arguments, `handlers` must name every code `error` can carry: a
 * missing or unknown code is a type error. With a third argument, `handlers`
 * may name some codes and `otherwise` gets the rest, narrowed to them.
 *
 * @example
 * const text = matchLicenseError(error, {
 *   license_key_exists: () => 'Pick another key.',
 *   order_id_exists: (e) => `Order exists: ${e.message}`,
 * }); // `error` is narrowed to status 409 here, so two codes suffice.
 */
export function matchLicenseError<E extends LicenseApiError, H extends LicenseErrorCodeHandlers<E>>(
  error: E,
  handlers: H & NoExtraKeys<H, E['code']>,
): HandlerResult<H>;
export function matchLicenseError<
  E extends LicenseApiError,
  H extends Partial<LicenseErrorCodeHandlers<E>>,
  R,
>(
  error: E,
  handlers: H & NoExtraKeys<H, E['code']>,
  otherwise: (error: Exclude<E, { code: keyof H }>) => R,
): HandlerResult<H> | R;
export function matchLicenseError(error: LicenseApiError, handlers: object, otherwise?: Handler<never>): unknown {
  return dispatch('matchLicenseError', error, error.code, handlers, otherwise);
}

/**
 * Calls the handler for `error.status` and returns its result: the status
 * counterpart of {@link matchLicenseError}, with the same two forms.
 *
 * @example
 * matchLicenseErrorStatus(error, {
 *   400: (e) => showFormError(e.message),
 *   401: () => signIn(),
 *   404: () => notFound(),
 *   409: (e) => conflict(e.code), // e.code is 'license_key_exists' | 'order_id_exists'
 *   500: () => retryLater(),
 * });
 */
export function matchLicenseErrorStatus<E extends LicenseApiError, H extends LicenseErrorStatusHandlers<E>>(
  error: E,
  handlers: H & NoExtraKeys<H, E['status']>,
): HandlerResult<H>;
export function matchLicenseErrorStatus<
  E extends LicenseApiError,
  H extends Partial<LicenseErrorStatusHandlers<E>>,
  R,
>(
  error: E,
  handlers: H & NoExtraKeys<H, E['status']>,
  otherwise: (error: Exclude<E, { status: keyof H }>) => R,
): HandlerResult<H> | R;
export function matchLicenseErrorStatus(error: LicenseApiError, handlers: object, otherwise?: Handler<never>): unknown {
  return dispatch('matchLicenseErrorStatus', error, error.status, handlers, otherwise);
}
