import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

import { Linter } from 'eslint';

import plugin from '../index.js';

const root = new URL('../', import.meta.url);
const ruleNames = Object.keys(plugin.rules);

function baseNames(folder: string, suffix: string): string[] {
  return readdirSync(new URL(folder, root))
    .filter((file) => file.endsWith(suffix))
    .map((file) => file.slice(0, -suffix.length))
    .sort();
}

void describe('plugin', () => {
  void it('has a name and the package version', () => {
    const packageJson = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { name: string; version: string };
    assert.deepEqual(plugin.meta, { name: packageJson.name, version: packageJson.version });
  });

  void it('keeps rule files, registry, tests and docs in lockstep', () => {
    const sorted = [...ruleNames].sort();
    assert.deepEqual(ruleNames, sorted, 'the registry in rules/index.ts is alphabetical');
    assert.deepEqual(baseNames('rules/', '.ts').filter((name) => !['create-rule', 'index', 'names'].includes(name)), sorted);
    assert.deepEqual(baseNames('tests/rules/', '.test.ts'), sorted);
    assert.deepEqual(baseNames('docs/rules/', '.md'), sorted);
  });

  void it('names every config after the plugin and points it at the plugin object itself', () => {
    for (const [configName, config] of Object.entries(plugin.configs)) {
      assert.equal(config.name, `licensespring/${configName}`);
      assert.equal(config.plugins?.['licensespring'], plugin);
      assert.deepEqual(
        Object.keys(config.rules ?? {}).sort(),
        ruleNames.map((name) => `licensespring/${name}`),
        `${configName} enables every rule`,
      );
    }
  });

  for (const name of ruleNames) {
    const rule = plugin.rules[name as keyof typeof plugin.rules];

    void describe(name, () => {
      void it('has complete meta', () => {
        const { meta } = rule;
        assert.ok(meta.docs, 'meta.docs exists');
        assert.ok(['problem', 'suggestion', 'layout'].includes(meta.type));
        assert.match(meta.docs.description, /^(Require|Disallow|Enforce) /u, 'descriptions are imperative');
        assert.equal(
          meta.docs.url,
          `https://unpkg.com/${plugin.meta.name}@${plugin.meta.version}/docs/rules/${name}.md`,
        );
        assert.ok(Object.keys(meta.messages).length > 0);
        for (const [id, message] of Object.entries(meta.messages)) {
          assert.match(id, /^[a-z][A-Za-z]+$/u, `messageId ${id} is camelCase`);
          assert.match(message, /[.?]$/u, `message ${id} is a whole sentence`);
        }
        assert.ok(Array.isArray(meta.schema), 'schema is an array of option schemas');
      });

      void it('documents itself', () => {
        const page = readFileSync(new URL(`docs/rules/${name}.md`, root), 'utf8');
        assert.match(page, new RegExp(`^# licensespring/${name}`, 'u'));
        for (const heading of ['## Rule Details', '## When Not To Use It']) {
          assert.ok(page.includes(heading), `docs/rules/${name}.md has "${heading}"`);
        }
        if (Array.isArray(rule.meta.schema) && rule.meta.schema.length > 0) {
          assert.ok(page.includes('## Options'), `docs/rules/${name}.md has "## Options"`);
        }
      });

      const lint = (options: readonly unknown[]) =>
        new Linter().verify('const x = 1;', {
          plugins: { licensespring: plugin },
          rules: { [`licensespring/${name}`]: ['error', ...options] as Linter.RuleEntry },
        });

      void it('accepts its own defaults', () => {
        assert.deepEqual(lint(rule.meta.defaultOptions ?? []), []);
      });

      void it('rejects junk options with a message naming the rule', () => {
        assert.throws(() => lint([{ notAnOption: true }]), new RegExp(`licensespring/${name}`, 'u'));
        assert.throws(() => lint(['not an object', 42]), new RegExp(`licensespring/${name}`, 'u'));
      });
    });
  }
});
