import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';

import { getConstBinding } from '../../rules/utils/ast/bindings.js';
import { getDownlevelledChain, stripConversions } from '../../rules/utils/ast/expression.js';
import { getFieldComparisons } from '../../rules/utils/ast/field-comparison.js';
import { type FieldRead, getCaseTransform, getFieldRead, getReferencePath, isSameFieldRead } from '../../rules/utils/ast/field-read.js';
import { isSameErrorObject } from '../../rules/evidence/same-error-object.js';

type Probe = (node: TSESTree.BinaryExpression, sourceCode: Readonly<TSESLint.SourceCode>) => void;

/** Lints `code` with a rule that hands every `===`/`==` comparison written as a statement (`a === b;`) to `probe`. */
function probeComparisons(code: string, probe: Probe): void {
  const linter = new Linter();
  const messages = linter.verify(code, {
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
    plugins: {
      probe: {
        rules: {
          comparisons: {
            create: (context) => ({
              BinaryExpression(node: TSESTree.BinaryExpression) {
                if ((node.operator === '===' || node.operator === '==') && node.parent.type === AST_NODE_TYPES.ExpressionStatement) {
                  probe(node, context.sourceCode as unknown as Readonly<TSESLint.SourceCode>);
                }
              },
            }),
          },
        },
      },
    },
    rules: { 'probe/comparisons': 'error' },
  });
  assert.deepEqual(messages, []);
}

/** The field read on the left of the last comparison in `code`, with locals resolved. */
function readLeft(code: string, resolveLocals = true): FieldRead | undefined {
  let read: FieldRead | undefined;
  probeComparisons(code, (node, sourceCode) => {
    read = getFieldRead(node.left, resolveLocals ? sourceCode : undefined);
  });
  return read;
}

