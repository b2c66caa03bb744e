import { createRule } from './create-rule.js';
import { getEvidence } from './evidence/evidence.js';
import { getLicenseApiUsage } from './evidence/license-api-calls.js';
import { FailOpenChecker, type MessageId } from './no-fail-open/checker.js';
import { findTransportHelpers } from './no-fail-open/transport-helpers.js';
import { getLicenseSpringSettings } from './utils/catalog/settings.js';

export interface NoFailOpenOptions {
  readonly transportTests?: readonly string[];
}

export type Options = [NoFailOpenOptions];

export type { MessageId };

export default createRule<Options, MessageId>({
  name: 'no-fail-open',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow handling a failed license check as a granted license',
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        description: 'How the rule recognises a transport failure beyond its built-in tests.',
        properties: {
          transportTests: {
            type: 'array',
            description:
              'Names of your own functions that return true only when the License API could not be reached (no answer, or a 5xx), such as `isOffline`: a handler may grant offline grace when one of them is true.',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ transportTests: [] }],
    messages: {
      swallowedFailure:
        'This handler {{action}} the failure of {{call}}, and the code after it runs as if the license were granted. Rethrow or deny; grant offline grace only when the License API could not be reached, never on a rejection such as license_expired.',
      grantOnFailure:
        'This handler {{grant}} when {{call}} fails, whatever the failure. Grant offline grace only when the License API could not be reached (isTransportFailure); rethrow or deny a rejection such as license_expired.',
      grantAfterCatalogGuard:
        "This handler {{grant}} when {{call}} fails and isLicenseApiError() is false, but that test knows only the catalog's codes: the SDK's own rejections (license_signature_invalid, clock_tampered) and codes added later fail it too. Test isTransportFailure() before granting offline grace.",
      grantInFinally:
        'This finally block {{grant}} whatever {{call}} answered, overriding its failure. Return the result from the try block, and rethrow or deny in the catch.',
      ignoredResult:
        'The promise of {{call}} is dropped, so the code after it runs whether the license was granted or refused. Await it (or return it) and let a failure stop the app.',
      discardedRefusal:
        '{{call}} can answer a refusal with {{refusal}} instead of failing, and its result is discarded here, so a refused license goes on. Check the result before going on.',
      guardWithTransportTest: 'Grant only when isTransportFailure({{error}}), and rethrow otherwise.',
    },
  },
  create(context, [{ transportTests = [] }]) {
    // Files without evidence (nearly all of a project) make no License API call, and cost the evidence model's text check only.
    if (!getEvidence(context, getLicenseSpringSettings(context)).inFile) {
      return {};
    }
    const usage = getLicenseApiUsage(context.sourceCode);
    const gatekeeping = [...usage.calls.values()].filter((call) => call.gatekeeping);
    if (gatekeeping.length === 0) {
      return {};
    }
    return {
      Program() {
        const { sourceCode } = context;
        const checker = new FailOpenChecker(sourceCode, usage, findTransportHelpers(sourceCode), new Set(transportTests), (report) => {
          context.report({
            node: report.node,
            ...(report.loc === undefined ? {} : { loc: report.loc }),
            messageId: report.messageId,
            data: report.data,
            suggest: report.suggest ?? null,
          });
        });
        for (const call of gatekeeping.sort((a, b) => a.node.range[0] - b.node.range[0])) {
          checker.check(call);
        }
      },
    };
  },
});
