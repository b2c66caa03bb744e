/**
 * Lints the foreign-code corpus with one config and prints the plugin's
 * findings grouped by rule and message, with the packages they come from and a
 * few examples each: the loop for making the rules quiet on code that is not
 * License API code. Exits 1 if anything was found (findings, crashes, parse errors).
 *
 *   npm run corpus:lint
 *   npm run corpus:lint -- --config strict --typed --type-checking off --examples 10
 *   npm run corpus:lint -- --plugin /path/to/other/index.js    # another build of the plugin
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

import type { LicenseSpringPlugin } from '../../index.js';
import type { Finding, LintVariant, PluginConfigName } from './lint-corpus.js';
import { lintCorpus, parseErrors, pluginFindings, unpackCorpus, variantConfig, writeTypedProject } from './lint-corpus.js';
import { readManifest } from './manifest.js';

const { values } = parseArgs({
  options: {
    config: { type: 'string', default: 'recommended' },
    typed: { type: 'boolean', default: false },
    'type-checking': { type: 'string', default: 'auto' },
    examples: { type: 'string', default: '5' },
    plugin: { type: 'string' },
  },
});

function variantFromArgs(): LintVariant {
  if (values.config !== 'recommended' && values.config !== 'strict') {
    throw new Error(`--config must be recommended or strict, not ${values.config}`);
  }
  const config: PluginConfigName = values.config;
  const typeChecking = values['type-checking'];
  return {
    name: `${config}${values.typed ? ', typed' : ', untyped'}`,
    config,
    typed: values.typed,
    ...(typeChecking === 'auto' ? {} : { settings: { typeChecking } }),
  };
}

async function loadPlugin(): Promise<LicenseSpringPlugin> {
  const specifier = values.plugin === undefined ? '../../index.js' : pathToFileURL(path.resolve(values.plugin)).href;
  return ((await import(specifier)) as { default: LicenseSpringPlugin }).default;
}

function countBy(findings: readonly Finding[], key: (finding: Finding) => string): [string, Finding[]][] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(key(finding)) ?? [];
    group.push(finding);
    groups.set(key(finding), group);
  }
  return [...groups].sort(([leftKey, left], [rightKey, right]) => right.length - left.length || leftKey.localeCompare(rightKey));
}

function printGroups(findings: readonly Finding[], examples: number): void {
  for (const [rule, ofRule] of countBy(findings, (finding) => finding.ruleId)) {
    const fixable = ofRule.filter((finding) => finding.fixable).length;
    console.log(`\n${rule}: ${String(ofRule.length)} findings (${String(fixable)} autofixable)`);
    for (const [message, ofMessage] of countBy(ofRule, (finding) => finding.message)) {
      const packages = countBy(ofMessage, (finding) => finding.package).map(([name, ofPackage]) => `${name} ${String(ofPackage.length)}`);
      console.log(`  ${String(ofMessage.length)} x ${message}\n    packages: ${packages.join(', ')}`);
      for (const finding of ofMessage.slice(0, examples)) {
        console.log(`    ${finding.file}:${String(finding.line)}:${String(finding.column)}  ${finding.code}`);
      }
    }
  }
}

async function main(): Promise<void> {
  const variant = variantFromArgs();
  const plugin = await loadPlugin();
  const manifest = readManifest();
  const corpus = unpackCorpus();
  try {
    writeTypedProject(manifest, corpus.dir);
    const { results, crashes } = await lintCorpus(variantConfig(plugin, variant, manifest, corpus.dir), corpus.dir);
    const findings = pluginFindings(manifest, corpus.dir, results);
    const unparsed = parseErrors(manifest, corpus.dir, results);
    console.log(`${variant.name}${variant.settings === undefined ? '' : `, settings ${JSON.stringify(variant.settings)}`}: ${String(results.length)} files linted`);
    printGroups(findings, Number(values.examples));
    for (const { file, error } of crashes) {
      console.log(`\nCRASH ${file}: ${error}`);
    }
    for (const finding of unparsed) {
      console.log(`\nPARSE ERROR ${finding.file}:${String(finding.line)}: ${finding.message} (rebuild the corpus: it should have dropped this file)`);
    }
    console.log(`\n${String(findings.length)} findings, ${String(crashes.length)} crashes, ${String(unparsed.length)} parse errors.`);
    process.exitCode = findings.length + crashes.length + unparsed.length > 0 ? 1 : 0;
  } finally {
    corpus.remove();
  }
}

await main();
