/**
 * The properties every program must satisfy, for every rule alone and every
 * config of the plugin, untyped and (for typed cases) with type information:
 * linting does not throw, each fix and suggestion yields code that parses,
 * and fixing is idempotent.
 */
import path from 'node:path';

import * as tsParser from '@typescript-eslint/parser';
import { parse as parseTypeScript } from '@typescript-eslint/typescript-estree';
import { Linter } from 'eslint';
import * as espree from 'espree';

import plugin from '../../index.js';
import type { Dialect, FuzzProgram } from './generate.js';
import { typedFuzzDir, typedFuzzParser } from './typed-parser.js';

export type Mode = 'untyped' | 'typed';

/** A named set of rules: each config of the plugin, non-default options, and each rule on its own. */
export interface Configuration {
  readonly name: string;
  readonly kind: 'config' | 'rule';
  readonly config: Linter.Config;
}

const pluginObject = plugin as unknown as NonNullable<Linter.Config['plugins']>[string];

/**
 * Options away from the defaults, so other report and fix paths run (another
 * constant source means another import to insert). Only options a rule's
 * schema still declares are used, so renaming an option does not break this.
 */
const optionVariants: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  'exhaustive-error-codes': {
    considerDefaultExhaustive: false,
    allowDefaultCaseForExhaustiveSwitch: false,
    defaultCaseCommentPattern: '^deliberate',
    checkIfElseChains: true,
    checkCodeMaps: true,
  },
  'no-magic-status': {
    statuses: 'http',
    statusProperties: ['status', 'statusCode'],
    allowObjects: ['res'],
    constantSource: { module: 'http-status-codes', name: 'StatusCodes' },
  },
  'valid-error-code': { codeProperties: ['code', 'errorCode'], codeFields: ['code', 'errorCode'] },
};

function variantOptions(rule: keyof typeof plugin.rules): unknown[] {
  const schema = plugin.rules[rule].meta.schema;
  const properties = Array.isArray(schema) ? (schema[0] as { properties?: Record<string, unknown> } | undefined)?.properties : undefined;
  if (properties === undefined) {
    return [];
  }
  const options = Object.entries(optionVariants[rule] ?? {}).filter(([name]) => name in properties);
  return options.length === 0 ? [] : [Object.fromEntries(options)];
}

export const configurations: readonly Configuration[] = [
  ...Object.entries(plugin.configs).map(([name, config]): Configuration => ({ name: `configs.${name}`, kind: 'config', config })),
  {
    name: 'options away from the defaults',
    kind: 'config',
    config: {
      plugins: { licensespring: pluginObject },
      rules: Object.fromEntries((Object.keys(plugin.rules) as (keyof typeof plugin.rules)[]).map((rule) => [`licensespring/${rule}`, ['error', ...variantOptions(rule)]])),
    },
  },
  ...Object.keys(plugin.rules).map(
    (rule): Configuration => ({ name: `rule ${rule}`, kind: 'rule', config: { plugins: { licensespring: pluginObject }, rules: { [`licensespring/${rule}`]: 'error' } } }),
  ),
];

export class FuzzFailure extends Error {
  constructor(
    readonly kind: string,
    readonly where: string,
    detail: string,
  ) {
    super(`${kind} (${where})\n${detail}`);
    this.name = 'FuzzFailure';
  }
}

const fileNames: Record<Dialect, string> = { ts: 'file.ts', esm: 'file.js', cjs: 'file.cjs' };
const allFiles: Linter.Config = { files: ['**/*.ts', '**/*.js', '**/*.cjs'] };

function languageOptions(dialect: Dialect, mode: Mode): Linter.LanguageOptions {
  const sourceType = dialect === 'cjs' ? 'commonjs' : 'module';
  if (mode === 'typed') {
    return { parser: typedFuzzParser, sourceType, ecmaVersion: 'latest' };
  }
  return dialect === 'ts' ? { parser: tsParser, sourceType } : { sourceType, ecmaVersion: 'latest' };
}

const linter = new Linter({ configType: 'flat' });

function fileName(dialect: Dialect, mode: Mode): string {
  return mode === 'typed' ? path.join(typedFuzzDir, fileNames[dialect]) : fileNames[dialect];
}

/**
 * The first syntax error of `text`, or undefined when it parses. The parsers
 * are called directly: no scope analysis, and acorn still reports redeclared
 * bindings (an autofix adding an import that clashes with a local name).
 */