void describe('getFieldRead', () => {
  void it('reads members, bare variables and compiled optional chains', () => {
    assert.deepEqual(readLeft('err.code === 1;'), { field: 'code', owner: ['err'], caseTransform: undefined });
    assert.deepEqual(readLeft("e?.response?.['status'] === 1;"), { field: 'status', owner: ['e', 'response'], caseTransform: undefined });
    assert.deepEqual(readLeft('status === 1;'), { field: 'status', owner: [], caseTransform: undefined });
    assert.deepEqual(readLeft('f().code === 1;'), { field: 'code', owner: undefined, caseTransform: undefined });
    assert.deepEqual(readLeft('(ready ? a : b).code === 1;'), { field: 'code', owner: undefined, caseTransform: undefined });
    assert.equal(readLeft('err[key] === 1;'), undefined);
    assert.equal(readLeft('f() === 1;'), undefined);
    assert.deepEqual(readLeft('var _a; ((_a = e.response) === null || _a === void 0 ? void 0 : _a.status) === 1;'), {
      field: 'status',
      owner: ['e', 'response'],
      caseTransform: undefined,
    });
    assert.deepEqual(
      readLeft('var _a, _b; ((_b = (_a = e.response) === null || _a === void 0 ? void 0 : _a.data) === null || _b === void 0 ? void 0 : _b.code) === 1;'),
      { field: 'code', owner: ['e', 'response', 'data'], caseTransform: undefined },
    );
    assert.deepEqual(readLeft('(e === null || e === void 0 ? void 0 : e.code) === 1;'), { field: 'code', owner: ['e'], caseTransform: undefined });
    assert.deepEqual(readLeft('var _a; ((_a = e.response) == null ? void 0 : _a.data.code) === 1;'), {
      field: 'code',
      owner: ['e', 'response', 'data'],
      caseTransform: undefined,
    });
  });

  void it('follows const locals, and only them', () => {
    assert.deepEqual(readLeft('const s = err.status; s === 1;'), { field: 'status', owner: ['err'], caseTransform: undefined });
    assert.deepEqual(readLeft('const s = err.status; s === 1;', false), { field: 's', owner: [], caseTransform: undefined });
    assert.deepEqual(readLeft('const { status: s = 500 } = res; s === 1;'), { field: 'status', owner: ['res'], caseTransform: undefined });
    assert.deepEqual(readLeft('const { status, code } = e.response.data; code === 1;'), { field: 'code', owner: ['e', 'response', 'data'], caseTransform: undefined });
    assert.deepEqual(readLeft('const r = e.response; const { data: { code } } = r; code === 1;'), {
      field: 'code',
      owner: ['e', 'response', 'data'],
      caseTransform: undefined,
    });
    assert.deepEqual(readLeft('const r = e.response; r.status === 1;'), { field: 'status', owner: ['e', 'response'], caseTransform: undefined });
    assert.deepEqual(readLeft('async function f() { const { code } = await load(); code === 1; }'), { field: 'code', owner: [], caseTransform: undefined });
    assert.deepEqual(readLeft('let s = err.status; s === 1;'), { field: 's', owner: [], caseTransform: undefined });
    assert.deepEqual(readLeft('function f(s = err.status) { s === 1; }'), { field: 's', owner: [], caseTransform: undefined });
    assert.deepEqual(readLeft('const [s] = err.statuses; s === 1;'), { field: 's', owner: [], caseTransform: undefined });
    assert.deepEqual(readLeft('const { ...rest } = err; rest === 1;'), { field: 'rest', owner: [], caseTransform: undefined });
    assert.deepEqual(readLeft('const { [key]: s } = err; s === 1;'), { field: 's', owner: [], caseTransform: undefined });
    // Shadowing: the inner `s` is a parameter.
    assert.deepEqual(readLeft('const s = err.status; function f(s) { s === 1; }'), { field: 's', owner: [], caseTransform: undefined });
  });

  void it('ends on cycles and long chains', () => {
    // Valid syntax, a temporal-dead-zone error at run time: the answer only has to come, not to mean much.
    assert.equal(readLeft('const a = b.x; const b = a.y; a === 1;')?.field, 'x');
    const chain = Array.from({ length: 20 }, (_, index) => `const v${String(index + 1)} = v${String(index)}.next;`).join(' ');
    const read = readLeft(`const v0 = root.first; ${chain} v20 === 1;`);
    // Eight locals are followed; the rest of the path is named from where the search stopped.
    assert.deepEqual(read, { field: 'next', owner: ['v12', ...Array.from({ length: 7 }, () => 'next')], caseTransform: undefined });
  });

  void it('sees through conversions', () => {
    assert.deepEqual(readLeft('err.code.toUpperCase() === 1;'), { field: 'code', owner: ['err'], caseTransform: 'upper' });
    assert.deepEqual(readLeft('Number(err.status) === 1;'), { field: 'status', owner: ['err'], caseTransform: undefined });
  });

  void it('carries the case change of a const initialiser, the last one applied winning', () => {
    const upper = { field: 'code', owner: ['err'], caseTransform: 'upper' };
    assert.deepEqual(readLeft('const code = err.code.toUpperCase(); code === 1;'), upper);
    assert.deepEqual(readLeft('const c = err.code.toUpperCase(); const d = String(c); d === 1;'), upper);
    assert.deepEqual(readLeft('const c = err.code.toLowerCase(); c.toUpperCase() === 1;'), upper);
    assert.deepEqual(readLeft('const c = err.code.toUpperCase(); c.toString() === 1;'), upper);
    assert.deepEqual(readLeft('const { code } = err; const c = code.toLowerCase(); c === 1;'), { field: 'code', owner: ['err'], caseTransform: 'lower' });
    assert.deepEqual(readLeft('const code = String(err?.response?.data?.code).toUpperCase(); code === 1;'), {
      field: 'code',
      owner: ['err', 'response', 'data'],
      caseTransform: 'upper',
    });
    assert.deepEqual(readLeft('var _a; const c = (_a = err.code) === null || _a === void 0 ? void 0 : _a.toUpperCase(); c === 1;'), upper);
    // A value nobody else can name keeps its own name, but still says how it was normalised.
    assert.deepEqual(readLeft("const code = (err.code || '').toLowerCase(); code === 1;"), { field: 'code', owner: [], caseTransform: 'lower' });
    // Without scope, only the conversions written at the read count.
    assert.deepEqual(readLeft('const code = err.code.toUpperCase(); code === 1;', false), { field: 'code', owner: [], caseTransform: undefined });
    // Conversions are seen through for the value read only, not for an object read from.
    assert.deepEqual(readLeft('const r = String(e.response); r.status === 1;'), { field: 'status', owner: ['r'], caseTransform: undefined });
    assert.deepEqual(readLeft('let code = err.code.toUpperCase(); code === 1;'), { field: 'code', owner: [], caseTransform: undefined });
  });

  void it("reads Babel's compiled chains, nested in the access", () => {
    const data = { field: 'code', owner: ['e', 'response', 'data'], caseTransform: undefined };
    assert.deepEqual(
      readLeft(
        'var _r, _d; ((_r = e.response) === null || _r === void 0 ? void 0 : (_d = _r.data) === null || _d === void 0 ? void 0 : _d.code) === 1;',
      ),
      data,
    );
    assert.deepEqual(readLeft('var _r; (e === null || e === void 0 ? void 0 : (_r = e.response) === null || _r === void 0 ? void 0 : _r.status) === 1;'), {
      field: 'status',
      owner: ['e', 'response'],
      caseTransform: undefined,
    });
    // Loose mode, and TypeScript's nesting (in the base) inside Babel's (in the access).
    assert.deepEqual(readLeft('var _r, _d; ((_r = e.response) == null ? void 0 : (_d = _r.data) == null ? void 0 : _d.code) === 1;'), data);
    assert.deepEqual(
      readLeft(
        'var _a, _b, _c; ((_a = e) === null || _a === void 0 ? void 0 : (_c = (_b = _a.response) === null || _b === void 0 ? void 0 : _b.data) === null || _c === void 0 ? void 0 : _c.code) === 1;',
      ),
      data,
    );
    assert.deepEqual(
      readLeft(
        'var _r, _d; const { code } = e.response.data; ((_r = e.response) === null || _r === void 0 ? void 0 : (_d = _r.data) === null || _d === void 0 ? void 0 : _d.code) === code;',
      ),
      data,
    );
  });
});

