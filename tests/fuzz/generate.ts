/**
 * Random but syntactically valid programs, biased toward what the plugin's
 * rules look at: switches on codes and statuses, comparisons, error bodies,
 * imports of the types subpath. Built from fast-check arbitraries, so a
 * failing program shrinks to a small one.
 */
import fc from 'fast-check';

import { licenseErrorCatalog, licenseErrorStatuses } from '../../types/catalog.js';

/** `ts`: TypeScript module; `esm`: JavaScript module; `cjs`: CommonJS script. */
export type Dialect = 'ts' | 'esm' | 'cjs';

export interface LicenseSpringSettingsValue {
  readonly additionalCodes?: readonly string[] | Readonly<Record<string, number>>;
  readonly additionalStatuses?: readonly number[];
  readonly presets?: readonly string[];
  readonly typeChecking?: 'auto' | 'off';
}

export interface FuzzProgram {
  readonly dialect: Dialect;
  readonly source: string;
  /** `settings.licensespring`, or undefined for none. */
  readonly settings: LicenseSpringSettingsValue | undefined;
  /** Also lint with type information (slower). */
  readonly typed: boolean;
}

const typesModule = 'eslint-plugin-licensespring/types';
const catalogCodes = licenseErrorCatalog.map(({ code }) => code);
const catalogStatuses = licenseErrorStatuses.map(({ status }) => status);
const statusNames = licenseErrorStatuses.map(({ name }) => name);

type Arb = fc.Arbitrary<string>;

function weighted(...entries: readonly (readonly [number, Arb])[]): Arb {
  // Zero-weight entries are dropped: fast-check may still pick them while shrinking.
  return fc.oneof(...entries.filter(([weight]) => weight > 0).map(([weight, arbitrary]) => ({ weight, arbitrary })));
}

const constant = (...values: readonly string[]): Arb => fc.constantFrom(...values);

/** Whitespace or a comment between two tokens. `inline` gaps never contain a line break (after `throw`, `return`). */
function gap(inline = false): Arb {
  return inline
    ? weighted([8, constant(' ')], [1, constant(' /* c */ ', '/**/')])
    : weighted([12, constant(' ')], [1, constant(' /* c */ ', ' // c\n', '\n/**\n * doc\n */\n', '\n\n')]);
}

/** Joins tokens with random gaps: `tokens('a', '=', b)`. */
function tokens(...parts: readonly (string | Arb)[]): Arb {
  const arbs = parts.map((part) => (typeof part === 'string' ? fc.constant(part) : part));
  return fc
    .tuple(fc.tuple(...arbs), fc.array(gap(), { minLength: arbs.length, maxLength: arbs.length }))
    .map(([values, gaps]) => values.map((value, index) => (index === 0 ? value : `${gaps[index] ?? ' '}${value}`)).join(''));
}

function quote(text: string, style: number): string {
  if (style === 0) {
    return `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'").replaceAll('\n', '\\n')}'`;
  }
  if (style === 1) {
    return JSON.stringify(text);
  }
  return `\`${text.replaceAll('\\', '\\\\').replaceAll('`', '\\`').replaceAll('${', '\\${')}\``;
}

const quoteStyle = fc.constantFrom(0, 0, 0, 1, 2);

/** Codes that appear often, so duplicate labels and narrowed statuses happen. */
const favouriteCodes = catalogCodes.slice(0, 4).concat(catalogCodes.slice(-3));

function misspell(code: string, kind: number, index: number): string {
  const at = index % Math.max(code.length, 1);
  switch (kind) {
    case 0:
      return code.toUpperCase();
    case 1:
      return code.replaceAll('_', '-');
    case 2:
      return code.replaceAll('license', 'licence');
    case 3:
      return code.slice(0, at) + code.slice(at + 1);
    case 4:
      return code.slice(0, at) + (code[at + 1] ?? '') + (code[at] ?? '') + code.slice(at + 2);
    case 5:
      return ` ${code} `;
    case 6:
      return code.replaceAll('_', '');
    default:
      return `${code}s`;
  }
}

