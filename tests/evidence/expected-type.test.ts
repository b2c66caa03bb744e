/**
 * `getDeclaredArgumentPropertyType`: where the declaration of the function
 * called gives the type a property of an object argument expects, and where
 * the question is left to the checker. Each numeric property value reports
 * the declared type (`checker` when there is none) beside the checker's
 * expected type at it: where the declaration answers, the checker's type may
 * only be narrower (the members of a union the object selects), and a
 * declared union of statuses that the checker's type is not would be
 * reported besides (`disagrees`), which no case expects.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { getParserServices } from '@typescript-eslint/utils/eslint-utils';

import { createRule } from '../../rules/create-rule.js';
import { getDeclaredArgumentPropertyType } from '../../rules/evidence/expected-type.js';
import { isLicenseStatusType } from '../../rules/no-magic-status/expects-license-status.js';
import { createTypedRuleTester, untypedFilename } from '../rule-tester.js';

const rule = createRule({
  name: 'expected-type-probe',
  meta: { type: 'problem', docs: { description: 'Reports the declared and expected types of numeric property values.' }, schema: [], messages: { types: '{{declared}} / {{checker}}', disagrees: 'The declaration expects a status, the checker does not.' } },
  create(context) {
    const services = getParserServices(context);
    const checker = services.program.getTypeChecker();
    return {
      Property(node) {
        if (node.value.type !== AST_NODE_TYPES.Literal || typeof node.value.value !== 'number') {
          return;
        }
        const declared = getDeclaredArgumentPropertyType(services, node.value, context.sourceCode);
        const expected = checker.getContextualType(services.esTreeNodeToTSNodeMap.get(node.value));
        if (declared !== undefined && isLicenseStatusType(declared) && (expected === undefined || !isLicenseStatusType(expected))) {
          context.report({ node: node.value, messageId: 'disagrees' });
        }
        context.report({
          node: node.value,
          messageId: 'types',
          data: {
            declared: declared === undefined ? 'checker' : checker.typeToString(declared),
            checker: expected === undefined ? 'none' : checker.typeToString(expected),
          },
        });
      },
    };
  },
});

const header = "import { LicenseFailure, rejectWith } from './shared-errors.js';\n";
const statuses = '400 | 401 | 404 | 409 | 500';

function answers(body: string, declared: string, checker = declared) {
  return { code: header + body, errors: [{ messageId: 'types' as const, data: { declared, checker } }] };
}

/** The same in a JavaScript file, where JSDoc types and casts say what a place expects. */
function answersInJavaScript(body: string, declared: string, checker: string) {
  return { ...answers(body, declared, checker), code: `// @ts-check\n${body}`, filename: untypedFilename };
}

