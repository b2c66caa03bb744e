/**
 * The License API's endpoints, as the official SDK requests them
 * (`@licensespring/node-sdk` 1.4.17, `dist/src/api.js`, under its `API_PATH`
 * `https://api.licensespring.com/api/v4/`). tests/evidence/sdk-surface.test.ts
 * reads api.js and fails when this list and the SDK's disagree.
 */

/** Endpoints whose answer decides whether the app or a feature may run. */
export const gatekeepingEndpoints: readonly string[] = [
  'activate_bundle',
  'activate_license',
  'activate_offline',
  'check_bundle',
  'check_license',
  'check_license_feature',
  'floating/borrow',
  'floating/feature_borrow',
];

/** Every other endpoint: License API calls that grant nothing. */
export const otherEndpoints: readonly string[] = [
  'add_consumption',
  'add_feature_consumption',
  'change_password',
  'customer_license_users',
  'deactivate_bundle',
  'deactivate_license',
  'deactivate_offline',
  'floating/feature_release',
  'floating/release',
  'get_device_variables',
  'installation_file',
  'product_details',
  'sso_url',
  'track_device_variables',
  'trial_key',
  'user_licenses',
  'versions',
];

/** The hosts of LicenseSpring's services (`api.licensespring.com`, `saas.licensespring.com`, ...). */
const licenseSpringHost = /(?:^|[/.@])licensespring\.com(?=$|[/:?#\uFFFD])/iu;

/** The License API's path prefix, which the endpoint follows. */
const apiPathPrefix = /(?:^|\/)api\/v4\/(?<rest>[^?#]*)/u;

export interface EndpointMatch {
  /** The endpoint (`check_license`), or the path after the host when it names none of the License API's. */
  readonly name: string;
  readonly gatekeeping: boolean;
}

function endpointOf(path: string): string | undefined {
  const trimmed = path.replace(/\/+$/u, '');
  return [...gatekeepingEndpoints, ...otherEndpoints].find((endpoint) => trimmed === endpoint || trimmed.endsWith(`/${endpoint}`));
}

/**
 * What a request URL says about the License API, from the text known
 * statically (`unknown` marks what is not: `${base}` in a template).
 * A URL is a License API request when its path names an endpoint after
 * `api/v4/`, or when its host is a LicenseSpring host; `undefined` otherwise
 * (another API's `/api/v4/users`, a relative path to the app's own server).
 */
export function matchLicenseApiUrl(url: string): EndpointMatch | undefined {
  const path = apiPathPrefix.exec(url)?.groups?.['rest'];
  const endpoint = path === undefined ? undefined : endpointOf(path);
  if (endpoint !== undefined) {
    return { name: endpoint, gatekeeping: gatekeepingEndpoints.includes(endpoint) };
  }
  if (!licenseSpringHost.test(url)) {
    return undefined;
  }
  const afterHost = url.replace(/^.*?licensespring\.com(?::\d+)?\/?/iu, '').replace(/[?#].*$/u, '');
  return { name: afterHost === '' ? 'licensespring.com' : afterHost, gatekeeping: false };
}
