// Configuration of eslint-doc-generator: `npm run docs` writes the rule docs
// headers and the README rules table, `npm run docs:check` fails when they are stale.
// It loads the plugin from the package's main entry, dist/, so build first.

/** @type {import('eslint-doc-generator').GenerateOptions} */
const config = {
  configEmoji: [
    ['recommended', '✅'],
    ['strict', '🔒'],
  ],
  ruleDocTitleFormat: 'prefix-name',
  ruleDocNotices: ['deprecated', 'configs', 'fixableAndHasSuggestions', 'options'],
  ruleDocSectionInclude: ['Rule Details', 'When Not To Use It'],
  ruleListColumns: ['name', 'description', 'configsError', 'fixable', 'hasSuggestions', 'options'],
  // No `urlConfigs`: the configs are described in the README, next to the rules
  // table; a link from the rule docs would need a repository URL, which the
  // package does not invent.
};

export default config;