const catalogCode = weighted([3, fc.constantFrom(...catalogCodes)], [2, fc.constantFrom(...favouriteCodes)]);

/** Raw code text, not yet quoted. */
const codeText = weighted(
  [6, catalogCode],
  [2, fc.tuple(catalogCode, fc.nat({ max: 7 }), fc.nat()).map(([code, kind, index]) => misspell(code, kind, index))],
  [
    1,
    constant('wrong_license_type', 'air_gap_activation_error', 'ECONNREFUSED', '', ' ', 'license', 'toString', '__proto__', 'constructor', 'ünïcode_çode', 'a\nb'),
  ],
  [1, fc.stringMatching(/^[a-z]{1,8}(_[a-z]{1,8}){0,2}$/)],
);

/** An expression in a code position. */
const codeValue = weighted(
  [10, fc.tuple(codeText, quoteStyle).map(([text, style]) => quote(text, style))],
  [1, catalogCode.map((code) => `'${code.replace('_', '\\_')}'`)],
  [1, catalogCode.map((code) => `"${code.replace('_', '\\u005f')}"`)],
  [1, catalogCode.map((code) => `\`${code.slice(0, 3)}\${x}${code.slice(3)}\``)],
  [1, constant('CODE', 'codes.EXPIRED', "'a' + 'b'", 'null', 'undefined', '401', '(`license_expired`)', "('license_expired')")],
);

const otherStatus = constant('200', '201', '204', '403', '418', '429', '503', '599', '100', '0', '-400', '999');

/** An expression in a status position. */
const statusValue = weighted(
  [8, fc.constantFrom(...catalogStatuses).map(String)],
  [2, otherStatus],
  [1, constant('400.0', '4e2', '0x190', '0o620', '0b110010001', '4_09', '400n', '(404)', '+401', '-(-409)', "'400'", '"409"', '`500`')],
  [2, fc.tuple(constant('LicenseStatus', 'LS', 'lst.LicenseStatus', 'StatusCodes'), fc.constantFrom(...statusNames)).map(([base, name]) => `${base}.${name}`)],
  [1, fc.constantFrom(...statusNames).map((name) => `LicenseStatus[${quote(name, 0)}]`)],
);

const codeSubjectJs = constant(
  'err.code',
  'err?.code',
  'e.response.data.code',
  'e?.response?.data?.code',
  'error.code',
  "err['code']",
  'err["code"]',
  'err[`code`]',
  '(err).code',
  'code',
  'this.code',
  'res.body.code',
  'err.body?.code',
  'err.errorCode',
  'err[key]',
  'err.code.toLowerCase()',
  'err.code.toUpperCase()',
  'err?.code?.toUpperCase()',
  'String(err.code)',
  'String(e.response.data.code).toLowerCase()',
  'localCode',
  'bodyCode',
  // TypeScript's down-levelled `e?.response?.data?.code`, as found in compiled `dist` folders.
  '((_b = (_a = e.response) === null || _a === void 0 ? void 0 : _a.data) === null || _b === void 0 ? void 0 : _b.code)',
);
const statusSubjectJs = constant(
  'err.status',
  'err?.status',
  'e.response.status',
  'e?.response?.status',
  'e.response.data.status',
  'error.status',
  "err['status']",
  'err.statusCode',
  'res.status',
  'status',
  'this.status',
  '(err).status',
  'err.body?.status',
  'Number(err.status)',
  'localStatus',
  'httpStatus',
  '((_a = e.response) === null || _a === void 0 ? void 0 : _a.status)',
);

function codeSubject(dialect: Dialect): Arb {
  return dialect === 'ts'
    ? weighted([6, codeSubjectJs], [1, constant('err.code!', '(err as any).code', 'err!.code', '(<LicenseApiError>err).code', '(err.code satisfies string)')])
    : codeSubjectJs;
}