void describe('getCaseTransform', () => {
  void it('gives the case change of a read, through const locals, or of any operand', () => {
    const found: (string | undefined)[] = [];
    probeComparisons(
      'const code = err.code.toUpperCase(); code === 1; const c = f().toLowerCase(); c === 1; f().toUpperCase() === 1; err.code === 1; code.toLowerCase() === 1;',
      (node, sourceCode) => {
        found.push(getCaseTransform(node.left, sourceCode));
      },
    );
    assert.deepEqual(found, ['upper', 'lower', 'upper', undefined, 'lower']);
  });

  void it('reads a member or a call by its own conversions, and a compiled optional chain through its temporaries', () => {
    const found: (string | undefined)[] = [];
    probeComparisons(
      'var _a; String(err.code).toLowerCase() === 1; err?.code.toUpperCase() === 1; ((_a = err) === null || _a === void 0 ? void 0 : _a.code) === 1;',
      (node, sourceCode) => {
        found.push(getCaseTransform(node.left, sourceCode));
      },
    );
    assert.deepEqual(found, ['lower', 'upper', undefined]);
  });
});

void describe('getFieldRead answers kept per file', () => {
  void it('gives the same read again, and keeps reads without locals apart from reads through them', () => {
    const reads: (FieldRead | undefined)[] = [];
    probeComparisons('const s = err.status; s === 1;', (node, sourceCode) => {
      reads.push(getFieldRead(node.left, sourceCode), getFieldRead(node.left), getFieldRead(node.left, sourceCode));
    });
    assert.deepEqual(reads, [
      { field: 'status', owner: ['err'], caseTransform: undefined },
      { field: 's', owner: [], caseTransform: undefined },
      { field: 'status', owner: ['err'], caseTransform: undefined },
    ]);
  });
});

void describe('getReferencePath', () => {
  void it('gives the whole path, or undefined for computed keys and calls', () => {
    let paths: (readonly string[] | undefined)[] = [];
    probeComparisons('const { data } = e.response; data.code === a[key].code;', (node, sourceCode) => {
      paths = [getReferencePath(node.left, sourceCode), getReferencePath(node.right, sourceCode)];
    });
    assert.deepEqual(paths, [['e', 'response', 'data', 'code'], undefined]);
  });

  void it("follows Babel's nested chains, and not a local's conversions", () => {
    let paths: (readonly string[] | undefined)[] = [];
    probeComparisons(
      'var _r, _d; const c = e.code.toUpperCase(); ((_r = e.response) === null || _r === void 0 ? void 0 : (_d = _r.data) === null || _d === void 0 ? void 0 : _d.code) === c;',
      (node, sourceCode) => {
        paths = [getReferencePath(node.left, sourceCode), getReferencePath(node.right, sourceCode)];
      },
    );
    assert.deepEqual(paths, [['e', 'response', 'data', 'code'], ['c']]);
  });
});

