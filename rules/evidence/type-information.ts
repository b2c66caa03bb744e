import { createRequire } from 'node:module';
import path from 'node:path';

import type { ParserServicesWithTypeInformation, TSESLint } from '@typescript-eslint/utils';
import type * as ts from 'typescript';

import type { LicenseSpringSettings } from '../utils/catalog/settings.js';

/** This package's own folder: its `types/` (sources) or `dist/types/` declare the License API's types. */
const packageRoot = path.dirname(createRequire(import.meta.url).resolve('eslint-plugin-licensespring/package.json'));
const ownTypeFolders = [path.join(packageRoot, 'types') + path.sep, path.join(packageRoot, 'dist', 'types') + path.sep];

/** A declaration file of the License API: the types subpath of this plugin, installed or this very checkout, or the SDK's. */
function isLicenseSpringFile(fileName: string): boolean {
  const normalized = path.normalize(fileName);
  return (
    /[\\/]node_modules[\\/](?:@licensespring[\\/]|eslint-plugin-licensespring[\\/])/u.test(normalized) ||
    ownTypeFolders.some((folder) => normalized.startsWith(folder))
  );
}

const knowsLicenseSpring = new WeakMap<ts.Program, boolean>();

/**
 * Whether the program has the License API's types: only then is a literal
 * union of catalog statuses or codes evidence, rather than another API's own
 * `400 | 404`. Asked once per program.
 */
function hasLicenseSpringTypes(program: ts.Program): boolean {
  let known = knowsLicenseSpring.get(program);
  if (known === undefined) {
    known = program.getSourceFiles().some((file) => isLicenseSpringFile(file.fileName));
    knowsLicenseSpring.set(program, known);
  }
  return known;
}

/**
 * The parser services when this file has full type information, the
 * settings allow using it, and the program knows the License API's types;
 * otherwise `undefined`, and the rule falls back to its syntactic checks.
 * Unlike `getParserServices`, this never throws: espree and other parsers
 * simply have no program.
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
    typeof (services.getTypeAtLocation as unknown) !== 'function' ||
    (settings.assume !== 'license-api' && !hasLicenseSpringTypes(services.program))
  ) {
    return undefined;
  }
  return services as ParserServicesWithTypeInformation;
}
