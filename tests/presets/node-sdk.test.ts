/**
 * The `node-sdk` preset: generated from the installed, pinned
 * @licensespring/node-sdk, never stale, and honoured through settings by
 * every rule that reads codes and statuses.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

import type { TSESLint } from '@typescript-eslint/utils';
import { Linter } from 'eslint';

import plugin from '../../index.js';
import { nodeSdkCodes, nodeSdkVersion } from '../../rules/presets/node-sdk.js';
import { catalogCodes, catalogStatuses } from '../../rules/utils/catalog/catalog.js';
import { getLicenseSpringSettings } from '../../rules/utils/catalog/settings.js';
import { nodeSdkPresetPath, renderNodeSdkPreset } from '../../scripts/generate-node-sdk-preset.js';

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { devDependencies: Record<string, string> };

/** `getLicenseSpringSettings` reads nothing but `settings` from its context. */
function settingsOf(licensespring: unknown): ReturnType<typeof getLicenseSpringSettings> {
  const context = { settings: { licensespring } } as unknown as Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
  return getLicenseSpringSettings(context);
}

void describe('the node-sdk preset file', () => {
  void it('is what the generator writes for the installed SDK (run npm run generate:presets when this fails)', () => {
    assert.equal(readFileSync(nodeSdkPresetPath, 'utf8'), renderNodeSdkPreset());
  });

  void it('was read from the SDK version package.json pins', () => {
    assert.equal(nodeSdkVersion, packageJson.devDependencies['@licensespring/node-sdk']);
  });

  void it('lists the SDK codes beyond the catalog, sorted, with HTTP statuses', () => {
    const codes = Object.keys(nodeSdkCodes);
    assert.deepEqual(codes, [...codes].sort());
    assert.deepEqual(
      codes.filter((code) => catalogCodes.has(code)),
      [],
    );
    for (const code of ['wrong_license_type', 'license_file_not_found', 'cannot_connect_to_server']) {
      assert.ok(code in nodeSdkCodes, code);
    }
    assert.equal(nodeSdkCodes['wrong_license_type'], 400);
    assert.equal(nodeSdkCodes['cannot_connect_to_server'], 503);
    assert.ok(Object.values(nodeSdkCodes).every((status) => Number.isInteger(status) && status >= 100 && status <= 599));
  });
});

void describe('settings with presets and additional statuses', () => {
  void it('without settings: the catalog alone', () => {
    const settings = settingsOf(undefined);
    assert.equal(settings.knownCodes, catalogCodes);
    assert.equal(settings.knownStatuses, catalogStatuses);
    assert.equal(settings.additionalCodes.size, 0);
  });

  void it('presets: [node-sdk] adds its codes as additional codes with their statuses, and their statuses as known', () => {
    const settings = settingsOf({ presets: ['node-sdk'] });
    assert.ok(settings.knownCodes.has('wrong_license_type'));
    assert.ok(settings.knownCodes.has('license_expired'));
    assert.equal(settings.additionalCodes.get('wrong_license_type'), 400);
    assert.equal(settings.additionalCodes.size, Object.keys(nodeSdkCodes).length);
    assert.ok(settings.knownStatuses.has(503));
    assert.ok(!settings.knownStatuses.has(403));
  });

  void it('the user’s codes join the preset: a status given wins, a code listed without one keeps the preset’s', () => {
    const listed = settingsOf({ presets: ['node-sdk'], additionalCodes: ['wrong_license_type', 'my_code'] });
    assert.equal(listed.additionalCodes.get('wrong_license_type'), 400);
    assert.ok(listed.additionalCodes.has('my_code'));
    assert.equal(listed.additionalCodes.get('my_code'), undefined);
    const overridden = settingsOf({ presets: ['node-sdk'], additionalCodes: { wrong_license_type: 422 } });
    assert.equal(overridden.additionalCodes.get('wrong_license_type'), 422);
    assert.ok(overridden.knownStatuses.has(422));
  });

  void it('knownStatuses: catalog, additionalStatuses and statuses of additional codes', () => {
    const settings = settingsOf({ additionalStatuses: [503, 400], additionalCodes: { my_code: 418 } });
    assert.deepEqual([...settings.knownStatuses].sort(), [...catalogStatuses, 503, 418].sort());
  });
});

void describe('rules honour preset codes through settings', () => {
  const linter = new Linter({ configType: 'flat' });
  const licensespring = plugin as unknown as NonNullable<Linter.Config['plugins']>[string];
  const lint = (code: string, settings: Record<string, unknown>): Linter.LintMessage[] =>
    linter.verify(
      code,
      [
        {
          plugins: { licensespring },
          settings: { licensespring: settings },
          rules: { 'licensespring/status-matches-code': 'error', 'licensespring/valid-error-code': 'error' },
        },
      ],
      'file.js',
    );

  void it('status-matches-code knows the status of a preset code; valid-error-code knows the code', () => {
    // In a file that talks to the SDK (evidence, docs/evidence.md): without the preset the code is unknown, and the
    // catalog status beside it shows it is meant as a license code. With the preset it is a known code of status 400.
    const code = "const { LicenseAPI } = require('@licensespring/node-sdk');\nif (err.code === 'wrong_license_type' && err.status === 500) {}";
    assert.deepEqual(
      lint(code, {}).map(({ ruleId }) => ruleId),
      ['licensespring/valid-error-code'],
    );
    assert.deepEqual(
      lint(code, { presets: ['node-sdk'] }).map(({ ruleId }) => ruleId),
      ['licensespring/status-matches-code'],
    );
  });
});
