import type { TSESLint } from '@typescript-eslint/utils';

import type { LicenseApiCall } from '../evidence/license-api-calls.js';

/** Callees longer than this are named by their method alone (`checkLicense()` for `this.services.licensing.manager.checkLicense()`). */
const maxCalleeLength = 40;

/** How messages name a License API call: `manager.checkLicense()`, `fetch() to check_license`. */
export function describeCall(call: LicenseApiCall, sourceCode: Readonly<TSESLint.SourceCode>): string {
  const callee = sourceCode.getText(call.node.callee);
  if (call.via === 'http') {
    return `${callee.length > maxCalleeLength ? 'the request' : `${callee}()`} to ${call.name}`;
  }
  return callee.length > maxCalleeLength ? `${call.name}()` : `${callee}()`;
}
