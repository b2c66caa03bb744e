/**
 * Runs the License API evidence model on a snippet and renders what it
 * found, for the evidence tests: the calls (`line:column name
 * gatekeeping|other sdk|http`) and the variables that receive a License API
 * value (`name@line`).
 */
import { Linter } from 'eslint';
import * as espree from 'espree';
import tsParser from '@typescript-eslint/parser';
import type { TSESLint } from '@typescript-eslint/utils';

import { getLicenseApiUsage } from '../../rules/evidence/license-api-calls.js';

export interface ProbeResult {
  readonly calls: string[];
  readonly receivers: string[];
}

export type Dialect = 'commonjs' | 'module' | 'script' | 'ts';

function collectVariables(scope: TSESLint.Scope.Scope, into: TSESLint.Scope.Variable[]): void {
  into.push(...scope.variables);
  for (const child of scope.childScopes) {
    collectVariables(child, into);
  }
}

export function probe(code: string, dialect: Dialect = 'module'): ProbeResult {
  const result: { calls: string[]; receivers: string[] } = { calls: [], receivers: [] };
  const rule = {
    meta: { type: 'problem' as const, schema: [] },
    create(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>) {
      return {
        'Program:exit'() {
          const usage = getLicenseApiUsage(context.sourceCode);
          for (const call of [...usage.calls.values()].sort((a, b) => a.node.range[0] - b.node.range[0])) {
            const { line, column } = call.node.loc.start;
            result.calls.push(`${String(line)}:${String(column)} ${call.name} ${call.gatekeeping ? 'gatekeeping' : 'other'} ${call.via}`);
          }
          const variables: TSESLint.Scope.Variable[] = [];
          const { globalScope } = context.sourceCode.scopeManager ?? {};
          if (globalScope) {
            collectVariables(globalScope, variables);
          }
          for (const variable of variables) {
            if (usage.receivesLicenseApiValue(variable)) {
              result.receivers.push(`${variable.name}@${String(variable.defs[0]?.name.loc.start.line ?? 0)}`);
            }
          }
        },
      };
    },
  };
  const languageOptions: Linter.LanguageOptions =
    dialect === 'ts'
      ? { parser: tsParser, sourceType: 'module' }
      : { parser: espree, sourceType: dialect, ecmaVersion: 'latest' };
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [{ files: ['**/*.js', '**/*.ts'], languageOptions, plugins: { probe: { rules: { probe: rule as never } } }, rules: { 'probe/probe': 'error' } }],
    dialect === 'ts' ? 'file.ts' : 'file.js',
  );
  const problem = messages.find((message) => message.ruleId !== 'probe/probe');
  if (problem !== undefined) {
    throw new Error(`could not lint the snippet: ${problem.message}`);
  }
  result.receivers.sort();
  return result;
}