createTypedRuleTester().run('getDeclaredArgumentPropertyType', rule, {
  valid: [],
  invalid: [
    // An imported class and function whose parameter is every error body: the checker narrows to the body the code selects.
    answers("new LicenseFailure({ status: 400, code: 'license_expired', message: '' });", statuses, '400'),
    answers("rejectWith({ status: 404, code: 'not_found', message: '' });", statuses, '404'),
    answers("rejectWith({ code: 'not_found', message: '', status: 404 });", statuses, '404'),
    // Declarations of the file itself: a function, a class, an unannotated const; an optional parameter.
    answers('function fail(body: { status: 409 | 500 }) {}\nfail({ status: 409 });', '409 | 500'),
    answers('class Failure { constructor(readonly body: { status: 401 }) {} }\nnew Failure({ status: 401 });', '401'),
    answers('const fail = (first: string, body?: { status?: 409 }) => body;\nfail("", { status: 409 });', '409 | undefined'),
    // Left to the checker: overloads, a generic, a callee assigned or annotated, a spread before, a member callee, a wrapped object.
    answers('function fail(body: { status: 409 }): void;\nfunction fail(body: { status: 500 }): void;\nfunction fail(body: object) {}\nfail({ status: 409 });', 'checker', '409'),
    answers('function fail<T extends { status: number }>(body: T) {}\nfail({ status: 409 });', 'checker', 'number'),
    answers('let fail = (body: { status: 409 }) => body;\nfail = (body) => body;\nfail({ status: 409 });', 'checker', '409'),
    answers('const fail: (body: { status: 409 }) => void = () => {};\nfail({ status: 409 });', 'checker', '409'),
    answers('function fail(...bodies: { status: 409 }[]) {}\nfail(...[], { status: 409 });', 'checker', '409'),
    answers('const api = { fail(body: { status: 409 }) {} };\napi.fail({ status: 409 });', 'checker', '409'),
    answers("rejectWith({ status: 400, code: 'license_expired', message: '' } as const);", 'checker', '400'),
    // A property some members of the parameter's union lack.
    answers('function fail(body: { status: 409 } | { kind: string }) {}\nfail({ status: 409 });', 'checker', '409'),
    // A callee that a condition can narrow (an import or a const read otherwise than called), or whose type is a union.
    answers(
      'function strict(body: { status: 400 | 401 }) {}\nfunction loose(body: { status: number }) {}\nconst fail = Math.random() > 0.5 ? strict : loose;\ndeclare function isLoose(f: unknown): f is typeof loose;\nif (isLoose(fail)) fail({ status: 400 });',
      'checker',
      'number',
    ),
    answers(
      'const fail = (body: { status: 400 | 401 }) => body;\ndeclare function isLoose(f: unknown): f is (body: { status: number }) => void;\nif (isLoose(fail)) fail({ status: 400 });',
      'checker',
      '400 | 401',
    ),
    answers("declare function isLoose(f: unknown): f is (body: { status: number }) => never;\nif (isLoose(rejectWith)) rejectWith({ status: 400, code: 'license_expired', message: '' });", 'checker', 'number'),
    // A rest parameter whose type has the property itself.
    answers('interface Bodies extends Array<{ status: number }> { status: 400 }\nfunction fail(...bodies: Bodies) {}\nfail({ status: 400 });', 'checker', 'number'),
    answers('function fail(first: string, ...bodies: { status: 409 }[]) {}\nfail("", { status: 409 });', 'checker', '409'),
    // Declarations that keep their type: a subclass, a generic base with its type argument fixed, a `this` parameter, a class expression.
    answers("class Sub extends LicenseFailure {}\nnew Sub({ status: 400, code: 'license_expired', message: '' });", statuses, '400'),
    answers('class Base<T> { constructor(readonly body: { status: T }) {} }\nclass Sub extends Base<409 | 500> {}\nnew Sub({ status: 409 });', '409 | 500'),
    answers('function fail(this: void, body: { status: 409 }) {}\nfail({ status: 409 });', '409'),
    answers('const Failure = class { constructor(readonly body: { status: 409 }) {} };\nnew Failure({ status: 409 });', '409'),
    answers('function fail(body: { status: 409 | 500 } & { status: number }) {}\nfail({ ["status"]: 409 });', '409 | 500'),
    answers('function fail(body: { status: 409 }) {}\nfail?.({ status: 409 });', '409'),
    // Left to the checker: a generic class, a function merged with a namespace, a parameter, an index signature, `new` of a function.
    answers('class Box<T> { constructor(readonly body: { status: T }) {} }\nnew Box({ status: 409 });', 'checker', 'number'),
    answers('function fail(body: { status: 409 }) {}\nnamespace fail { export const x = 1; }\nfail({ status: 409 });', 'checker', '409'),
    answers('export function run(fail: (body: { status: 409 }) => void) { fail({ status: 409 }); }', 'checker', '409'),
    answers('function fail(body: { [key: string]: 409 }) {}\nfail({ status: 409 });', 'checker', '409'),
    // JavaScript: a JSDoc cast on the argument or the value, a JSDoc type on the property.
    answersInJavaScript('/** @param {{ status: 409 }} body */\nfunction fail(body) {}\nfail(/** @type {any} */ ({ status: 409 }));', 'checker', 'none'),
    answersInJavaScript('/** @param {{ status: 409 }} body */\nfunction fail(body) {}\nfail({ status: /** @type {number} */ (409) });', 'checker', 'number'),
    answersInJavaScript('/** @param {{ status: 409 }} body */\nfunction fail(body) {}\nfail({ status: 409 });', 'checker', '409'),
  ],
});