function statusSubject(dialect: Dialect): Arb {
  return dialect === 'ts' ? weighted([6, statusSubjectJs], [1, constant('err.status!', '(err as any).status', 'err!.status')]) : statusSubjectJs;
}

const equality = constant('===', '==', '!==', '!=');

function comparison(subject: Arb, value: Arb): Arb {
  return fc
    .tuple(subject, equality, value, fc.boolean(), fc.nat({ max: 5 }))
    .chain(([left, operator, right, swapped, wrap]) => {
      const [a, b] = swapped ? [right, left] : [left, right];
      const core = tokens(a, operator, b);
      return core.map((text) => (wrap === 0 ? `(${text})` : wrap === 1 ? `!(${text})` : text));
    });
}

function condition(dialect: Dialect): Arb {
  const codeCmp = comparison(codeSubject(dialect), codeValue);
  const statusCmp = comparison(statusSubject(dialect), statusValue);
  return weighted(
    [4, codeCmp],
    [4, statusCmp],
    [3, fc.tuple(codeCmp, statusCmp, fc.boolean(), constant('&&', '||')).chain(([a, b, swap, op]) => (swap ? tokens(b, op, a) : tokens(a, op, b)))],
    [1, statusSubject(dialect).map((subject) => `[400, 409].includes(${subject})`)],
    [1, codeSubject(dialect).map((subject) => `isLicenseErrorCode(${subject})`)],
    [1, constant('true', 'err', 'x > 400')],
  );
}

export interface Scope {
  readonly dialect: Dialect;
  /** Inside a loop: `continue` is allowed. */
  readonly inLoop: boolean;
  /** A function body: `return` is allowed. */
  readonly inFunction: boolean;
}

/** One property of an object literal. */
function property(dialect: Dialect): Arb {
  const key = (name: string): Arb => constant(name, name, name, `'${name}'`, `"${name}"`, `['${name}']`, `[\`${name}\`]`);
  const inline = (value: Arb, name: string): Arb => fc.tuple(key(name), value).chain(([k, v]) => tokens(`${k}:`, v));
  return weighted(
    [6, inline(statusValue, 'status')],
    [6, inline(codeValue, 'code')],
    [2, constant("message: 'Something failed'", 'message', 'data: null')],
    [1, constant('status', 'code', '...base', '...err', '[key]: 400', "[key]: 'license_expired'", '0: 400', 'statusCode: 409')],
    [1, fc.constantFrom(...catalogStatuses).map((status) => `get status() { return ${String(status)}; }`)],
    [1, catalogCode.map((code) => `get code() { return '${code}'; }`)],
    [1, constant('set status(value) {}', 'status() { return 400; }', "code() { return 'license_expired'; }", 'async code() {}', '*status() {}')],
    [1, fc.tuple(fc.constantFrom(...catalogStatuses), catalogCode).map(([status, code]) => `code: ${String(status)}, status: '${code}'`)],
    [1, fc.tuple(statusValue, codeValue).map(([status, code]) => `response: { status: ${status}, data: { code: ${code}, status: ${status} } }`)],
    [dialect === 'ts' ? 1 : 0, constant("code: 'license_expired' as const", 'status: 400 as const', 'status: 400 as LicenseErrorStatus', "code: <const>'license_expired'")],
  );
}

function objectLiteral(dialect: Dialect): Arb {
  return fc
    .tuple(fc.array(property(dialect), { maxLength: 5 }), fc.boolean(), gap())
    .map(([properties, trailingComma, space]) => `{${space}${properties.join(', ')}${trailingComma && properties.length > 0 ? ',' : ''} }`);
}

function caseBody(scope: Scope, depth: number): Arb {
  const nested = depth > 0 ? [[2, statements(scope, depth - 1)] as const] : [];
  return weighted(
    [4, constant('break;')],
    [3, constant('')],
    [1, constant('{ break; }', '{}', '// falls through', "throw new Error('unhandled');", 'handled = true;', 'handled = true; break;')],
    [scope.inFunction ? 2 : 0, constant('return 1;', 'return;', '{ return; }')],
    [scope.inLoop ? 1 : 0, constant('continue;')],
    ...nested,
    ...(depth > 0 ? [[1, statements(scope, depth - 1).map((body) => `{ ${body} }`)] as const] : []),
  );
}

