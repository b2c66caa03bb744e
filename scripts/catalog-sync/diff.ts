import type { UpstreamEntry } from './parse-page.js';

/** How the upstream page differs from the catalog. Each list is sorted by code. */
export interface CatalogDrift {
  /** On the page, not in the catalog. */
  readonly added: readonly UpstreamEntry[];
  /** In the catalog, not on the page. */
  readonly removed: readonly UpstreamEntry[];
  /** In both, with another status on the page. */
  readonly changed: readonly { readonly code: string; readonly from: number; readonly to: number }[];
}

const byCode = (a: { code: string }, b: { code: string }): number => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** Compares the catalog (`current`) with the page (`upstream`). */
export function diffCatalog(current: readonly UpstreamEntry[], upstream: readonly UpstreamEntry[]): CatalogDrift {
  const currentByCode = new Map(current.map(({ code, status }) => [code, status]));
  const upstreamCodes = new Set(upstream.map(({ code }) => code));
  const added: UpstreamEntry[] = [];
  const changed: { code: string; from: number; to: number }[] = [];
  for (const { code, status } of upstream) {
    const from = currentByCode.get(code);
    if (from === undefined) {
      added.push({ code, status });
    } else if (from !== status) {
      changed.push({ code, from, to: status });
    }
  }
  const removed = current.filter(({ code }) => !upstreamCodes.has(code)).map(({ code, status }) => ({ code, status }));
  return { added: added.sort(byCode), removed: removed.sort(byCode), changed: changed.sort(byCode) };
}

export function hasDrift({ added, removed, changed }: CatalogDrift): boolean {
  return added.length + removed.length + changed.length > 0;
}

/** The drift as lines a person reads in a terminal; empty when there is none. */
export function formatDrift({ added, removed, changed }: CatalogDrift): string[] {
  const lines: string[] = [];
  if (added.length > 0) {
    lines.push(`Added on the page (${added.length}):`, ...added.map(({ code, status }) => `  + ${code} (${status})`));
  }
  if (removed.length > 0) {
    lines.push(
      `Removed from the page (${removed.length}):`,
      ...removed.map(({ code, status }) => `  - ${code} (${status})`),
    );
  }
  if (changed.length > 0) {
    lines.push(
      `Status changed (${changed.length}):`,
      ...changed.map(({ code, from, to }) => `  ~ ${code}: ${from} -> ${to}`),
    );
  }
  return lines;
}
