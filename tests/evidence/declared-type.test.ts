/**
 * `getTypesFromDeclarations`: where it answers from declarations, and where it
 * leaves the question to the checker's control flow. Each switch's
 * discriminant is reported as the literals it found, or as `flow`.
 */
import { getParserServices } from '@typescript-eslint/utils/eslint-utils';

import { createRule } from '../../rules/create-rule.js';
import { getTypesFromDeclarations } from '../../rules/evidence/declared-type.js';
import { getLiteralUnion } from '../../rules/evidence/literal-types.js';
import { createTypedRuleTester } from '../rule-tester.js';

const rule = createRule({
  name: 'declared-type-probe',
  meta: { type: 'problem', docs: { description: 'Reports what declarations say of each switch discriminant.' }, schema: [], messages: { types: '{{types}}' } },
  create(context) {
    const services = getParserServices(context);
    return {
      SwitchStatement(node) {
        const types = getTypesFromDeclarations(services, node.discriminant, context.sourceCode);
        const literals = types === undefined ? undefined : getLiteralUnion(...types);
        const values = literals === undefined ? ['flow'] : [...literals.strings, ...[...literals.numbers, ...literals.nullishValues].map(String)].sort();
        context.report({ node: node.discriminant, messageId: 'types', data: { types: values.join(' ') } });
      },
    };
  },
});

const header = "import type { LicenseApiError } from 'eslint-plugin-licensespring/types';\nimport { LicenseStatus } from 'eslint-plugin-licensespring/types';\n";
const small = "LicenseApiError<'license_key_exists' | 'order_id_exists' | 'not_found'>";

function answers(body: string, ...types: string[]) {
  return { code: header + body, errors: types.map((found) => ({ messageId: 'types' as const, data: { types: found } })) };
}

createTypedRuleTester().run('getTypesFromDeclarations', rule, {
  valid: [],
  invalid: [
    // Nothing before the switch names the parameter: its declared type.
    answers(`export function f(err: ${small}) { switch (err.code) {} }`, 'license_key_exists not_found order_id_exists'),
    // The one earlier mention is the test of the enclosing `if`: the members it keeps, by a written or a named status.
    answers(`export function f(err: ${small}) { if (err.status === 409) { switch (err.code) {} } }`, 'license_key_exists order_id_exists'),
    answers(`export function f(err: ${small}) { if (LicenseStatus.NOT_FOUND === err.status) { for (;;) { switch (err.code) {} } } }`, 'not_found'),
    answers(`export function f(err: ${small}) { if (err.code === 'not_found') { switch (err.status) {} } }`, '404'),
    // Left to the checker: the `else` branch, a function in between, `!==`, `==`, a second mention, a `let`.
    answers(`export function f(err: ${small}) { if (err.status === 409) {} else { switch (err.code) {} } }`, 'flow'),
    answers(`export function f(err: ${small}) { if (err.status === 409) { return () => { switch (err.code) {} }; } }`, 'flow'),
    answers(`export function f(err: ${small}) { if (err.status !== 409) { switch (err.code) {} } }`, 'flow'),
    answers(`export function f(err: ${small}) { if (err.status == 409) { switch (err.code) {} } }`, 'flow'),
    answers(`export function f(err: ${small}) { if (err.status === 409 && err.message) { switch (err.code) {} } }`, 'flow'),
    answers(`export function f(e: ${small}) { let err = e; if (err.status === 409) { switch (err.code) {} } }`, 'flow'),
    // An assignment after the switch, in a loop inside the tested branch; a class body between the test and the switch.
    answers(`export function f(err: ${small}, next: () => ${small}) { if (err.status === 409) { for (;;) { switch (err.code) {} err = next(); } } }`, 'flow'),
    answers(`export function f(err: ${small}) { if (err.status === 409) { return class { static { switch (err.code) {} } }; } return undefined; }`, 'flow'),
    // Types imported from the app's own module by a relative path (their types are shared by the files of a
    // folder): each name its own type, type arguments and defaults apply; after a `?` the read may be
    // `undefined`, which only the checker's type at the read says.
    {
      code: [
        "import type { ConflictError, NotFoundError as Missing, ErrorOf } from './shared-errors.js';",
        'export function f(err: ConflictError) { switch (err.code) {} }',
        'export function g(err: Missing) { switch (err.code) {} }',
        'export function h(err?: ConflictError) { switch (err?.code) {} }',
        "export function i(err: ErrorOf<'not_found'>) { switch (err.code) {} }",
        'export function j(err: ErrorOf) { switch (err.code) {} }',
      ].join('\n'),
      errors: [
        { messageId: 'types', data: { types: 'license_key_exists order_id_exists' } },
        { messageId: 'types', data: { types: 'not_found' } },
        { messageId: 'types', data: { types: 'flow' } },
        { messageId: 'types', data: { types: 'not_found' } },
        { messageId: 'types', data: { types: 'license_key_exists not_found' } },
      ],
    },
    // A member whose tested field is no literal: the checker would keep it, so no answer here.
    answers(
      "export function f(err: { status: 409; code: 'order_id_exists' } | { status: number; code: 'other' }) { if (err.status === 409) { switch (err.code) {} } }",
      'flow',
    ),
  ],
});
