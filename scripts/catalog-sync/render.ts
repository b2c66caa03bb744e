import type { LicenseErrorCatalogEntry, LicenseErrorStatusEntry } from '../../types/catalog.js';
import type { UpstreamEntry } from './parse-page.js';
import { statusConstantName } from './status-names.js';

/** The description a new code gets until someone writes one; a catalog test fails while any remains. */
export const todoDescription = 'TODO: describe this code in our own words.';

export interface CatalogData {
  readonly entries: readonly LicenseErrorCatalogEntry[];
  readonly statuses: readonly LicenseErrorStatusEntry[];
}

const compare = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The catalog the page describes: the page's codes and statuses, the current
 * descriptions and status names where they exist, and placeholders elsewhere.
 * Entries are ordered by status, then code; statuses ascending.
 */
export function mergeCatalog(current: CatalogData, upstream: readonly UpstreamEntry[]): CatalogData {
  const descriptions = new Map(current.entries.map(({ code, description }) => [code, description]));
  const names = new Map(current.statuses.map(({ status, name }) => [status, name]));
  const entries = upstream
    .map(({ code, status }) => ({ code, status, description: descriptions.get(code) ?? todoDescription }))
    .sort((a, b) => compare(a.status, b.status) || compare(a.code, b.code));
  const statuses = [...new Set(entries.map(({ status }) => status))].map((status) => ({
    status,
    name: names.get(status) ?? statusConstantName(status),
  }));
  return { entries, statuses };
}

function quote(text: string): string {
  return `'${text.replace(/[\\']/g, '\\$&')}'`;
}

/** The source text of types/catalog.ts for `data`, byte for byte as the project keeps it. */
export function renderCatalogSource({ entries, statuses }: CatalogData): string {
  const names = new Map(statuses.map(({ status, name }) => [status, name]));
  const entryLines: string[] = [];
  let group: number | undefined;
  for (const { code, status, description } of entries) {
    if (status !== group) {
      group = status;
      entryLines.push(`  // ${status} ${names.get(status) ?? statusConstantName(status)}`);
    }
    entryLines.push(`  { code: ${quote(code)}, status: ${status}, description: ${quote(description)} },`);
  }
  return [
    '/**',
    ' * The single source of truth: every error code the LicenseSpring License API',
    ' * documents, with its HTTP status and a one-line description.',
    ' *',
    ' * Types, runtime maps, rule data and the docs table all derive from this list.',
    ' * `npm run sync-catalog -- <page.md> --write` rewrites it from the upstream',
    ' * page; keep descriptions short and in our own words.',
    ' */',
    'export const licenseErrorCatalog = [',
    ...entryLines,
    '] as const satisfies readonly LicenseErrorCatalogEntry[];',
    '',
    '/** One documented error: its string code, HTTP status and what it means. */',
    'export interface LicenseErrorCatalogEntry {',
    '  readonly code: string;',
    '  readonly status: number;',
    '  readonly description: string;',
    '}',
    '',
    '/**',
    ' * The HTTP statuses the catalog uses, with the constant name each gets in',
    ' * `LicenseStatus` (the standard reason phrase in SCREAMING_SNAKE_CASE).',
    ' */',
    'export const licenseErrorStatuses = [',
    ...statuses.map(({ status, name }) => `  { status: ${status}, name: ${quote(name)} },`),
    '] as const satisfies readonly LicenseErrorStatusEntry[];',
    '',
    '/** One HTTP status of the catalog and the name of its constant. */',
    'export interface LicenseErrorStatusEntry {',
    '  readonly status: number;',
    '  readonly name: string;',
    '}',
    '',
  ].join('\n');
}
