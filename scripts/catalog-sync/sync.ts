import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { diffCatalog, formatDrift, hasDrift } from './diff.js';
import type { HeaderLayout } from './parse-page.js';
import { PageFormatError, parseErrorPage } from './parse-page.js';
import type { CatalogData } from './render.js';
import { mergeCatalog, renderCatalogSource, todoDescription } from './render.js';

/** types/catalog.ts of this repository. */
export const defaultCatalogPath = fileURLToPath(new URL('../../types/catalog.ts', import.meta.url));

export interface SyncOptions {
  /** The upstream page to read. */
  readonly pagePath: string;
  /** The catalog module to compare with and, with `write`, to rewrite. */
  readonly catalogPath?: string;
  readonly write?: boolean;
}

/** 0: in sync (or written); 1: drift found; 2: the page could not be read. */
export interface SyncResult {
  readonly exitCode: 0 | 1 | 2;
  readonly stdout: string;
  readonly stderr: string;
}

const layoutNotes: Record<HeaderLayout, string> = {
  swapped: 'header swapped: "Code" holds the statuses',
  corrected: 'header corrected: "Status" holds the statuses',
  unnamed: 'columns told apart by their content',
};

/** Relative to the working directory when inside it, absolute otherwise. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

let loads = 0;

/** Loads a catalog module (types/catalog.ts or a copy of it). */
export async function loadCatalog(catalogPath: string): Promise<CatalogData> {
  // The query makes each load read the file afresh: the module cache would otherwise keep a rewritten catalog's old version.
  const url = `${pathToFileURL(catalogPath).href}?load=${String((loads += 1))}`;
  const module = (await import(url)) as Partial<{
    licenseErrorCatalog: CatalogData['entries'];
    licenseErrorStatuses: CatalogData['statuses'];
  }>;
  const { licenseErrorCatalog: entries, licenseErrorStatuses: statuses } = module;
  if (!Array.isArray(entries) || !Array.isArray(statuses)) {
    throw new Error(`${catalogPath} does not export licenseErrorCatalog and licenseErrorStatuses.`);
  }
  return { entries, statuses };
}

/** The catalog source the page calls for, given the current catalog: what `--write` writes. */
export function catalogSourceFor(pageText: string, current: CatalogData): string {
  return renderCatalogSource(mergeCatalog(current, parseErrorPage(pageText).entries));
}

/** Compares the page with the catalog, and with `write` rewrites the catalog to match. */
export async function syncCatalog({ pagePath, catalogPath = defaultCatalogPath, write = false }: SyncOptions): Promise<SyncResult> {
  const shownPage = pagePath;
  const shownCatalog = displayPath(catalogPath);
  let pageText: string;
  try {
    pageText = await readFile(pagePath, 'utf8');
  } catch (error) {
    return { exitCode: 2, stdout: '', stderr: `sync-catalog: cannot read ${shownPage}: ${(error as Error).message}\n` };
  }
  let page;
  try {
    page = parseErrorPage(pageText);
  } catch (error) {
    if (error instanceof PageFormatError) {
      return { exitCode: 2, stdout: '', stderr: `sync-catalog: ${shownPage} is not an error responses page. ${error.message}\n` };
    }
    throw error;
  }
  const current = await loadCatalog(catalogPath);
  const drift = diffCatalog(current.entries, page.entries);
  const summary = `${shownPage}: ${page.entries.length} codes (${layoutNotes[page.layout]}); ${shownCatalog}: ${current.entries.length} codes.`;
  if (!hasDrift(drift)) {
    return { exitCode: 0, stdout: `${summary}\nNo drift: the catalog matches the page.\n`, stderr: '' };
  }
  const report = [summary, ...formatDrift(drift)];
  if (!write) {
    report.push(`Run again with --write to update ${shownCatalog}.`);
    return { exitCode: 1, stdout: `${report.join('\n')}\n`, stderr: '' };
  }
  await writeFile(catalogPath, renderCatalogSource(mergeCatalog(current, page.entries)));
  report.push(`Wrote ${shownCatalog}.`);
  if (drift.added.length > 0) {
    report.push(`New codes have the description '${todoDescription}': replace it before committing (a test fails until you do).`);
  }
  return { exitCode: 0, stdout: `${report.join('\n')}\n`, stderr: '' };
}
