/**
 * The corpus's shared modules: the License API error handling every module
 * imports (as an application would write it around the plugin's types), a
 * `Result` type and a small HTTP client interface.
 */
import { codes } from './catalog.js';

export const sharedFiles: Readonly<Record<string, string>> = {
  'src/shared/license-errors.ts': licenseErrorsModule(),
  'src/shared/result.ts': resultModule(),
  'src/shared/http.ts': httpModule(),
};

function licenseErrorsModule(): string {
  const messages = codes.map(({ code, description }) => `  ${code}: ${JSON.stringify(description)},`);
  return `import { isLicenseApiError, LicenseStatus } from 'eslint-plugin-licensespring/types';
import type { LicenseApiError, LicenseErrorCode, LicenseErrorStatus } from 'eslint-plugin-licensespring/types';

export { LicenseStatus };
export type { LicenseApiError, LicenseErrorCode, LicenseErrorStatus };

/** Thrown by the HTTP layer when the License API answers with an error body. */
export class LicenseRequestError extends Error {
  readonly body: LicenseApiError;
  readonly attempt: number;

  constructor(body: LicenseApiError, attempt = 1) {
    super(body.message);
    this.name = 'LicenseRequestError';
    this.body = body;
    this.attempt = attempt;
  }

  get retryable(): boolean {
    return this.body.status === LicenseStatus.INTERNAL_SERVER_ERROR && this.attempt < 3;
  }
}

/** The shape an axios-like client rejects with. */
export interface HttpFailure {
  readonly message: string;
  readonly response?: {
    readonly status: number;
    readonly data?: { readonly code?: string; readonly message?: string };
  };
}

export function toLicenseError(value: unknown): LicenseApiError | undefined {
  if (value instanceof LicenseRequestError) {
    return value.body;
  }
  return isLicenseApiError(value) ? value : undefined;
}

export function isHttpFailure(value: unknown): value is HttpFailure {
  return typeof value === 'object' && value !== null && 'message' in value;
}

export const licenseErrorMessages: Readonly<Record<LicenseErrorCode, string>> = {
${messages.join('\n')}
};

export function describeLicenseError(error: LicenseApiError): string {
  return \`\${licenseErrorMessages[error.code]} (\${error.code}, HTTP \${String(error.status)})\`;
}
`;
}

function resultModule(): string {
  return `export type Result<T, E = string> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export function ok<T>(value: T): Result<T, never> {
  return { ok: true, value };
}

export function err<E>(error: E): Result<never, E> {
  return { ok: false, error };
}

export function mapResult<T, U, E>(result: Result<T, E>, map: (value: T) => U): Result<U, E> {
  return result.ok ? ok(map(result.value)) : result;
}

export function unwrapOr<T, E>(result: Result<T, E>, fallback: T): T {
  return result.ok ? result.value : fallback;
}

export async function attempt<T>(run: () => Promise<T>): Promise<Result<T, unknown>> {
  try {
    return ok(await run());
  } catch (error) {
    return err(error);
  }
}
`;
}

function httpModule(): string {
  return `export interface HttpResponse<T> {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly data: T;
}

export interface HttpClient {
  get<T>(path: string, query?: Readonly<Record<string, string | number>>): Promise<HttpResponse<T>>;
  post<T, B = unknown>(path: string, body: B): Promise<HttpResponse<T>>;
}

export interface Logger {
  debug(message: string, fields?: Readonly<Record<string, unknown>>): void;
  warn(message: string, fields?: Readonly<Record<string, unknown>>): void;
  error(message: string, fields?: Readonly<Record<string, unknown>>): void;
}

/** Stands in for a timer: the corpus is linted, never run. */
export function sleep(milliseconds: number): Promise<number> {
  return Promise.resolve(milliseconds);
}
`;
}
