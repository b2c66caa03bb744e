/**
 * An offline stand-in for the License API, for local development and demos:
 * a `fetch` that answers from canned JSON bodies, as they would come over the
 * wire. Pass it as `createLicenseApi({ ..., fetch: fakeLicenseServer })`.
 */
import { isLicenseApiErrorBody, LicenseStatus } from 'eslint-plugin-licensespring/types';

/** Error bodies by license key, kept as raw JSON, exactly as the server would send them. */
const cannedErrors: Readonly<Record<string, unknown>> = {
  'EXPIRED-0001': { status: LicenseStatus.BAD_REQUEST, code: 'license_expired', message: 'The license has expired.' },
  'LIMIT-0001': { status: LicenseStatus.BAD_REQUEST, code: 'license_activated_max_times', message: 'Too many activations.' },
  // MISTAKE (licensespring/status-matches-code): the API sends `license_not_found` with 400, not 404.
  'MISSING-0001': { status: LicenseStatus.NOT_FOUND, code: 'license_not_found', message: 'No license matches.' },
  // MISTAKE (licensespring/status-matches-code): code and status are swapped.
  'BAD-SIGNATURE': { code: 401, status: 'authentication_failure', message: 'The signature does not verify.' },
};

function reply(body: unknown, status: number): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

function requestedKey(input: Parameters<typeof fetch>[0], init?: RequestInit): string | undefined {
  const url = new URL(input instanceof Request ? input.url : input);
  const fromQuery = url.searchParams.get('license_key');
  if (fromQuery !== null) {
    return fromQuery;
  }
  const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
  return typeof body === 'object' && body !== null && 'license_key' in body && typeof body.license_key === 'string'
    ? body.license_key
    : undefined;
}

export const fakeLicenseServer: typeof fetch = (input, init) => {
  const key = requestedKey(input, init);
  const error = key === undefined ? undefined : cannedErrors[key];
  if (error !== undefined) {
    return Promise.resolve(reply(error, isLicenseApiErrorBody(error) ? error.status : LicenseStatus.INTERNAL_SERVER_ERROR));
  }
  return Promise.resolve(
    reply(
      {
        license_key: key ?? 'DEMO-0001',
        license_active: true,
        license_enabled: true,
        is_expired: false,
        validity_period: null,
        total_consumptions: 3,
        max_consumptions: 100,
      },
      200,
    ),
  );
};
