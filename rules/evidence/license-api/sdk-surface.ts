/**
 * What the official Node SDK (`@licensespring/node-sdk`, read from its
 * `dist/src/*.d.ts`) offers a program, sorted by what a failure of each
 * method means for a licensed app. The one place that says which SDK calls
 * are License API calls and which of them keep the door (gatekeeping).
 * tests/evidence/sdk-surface.test.ts compares every list with the SDK's
 * declarations, so an SDK update cannot add or rename a method unseen.
 */

/** The SDK's client classes whose instances the evidence model follows. */
export type SdkClassName = 'BundleManager' | 'FloatingAPI' | 'FloatingAPIv2' | 'License' | 'LicenseAPI' | 'LicenseManager';

export interface SdkClassSurface {
  /**
   * Calls whose answer decides whether the app or a feature may run: license
   * checks (online and of offline license files), activations, floating
   * borrows and registrations, feature checks. Their failure must not be
   * taken for success.
   */
  readonly gatekeeping: readonly string[];
  /**
   * Other calls of the License API (or the floating server): their failure
   * is a License API failure, but their answer grants nothing (deactivation,
   * consumption sync, device variables, versions, product details, ...).
   */
  readonly other: readonly string[];
  /** Methods that neither ask the License API nor decide a license (configuration, hardware ids, payload encoding): not License API calls. */
  readonly local: readonly string[];
  /** Methods that return synchronously, so that a failure throws at the call; every other method returns a promise. */
  readonly synchronous: readonly string[];
  /** Methods that return an instance of another SDK class, whose calls are followed too. */
  readonly returns?: Readonly<Record<string, SdkClassName>>;
  /**
   * Gatekeeping methods that answer a refusal in their result rather than
   * only by failing, and the value they answer it with: `false` from a
   * verdict such as `verifyConfirmationCode()`, and `null` from
   * `License.check()`, which resolves `null` on any error of a floating
   * license (1.4.17). Discarding their result lets a refusal through.
   */
  readonly refusesWith?: Readonly<Record<string, 'false' | 'null'>>;
}

/** `AbstractManager`, the SDK's base of `LicenseManager` and `BundleManager`. */
const abstractManager: SdkClassSurface = {
  gatekeeping: ['checkLicenseStatus', 'isValid'],
  other: ['changePassword', 'getInstallationFile', 'getSSOUrl', 'getVersions'],
  local: [
    'clearLocalStorage',
    'createOfflineActivationPayload',
    'createOfflineDeactivationPayload',
    'daysRemaining',
    'decodeOfflineActivationPayload',
    'decodeOfflineDeactivationPayload',
    'getAirGapActivationCode',
    'getHardwareID',
    'isLicenseFileCorrupted',
    'maintenanceDaysRemaining',
    'setLogLevel',
    'setProxy',
  ],
  synchronous: ['checkLicenseStatus', 'isValid'],
  refusesWith: { isValid: 'false' },
};

function extendManager(own: SdkClassSurface): SdkClassSurface {
  return {
    gatekeeping: [...abstractManager.gatekeeping, ...own.gatekeeping],
    other: [...abstractManager.other, ...own.other],
    local: [...abstractManager.local, ...own.local],
    synchronous: [...abstractManager.synchronous, ...own.synchronous],
    ...(own.returns === undefined ? {} : { returns: own.returns }),
    refusesWith: { ...abstractManager.refusesWith, ...own.refusesWith },
  };
}