interface Clause {
  readonly label: string | undefined;
  readonly body: string;
}

function switchStatement(scope: Scope, depth: number): Arb {
  const { dialect } = scope;
  const ts = dialect === 'ts';
  const discriminant = weighted(
    [6, codeSubject(dialect)],
    [4, statusSubject(dialect)],
    [1, fc.oneof(codeSubject(dialect), statusSubject(dialect)).map((subject) => `(${subject})`)],
    [1, codeSubject(dialect).map((subject) => `((0, ${subject}))`)],
    [1, constant('true', 'String(err.code)', "err.code ?? ''", '`${err.code}`', "err['co' + 'de']", 'err[code]', 'x')],
    [ts ? 1 : 0, constant('err.code as LicenseErrorCode', 'err.status as LicenseErrorStatus', '(err as LicenseApiError).code', 'narrowed')],
  );
  const label = weighted(
    [6, codeValue],
    [4, statusValue],
    [1, condition(dialect)],
    [1, constant('x', 'undefined', 'null', "'license_' + 'expired'")],
  );
  const clause = fc.tuple(label, caseBody(scope, depth)).map(([l, body]): Clause => ({ label: l, body }));
  const everyCode = fc.tuple(fc.subarray(catalogCodes, { minLength: catalogCodes.length - 3 }), fc.constantFrom('', 'break;', scope.inFunction ? 'return 1;' : 'break;')).map(([codes, body]) =>
    codes.map((code, index): Clause => ({ label: `'${code}'`, body: index === codes.length - 1 || body !== 'break;' ? body : '' })),
  );
  const everyStatus = fc.subarray(catalogStatuses, { minLength: catalogStatuses.length - 1 }).map((statuses) =>
    statuses.map((status): Clause => ({ label: String(status), body: 'break;' })),
  );
  const clauseList = fc.oneof(
    { weight: 20, arbitrary: fc.array(clause, { maxLength: 6 }) },
    { weight: 1, arbitrary: everyCode },
    { weight: 1, arbitrary: everyStatus },
  );
  return fc
    .tuple(discriminant, clauseList, fc.option(fc.tuple(fc.nat(), caseBody(scope, 0)), { freq: 2 }), gap(), gap())
    .map(([disc, list, withDefault, g1, g2]) => {
      const all: Clause[] = [...list];
      if (withDefault !== null) {
        const [at, body] = withDefault;
        all.splice(at % (all.length + 1), 0, { label: undefined, body });
      }
      const text = all.map(({ label: l, body }) => (l === undefined ? `default:${g1}${body}` : `case ${l}:${g2}${body}`)).join('\n');
      return `switch (${disc}) {${all.length === 0 ? g1 : '\n'}${text}${all.length === 0 ? '' : '\n'}}`;
    });
}

function ifStatement(scope: Scope, depth: number): Arb {
  const body = depth > 0 ? statements(scope, depth - 1) : constant('handled = true;', '');
  return fc
    .tuple(condition(scope.dialect), body, fc.option(body, { freq: 2 }), gap())
    .map(([cond, then, otherwise, g]) => `if (${cond})${g}{ ${then} }${otherwise === null ? '' : ` else { ${otherwise} }`}`);
}

