import { createRequire } from 'node:module';

import type { TSESLint } from '@typescript-eslint/utils';

// Self-reference by package name resolves the same from the sources and from `dist/`.
const { name: packageName, version } = createRequire(import.meta.url)('eslint-plugin-licensespring/package.json') as {
  name: string;
  version: string;
};

/**
 * A rule's docs page as published: `docs/rules/<name>.md` inside this
 * version's tarball, served by a public npm CDN. Derived from package.json's
 * name and version only, so it names no repository host or branch, and the
 * page always matches the rule the user runs.
 */
function getDocsUrl(name: string): string {
  return `https://unpkg.com/${packageName}@${version}/docs/rules/${name}.md`;
}

type RuleMeta<MessageId extends string, Options extends readonly unknown[]> = Omit<TSESLint.RuleMetaData<MessageId, unknown, Options>, 'docs'> & {
  readonly docs: { readonly description: string };
  readonly defaultOptions?: Options;
};

interface RuleDefinition<Options extends readonly unknown[], MessageId extends string> {
  readonly name: string;
  readonly meta: RuleMeta<MessageId, Options>;
  readonly create: (context: Readonly<TSESLint.RuleContext<MessageId, Options>>, options: Options) => TSESLint.RuleListener;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The user's option over the default: objects merge key by key, anything else
 * replaces. Nothing is copied: rules never change their options, and this
 * runs for every rule on every file.
 */
function mergeOption(defaultValue: unknown, userValue: unknown): unknown {
  if (userValue === undefined || userValue === defaultValue) {
    return defaultValue;
  }
  if (!isPlainObject(defaultValue) || !isPlainObject(userValue)) {
    return userValue;
  }
  const merged: Record<string, unknown> = { ...defaultValue };
  for (const [key, value] of Object.entries(userValue)) {
    merged[key] = mergeOption(defaultValue[key], value);
  }
  return merged;
}

/**
 * Builds a rule with its docs URL and hands `create` the options merged with
 * `meta.defaultOptions`. ESLint 9.15 and later merge them into
 * `context.options` already (merging again changes nothing); older 9.x do not.
 * Written here rather than taken from `@typescript-eslint/utils`, whose
 * run-time part would make every user install TypeScript.
 */
export function createRule<Options extends readonly unknown[], MessageId extends string>({
  name,
  meta,
  create,
}: RuleDefinition<Options, MessageId>): TSESLint.RuleModule<MessageId, Options> & { readonly name: string } {
  const defaultOptions = meta.defaultOptions ?? ([] as unknown as Options);
  return {
    name,
    meta: { ...meta, docs: { ...meta.docs, url: getDocsUrl(name) } },
    create(context) {
      // ESLint 9.15 and later merge `meta.defaultOptions` in already: a rule configured by severity alone gets the
      // default objects themselves (in a new array, or `meta.defaultOptions` itself), which `mergeOption` hands back as they are.
      const options =
        context.options === defaultOptions
          ? defaultOptions
          : (defaultOptions.map((value, index) => mergeOption(value, context.options[index])) as unknown as Options);
      return create(context, options);
    },
  };
}