export const sdkSurface: Readonly<Record<SdkClassName, SdkClassSurface>> = {
  LicenseAPI: {
    gatekeeping: [
      'activateAirgappedLicense',
      'activateBundle',
      'activateLicense',
      'activateOffline',
      'checkBundle',
      'checkBundleOffline',
      'checkGuard',
      'checkLicense',
      'checkLicenseFeature',
      'checkLicenseOffline',
      'checkOfflineActivationResponse',
      'featureBorrow',
      'floatingBorrow',
      'verifyConfirmationCode',
    ],
    other: [
      'addConsumption',
      'addFeatureConsumption',
      'changePassword',
      'deactivateBundle',
      'deactivateLicense',
      'deactivateOffline',
      'featureRelease',
      'floatingRelease',
      'getCustomerLicenseUsers',
      'getDeviceVariables',
      'getInstallationFile',
      'getProductDetails',
      'getSSOUrl',
      'getTrialKey',
      'getUserLicenses',
      'getVersions',
      'trackDeviceVariables',
    ],
    local: [
      'createOfflineActivationPayload',
      'createOfflineDeactivationPayload',
      'decodeOfflineActivationPayload',
      'decodeOfflineDeactivationPayload',
      'getAirGapActivationCode',
      'getHardwareID',
      'setLogLevel',
      'setProxy',
    ],
    synchronous: [
      'activateAirgappedLicense',
      'checkBundleOffline',
      'checkGuard',
      'checkLicenseOffline',
      'checkOfflineActivationResponse',
      'verifyConfirmationCode',
    ],
    refusesWith: { checkGuard: 'false', verifyConfirmationCode: 'false' },
  },
  LicenseManager: extendManager({
    gatekeeping: ['activateAirGapLicense', 'activateLicense', 'activateOffline', 'checkLicense', 'checkLicenseFeature', 'featureBorrow', 'floatingBorrow'],
    other: [
      'addConsumption',
      'addFeatureConsumption',
      'deactivateLicense',
      'deactivateOffline',
      'featureRelease',
      'floatingRelease',
      'getCustomerLicenseUsers',
      'getDeviceVariables',
      'getProductDetails',
      'getTrialKey',
      'getUserLicenses',
      'trackDeviceVariables',
    ],
    local: ['loadLicense'],
    synchronous: ['activateAirGapLicense', 'activateOffline', 'deactivateOffline', 'loadLicense'],
    returns: { activateAirGapLicense: 'License', loadLicense: 'License' },
  }),
  BundleManager: extendManager({
    gatekeeping: ['activateBundle', 'activateOffline', 'checkBundle'],
    other: ['deactivateBundle', 'deactivateOffline'],
    local: ['loadBundle'],
    synchronous: ['activateOffline', 'deactivateOffline', 'loadBundle'],
    returns: { loadBundle: 'License' },
  }),
  License: {
    gatekeeping: ['check', 'checkFeature', 'checkLicenseStatus', 'floatingBorrow', 'localCheck', 'updateOffline'],
    other: [
      'changePassword',
      'deactivate',
      'deactivateOffline',
      'floatingRelease',
      'getDeviceVariables',
      'productDetails',
      'releaseFeature',
      'setDeviceVariables',
      'syncConsumption',
      'syncFeatureConsumption',
    ],
    local: [
      'addLocalConsumption',
      'addLocalFeatureConsumption',
      'deactivateAirGap',
      'featureData',
      'getDeactivationCode',
      'getDeviceVariableLocal',
      'getDeviceVariablesLocal',
      'setDeviceVariablesLocal',
    ],
    synchronous: ['checkLicenseStatus', 'updateOffline'],
    refusesWith: { check: 'null' },
  },
  FloatingAPI: {
    gatekeeping: ['borrow', 'registerFeature', 'registerUser'],
    other: ['addConsumption', 'addFeatureConsumption', 'authenticate', 'featureRelease', 'floatingUnregisterAll', 'unregisterUser'],
    local: ['setProxy'],
    synchronous: [],
  },
  // The floating server's own API: a client takes a seat with the three gatekeeping calls; the rest administers the server.
  FloatingAPIv2: {
    gatekeeping: ['borrowLicenseForUser', 'registerFeatureForUser', 'registerUserToLicense'],
    other: [
      'activateLicense',
      'addFeatureConsumption',
      'addLicenseConsumption',
      'airgapActivate',
      'airgapDeactivate',
      'airgapGenerateActivation',
      'airgapGenerateDeactivation',
      'authAddUser',
      'authChangePassword',
      'authInitialPassword',
      'authLogin',
      'authMe',
      'authUserDelete',
      'authUsersList',
      'bundleActivate',
      'bundleDeactivate',
      'bundleOfflineActivationGenerate',
      'bundleOfflineActivationUpload',
      'bundleOfflineDeactivationGenerate',
      'deactivateLicense',
      'getConfig',
      'getLicenseById',
      'getSyncConfig',
      'listLicenseFeatureUsers',
      'listLicenseUsers',
      'listLicenses',
      'offlineActivationGenerate',
      'offlineActivationUpload',
      'offlineDeactivationGenerate',
      'patchConfig',
      'ping',
      'releaseFeatureForAllUsers',
      'releaseFeatureForUser',
      'setSyncMode',
      'triggerSync',
      'unregisterAllUsersFromLicense',
      'unregisterUserFromLicense',
    ],
    local: ['getHardwareID', 'setLogLevel'],
    synchronous: [],
  },
};

/** The SDK's exports that are no License API clients (`Watchdog` takes a `License` and calls back; `Logger` logs). */
export const sdkNonClientExports: readonly string[] = ['Logger', 'Watchdog'];

/**
 * Where each client class can be imported from: the package's entry (named
 * exports, and Node's default export of a CommonJS module, `module.exports`)
 * and the file of `dist/src` that declares it (its `default` export, or a
 * named one for `FloatingAPIv2`), which TypeScript users import types from.
 */
export const sdkPackage = '@licensespring/node-sdk';

export const sdkDeepModules: Readonly<Record<string, { readonly exportName: string; readonly className: SdkClassName }>> = {
  'dist/src/api': { exportName: 'default', className: 'LicenseAPI' },
  'dist/src/bundle-manager': { exportName: 'default', className: 'BundleManager' },
  'dist/src/floating': { exportName: 'default', className: 'FloatingAPI' },
  'dist/src/floating-api': { exportName: 'FloatingAPIv2', className: 'FloatingAPIv2' },
  'dist/src/license': { exportName: 'default', className: 'License' },
  'dist/src/license-manager': { exportName: 'default', className: 'LicenseManager' },
};

/** Classes the package's entry exports by name (`License` is reached only through a manager). */
export const sdkEntryClasses: readonly SdkClassName[] = ['BundleManager', 'FloatingAPI', 'FloatingAPIv2', 'LicenseAPI', 'LicenseManager'];

export interface SdkMethodInfo {
  readonly className: SdkClassName;
  readonly method: string;
  readonly gatekeeping: boolean;
  readonly synchronous: boolean;
  readonly returns: SdkClassName | undefined;
  readonly refusesWith: 'false' | 'null' | undefined;
}

/** A method the evidence model follows: every License API call, and the local ones that return a client (`loadLicense`). */
export function getSdkMethod(className: SdkClassName, method: string): SdkMethodInfo | undefined {
  const surface = sdkSurface[className];
  const gatekeeping = surface.gatekeeping.includes(method);
  const returns = surface.returns?.[method];
  if (!gatekeeping && !surface.other.includes(method) && returns === undefined) {
    return undefined;
  }
  return {
    className,
    method,
    gatekeeping,
    synchronous: surface.synchronous.includes(method),
    returns,
    refusesWith: surface.refusesWith?.[method],
  };
}

/** Whether a method of the class asks the License API or decides a license (as opposed to `local` ones, such as `loadLicense`). */
export function isLicenseApiMethod(info: SdkMethodInfo): boolean {
  const surface = sdkSurface[info.className];
  return info.gatekeeping || surface.other.includes(info.method);
}