/** `if (S === a) {} else if (S === b || S === c) {} ... [else {}]`: one subject compared with several values, as real clients dispatch. */
function ifElseLadder(scope: Scope, depth: number): Arb {
  const body = depth > 0 ? statements(scope, depth - 1) : constant('handled = true;', '');
  const ladder = (subject: Arb, value: Arb): Arb =>
    fc
      .tuple(subject, fc.array(fc.array(fc.tuple(equality, value), { minLength: 1, maxLength: 3 }), { minLength: 2, maxLength: 6 }), fc.option(body, { freq: 2 }), body)
      .map(([read, branches, otherwise, then]) => {
        const tests = branches.map((alternatives) => alternatives.map(([operator, v]) => `${read} ${operator === '!==' || operator === '!=' ? '===' : operator} ${v}`).join(' || '));
        const chain = tests.map((test, index) => `${index === 0 ? '' : ' else '}if (${test}) { ${then} }`).join('');
        return otherwise === null ? chain : `${chain} else { ${otherwise} }`;
      });
  return weighted([3, ladder(codeSubject(scope.dialect), codeValue)], [2, ladder(statusSubject(scope.dialect), statusValue)]);
}

/** A lookup table by code, complete or not, read with a code: `messages[err.code]`. */
function codeMap(scope: Scope): Arb {
  const ts = scope.dialect === 'ts';
  const annotation = ts
    ? constant('', '', ': Partial<Record<LicenseErrorCode, string>>', ': Record<string, string>', ': { [C in LicenseErrorCode]?: string }')
    : constant('');
  const suffix = ts ? constant('', '', ' satisfies Partial<Record<LicenseErrorCode, string>>', ' as const') : constant('');
  const keys = fc.oneof(
    { weight: 3, arbitrary: fc.subarray(catalogCodes, { maxLength: 6 }) },
    { weight: 1, arbitrary: fc.subarray(catalogCodes, { minLength: catalogCodes.length - 2 }) },
    { weight: 1, arbitrary: fc.array(codeText, { maxLength: 3 }) },
  );
  return fc
    .tuple(keys, annotation, suffix, codeSubject(scope.dialect), fc.boolean())
    .map(([names, type, after, read, fallback]) => {
      const entries = [...new Set(names)].map((name) => `${quote(name, 0)}: 'text'`).join(', ');
      return `{ const messages${type} = { ${entries} }${after}; use(messages[${read}]${fallback ? " ?? 'Unknown error'" : ''}); }`;
    });
}

/** Reads put in locals first (`const localStatus = e.response.status`), then used. */
function localsBlock(scope: Scope, depth: number): Arb {
  const declaration = constant(
    'const localStatus = e.response.status;',
    'const localStatus = err?.status, localCode = err?.code;',
    'const { code: localCode } = err;',
    'const { status: httpStatus, code: bodyCode } = e.response.data;',
    'const { status: localStatus = 400, code: localCode = \'license_expired\' } = err;',
    'const { response: { status: httpStatus } } = e;',
    'let localStatus = err.status; localStatus = 500;',
  );
  return fc.tuple(declaration, statements(scope, depth)).map(([declared, body]) => `{ ${declared}\n${body} }`);
}

/** Functions that build error bodies with default parameters. */
function defaultParameters(): Arb {
  return fc
    .tuple(statusValue, codeValue, fc.boolean())
    .map(([status, code, destructured]) =>
      destructured
        ? `handled = function ({ status = ${status}, code = ${code} } = {}) { throw { status, code, message: 'failed' }; };`
        : `handled = (status = ${status}, code = ${code}) => ({ status, code, message: 'failed' });`,
    );
}

