import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { probe } from './probe.js';

void describe('License API calls: the SDK', () => {
  void it('follows named ESM imports to the methods of the instances they build', () => {
    const { calls } = probe(`
      import { LicenseManager, LicenseAPI } from '@licensespring/node-sdk';
      const manager = new LicenseManager(config);
      const api = new LicenseAPI(config);
      await manager.checkLicense({ license_key: key });
      await manager.deactivateLicense({});
      await api.activateLicense({});
      api.getHardwareID();
      manager.setProxy(null);
    `);
    assert.deepEqual(calls, ['5:12 checkLicense gatekeeping sdk', '6:12 deactivateLicense other sdk', '7:12 activateLicense gatekeeping sdk']);
  });

  void it('follows require, destructured or not, with and without declared CommonJS globals', () => {
    const code = `
      const { LicenseAPI } = require('@licensespring/node-sdk');
      const sdk = require('@licensespring/node-sdk');
      new LicenseAPI(c).checkLicense({});
      const floating = new sdk.FloatingAPI(c, 'product');
      floating.registerUser('me');
      floating.unregisterUser('me');
    `;
    const expected = ['4:6 checkLicense gatekeeping sdk', '6:6 registerUser gatekeeping sdk', '7:6 unregisterUser other sdk'];
    assert.deepEqual(probe(code, 'commonjs').calls, expected);
    assert.deepEqual(probe(code, 'script').calls, expected);
  });

  void it('follows default and namespace imports, and deep imports of dist/src', () => {
    const { calls } = probe(`
      import sdk from '@licensespring/node-sdk';
      import * as all from '@licensespring/node-sdk';
      import LicenseAPI from '@licensespring/node-sdk/dist/src/api';
      import { FloatingAPIv2 } from '@licensespring/node-sdk/dist/src/floating-api.js';
      new sdk.BundleManager(c).checkBundle({});
      new all.LicenseAPI(c).checkLicenseFeature({});
      new LicenseAPI(c).floatingBorrow({});
      new FloatingAPIv2(c).registerUserToLicense(1, {});
      new FloatingAPIv2(c).listLicenses();
    `);
    assert.deepEqual(calls, [
      '6:6 checkBundle gatekeeping sdk',
      '7:6 checkLicenseFeature gatekeeping sdk',
      '8:6 floatingBorrow gatekeeping sdk',
      '9:6 registerUserToLicense gatekeeping sdk',
      '10:6 listLicenses other sdk',
    ]);
  });

  void it('follows the License a manager loads, and its methods', () => {
    const { calls } = probe(`
      import { LicenseManager } from '@licensespring/node-sdk';
      const manager = new LicenseManager(config);
      const license = manager.loadLicense();
      await license.check();
      await license.localCheck();
      license.checkLicenseStatus();
      await license.setDeviceVariables();
      manager.activateAirGapLicense(code, key, path, policy).checkFeature('f');
    `);
    assert.deepEqual(calls, [
      '5:12 check gatekeeping sdk',
      '6:12 localCheck gatekeeping sdk',
      '7:6 checkLicenseStatus gatekeeping sdk',
      '8:12 setDeviceVariables other sdk',
      '9:6 activateAirGapLicense gatekeeping sdk',
      '9:6 checkFeature gatekeeping sdk',
    ]);
  });

  void it('follows clients kept in class members, fields, private fields and object literals', () => {
    const { calls } = probe(
      `
      import { LicenseManager } from '@licensespring/node-sdk';
      class Gate {
        #api = new LicenseManager(config);
        manager;
        constructor() {
          this.manager = new LicenseManager(config);
          this.license = this.manager.loadLicense();
        }
        async run() {
          await this.#api.activateLicense({});
          await this.license.check();
          const { manager } = this;
          return manager.checkLicense({});
        }
      }
      const clients = { licensing: { manager: new LicenseManager(config) } };
      clients.licensing.manager.floatingBorrow({});
    `,
      'ts',
    );
    assert.deepEqual(calls, [
      '11:16 activateLicense gatekeeping sdk',
      '12:16 check gatekeeping sdk',
      '18:6 floatingBorrow gatekeeping sdk',
    ]);
  });

  void it('follows bindings and members whose type annotation names an SDK class', () => {
    const { calls } = probe(
      `
      import type { LicenseManager } from '@licensespring/node-sdk';
      import type License from '@licensespring/node-sdk/dist/src/license';
      export async function gate(license: License | undefined) {
        await license?.check();
      }
      class Service {
        private cached?: License;
        constructor(private readonly manager: LicenseManager) {}
        async start() {
          await this.manager.activateLicense({});
          await this.cached!.localCheck();
        }
      }
    `,
      'ts',
    );
    assert.deepEqual(calls, ['5:14 check gatekeeping sdk', '11:16 activateLicense gatekeeping sdk', '12:16 localCheck gatekeeping sdk']);
  });

  void it('is not fooled by method names: other vendors, local classes and shadowed imports', () => {
    const { calls } = probe(`
      import { LicenseManager } from '@licensespring/node-sdk';
      import { Client } from 'other-licensing-vendor';
      const vendor = new Client();
      await vendor.checkLicense({});
      class Local { checkLicense() {} }
      new Local().checkLicense();
      function f(LicenseManager) { return new LicenseManager().checkLicense(); }
      const license = { check() {} };
      license.check();
    `);
    assert.deepEqual(calls, []);
  });
});