export function syntaxError(text: string, dialect: Dialect): string | undefined {
  try {
    if (dialect === 'ts') {
      parseTypeScript(text, { filePath: 'file.ts', loc: true, range: true });
    } else {
      espree.parse(text, { ecmaVersion: 'latest', sourceType: dialect === 'cjs' ? 'commonjs' : 'module', loc: true, range: true });
    }
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function applyFix(text: string, fix: Linter.LintMessage['fix'] & object): string {
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
}

function describe(message: Linter.LintMessage): string {
  return `${message.ruleId ?? '(no rule)'} ${String(message.line)}:${String(message.column)} ${message.message}`;
}

const configCache = new Map<string, Linter.Config[]>();

/** Config arrays are cached: ESLint normalises a new array on every call. */
function configArray(program: FuzzProgram, configuration: Configuration, mode: Mode): Linter.Config[] {
  const key = `${configuration.name}|${program.dialect}|${mode}|${JSON.stringify(program.settings)}`;
  let config = configCache.get(key);
  if (config === undefined) {
    config = [
      allFiles,
      { languageOptions: languageOptions(program.dialect, mode), settings: program.settings === undefined ? {} : { licensespring: program.settings } },
      configuration.config,
    ];
    configCache.set(key, config);
  }
  return config;
}

type SourceCode = ReturnType<Linter['getSourceCode']>;

/**
 * Lints one program in one mode under several configurations. Texts are
 * parsed once: configs and fix passes that meet the same text again reuse
 * its SourceCode (same parser and options within a mode).
 */
class Session {
  private readonly parsed = new Map<string, SourceCode>();

  constructor(
    readonly program: FuzzProgram,
    readonly mode: Mode,
  ) {}

  verify(text: string, configuration: Configuration, step: string): Linter.LintMessage[] {
    const where = `${configuration.name}, ${this.mode}, ${this.program.dialect}`;
    const config = configArray(this.program, configuration, this.mode);
    const filename = fileName(this.program.dialect, this.mode);
    const known = this.parsed.get(text);
    let messages: Linter.LintMessage[];
    try {
      messages = linter.verify(known ?? text, config, filename);
    } catch (error) {
      throw new FuzzFailure('rule threw', where, `${step}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n--- input ---\n${text}`);
    }
    if (known === undefined && !messages.some((message) => message.fatal)) {
      this.parsed.set(text, linter.getSourceCode());
    }
    return messages;
  }
}

interface Candidate {
  readonly fix: NonNullable<Linter.LintMessage['fix']>;
  readonly what: string;
  readonly message: Linter.LintMessage;
}

/**
 * Every fix and suggestion applied on its own must parse. Non-overlapping
 * ones are applied together and parsed once; only when such a batch fails
 * are its members parsed one by one, so a failure always names a single
 * fix that breaks the code.
 */
function checkCandidates(program: FuzzProgram, candidates: readonly Candidate[], where: string): void {
  let remaining = [...candidates].sort((a, b) => a.fix.range[0] - b.fix.range[0] || a.fix.range[1] - b.fix.range[1]);
  while (remaining.length > 0) {
    const batch: Candidate[] = [];
    const later: Candidate[] = [];
    let end = -1;
    for (const candidate of remaining) {
      if (candidate.fix.range[0] > end) {
        batch.push(candidate);
        end = Math.max(candidate.fix.range[1], candidate.fix.range[0]);
      } else {
        later.push(candidate);
      }
    }
    const combined = batch.reduceRight((text, { fix }) => applyFix(text, fix), program.source);
    if (syntaxError(combined, program.dialect) !== undefined) {
      for (const { fix, what, message } of batch) {
        const output = applyFix(program.source, fix);
        const error = syntaxError(output, program.dialect);
        if (error !== undefined) {
          throw new FuzzFailure(`${what} output does not parse`, where, `${describe(message)}\n${error}\n--- output ---\n${output}`);
        }
      }
    }
    remaining = later;
  }
}

/** The reports' own properties: sane positions, filled placeholders, fixes and suggestions that parse. */
function checkMessages(program: FuzzProgram, messages: readonly Linter.LintMessage[], where: string): void {
  const fatal = messages.find((message) => message.fatal);
  if (fatal !== undefined) {
    throw new FuzzFailure('generated program does not parse', where, describe(fatal));
  }
  const lineCount = program.source.split('\n').length;
  const candidates: Candidate[] = [];
  for (const message of messages) {
    if (message.message.includes('{{') || message.line < 1 || message.line > lineCount) {
      throw new FuzzFailure('malformed report', where, describe(message));
    }
    if (message.fix) {
      candidates.push({ fix: message.fix, what: 'fix', message });
    }
    for (const suggestion of message.suggestions ?? []) {
      candidates.push({ fix: suggestion.fix, what: `suggestion "${suggestion.desc}"`, message });
    }
  }
  checkCandidates(program, candidates, where);
}

/** Applies the non-overlapping fixes of one pass, as ESLint does. */
function applyFixes(text: string, messages: readonly Linter.LintMessage[]): string | undefined {
  const fixes = messages.flatMap((message) => (message.fix ? [message.fix] : [])).sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  if (fixes.length === 0) {
    return undefined;
  }
  let output = '';
  let last = -Infinity;
  let position = 0;
  for (const fix of fixes) {
    if (last >= fix.range[0]) {
      continue;
    }
    output += text.slice(position, fix.range[0]) + fix.text;
    position = fix.range[1];
    last = fix.range[1];
  }
  return output + text.slice(position);
}

const maxFixPasses = 10;

/**
 * ESLint's fix loop (as in Linter#verifyAndFix), starting from messages
 * already computed for the source: every pass must parse, and the loop must
 * settle, nothing left to fix, within ESLint's ten passes.
 */
function checkFixLoop(session: Session, configuration: Configuration, first: readonly Linter.LintMessage[]): void {
  const where = `${configuration.name}, ${session.mode}, ${session.program.dialect}`;
  let messages = first;
  let text = session.program.source;
  for (let pass = 1; ; pass += 1) {
    const output = applyFixes(text, messages);
    if (output === undefined) {
      return;
    }
    if (pass > maxFixPasses) {
      const leftover = messages.find((message) => message.fix);
      throw new FuzzFailure(
        'fixing is not idempotent',
        where,
        `still fixable after ${String(maxFixPasses)} passes: ${leftover === undefined ? '' : describe(leftover)}\n--- output ---\n${text}`,
      );
    }
    text = output;
    messages = session.verify(text, configuration, `verify after fix pass ${String(pass)}`);
    const fatal = messages.find((message) => message.fatal);
    if (fatal !== undefined) {
      throw new FuzzFailure('fixed output does not parse', where, `after fix pass ${String(pass)}: ${describe(fatal)}\n--- output ---\n${text}`);
    }
  }
}

const pluginConfigurations = configurations.filter(({ kind }) => kind === 'config');
const ruleConfigurations = configurations.filter(({ kind }) => kind === 'rule');

/** The first plugin config that runs `rule` with its default options, if any. */
function configWithDefaults(rule: string): number {
  return pluginConfigurations.findIndex(({ config }) => {
    const entry = config.rules?.[rule];
    return entry !== undefined && entry !== 'off' && entry !== 0 && (!Array.isArray(entry) || entry.length === 1);
  });
}
const defaultsConfigOfRule = new Map(
  ruleConfigurations.map(({ config }) => {
    const rule = Object.keys(config.rules ?? {})[0] ?? '';
    return [rule, configWithDefaults(rule)];
  }),
);

function checkMode(program: FuzzProgram, mode: Mode): void {
  const session = new Session(program, mode);
  const results: (readonly Linter.LintMessage[])[] = [];
  for (const configuration of pluginConfigurations) {
    const messages = session.verify(program.source, configuration, 'verify');
    checkMessages(program, messages, `${configuration.name}, ${mode}, ${program.dialect}`);
    checkFixLoop(session, configuration, messages);
    results.push(messages);
  }
  // Each rule alone: a fix that only settles with another rule's help shows here.
  // A rule some config runs with its defaults reports the same there, so only its fix loop runs.
  for (const configuration of ruleConfigurations) {
    const rule = Object.keys(configuration.config.rules ?? {})[0] ?? '';
    const known = results[defaultsConfigOfRule.get(rule) ?? -1]?.filter((message) => message.ruleId === rule);
    const messages = known ?? session.verify(program.source, configuration, 'verify');
    if (known === undefined) {
      checkMessages(program, messages, `${configuration.name}, ${mode}, ${program.dialect}`);
    }
    checkFixLoop(session, configuration, messages);
  }
}

/** Throws a FuzzFailure describing the first property the program breaks. */
export function checkProgram(program: FuzzProgram): void {
  const error = syntaxError(program.source, program.dialect);
  if (error !== undefined) {
    throw new FuzzFailure('generated program does not parse', program.dialect, error);
  }
  checkMode(program, 'untyped');
  if (program.typed) {
    checkMode(program, 'typed');
  }
}