function simpleStatement(scope: Scope): Arb {
  const { dialect } = scope;
  const ts = dialect === 'ts';
  return weighted(
    [3, objectLiteral(dialect).map((object) => `use(${object});`)],
    [2, fc.tuple(objectLiteral(dialect), gap(true)).map(([object, g]) => `throw${g}${object};`)],
    [scope.inFunction ? 2 : 0, fc.tuple(objectLiteral(dialect), gap(true)).map(([object, g]) => `return${g}${object};`)],
    [1, objectLiteral(dialect).map((object) => `throw new LicenseError('failed', { cause: ${object} });`)],
    [1, objectLiteral(dialect).map((object) => `Promise.reject(${object});`)],
    [2, tokens(statusSubjectJs.filter((s) => !s.includes('?') && !s.startsWith('Number(')), '=', statusValue).map((text) => `${text};`)],
    [1, tokens(codeSubjectJs.filter((s) => !s.includes('?') && !s.includes('(')), '=', codeValue).map((text) => `${text};`)],
    [1, fc.tuple(statusValue, codeValue).map(([status, code]) => `fail(${status}, ${code});`)],
    [1, fc.tuple(statusValue, objectLiteral(dialect)).map(([status, object]) => `res.status(${status}).json(${object});`)],
    [2, defaultParameters()],
    [1, fc.tuple(statusValue, codeValue, fc.boolean()).map(([status, code, swap]) => `handled = class extends Error { ${swap ? `code = ${code}; status = ${status};` : `status = ${status}; code = ${code};`} };`)],
    [2, codeMap(scope)],
    [1, constant('setTimeout(done, 400);', 'items[404] = 1;', 'handled = err.status > 400;', 'void err?.response?.data?.code;')],
    [1, comparison(statusSubject(dialect), statusValue).map((cmp) => `handled = ${cmp};`)],
    [1, comparison(codeSubject(dialect), codeValue).map((cmp) => `handled = ${cmp} ? 1 : 2;`)],
    [
      ts ? 2 : 0,
      fc.oneof(
        statusValue.map((status) => `handled = (${status}) satisfies number;`),
        fc.constantFrom(...catalogStatuses).map((status) => `{ const s: LicenseErrorStatus = ${String(status)}; use(s); }`),
        codeValue.map((code) => `{ const c: LicenseErrorCode = ${code} as any; use(c); }`),
        codeValue.map((code) => `{ type Local = ${/^(?:'[^']*'|"[^"]*")$/.test(code) ? code : "'x'"} | 'license_expired'; const l = 'license_expired' as Local; switch (l) { case 'license_expired': break; } }`),
        constant(
          '{ const lc = licenseErrorCodes[0]; switch (lc) { default: break; } }',
          "{ const narrowed = err.code; if (err.status === 409) { switch (narrowed) { case 'license_key_exists': break; } } }",
          '{ const k = { status: 400, code: "license_expired" } as const; use(k); }',
        ),
      ),
    ],
  );
}

/**
 * A License API call (the SDK's, a request to the API, another vendor's) and
 * what receives its answer, in the shapes no-fail-open judges: catches,
 * promise handlers, `finally`, dropped promises. The clients come from the
 * header's SDK slot, when it was drawn.
 */
function licenseCheck(scope: Scope, depth: number): Arb {
  const call = constant(
    'lsManager.checkLicense({})',
    'lsLicense.check()',
    'lsManager.activateLicense({})',
    'lsManager.deactivateLicense({})',
    'lsApi.verifyConfirmationCode(x, key)',
    "fetch('https://api.licensespring.com/api/v4/check_license')",
    'vendor.checkLicense()',
  );
  const body = weighted(
    [
      4,
      constant(
        '',
        'console.error(e);',
        'return true;',
        'return cachedLicense;',
        'throw e;',
        'return false;',
        'next();',
        'this.licensed = true;',
        'startApp();',
        'if (isTransportFailure(e)) return cachedLicense; throw e;',
        'if (e.status >= 500) { return cachedLicense; }',
        'if (isLicenseApiError(e)) return false; return lastKnownLicense;',
        "switch (e.code) { case 'ECONNREFUSED': return true; default: throw e; }",
        'if (!e.response) return true; throw e;',
      ),
    ],
    [depth > 0 ? 2 : 0, statements({ ...scope, inFunction: true, inLoop: false }, depth)],
  );
  return fc.tuple(call, body, fc.nat({ max: 7 })).map(([c, b, shape]) => {
    switch (shape) {
      case 0:
        return `handled = async () => { try { await ${c}; startApp(); } catch (e) { ${b} } startApp(); };`;
      case 1:
        return `handled = async () => { try { return await ${c}; } catch (e) { ${b} } };`;
      case 2:
        return `${c}.then(startApp).catch((e) => { ${b} });`;
      case 3:
        return `${c}.catch((e) => { ${b} }).then(startApp);`;
      case 4:
        return `handled = async () => { try { await ${c}; } finally { ${b} } };`;
      case 5:
        return `${c};
startApp();`;
      case 6:
        return `handled = async () => { try { await ${c}; } catch { ${b} } };`;
      default:
        return `handled = new Promise((resolve, reject) => ${c}.then(() => resolve(true), (e) => { ${b} }));`;
    }
  });
}

