/**
 * A small client of the LicenseSpring License API (v4): activate, check,
 * deactivate and add consumption. Errors the catalog knows become
 * `LicenseRequestError`, whose `error` is typed per code.
 */
import { isLicenseApiError, type LicenseApiError } from 'eslint-plugin-licensespring/types';

export interface LicenseApiConfig {
  readonly baseUrl: string;
  /** Builds the `Authorization` header for a request (API key and HMAC signature). */
  readonly authorize: (date: string) => string;
  /** Injected so that tests and the offline mode can answer without a network. */
  readonly fetch?: typeof fetch;
}

export interface LicenseIdentity {
  readonly product: string;
  readonly licenseKey: string;
  readonly hardwareId: string;
}

export interface LicenseState {
  readonly license_key: string;
  readonly license_active: boolean;
  readonly license_enabled: boolean;
  readonly is_expired: boolean;
  readonly validity_period: string | null;
  readonly total_consumptions?: number;
  readonly max_consumptions?: number;
}

/** A documented License API error: checking `error.code` narrows `error.status` and back. */
export class LicenseRequestError extends Error {
  override readonly name = 'LicenseRequestError';

  constructor(readonly error: LicenseApiError) {
    super(error.message);
  }
}

/** Anything else: a proxy page, a code the catalog does not know yet, a broken body. */
export class UnexpectedResponseError extends Error {
  override readonly name = 'UnexpectedResponseError';

  constructor(
    readonly httpStatus: number,
    readonly body: unknown,
  ) {
    super(`The License API answered ${String(httpStatus)} with an unexpected body.`);
  }
}

const requestTimeoutMs = 10_000;

export function createLicenseApi(config: LicenseApiConfig) {
  const fetchImpl = config.fetch ?? fetch;

  async function request<T>(method: 'GET' | 'POST', endpoint: string, params: Record<string, string | number>): Promise<T> {
    const date = new Date().toUTCString();
    const url = new URL(endpoint, config.baseUrl);
    const init: RequestInit = {
      method,
      headers: { Date: date, Authorization: config.authorize(date), 'Content-Type': 'application/json' },
      signal: AbortSignal.timeout(requestTimeoutMs),
    };
    if (method === 'GET') {
      for (const [name, value] of Object.entries(params)) {
        url.searchParams.set(name, String(value));
      }
    } else {
      init.body = JSON.stringify(params);
    }

    const response = await fetchImpl(url, init);
    const body: unknown = await response.json().catch(() => undefined);
    if (response.ok) {
      return body as T;
    }
    if (isLicenseApiError(body)) {
      throw new LicenseRequestError(body);
    }
    throw new UnexpectedResponseError(response.status, body);
  }

  function identify({ product, licenseKey, hardwareId }: LicenseIdentity) {
    return { product, license_key: licenseKey, hardware_id: hardwareId };
  }

  return {
    activate: (identity: LicenseIdentity) => request<LicenseState>('POST', 'activate_license', identify(identity)),
    check: (identity: LicenseIdentity) => request<LicenseState>('GET', 'check_license', identify(identity)),
    deactivate: (identity: LicenseIdentity) => request<unknown>('POST', 'deactivate_license', identify(identity)),
    addConsumption: (identity: LicenseIdentity, consumptions: number) =>
      request<LicenseState>('POST', 'add_consumption', { ...identify(identity), consumptions }),
  };
}

export type LicenseApi = ReturnType<typeof createLicenseApi>;
