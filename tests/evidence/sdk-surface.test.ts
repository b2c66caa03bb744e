/**
 * The evidence model's picture of the SDK (rules/evidence/license-api/) is
 * checked against the installed `@licensespring/node-sdk`: every public
 * method of every client class sorted into exactly one of gatekeeping,
 * other License API call, or local; synchronous methods and returned clients
 * as the declarations say; and the endpoint lists as its api.js requests them.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';

import ts from 'typescript';

import { gatekeepingEndpoints, matchLicenseApiUrl, otherEndpoints } from '../../rules/evidence/license-api/endpoints.js';
import { type SdkClassName, sdkDeepModules, sdkEntryClasses, sdkNonClientExports, sdkSurface } from '../../rules/evidence/license-api/sdk-surface.js';

const require = createRequire(import.meta.url);
const sdkSource = path.join(path.dirname(require.resolve('@licensespring/node-sdk/package.json')), 'dist', 'src');

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(path.join(sdkSource, file), 'utf8'), ts.ScriptTarget.Latest, true);
}

interface DeclaredMethod {
  readonly name: string;
  readonly returnType: string;
}

function isPublic(member: ts.ClassElement): boolean {
  return !(ts.getCombinedModifierFlags(member) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected));
}

/** The public methods a class declares, with those it inherits from a base class declared in a sibling file. */
function getDeclaredMethods(file: string, className: string): DeclaredMethod[] {
  const source = parse(`${file}.d.ts`);
  const declaration = source.statements.find((statement): statement is ts.ClassDeclaration => ts.isClassDeclaration(statement) && statement.name?.text === className);
  assert.ok(declaration, `${className} is declared in ${file}.d.ts`);
  const own = declaration.members.filter(ts.isMethodDeclaration).filter(isPublic).map((member) => ({
    name: member.name.getText(source),
    returnType: member.type?.getText(source) ?? '',
  }));
  const base = declaration.heritageClauses?.[0]?.types[0]?.expression.getText(source);
  if (base === undefined) {
    return own;
  }
  const baseImport = source.statements
    .filter(ts.isImportDeclaration)
    .find((statement) => statement.importClause?.getText(source).includes(base) === true);
  assert.ok(baseImport, `the base class ${base} is imported`);
  const baseFile = path.posix.join(path.posix.dirname(file), (baseImport.moduleSpecifier as ts.StringLiteral).text);
  return [...getDeclaredMethods(baseFile, base), ...own];
}

const files = Object.fromEntries(Object.entries(sdkDeepModules).map(([file, { className }]) => [className, file.replace(/^dist\/src\//u, '')])) as Record<
  SdkClassName,
  string
>;

void describe('the SDK surface of the evidence model', () => {
  for (const className of Object.keys(sdkSurface) as SdkClassName[]) {
    void it(`sorts every public method of ${className} once`, () => {
      const surface = sdkSurface[className];
      const declared = getDeclaredMethods(files[className], className);
      const sorted = [...surface.gatekeeping, ...surface.other, ...surface.local];
      assert.deepEqual([...sorted].sort(), [...new Set(declared.map(({ name }) => name))].sort());
      assert.equal(new Set(sorted).size, sorted.length, 'no method is in two lists');
    });

    void it(`knows which methods of ${className} return synchronously, and which return a client`, () => {
      const surface = sdkSurface[className];
      const declared = getDeclaredMethods(files[className], className);
      const synchronous = declared.filter(({ returnType }) => !returnType.startsWith('Promise<')).map(({ name }) => name);
      const followed = [...surface.gatekeeping, ...surface.other, ...Object.keys(surface.returns ?? {})];
      assert.deepEqual([...surface.synchronous].sort(), synchronous.filter((name) => followed.includes(name)).sort());
      for (const [method, returned] of Object.entries(surface.returns ?? {})) {
        assert.equal(declared.find(({ name }) => name === method)?.returnType, returned, `${className}.${method}() returns ${returned}`);
      }
      for (const [method, refusal] of Object.entries(surface.refusesWith ?? {})) {
        assert.ok(surface.gatekeeping.includes(method), `${className}.${method}() is gatekeeping`);
        // A verdict is declared boolean; check() is declared Promise<unknown> and resolves null (read from license.js below).
        assert.equal(declared.find(({ name }) => name === method)?.returnType, refusal === 'false' ? 'boolean' : 'Promise<unknown>');
      }
    });
  }

  void it('knows that License.check() resolves null when a floating license fails', () => {
    const license = readFileSync(path.join(sdkSource, 'license.js'), 'utf8');
    assert.match(license, /catch \(error\) \{\s*if \(this\.currentLicenseData\.isFloatingLicense[^)]*\) \{\s*return null;/u);
    assert.equal(sdkSurface.License.refusesWith?.['check'], 'null');
  });

  void it('accounts for every class the package exports', () => {
    const index = parse('index.d.ts');
    const exported = index.statements
      .filter(ts.isExportDeclaration)
      .flatMap((statement) => (statement.exportClause !== undefined && ts.isNamedExports(statement.exportClause) ? statement.exportClause.elements : []))
      .map((element) => element.name.text);
    assert.deepEqual([...exported].sort(), [...sdkEntryClasses, ...sdkNonClientExports].sort());
  });

  void it('lists the License API endpoints api.js requests, each once', () => {
    const api = readFileSync(path.join(sdkSource, 'api.js'), 'utf8');
    const requested = new Set([...api.matchAll(/this\.service\s*\.\s*(?:get|post|put|patch|delete)Request\('([^']+)'/gu)].map((match) => match[1]));
    const listed = [...gatekeepingEndpoints, ...otherEndpoints];
    assert.deepEqual([...listed].sort(), [...requested].sort());
    assert.equal(new Set(listed).size, listed.length);
  });

  void it("knows the SDK's own API path as the License API's", () => {
    const env = readFileSync(path.join(sdkSource, '..', '.env.prod'), 'utf8');
    const apiPath = /^API_PATH=(.+)$/mu.exec(env)?.[1]?.trim();
    assert.ok(apiPath);
    assert.deepEqual(matchLicenseApiUrl(`${apiPath}check_license`), { name: 'check_license', gatekeeping: true });
    assert.deepEqual(matchLicenseApiUrl(`${apiPath}floating/release`), { name: 'floating/release', gatekeeping: false });
  });
});
