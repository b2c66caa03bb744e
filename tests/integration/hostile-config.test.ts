/**
 * Hostile or broken setups: invalid rule options and settings are rejected
 * with a message that names them; typed linting without usable type
 * information falls back instead of throwing; very large inputs finish in
 * bounded time.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';

import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import * as espree from 'espree';

import plugin from '../../index.js';
import { licenseErrorCatalog } from '../../types/catalog.js';
import { typedFixtureDir } from '../rule-tester.js';

const linter = new Linter({ configType: 'flat' });
const licensespring = plugin as unknown as NonNullable<Linter.Config['plugins']>[string];
const recommended = plugin.configs.recommended;
const strict = plugin.configs.strict;
const codeSwitch = "switch (err.code) { case 'license_expired': break; }\nif (err.status === 409) {}\n";

/** The error ESLint throws for `options`, or undefined when it accepts them. */
function optionsError(rule: string, options: readonly unknown[]): string | undefined {
  try {
    linter.verify(codeSwitch, [{ plugins: { licensespring }, rules: { [`licensespring/${rule}`]: ['error', ...options] } }], 'file.js');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function settingsError(settings: unknown): string | undefined {
  try {
    linter.verify(codeSwitch, [{ settings: { licensespring: settings }, ...recommended }], 'file.js');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

interface PropertySchema {
  readonly type?: string;
  readonly enum?: readonly unknown[];
  readonly minLength?: number;
  readonly items?: PropertySchema;
}

/** A value of the wrong JSON type for a schema type. */
const wrongValues: Readonly<Record<string, unknown>> = { boolean: 'yes', string: 42, array: 'status', object: ['x'], number: 'many', integer: 1.5 };

function schemaProperties(rule: keyof typeof plugin.rules): [string, PropertySchema][] {
  const schema = plugin.rules[rule].meta.schema;
  const first = Array.isArray(schema) ? (schema[0] as { properties?: Record<string, PropertySchema> } | undefined) : undefined;
  return Object.entries(first?.properties ?? {});
}

const ruleNames = Object.keys(plugin.rules) as (keyof typeof plugin.rules)[];

void describe('invalid rule options are rejected by the schema', () => {
  for (const rule of ruleNames) {
    const properties = schemaProperties(rule);
    if (properties.length === 0) {
      void it(`${rule}: takes no options, so any option is rejected`, () => {
        assert.equal(optionsError(rule, [{ anything: true }]), `Key "rules": Key "licensespring/${rule}":\n\tValue [{"anything":true}] should NOT have more than 0 items.\n`);
      });
      continue;
    }

    void it(`${rule}: an unknown key is rejected and the known options are listed`, () => {
      const message = optionsError(rule, [{ notAnOption: true }]);
      assert.match(message ?? '', new RegExp(`^Key "rules": Key "licensespring/${rule}":\\n\\tValue \\{.*"notAnOption":true\\} should NOT have additional properties\\.\\n`, 'u'));
      assert.ok(message?.includes(`Unexpected property "notAnOption". Expected properties: ${properties.map(([name]) => `"${name}"`).join(', ')}.`), message);
    });

    void it(`${rule}: options that are not an object are rejected`, () => {
      assert.equal(optionsError(rule, ['strict']), `Key "rules": Key "licensespring/${rule}":\n\tValue "strict" should be object.\n`);
    });

    for (const [name, property] of properties) {
      const type = property.type ?? '';
      const wrong = property.enum === undefined ? wrongValues[type] : 'not-one-of-them';
      // ESLint words schema errors as "Value <value> <problem>": the value names the option, the path is not printed.
      void it(`${rule}: ${name} of the wrong type (${JSON.stringify(wrong)}) is rejected`, () => {
        const expected = property.enum === undefined ? `should be ${type}` : 'should be equal to one of the allowed values';
        assert.equal(optionsError(rule, [{ [name]: wrong }]), `Key "rules": Key "licensespring/${rule}":\n\tValue ${JSON.stringify(wrong)} ${expected}.\n`);
      });
      if (property.minLength !== undefined || property.items?.minLength !== undefined) {
        void it(`${rule}: ${name} with an empty string is rejected`, () => {
          const value = type === 'array' ? [''] : '';
          assert.equal(optionsError(rule, [{ [name]: value }]), `Key "rules": Key "licensespring/${rule}":\n\tValue "" should NOT be shorter than 1 characters.\n`);
        });
      }
    }
  }

  void it('exhaustive-error-codes: a defaultCaseCommentPattern that is not a regular expression is rejected, naming the option', () => {
    assert.equal(
      optionsError('exhaustive-error-codes', [{ defaultCaseCommentPattern: '(' }]),
      'Error while loading rule \'licensespring/exhaustive-error-codes\': licensespring/exhaustive-error-codes: the option "defaultCaseCommentPattern" must be a valid regular expression (with the "u" flag), got "(": SyntaxError: Invalid regular expression: /(/u: Unterminated group\nOccurred while linting file.js',
    );
  });

  void it(
    'exhaustive-error-codes: an empty defaultCaseCommentPattern (it would match every comment) is rejected',
    () => {
      assert.notEqual(optionsError('exhaustive-error-codes', [{ defaultCaseCommentPattern: '' }]), undefined);
    },
  );

  void it(
    'no-magic-status: a constantSource without its module is rejected',
    () => {
      assert.equal(
        optionsError('no-magic-status', [{ constantSource: { name: 'StatusCodes' } }]),
        'Key "rules": Key "licensespring/no-magic-status":\n\tValue {"name":"StatusCodes"} should have required property \'module\'.\n',
      );
    },
  );

  void it(
    'no-magic-status: a constantSource with a module but no name is rejected',
    () => {
      assert.notEqual(optionsError('no-magic-status', [{ constantSource: { module: 'http-status-codes' } }]), undefined);
    },
  );

  void it('no-magic-status: member names and statuses of constantSource.members are checked', () => {
    assert.match(
      optionsError('no-magic-status', [{ constantSource: { module: 'm', name: 'S', members: { 999: 'X' } } }]) ?? '',
      /Value \{"999":"X"\} should NOT have additional properties\./u,
    );
    assert.match(optionsError('no-magic-status', [{ constantSource: { module: 'm', name: 'S', members: { 400: 'not-an-identifier' } } }]) ?? '', /Value "not-an-identifier" should match pattern/u);
  });
});

void describe('invalid settings.licensespring values are rejected, naming the setting', () => {
  const prefix = "Error while loading rule 'licensespring/exhaustive-error-codes': eslint-plugin-licensespring: settings.licensespring";
  const suffix = '\nOccurred while linting file.js';
  const cases: readonly [string, unknown, string][] = [
    ['not an object (string)', 'strict', ' must be an object, got \'strict\'.'],
    ['not an object (array)', ['license_expired'], " must be an object, got [ 'license_expired' ]."],
    ['not an object (null)', null, ' must be an object, got null.'],
    ['an unknown key', { additionalCode: [] }, '.additionalCode is not a known setting (known: additionalCodes, additionalStatuses, assume, presets, typeChecking), got [].'],
    ['additionalCodes of the wrong type', { additionalCodes: 'wrong_license_type' }, ".additionalCodes must be an array of codes or an object from code to status, got 'wrong_license_type'."],
    ['additionalCodes as a number', { additionalCodes: 400 }, '.additionalCodes must be an array of codes or an object from code to status, got 400.'],
    ['an empty code', { additionalCodes: [''] }, ".additionalCodes[0] must be a non-empty string, got ''."],
    ['a blank code', { additionalCodes: ['ok_code', '  '] }, ".additionalCodes[1] must be a non-empty string, got '  '."],
    ['an empty code key', { additionalCodes: { '': 400 } }, ".additionalCodes[\"\"] must be a non-empty string, got ''."],
    ['a non-string code', { additionalCodes: [400] }, '.additionalCodes[0] must be a non-empty string, got 400.'],
    ['a null code', { additionalCodes: [null] }, '.additionalCodes[0] must be a non-empty string, got null.'],
    ['a status that is a string', { additionalCodes: { wrong_license_type: '400' } }, ".additionalCodes[\"wrong_license_type\"] must be an HTTP status (an integer from 100 to 599), got '400'."],
    ['a status above 599', { additionalCodes: { wrong_license_type: 600 } }, '.additionalCodes["wrong_license_type"] must be an HTTP status (an integer from 100 to 599), got 600.'],
    ['a status below 100', { additionalCodes: { wrong_license_type: 99 } }, '.additionalCodes["wrong_license_type"] must be an HTTP status (an integer from 100 to 599), got 99.'],
    ['a fractional status', { additionalCodes: { wrong_license_type: 400.5 } }, '.additionalCodes["wrong_license_type"] must be an HTTP status (an integer from 100 to 599), got 400.5.'],
    ['typeChecking not auto/off', { typeChecking: true }, '.typeChecking must be "auto" or "off", got true.'],
    ['typeChecking with another word', { typeChecking: 'on' }, ".typeChecking must be \"auto\" or \"off\", got 'on'."],
    ['presets as a string', { presets: 'node-sdk' }, ".presets must be an array of preset names (known: node-sdk), got 'node-sdk'."],
    ['an unknown preset', { presets: ['node-sdk', 'python-sdk'] }, ".presets[1] is not a known preset (known: node-sdk), got 'python-sdk'."],
    ['a preset that is not a string', { presets: [{ name: 'node-sdk' }] }, ".presets[0] is not a known preset (known: node-sdk), got { name: 'node-sdk' }."],
    ['additionalStatuses as a number', { additionalStatuses: 503 }, '.additionalStatuses must be an array of HTTP statuses, got 503.'],
    ['an additional status above 599', { additionalStatuses: [503, 1000] }, '.additionalStatuses[1] must be an HTTP status (an integer from 100 to 599), got 1000.'],
    ['an additional status as a string', { additionalStatuses: ['503'] }, ".additionalStatuses[0] must be an HTTP status (an integer from 100 to 599), got '503'."],
  ];
  for (const [name, settings, message] of cases) {
    void it(name, () => {
      assert.equal(settingsError(settings), `${prefix}${message}${suffix}`);
    });
  }

  void it('a catalog code listed with another status', () => {
    const entry = licenseErrorCatalog.find(({ status }) => status === 409);
    assert.ok(entry);
    assert.equal(
      settingsError({ additionalCodes: { [entry.code]: 400 } }),
      `${prefix}.additionalCodes["${entry.code}"] names the catalog code "${entry.code}" with status 400, but the catalog gives it 409; remove it or fix the status, got 400.${suffix}`,
    );
  });

  void it('accepts valid settings: a list, an object, a catalog code with its own status, typeChecking off, presets, additional statuses', () => {
    const entry = licenseErrorCatalog[0];
    assert.ok(entry);
    for (const settings of [
      {},
      { additionalCodes: [] },
      { additionalCodes: ['wrong_license_type'] },
      { additionalCodes: { wrong_license_type: 400, [entry.code]: entry.status } },
      { typeChecking: 'off' },
      { presets: [] },
      { presets: ['node-sdk'], additionalCodes: ['wrong_license_type'] },
      { additionalStatuses: [503, 400] },
    ]) {
      assert.equal(settingsError(settings), undefined, JSON.stringify(settings));
    }
  });
});

/** A program that every rule has something to say about, in TypeScript. */
const typedProgram = `import type { LicenseApiError, LicenseErrorStatus } from 'eslint-plugin-licensespring/types';
export function handle(err: LicenseApiError): LicenseErrorStatus {
  switch (err.code) {
    case 'license_expired':
    case 'licence_expired':
      break;
  }
  if (err.status === 409 && err.code === 'license_expired') {}
  const body = { code: 401, status: 'authentication_failure' };
  void body;
  return 404;
}
`;

function lintTyped(filename: string, parserOptions: Record<string, unknown>, config: Linter.Config = strict, settings: Record<string, unknown> = {}): Linter.LintMessage[] {
  return linter.verify(
    typedProgram,
    [{ files: ['**/*.ts'], languageOptions: { parser: tsParser, parserOptions }, settings }, { files: ['**/*.ts'], ...config }],
    filename,
  );
}

const summary = (messages: readonly Linter.LintMessage[]): string[] => messages.map((message) => `${String(message.line)}:${String(message.column)} ${message.ruleId ?? 'fatal'} ${message.messageId ?? message.message}`);

void describe('typed linting without usable type information never throws', () => {
  const syntactic = summary(linter.verify(typedProgram, [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }, { files: ['**/*.ts'], ...strict }], 'file.ts'));

  void it('lints in syntactic mode with typescript-eslint\'s parser and no project', () => {
    assert.ok(syntactic.length > 0);
    assert.deepEqual(
      syntactic.filter((line) => line.includes('fatal')),
      [],
    );
  });

  // typescript-eslint keeps one project service per process, created with the first options it sees: every typed lint here uses these.
  const projectService = { projectService: { allowDefaultProject: ['not-in-tsconfig.ts'] }, tsconfigRootDir: typedFixtureDir };

  void it('a file outside the tsconfig, opened in the default project, is linted with types and without a crash', () => {
    const messages = summary(lintTyped(path.join(typedFixtureDir, 'not-in-tsconfig.ts'), projectService));
    assert.deepEqual(messages.filter((line) => line.includes('fatal')), []);
    // The default project resolves the types through the package's own exports (dist), so it sees at least the syntactic findings.
    assert.deepEqual(syntactic.filter((line) => !messages.includes(line)), []);
  });

  void it('when the types import does not resolve (every type is an error type), the typed lint gives the syntactic findings', () => {
    const unresolved = typedProgram.replace("'eslint-plugin-licensespring/types'", "'not-installed/types'");
    const messages = linter.verify(
      unresolved,
      [{ files: ['**/*.ts'], languageOptions: { parser: tsParser, parserOptions: projectService } }, { files: ['**/*.ts'], ...strict }],
      path.join(typedFixtureDir, 'not-in-tsconfig.ts'),
    );
    assert.deepEqual(summary(messages), syntactic);
  });

  void it('a file no project includes is a parse error for ESLint, not a rule crash', () => {
    const messages = lintTyped(path.join(typedFixtureDir, 'elsewhere', 'other.ts'), projectService);
    const [only, ...rest] = messages;
    assert.deepEqual(rest, []);
    assert.equal(only?.fatal, true);
    assert.equal(only.ruleId, null);
  });

  void it('typeChecking: "off" with full type information gives exactly the syntactic findings', () => {
    const typed = summary(lintTyped(path.join(typedFixtureDir, 'file.ts'), projectService));
    assert.notDeepEqual(typed, syntactic, 'the typed lint should see more than the syntactic one');
    const messages = lintTyped(path.join(typedFixtureDir, 'file.ts'), projectService, strict, { licensespring: { typeChecking: 'off' } });
    assert.deepEqual(summary(messages), syntactic);
  });

  // Parsers other than typescript-eslint's may hand ESLint odd parser services.
  const oddServices: readonly [string, unknown][] = [
    ['no services', undefined],
    ['empty services', {}],
    ['a null program', { program: null }],
    [
      'the services of typescript-eslint 5 (a program and node maps, no getTypeAtLocation)',
      { program: {}, esTreeNodeToTSNodeMap: new WeakMap(), tsNodeToESTreeNodeMap: new WeakMap(), hasFullTypeInformation: true },
    ],
  ];
  for (const [name, services] of oddServices) {
    void it(`a parser with ${name} falls back to syntactic mode`, () => {
      const parser = {
        meta: { name: 'odd-services-parser' },
        parseForESLint(code: string, options: Record<string, unknown>) {
          const ast = espree.parse(code, { ...options, ecmaVersion: 'latest', sourceType: 'module', range: true, loc: true, comment: true, tokens: true });
          return services === undefined ? { ast } : { ast, services };
        },
      };
      const code = "switch (err.code) { case 'license_expired': break; case 'licence_expired': break; }\nif (err.status === 409 && err.code === 'license_expired') {}\nthrow { code: 401, status: 'authentication_failure' };\n";
      const config = (languageOptions: Linter.LanguageOptions): Linter.Config[] => [{ files: ['**/*.js'], languageOptions }, { files: ['**/*.js'], ...recommended }];
      const expected = summary(linter.verify(code, config({ sourceType: 'module' }), 'file.js'));
      const actual = summary(linter.verify(code, config({ parser, sourceType: 'module' }), 'file.js'));
      assert.ok(expected.length >= 4, expected.join('\n'));
      assert.deepEqual(actual, expected);
    });
  }
});

/** A generous bound for a shared 2-core CI machine; these inputs lint in well under a second on a quiet one. */
const timeLimitMs = 10_000;

function timed(label: string, action: () => Linter.LintMessage[]): Linter.LintMessage[] {
  const started = performance.now();
  const messages = action();
  const elapsed = performance.now() - started;
  assert.ok(elapsed < timeLimitMs, `${label} took ${elapsed.toFixed(0)} ms`);
  return messages;
}

void describe('very large inputs finish in bounded time', () => {
  const catalogCases = licenseErrorCatalog.map(({ code }) => `    case '${code}':`).join('\n');

  void it('a switch with 5,000 cases (every catalog code, then unknown codes)', () => {
    const unknown = Array.from({ length: 5000 - licenseErrorCatalog.length }, (_, index) => `    case 'app_code_${String(index)}':`).join('\n');
    const code = `export function handle(err) {\n  switch (err.code) {\n${catalogCases}\n${unknown}\n      return 1;\n    default:\n      return 0;\n  }\n}\n`;
    const messages = timed('5,000 cases', () => linter.verify(code, [{ files: ['**/*.js'] }, { files: ['**/*.js'], ...strict }], 'file.js'));
    assert.equal(messages.filter((message) => message.fatal === true).length, 0);
    assert.equal(messages.filter((message) => message.ruleId === 'licensespring/valid-error-code').length, 5000 - licenseErrorCatalog.length);
  });

  void it('a switch with 5,000 status cases, typed TypeScript syntax', () => {
    const cases = Array.from({ length: 5000 }, (_, index) => `    case ${String(100 + (index % 500))}:`).join('\n');
    const code = `export function handle(err: { status: number }) {\n  switch (err.status) {\n${cases}\n      return 1;\n  }\n  return 0;\n}\n`;
    const messages = timed('5,000 status cases', () => linter.verify(code, [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }, { files: ['**/*.ts'], ...strict }], 'file.ts'));
    assert.equal(messages.filter((message) => message.fatal === true).length, 0);
  });

  void it('a file of 50,000 lines of error handling', () => {
    const block = (index: number): string => {
      const { code, status } = licenseErrorCatalog[index % licenseErrorCatalog.length] ?? licenseErrorCatalog[0];
      return [
        `export function handle${String(index)}(err) {`,
        `  if (err.status === ${String(status)} && err.code === '${code}') {`,
        `    throw { status: ${String(status)}, code: '${code}', message: 'failed' };`,
        '  }',
        '  switch (err.code) {',
        `    case '${code}':`,
        '      return 1;',
        `    case 'app_specific_${String(index % 7)}':`,
        '      return 2;',
        '    default:',
        '      return 0;',
        '  }',
        '}',
        `const body${String(index)} = { code: ${String(status)}, status: '${code}' };`,
        '',
        '',
        '',
        '',
        '',
        '',
      ].join('\n');
    };
    const code = Array.from({ length: 2500 }, (_, index) => block(index)).join('\n');
    assert.equal(code.split('\n').length, 50_000);
    const messages = timed('50,000 lines', () => linter.verify(code, [{ files: ['**/*.js'] }, { files: ['**/*.js'], ...recommended }], 'file.js'));
    assert.equal(messages.filter((message) => message.fatal === true).length, 0);
    // Each block: two magic statuses, one unknown code, one swapped body.
    assert.equal(messages.filter((message) => message.ruleId === 'licensespring/status-matches-code').length, 2500);
  });
});