void describe('stripConversions and getDownlevelledChain', () => {
  function strip(code: string): { text: string; caseTransform: string | undefined } {
    let result = { text: '', caseTransform: undefined as string | undefined };
    probeComparisons(code, (node, sourceCode) => {
      const { expression, caseTransform } = stripConversions(node.left);
      result = { text: sourceCode.getText(expression), caseTransform };
    });
    return result;
  }

  void it('strips case changes and conversions, the outermost case change winning', () => {
    assert.deepEqual(strip("err.code.toUpperCase() === 'X';"), { text: 'err.code', caseTransform: 'upper' });
    assert.deepEqual(strip("err?.code?.toLocaleLowerCase() === 'x';"), { text: 'err?.code', caseTransform: 'lower' });
    assert.deepEqual(strip("String(err.code).toLowerCase().toUpperCase() === 'X';"), { text: 'err.code', caseTransform: 'upper' });
    assert.deepEqual(strip("String(err.code) === 'x';"), { text: 'err.code', caseTransform: undefined });
    assert.deepEqual(strip("err.code.toString() === 'x';"), { text: 'err.code', caseTransform: undefined });
    assert.deepEqual(strip('+err.status === 1;'), { text: 'err.status', caseTransform: undefined });
    assert.deepEqual(strip("var _a; ((_a = err.code) === null || _a === void 0 ? void 0 : _a.toUpperCase()) === 'X';"), {
      text: 'err.code',
      caseTransform: 'upper',
    });
  });

  void it('leaves other calls alone', () => {
    assert.deepEqual(strip("err.code.trim() === 'x';"), { text: 'err.code.trim()', caseTransform: undefined });
    assert.deepEqual(strip("err.code.toUpperCase(locale, extra) === 'X';"), { text: 'err.code.toUpperCase(locale, extra)', caseTransform: undefined });
    assert.deepEqual(strip("String(...parts) === 'x';"), { text: 'String(...parts)', caseTransform: undefined });
    assert.deepEqual(strip("-err.status === 1;"), { text: '-err.status', caseTransform: undefined });
  });

  void it('recognises only the compiled shape', () => {
    const shapes: Record<string, boolean> = {
      'var _a; ((_a = e.response) === null || _a === void 0 ? void 0 : _a.status) === 1;': true,
      'var _a; ((_a = e.response) === null || _b === void 0 ? void 0 : _a.status) === 1;': false,
      'var _a; ((_a = e.response) === null || _a === void 0 ? null : _a.status) === 1;': false,
      'var _a; ((_a = e.response) === null || _a === void 0 ? void 0 : other.status) === 1;': false,
      '(ready ? void 0 : e.status) === 1;': false,
      '(ready || _a === void 0 ? void 0 : _a.status) === 1;': false,
      'var _a; ((_a += e.response) == null ? void 0 : _a.status) === 1;': false,
      'var _a; ((_a = e.response) == null ? void 0 : _a.status) === 1;': true,
      'var _r, _d; ((_r = e.response) === null || _r === void 0 ? void 0 : (_d = _r.data) === null || _d === void 0 ? void 0 : _d.code) === 1;': true,
      // The inner chain must start from the outer temporary.
      'var _r, _d; ((_r = e.response) === null || _r === void 0 ? void 0 : (_d = other.data) === null || _d === void 0 ? void 0 : _d.code) === 1;': false,
    };
    for (const [code, expected] of Object.entries(shapes)) {
      let recognised: boolean | undefined;
      probeComparisons(code, (node) => {
        recognised = getDownlevelledChain(node.left) !== undefined;
      });
      assert.equal(recognised, expected, code);
    }
  });
});

