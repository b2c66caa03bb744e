/**
 * `getGuardedType`: where a type guard alone decides the type of a read, and
 * where the question is left to the checker's control flow. Each comparison
 * with `'x'` reports the guarded type of its left operand (`flow` when there
 * is none) beside the checker's type at it, without the `undefined` of an
 * optional chain: where both are given, they must agree.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { getParserServices } from '@typescript-eslint/utils/eslint-utils';

import { createRule } from '../../rules/create-rule.js';
import { getGuardedType } from '../../rules/evidence/guarded-type.js';
import { createTypedRuleTester } from '../rule-tester.js';

const rule = createRule({
  name: 'guarded-type-probe',
  meta: { type: 'problem', docs: { description: 'Reports the guarded type of what is compared with x.' }, schema: [], messages: { types: '{{guarded}} / {{checker}}' } },
  create(context) {
    const services = getParserServices(context);
    const checker = services.program.getTypeChecker();
    return {
      BinaryExpression(node) {
        if (node.right.type !== AST_NODE_TYPES.Literal || node.right.value !== 'x') {
          return;
        }
        const guarded = getGuardedType(services, node.left, context.sourceCode);
        const atRead = checker.getNonNullableType(services.getTypeAtLocation(node.left));
        context.report({
          node: node.left,
          messageId: 'types',
          data: { guarded: guarded === undefined ? 'flow' : checker.typeToString(guarded), checker: checker.typeToString(atRead) },
        });
      },
    };
  },
});

const header = "import { describeFailure, isHttpFailure, type HttpFailure } from './shared-errors.js';\n";
const codes = '"license_key_exists" | "order_id_exists"';

function answers(body: string, guarded: string, checker = guarded) {
  return { code: header + body, errors: [{ messageId: 'types' as const, data: { guarded, checker } }] };
}

createTypedRuleTester().run('getGuardedType', rule, {
  valid: [],
  invalid: [
    // A guard imported by name, in the `&&` before the read or in the `if` around it.
    answers("try {} catch (caught) { if (isHttpFailure(caught) && caught.response?.data?.code === 'x') {} }", codes),
    answers("try {} catch (caught) { if (isHttpFailure(caught)) { for (;;) { if (caught.response?.data?.code === 'x') {} } } }", codes),
    answers("try {} catch (caught: unknown) { if (isHttpFailure(caught) && caught.response!.data!.code === 'x') {} }", codes),
    answers("try {} catch (caught: any) { if (isHttpFailure(caught) && caught.response?.data?.code === 'x') {} }", codes),
    // Mentions that narrow nothing: arguments of functions without a type predicate.
    answers("try {} catch (caught) { const text = describeFailure(caught); if (isHttpFailure(caught) && caught.response?.data?.code === 'x') {} }", codes),
    // A parameter written `unknown`, and a guard of the file itself.
    answers("export function f(value: unknown) { return isHttpFailure(value) && value.response?.data?.code === 'x'; }", codes),
    answers(
      "function isFailure(value: unknown): value is HttpFailure { return value !== null; }\nexport function f(value: unknown) { return isFailure(value) && value.response?.status === 'x'; }",
      'number',
    ),
    // Left to the checker: another mention that narrows, an earlier assignment, a generic or asserting guard, a guard of
    // another argument, a function in between, `||`, an assertion on the way, a parameter of a declared type.
    answers("try {} catch (caught) { if (caught instanceof Error) {} if (isHttpFailure(caught) && caught.response?.data?.code === 'x') {} }", 'flow', codes),
    answers("try {} catch (caught) { caught = 1; if (isHttpFailure(caught) && caught.response?.data?.code === 'x') {} }", 'flow', codes),
    // An assignment after the read, in a loop inside the guarded branch, reaches the read again without the guard.
    answers("try {} catch (caught) { if (isHttpFailure(caught)) { for (;;) { if (caught.response?.data?.code === 'x') {} caught = next(); } } }\ndeclare function next(): unknown;", 'flow', 'any'),
    // A class body: the checker carries no narrowing into a field's initializer.
    answers("export function f(value: unknown) { if (isHttpFailure(value)) { return class { ok = value.response?.data?.code === 'x'; }; } return undefined; }", 'flow', 'any'),
    // An earlier call that never returns leaves the read unreachable; a callee that is assigned has its type at the call.
    answers("declare function fail(value: unknown): never;\ntry {} catch (caught) { if (isHttpFailure(caught)) { fail(caught); if (caught.response?.data?.code === 'x') {} } }", 'flow', 'any'),
    answers(
      "let guard = isHttpFailure;\nguard = (value: unknown): value is HttpFailure => value !== null;\ntry {} catch (caught) { if (guard(caught) && caught.response?.data?.code === 'x') {} }",
      'flow',
      codes,
    ),
    answers(
      "function isOf<T>(value: unknown): value is T { return value !== null; }\ntry {} catch (caught) { if (isOf<HttpFailure>(caught) && caught.response?.data?.code === 'x') {} }",
      'flow',
      codes,
    ),
    answers(
      "function check(value: unknown): asserts value is HttpFailure {}\ntry {} catch (caught) { check(caught); if (caught.response?.data?.code === 'x') {} }",
      'flow',
      codes,
    ),
    answers(
      "function both(a: unknown, b: unknown): b is HttpFailure { return a === b; }\ntry {} catch (caught) { if (both(caught, 1) && caught.response?.data?.code === 'x') {} }",
      'flow',
      'any',
    ),
    answers("try {} catch (caught) { if (isHttpFailure(caught) && [1].some(() => caught.response?.data?.code === 'x')) {} }", 'flow', codes),
    answers("try {} catch (caught) { if (!isHttpFailure(caught) || caught.response?.data?.code === 'x') {} }", 'flow', codes),
    // A global function (no declaration here to read its signature from), and a call of the root itself.
    answers("try {} catch (caught) { String(caught); if (isHttpFailure(caught) && caught.response?.data?.code === 'x') {} }", 'flow', codes),
    answers("try {} catch (caught: any) { caught(); if (isHttpFailure(caught) && caught.response?.data?.code === 'x') {} }", 'flow', codes),
    answers("try {} catch (caught) { if (isHttpFailure(caught) && (caught as HttpFailure).response?.data?.code === 'x') {} }", 'flow', codes),
    answers("export function f(value: HttpFailure | string) { return isHttpFailure(value) && value.response?.data?.code === 'x'; }", 'flow', codes),
  ],
});