function statement(scope: Scope, depth: number): Arb {
  const nested =
    depth > 0
      ? [
          [3, switchStatement(scope, depth - 1)],
          [2, ifStatement(scope, depth - 1)],
          [2, ifElseLadder(scope, depth - 1)],
          [1, localsBlock(scope, depth - 1)],
          [1, statements({ ...scope, inLoop: true }, depth - 1).map((body) => `for (const item of items) { ${body} }`)],
          [1, statements(scope, depth - 1).map((body) => `try { run(); } catch (e) { ${body} }`)],
          [1, statements({ ...scope, inFunction: true, inLoop: false }, depth - 1).map((body) => `promise.catch((e) => { ${body} });`)],
          [1, switchStatement(scope, depth - 1).map((body) => `outer: ${body}`)],
          [2, licenseCheck(scope, depth - 1)],
        ] as const
      : [];
  return weighted([4, simpleStatement(scope)], [3, switchStatement(scope, 0)], ...nested);
}

function statements(scope: Scope, depth: number): Arb {
  return fc.array(statement(scope, depth), { maxLength: 3 }).map((list) => list.join('\n'));
}

/** The SDK clients the License API checks use (`licenseCheck`). */
const sdkClients = 'const lsManager = new LicenseManager(config), lsLicense = lsManager.loadLicense(), lsApi = new LicenseAPI(config);';

function header(dialect: Dialect): Arb {
  const from = (specifiers: string): string => `import ${specifiers} from '${typesModule}';`;
  const none = '';
  const slots: Arb[] =
    dialect === 'cjs'
      ? [
          constant(
            none,
            `const { LicenseStatus } = require('${typesModule}');`,
            `const { LicenseStatus: LS } = require('${typesModule}');`,
            `const lst = require('${typesModule}');`,
            `const LicenseStatus = { CONFLICT: 409 };`,
          ),
          constant(
            none,
            `const { LicenseManager, LicenseAPI } = require('@licensespring/node-sdk');\nconst { isTransportFailure, isLicenseApiError } = require('${typesModule}');\n${sdkClients}`,
          ),
        ]
      : [
          constant(
            none,
            from('{ LicenseStatus }'),
            from('{ LicenseStatus, isLicenseErrorCode }'),
            from('{ /* c */ LicenseStatus as LicenseStatus }'),
            from('{ isLicenseErrorCode }'),
            'const LicenseStatus = { CONFLICT: 409 };',
            ...(dialect === 'ts' ? [from('type { LicenseStatus }'), from('{ type LicenseStatus }'), `import LicenseStatus = require('${typesModule}');`] : []),
          ),
          constant(none, from('{ LicenseStatus as LS }')),
          constant(none, from('* as lst')),
          constant(none, `import '${typesModule}';`, `import { StatusCodes } from 'http-status-codes';`, `import plugin from 'eslint-plugin-licensespring';`),
          constant(none, `import { LicenseManager, LicenseAPI } from '@licensespring/node-sdk';\n${from('{ isTransportFailure, isLicenseApiError }')}\n${sdkClients}`),
          dialect === 'ts'
            ? constant(
                none,
                from('type { LicenseApiError, LicenseErrorCode, LicenseErrorStatus }'),
                `import type { LicenseApiError, LicenseErrorCode, LicenseErrorStatus } from '${typesModule}';\nimport { licenseErrorCodes } from '${typesModule}';`,
              )
            : constant(none),
        ];
  return fc
    .tuple(
      fc.shuffledSubarray(slots.map((_, index) => index)),
      fc.tuple(...slots),
      constant('', '', "'use strict';", '#!/usr/bin/env node', '/* leading comment */', '// @ts-nocheck'),
    )
    .map(([order, values, first]) => [first, ...order.map((index) => values[index] ?? '')].filter((line) => line !== '').join('\n'));
}

