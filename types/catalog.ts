/**
 * The single source of truth: every error code the LicenseSpring License API
 * documents, with its HTTP status and a one-line description.
 *
 * Types, runtime maps, rule data and the docs table all derive from this list.
 * `npm run sync-catalog -- <page.md> --write` rewrites it from the upstream
 * page; keep descriptions short and in our own words.
 */
export const licenseErrorCatalog = [
  // 400 BAD_REQUEST
  { code: 'active_license_required', status: 400, description: 'Versions or installation files were requested without an active license.' },
  { code: 'api_key_product_not_allowed', status: 400, description: 'The API key may not activate licenses of this product.' },
  { code: 'archived_product', status: 400, description: 'The product is archived, so it cannot be activated.' },
  { code: 'authorization_invalid_headers', status: 400, description: 'The Authorization header could not be parsed.' },
  { code: 'authorization_missing_params', status: 400, description: 'The Authorization header lacks some of its fields.' },
  { code: 'blacklisted', status: 400, description: 'The device is on the blacklist and may not activate.' },
  { code: 'borrow_until_not_valid', status: 400, description: 'The borrow end date is not an acceptable date.' },
  { code: 'change_password_not_allowed', status: 400, description: 'Changing the password is not permitted here.' },
  { code: 'customer_account_id_mismatch', status: 400, description: 'The customer account id does not match the one on record.' },
  { code: 'customer_account_not_found', status: 400, description: 'No customer account exists with the given id.' },
  { code: 'customer_does_not_exist', status: 400, description: 'The customer named in the request does not exist.' },
  { code: 'customer_not_found', status: 400, description: 'The credentials give no access to this customer.' },
  { code: 'device_not_found', status: 400, description: 'The device is not an active device of this license.' },
  { code: 'disabled_product', status: 400, description: 'The product is disabled, so it cannot be activated.' },
  { code: 'email_missing', status: 400, description: 'A user-based trial needs an email address, and none was sent.' },
  { code: 'feature_not_enough_consumptions', status: 400, description: 'The feature has no consumptions left to add.' },
  { code: 'feature_not_floating', status: 400, description: 'The feature is not a floating cloud feature, so it cannot be released.' },
  { code: 'floating_feature_device_not_in_use', status: 400, description: 'No device currently holds this floating feature.' },
  { code: 'floating_not_available', status: 400, description: 'Every slot of the floating cloud license is taken.' },
  { code: 'hardware_key_required', status: 400, description: 'This action needs the hardware key header.' },
  { code: 'hmac_required', status: 400, description: 'An API-key Authorization header was sent without its HMAC.' },
  { code: 'invalid_api_key', status: 400, description: 'The API key is not valid.' },
  { code: 'invalid_hardware_id', status: 400, description: 'The hardware id is empty.' },
  { code: 'invalid_json', status: 400, description: 'The request body is not valid JSON.' },
  { code: 'invalid_license_feature_code', status: 400, description: 'No feature with this code exists on the license.' },
  { code: 'invalid_product_auth_method', status: 400, description: 'The product is not user-based, so it has no license users.' },
  { code: 'invalid_value', status: 400, description: 'A parameter has a value outside what is accepted; the message names it.' },
  { code: 'key_product_based_does_not_allow_users', status: 400, description: 'Users were given for a key-based license.' },
  { code: 'license_activated_max_times', status: 400, description: 'The license has reached its activation limit.' },
  { code: 'license_borrow_not_allowed', status: 400, description: 'The license does not allow borrowing.' },
  { code: 'license_device_exists', status: 400, description: 'The device is already registered on this license.' },
  { code: 'license_expired', status: 400, description: 'The license has expired.' },
  { code: 'license_hwid_not_found', status: 400, description: 'The device has no licenses.' },
  { code: 'license_not_active', status: 400, description: 'The license is not active.' },
  { code: 'license_not_consumption', status: 400, description: 'The license is not a consumption license.' },
  { code: 'license_not_enabled', status: 400, description: 'The license is disabled.' },
  { code: 'license_not_enough_consumptions', status: 400, description: 'The license has no consumptions left to add.' },
  { code: 'license_not_found', status: 400, description: 'No license matches the request.' },
  { code: 'license_start_date_error', status: 400, description: 'The license start date has not been reached yet.' },
  { code: 'license_transferred_max_times', status: 400, description: 'The license has reached its transfer limit.' },
  { code: 'license_user_activated_max_times', status: 400, description: 'This license user has reached their activation limit.' },
  { code: 'license_user_not_found', status: 400, description: 'The user is not a user of this license.' },
  { code: 'license_users_error', status: 400, description: 'More users were given than the license allows.' },
  { code: 'missing_content', status: 400, description: 'An offline activation or deactivation arrived with an empty body.' },
  { code: 'missing_hardware_key_certificate', status: 400, description: 'The device has no certificate for its hardware key.' },
  { code: 'missing_headers', status: 400, description: 'A required request header was not sent.' },
  { code: 'missing_parameters', status: 400, description: 'A required query or body parameter was not sent.' },
  { code: 'negative_consumptions_not_allowed', status: 400, description: 'The license does not accept negative consumption values.' },
  { code: 'oauth_product_not_allowed', status: 400, description: 'The OAuth credentials have no access to this resource.' },
  { code: 'oauth_required', status: 400, description: 'Only OAuth is accepted, and an API key was used.' },
  { code: 'oauth_token_expired', status: 400, description: 'The OAuth token has expired.' },
  { code: 'oauth_token_malformed', status: 400, description: 'The OAuth token could not be parsed.' },
  { code: 'offline_floating_cloud_not_supported', status: 400, description: 'A floating cloud license cannot be activated offline.' },
  { code: 'product_not_bundle', status: 400, description: 'The product is not a bundle.' },
  { code: 'quantity_too_large', status: 400, description: 'More license keys were requested than one call may generate.' },
  { code: 'read_only_api_key', status: 400, description: 'A read-only API key was used for a write.' },
  { code: 'revoked_api_key', status: 400, description: 'The API key has been revoked.' },
  { code: 'trial_expired', status: 400, description: 'The trial license has expired.' },
  { code: 'trial_not_allowed', status: 400, description: 'The product does not offer trial licenses.' },
  { code: 'unknown_policy_code', status: 400, description: 'No license policy has this code.' },
  { code: 'unknown_product_code', status: 400, description: 'No product has this code.' },
  { code: 'unsupported_product_feature', status: 400, description: 'The feature is not a consumption feature.' },
  { code: 'user_based_product_does_not_allow_license_key', status: 400, description: 'A license key was given for a user-based product.' },
  { code: 'user_not_assigned_to_product', status: 400, description: 'The user holds no license.' },
  { code: 'validation_error', status: 400, description: 'The request failed schema validation; the message says where.' },
  { code: 'version_not_found', status: 400, description: 'No installation file version matches the request.' },
  { code: 'vm_not_allowed', status: 400, description: 'The license may not be activated on a virtual machine.' },
  // 401 UNAUTHORIZED
  { code: 'authentication_failure', status: 401, description: 'The request could not be authenticated.' },
  { code: 'hardware_key_signature_mismatch', status: 401, description: 'The hardware key header does not verify.' },
  { code: 'invalid_client_credentials', status: 401, description: 'The OAuth client credentials were rejected.' },
  { code: 'offline_signature_mismatch', status: 401, description: 'The signature of the offline request does not verify.' },
  { code: 'signature_mismatch', status: 401, description: 'The signature in the API-key Authorization header does not verify.' },
  // 404 NOT_FOUND
  { code: 'not_found', status: 404, description: 'The API path does not exist.' },
  // 409 CONFLICT
  { code: 'license_key_exists', status: 409, description: 'An order collided with an existing license key.' },
  { code: 'order_id_exists', status: 409, description: 'An order with this id already exists and appending was not requested.' },
  // 500 INTERNAL_SERVER_ERROR
  { code: 'adding_manager_error', status: 500, description: 'The server failed to assign a license manager.' },
  { code: 'internal_error', status: 500, description: 'The server failed unexpectedly.' },
  { code: 'mail_sending_error', status: 500, description: 'The server failed to send a consumption or license user email.' },
  { code: 'notification_sending_error', status: 500, description: 'The server failed to send an activation, trial or order notification.' },
] as const satisfies readonly LicenseErrorCatalogEntry[];

/** One documented error: its string code, HTTP status and what it means. */
export interface LicenseErrorCatalogEntry {
  readonly code: string;
  readonly status: number;
  readonly description: string;
}

/**
 * The HTTP statuses the catalog uses, with the constant name each gets in
 * `LicenseStatus` (the standard reason phrase in SCREAMING_SNAKE_CASE).
 */
export const licenseErrorStatuses = [
  { status: 400, name: 'BAD_REQUEST' },
  { status: 401, name: 'UNAUTHORIZED' },
  { status: 404, name: 'NOT_FOUND' },
  { status: 409, name: 'CONFLICT' },
  { status: 500, name: 'INTERNAL_SERVER_ERROR' },
] as const satisfies readonly LicenseErrorStatusEntry[];

/** One HTTP status of the catalog and the name of its constant. */
export interface LicenseErrorStatusEntry {
  readonly status: number;
  readonly name: string;
}
