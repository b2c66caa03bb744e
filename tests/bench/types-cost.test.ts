import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { instantiationBudget, measureTypesCost } from '../../bench/types/types-cost.js';

void describe('types cost', () => {
  void it(`keeps a matchLicenseError call over every code under ${String(instantiationBudget)} added instantiations`, () => {
    const baseline = measureTypesCost('baseline');
    const matchAll = measureTypesCost('matchAllCodes');
    const added = matchAll.instantiations - baseline.instantiations;
    assert.ok(added > 0, 'the call instantiates something; a zero means the measurement is broken');
    assert.ok(
      added <= instantiationBudget,
      `matchLicenseError over every code adds ${String(added)} instantiations, over the budget of ${String(instantiationBudget)}`,
    );
  });
});
