import type { ParserServicesWithTypeInformation, TSESLint } from '@typescript-eslint/utils';

import type { LicenseSpringSettings } from '../utils/catalog/settings.js';

/**
 * The parser services when this file has full type information and the
 * settings allow using it; otherwise `undefined`, and the rule falls back to
 * its syntactic checks. Unlike `getParserServices`, this never throws: espree
 * and other parsers simply have no program.
 */
export function getTypeInformation(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  settings: LicenseSpringSettings,
): ParserServicesWithTypeInformation | undefined {
  if (settings.typeChecking === 'off') {
    return undefined;
  }
  const services = context.sourceCode.parserServices;
  // Older or wrapping parsers may hand over a program without typescript-eslint 8's helpers.
  if (
    services?.program == null ||
    services.esTreeNodeToTSNodeMap === undefined ||
    typeof (services.getTypeAtLocation as unknown) !== 'function'
  ) {
    return undefined;
  }
  return services as ParserServicesWithTypeInformation;
}
