/**
 * Programs the fuzzer once failed on, checked against every property again:
 * each entry names the bug it found.
 */
import { describe, it } from 'node:test';

import { checkProgram } from './check.js';
import type { FuzzProgram } from './generate.js';

interface Regression {
  readonly name: string;
  readonly program: FuzzProgram;
}

const regressions: readonly Regression[] = [
  {
    // status-matches-code climbed from a top-level `case` to the Program, whose parent ESLint sets to null.
    name: 'status-matches-code: a code switch outside any function (TypeError reading "type" of null)',
    program: {
      dialect: 'ts',
      settings: undefined,
      typed: true,
      source: 'let err: any;\nswitch (err.code) {\ncase "active\\u005flicense_required": { break; }\n}\n',
    },
  },
  {
    name: 'status-matches-code: the same at the top level of a CommonJS script',
    program: {
      dialect: 'cjs',
      settings: undefined,
      typed: false,
      source: "let err;\nif (err.status === 400) {\n  switch (err.code) {\n    case 'license_key_exists': break;\n  }\n}\n",
    },
  },
  {
    // status-matches-code replaced the value of a shorthand `status` with a number, leaving `{ ..., 400 }`.
    name: 'status-matches-code: the suggestion for a shorthand status (unparsable output)',
    program: {
      dialect: 'esm',
      settings: { additionalCodes: { wrong_license_type: 400, air_gap_activation_error: 400 } },
      typed: true,
      source:
        "import * as lst from 'eslint-plugin-licensespring/types';\nfunction handle0(err, status) {\nif ((err.status === 400)) {  } else { Promise.reject({ status: lst.LicenseStatus.NOT_FOUND, code: \"active\\u005flicense_required\", status }); }\n}\n",
    },
  },
];

void describe('fuzzer regressions', () => {
  for (const { name, program } of regressions) {
    void it(name, () => {
      checkProgram(program);
    });
  }
});