function parameters(dialect: Dialect): Arb {
  const names = 'err, e, error, code, status, res, key, x, items, narrowed';
  if (dialect !== 'ts') {
    return fc.constant(names);
  }
  return constant(
    'err: any, e: any, error: any, code: any, status: any, res: any, key: any, x: any, items: any[], narrowed: any',
    'err: LicenseApiError, e: any, error: LicenseApiError | undefined, code: LicenseErrorCode, status: LicenseErrorStatus, res: any, key: "code", x: string, items: LicenseErrorCode[], narrowed: LicenseApiError["code"]',
    "err: LicenseApiError<'license_expired' | 'license_not_active' | 'license_key_exists'>, e: { response: { status: 401 | 404; data: { code: 'unauthorized' } } }, error: unknown, code: 'license_expired' | 'license_not_active', status: 400 | 409, res: any, key: 'code', x: never, items: unknown[], narrowed: LicenseErrorCode",
    'err: { code: string; status: number; message: string }, e: any, error: Error, code: string, status: number, res: any, key: string, x: number, items: string[], narrowed: string',
  );
}

export function fuzzProgram(options: { readonly typedRatio: number }): fc.Arbitrary<FuzzProgram> {
  const dialect = fc.constantFrom<Dialect>('ts', 'esm', 'esm', 'cjs');
  const settings = fc.constantFrom<LicenseSpringSettingsValue | undefined>(
    undefined,
    undefined,
    undefined,
    { additionalCodes: ['wrong_license_type', 'ECONNREFUSED'] },
    { additionalCodes: { wrong_license_type: 400, air_gap_activation_error: 400 } },
    { typeChecking: 'off' },
    { presets: ['node-sdk'] },
    { presets: ['node-sdk'], additionalStatuses: [503], additionalCodes: { rate_limited: 429 } },
  );
  // A typed lint costs a program per parse: only a share of the cases get one.
  const typedSlots = Math.max(1, Math.round(1 / Math.max(options.typedRatio, 1e-9)));
  const typed = options.typedRatio <= 0 ? fc.constant(false) : fc.nat({ max: typedSlots - 1 }).map((slot) => slot === typedSlots - 1);
  return fc.tuple(dialect, settings, typed).chain(([d, s, t]) => {
    const scope: Scope = { dialect: d, inLoop: false, inFunction: true };
    const topLevel: Scope = { dialect: d, inLoop: false, inFunction: false };
    const fn = fc
      .tuple(parameters(d), statements(scope, 2), constant('function', 'export function', 'async function', 'function*'))
      .map(([params, body, keyword]) => {
        const kw = d === 'cjs' && keyword === 'export function' ? 'function' : keyword;
        return (index: number): string => `${kw} handle${String(index)}(${d === 'ts' ? 'this: any, ' : ''}${params}) {\nlet handled;\n${body}\n}`;
      });
    const program = fc
      .tuple(header(d), statements(topLevel, 1), fc.array(fn, { minLength: 1, maxLength: 2 }))
      .map(([head, top, fns]) => {
        const functions = fns.map((named, index) => named(index));
        const tail = d === 'cjs' ? '\nmodule.exports = { handle0 };' : '';
        return `${head}\nconst base = {};\nlet handled, err, e, x, items, promise, key, code, status, _a, _b;\n${top}\n${functions.join('\n')}${tail}\n`;
      });
    return program.map((source): FuzzProgram => ({ dialect: d, source, settings: s, typed: t }));
  });
}