void describe('License API calls: HTTP', () => {
  void it('reads fetch, axios and got URLs: strings, templates, consts and new URL()', () => {
    const { calls } = probe(`
      import axios from 'axios';
      import got from 'got';
      const API = 'https://api.licensespring.com/api/v4';
      await fetch('https://api.licensespring.com/api/v4/check_license?license_key=' + key);
      await fetch(\`\${API}/activate_license\`, { method: 'POST' });
      await fetch(new URL('deactivate_license', API + '/'));
      await axios.post(\`\${process.env.LS_HOST}/api/v4/floating/borrow\`, body);
      await axios({ url: 'check_license_feature', baseURL: API });
      await got.post('https://saas.licensespring.com/api/v1/orders');
      await got('versions', { prefixUrl: API });
    `);
    assert.deepEqual(calls, [
      '5:12 check_license gatekeeping http',
      '6:12 activate_license gatekeeping http',
      '7:12 deactivate_license other http',
      '8:12 floating/borrow gatekeeping http',
      '9:12 check_license_feature gatekeeping http',
      '10:12 api/v1/orders other http',
      '11:12 versions other http',
    ]);
  });

  void it('follows client instances with a base URL, in variables and class members', () => {
    const { calls } = probe(`
      const axios = require('axios');
      const { fetch: undiciFetch } = require('undici');
      const client = axios.create({ baseURL: 'https://api.licensespring.com/api/v4/' });
      client.get('check_license', { params });
      client.request({ url: 'product_details' });
      class Api {
        constructor() { this.http = axios.create({ baseURL: process.env.LICENSE_API }); }
        check() { return this.http.get('/api/v4/check_license'); }
      }
      undiciFetch('https://api.licensespring.com/api/v4/trial_key');
    `, 'commonjs');
    assert.deepEqual(calls, [
      '5:6 check_license gatekeeping http',
      '6:6 product_details other http',
      '9:25 check_license gatekeeping http',
      '11:6 trial_key other http',
    ]);
  });

  void it('leaves other APIs alone: other hosts, /api/v4 paths of other APIs, unknown URLs', () => {
    const { calls } = probe(`
      // licensespring is mentioned here, so the file is read.
      import axios from 'axios';
      await fetch('https://gitlab.example.com/api/v4/projects');
      await fetch('/check_license');
      await fetch(url);
      await axios.get(\`\${base}/check_license\`);
      await fetch('https://licensespring.com.evil.example/api/v9');
      const other = { post() {} };
      other.post('https://api.licensespring.com/api/v4/check_license');
    `);
    assert.deepEqual(calls, []);
  });
});

void describe('License API calls: values received', () => {
  void it('names catch parameters of tries that make a call, and results kept', () => {
    const { receivers } = probe(`
      import { LicenseManager } from '@licensespring/node-sdk';
      const manager = new LicenseManager(config);
      async function main() {
        try {
          const response = await manager.checkLicense({});
          const { license_key: key } = await manager.activateLicense({});
          let later;
          later = await manager.checkLicenseFeature({});
        } catch (error) {
          try { unrelated(); } catch (inner) {}
        }
        try { other(); } catch (notLicense) {}
        try { await retry(() => manager.checkLicense({})); } catch ({ code, status }) {}
        setTimeout(() => { try { x(); } catch (timer) {} });
      }
    `);
    assert.deepEqual(receivers, ['code@14', 'error@10', 'key@7', 'later@8', 'response@6', 'status@14']);
  });

  void it('names promise handler parameters: .catch(), .then(ok, fail), named handlers', () => {
    const { receivers } = probe(`
      const { LicenseAPI } = require('@licensespring/node-sdk');
      const api = new LicenseAPI(config);
      function onFailure(reason) {}
      api.checkLicense({}).then((answer) => answer, (failure) => failure);
      api.activateLicense({}).then(use).catch(onFailure);
      api.floatingBorrow({}).finally(done).catch((late) => late);
      other.then((notLicense) => notLicense).catch((neither) => neither);
    `, 'commonjs');
    assert.deepEqual(receivers, ['answer@5', 'failure@5', 'late@7', 'reason@4']);
  });

  void it('names the response of a License API request and the body read from it', () => {
    const { receivers } = probe(`
      const res = await fetch('https://api.licensespring.com/api/v4/check_license');
      const body = await res.json();
      const { data } = await axios.get('https://example.com/api/v4/check_license');
      const page = await fetch('https://example.com/');
    `);
    assert.deepEqual(receivers, ['body@3', 'res@2']);
  });
});

void describe('License API calls: cost', () => {
  void it('skips files that mention neither the SDK nor the License API', () => {
    const { calls, receivers } = probe(`
      import { LicenseManager } from './license-manager';
      const manager = new LicenseManager();
      try { await manager.checkLicense(); } catch (err) {}
    `);
    assert.deepEqual(calls, []);
    assert.deepEqual(receivers, []);
  });
});