void describe('getConstBinding', () => {
  void it('gives the source and pattern path of a const', () => {
    let result: { source: string; path: readonly string[] } | undefined;
    probeComparisons('const { response: { status: s = 500 } } = e; s === 1;', (node, sourceCode) => {
      const binding = node.left.type === AST_NODE_TYPES.Identifier ? getConstBinding(node.left, sourceCode) : undefined;
      result = binding && { source: sourceCode.getText(binding.source), path: binding.path };
    });
    assert.deepEqual(result, { source: 'e', path: ['response', 'status'] });
  });
});

void describe('getFieldComparisons, isSameErrorObject, isSameFieldRead', () => {
  void it('reports the operand, the read, the case change and the owner', () => {
    const found: object[] = [];
    probeComparisons("const { code } = err; 'LICENSE_EXPIRED' === code.toUpperCase();", (node, sourceCode) => {
      for (const comparison of getFieldComparisons(node, new Set(['code']), sourceCode)) {
        found.push({
          read: sourceCode.getText(comparison.read),
          operand: sourceCode.getText(comparison.operand),
          field: comparison.field,
          owner: comparison.owner,
          caseTransform: comparison.caseTransform,
          value: sourceCode.getText(comparison.value),
        });
      }
    });
    assert.deepEqual(found, [
      { read: 'code', operand: 'code.toUpperCase()', field: 'code', owner: ['err'], caseTransform: 'upper', value: "'LICENSE_EXPIRED'" },
    ]);
  });

  void it('carries the case change of a const local into the comparison', () => {
    const found: object[] = [];
    probeComparisons(
      "const code = err.code.toUpperCase(); code === 'LICENSE_EXPIRED'; const c = err.code.toLowerCase(); c.toLocaleUpperCase() === 'X'; let d = err.code.toUpperCase(); d === 'X';",
      (node, sourceCode) => {
        for (const { field, owner, caseTransform } of getFieldComparisons(node, new Set(['code']), sourceCode)) {
          found.push({ field, owner, caseTransform });
        }
      },
    );
    assert.deepEqual(found, [
      { field: 'code', owner: ['err'], caseTransform: 'upper' },
      { field: 'code', owner: ['err'], caseTransform: 'upper' },
    ]);
  });

  void it("names the field of Babel's nested chains without sourceCode", () => {
    const found: object[] = [];
    probeComparisons(
      "var _r, _d; ((_r = e.response) === null || _r === void 0 ? void 0 : (_d = _r.data) === null || _d === void 0 ? void 0 : _d.code) === 'x';",
      (node) => {
        found.push(...getFieldComparisons(node, new Set(['code'])).map(({ field, owner }) => ({ field, owner })));
      },
    );
    assert.deepEqual(found, [{ field: 'code', owner: ['e', 'response', 'data'] }]);
  });

  void it('keeps its old answers without sourceCode', () => {
    const found: string[] = [];
    probeComparisons("const s = err.code; s === 'x'; code === 'y';", (node) => {
      found.push(...getFieldComparisons(node, new Set(['code'])).map(({ field }) => field));
    });
    assert.deepEqual(found, ['code']);
  });

  void it('pairs a status and a code of one error through locals and compiled chains', () => {
    const pairs: boolean[] = [];
    const code = [
      "const status = e.response.status; status === e.response.data.code;",
      'const { status: a } = res; const { code: b } = body; a === b;',
      'var _a; ((_a = e.response) === null || _a === void 0 ? void 0 : _a.status) === e.response.data.code;',
      // Two bare variables, as destructured from one error.
      'httpStatus === errorCode;',
    ].join('\n');
    probeComparisons(code, (node, sourceCode) => {
      pairs.push(isSameErrorObject(node.left, node.right, sourceCode));
    });
    assert.deepEqual(pairs, [true, false, true, true]);
  });

  void it('tells whether two reads read the same field of the same object', () => {
    const same: boolean[] = [];
    probeComparisons(
      "const { code } = err; code === err?.code; code === other.code; err.code.toUpperCase() === err['code']; const up = err.code.toUpperCase(); up === err.code;",
      (node, sourceCode) => {
        same.push(isSameFieldRead(node.left, node.right, sourceCode));
      },
    );
    assert.deepEqual(same, [true, false, true, true]);
  });
});
