import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { type EndpointMatch, matchLicenseApiUrl } from './endpoints.js';
import type { InstanceFollower } from './instances.js';
import { CALL, ESM, type LicenseApiTracker, type TraceMapObject } from './tracker.js';
import { getOptionNode, getUrlText, joinUrl } from './url-text.js';

/**
 * How a request call passes its URL:
 * - `fetch`: `fetch(url, init)`;
 * - `call`: a client called itself, with a URL or an options object (`axios(config)`, `got(url, options)`);
 * - `method`: a method named for the HTTP verb (`axios.post(url, data)`, `got.get(url)`), or `request(config)`.
 */
type RequestShape = 'call' | 'fetch' | 'method';

interface RequestInfo {
  readonly shape: RequestShape;
  /** The option naming a base URL (`baseURL` for axios, `prefixUrl` for got). */
  readonly baseOption: string;
  /** The base URL of the client instance the request is made on (`axios.create({ baseURL })`). */
  readonly base?: string;
}

/** A factory of client instances (`axios.create`, `got.extend`). */
interface CreateInfo {
  readonly factory: string;
  readonly baseOption: string;
}

type Info = CreateInfo | RequestInfo;

const httpVerbs = ['delete', 'get', 'head', 'options', 'patch', 'post', 'put'];

/** A client's trace map: callable, with verb methods, and a factory of instances (`create`, `extend`). */
function clientMap(baseOption: string, factory: string, base?: string): TraceMapObject<Info> {
  const request = (shape: RequestShape): RequestInfo => ({ shape, baseOption, ...(base === undefined ? {} : { base }) });
  const methods = Object.fromEntries([...httpVerbs, 'request'].map((verb) => [verb, { [CALL]: request('method') }]));
  return { [CALL]: request('call'), ...methods, [factory]: { [CALL]: { factory, baseOption } } };
}

function moduleMap(exports: TraceMapObject<Info>, named: Readonly<Record<string, TraceMapObject<Info>>> = {}): TraceMapObject<Info> {
  // `require('axios')` is the client itself; `import axios from 'axios'` its default export.
  return { [ESM]: true, ...exports, ...named, default: { ...exports, ...named } };
}

const fetchMap: TraceMapObject<Info> = { [CALL]: { shape: 'fetch', baseOption: '' } };

/** The HTTP clients whose requests can reach the License API. */
const httpModuleMaps: Readonly<Record<string, TraceMapObject<Info>>> = {
  axios: moduleMap(clientMap('baseURL', 'create')),
  got: moduleMap(clientMap('prefixUrl', 'extend')),
  'node-fetch': moduleMap(fetchMap),
  'cross-fetch': moduleMap(fetchMap, { fetch: fetchMap }),
  undici: moduleMap({}, { fetch: fetchMap }),
};

/** Where the URL of a request is: its text (`undefined` when the call has no argument to read it from). */
function getRequestUrl(call: TSESTree.CallExpression, info: RequestInfo, sourceCode: Readonly<TSESLint.SourceCode>): string | undefined {
  const [first] = call.arguments;
  if (first === undefined) {
    return undefined;
  }
  if (first.type === AST_NODE_TYPES.ObjectExpression && info.shape !== 'fetch') {
    // `axios({ url, baseURL })`, `axios.request(config)`, `got({ url, prefixUrl })`.
    const url = getOptionNode(first, 'url');
    const base = getOptionNode(first, info.baseOption);
    return url === undefined ? undefined : joinUrl(base === undefined ? info.base : getUrlText(base, sourceCode), getUrlText(url, sourceCode));
  }
  const options = call.arguments.find((argument, index) => index > 0 && argument.type === AST_NODE_TYPES.ObjectExpression);
  const base = info.shape === 'fetch' ? undefined : getOptionNode(options, info.baseOption);
  return joinUrl(base === undefined ? info.base : getUrlText(base, sourceCode), getUrlText(first, sourceCode));
}

/** The base URL an instance factory is given: `axios.create({ baseURL })`, `got.extend({ prefixUrl })`. */
function getInstanceBase(call: TSESTree.CallExpression, info: CreateInfo, sourceCode: Readonly<TSESLint.SourceCode>): string | undefined {
  const base = getOptionNode(call.arguments[0], info.baseOption);
  return base === undefined ? undefined : getUrlText(base, sourceCode);
}

/**
 * Every request of the file whose URL names the License API: `fetch` (the
 * global, node-fetch, undici, cross-fetch), axios and got, called directly or
 * through an instance they create with a base URL (`axios.create({ baseURL:
 * 'https://api.licensespring.com/api/v4/' })` then `client.get('check_license')`).
 */
export function findHttpCalls(
  tracker: LicenseApiTracker,
  follower: InstanceFollower,
  sourceCode: Readonly<TSESLint.SourceCode>,
): Map<TSESTree.CallExpression, EndpointMatch> {
  const calls = new Map<TSESTree.CallExpression, EndpointMatch>();
  const pending = [...tracker.iterateImports(httpModuleMaps), ...tracker.iterateRequires(httpModuleMaps), ...tracker.iterateGlobal('fetch', fetchMap)];
  // An array iterator sees the instances' requests pushed while it runs.
  for (const { node, info } of pending) {
    if (node.type !== AST_NODE_TYPES.CallExpression) {
      continue;
    }
    if ('factory' in info) {
      const base = getInstanceBase(node, info, sourceCode);
      pending.push(...follower.follow(node, clientMap(info.baseOption, info.factory, base)));
      continue;
    }
    const url = getRequestUrl(node, info, sourceCode);
    const match = url === undefined ? undefined : matchLicenseApiUrl(url);
    if (match !== undefined) {
      calls.set(node, match);
    }
  }
  return calls;
}
