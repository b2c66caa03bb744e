/**
 * Reads the error table out of a page in the upstream "Error Responses"
 * format. The upstream header is swapped ("Code" heads the HTTP statuses,
 * "Status" the string codes) and may be corrected one day, so columns are
 * told apart by their content first and by their header names second.
 */

/** One row of the upstream table: a string code and its HTTP status. */
export interface UpstreamEntry {
  readonly code: string;
  readonly status: number;
}

/**
 * `swapped`: the column headed "Code" holds the statuses (today's page).
 * `corrected`: the column headed "Status" holds the statuses.
 * `unnamed`: the headers name neither way; the content alone decided.
 */
export type HeaderLayout = 'swapped' | 'corrected' | 'unnamed';

export interface ParsedPage {
  readonly entries: readonly UpstreamEntry[];
  readonly layout: HeaderLayout;
}

/** The page cannot be read as an error table; the message says where and why. */
export class PageFormatError extends Error {
  override name = 'PageFormatError';
}

const statusPattern = /^[45]\d\d$/;
const codePattern = /^[a-z][a-z0-9_]*$/;

interface Table {
  readonly header: readonly string[];
  readonly rows: readonly { readonly line: number; readonly cells: readonly string[] }[];
}

/** Splits a table line on pipes that are not escaped, dropping the outer ones. */
function splitRow(line: string): string[] {
  const cells = line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
    .split(/(?<!\\)\|/);
  return cells.map((cell) => cell.trim());
}

/** Removes Markdown decoration a table cell may carry: bold, code spans, backslash escapes. */
function plainText(cell: string): string {
  return cell
    .trim()
    .replace(/^(\*\*|__)(.*)\1$/, '$2')
    .replace(/^`(.*)`$/, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
    .trim();
}

const separatorPattern = /^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?$/;

/** Every pipe table outside fenced code blocks, with 1-based line numbers for its rows. */
function findTables(text: string): Table[] {
  const lines = text.split(/\r?\n/);
  const tables: Table[] = [];
  let fence: string | undefined;
  for (let index = 0; index < lines.length; index += 1) {
    const line = (lines[index] ?? '').trim();
    const fenceMatch = /^(`{3,}|~{3,})/.exec(line);
    if (fenceMatch?.[1] !== undefined) {
      if (fence === undefined) {
        fence = fenceMatch[1];
      } else if (line.startsWith(fence)) {
        fence = undefined;
      }
      continue;
    }
    const next = (lines[index + 1] ?? '').trim();
    if (fence !== undefined || !line.startsWith('|') || !separatorPattern.test(next)) {
      continue;
    }
    const header = splitRow(line).map((cell) => plainText(cell).toLowerCase());
    const rows: Table['rows'][number][] = [];
    index += 2;
    while (index < lines.length && (lines[index] ?? '').trim().startsWith('|')) {
      rows.push({ line: index + 1, cells: splitRow(lines[index] ?? '').map(plainText) });
      index += 1;
    }
    tables.push({ header, rows });
  }
  return tables;
}

/** The column most of whose cells pass `test`, ties going to a column headed "code" or "status". */
function likelyColumn(table: Table, test: (cell: string) => boolean, skip?: number): number | undefined {
  let best: { column: number; score: number } | undefined;
  table.header.forEach((name, column) => {
    if (column === skip) {
      return;
    }
    const matches = table.rows.filter(({ cells }) => test(cells[column] ?? '')).length;
    const score = matches * 2 + (name === 'code' || name === 'status' ? 1 : 0);
    if (matches * 2 > table.rows.length && (best === undefined || score > best.score)) {
      best = { column, score };
    }
  });
  return best?.column;
}

function readTable(table: Table): ParsedPage {
  for (const { line, cells } of table.rows) {
    if (cells.length !== table.header.length) {
      throw new PageFormatError(`Line ${line}: expected ${table.header.length} cells, found ${cells.length}.`);
    }
  }
  const statusColumn = likelyColumn(table, (cell) => statusPattern.test(cell));
  const codeColumn = likelyColumn(table, (cell) => codePattern.test(cell), statusColumn);
  if (statusColumn === undefined || codeColumn === undefined) {
    throw new PageFormatError(
      'The error table needs one column of HTTP statuses (4xx or 5xx) and one column of snake_case codes; ' +
        `found ${statusColumn === undefined ? 'no status column' : 'no code column'}.`,
    );
  }
  const entries = table.rows.map(({ line, cells }) => {
    const status = cells[statusColumn] ?? '';
    const code = cells[codeColumn] ?? '';
    if (!statusPattern.test(status)) {
      throw new PageFormatError(`Line ${line}: ${JSON.stringify(status)} is not an HTTP error status.`);
    }
    if (!codePattern.test(code)) {
      throw new PageFormatError(`Line ${line}: ${JSON.stringify(code)} is not a snake_case error code.`);
    }
    return { code, status: Number(status) };
  });
  const statusHeader = table.header[statusColumn];
  const codeHeader = table.header[codeColumn];
  const layout: HeaderLayout =
    statusHeader === 'code' && codeHeader === 'status'
      ? 'swapped'
      : statusHeader === 'status' && codeHeader === 'code'
        ? 'corrected'
        : 'unnamed';
  return { layout, entries };
}

/**
 * Parses the error table of an upstream page. Throws a `PageFormatError` when
 * there is no such table, a row is malformed, or a code is listed twice.
 */
export function parseErrorPage(text: string): ParsedPage {
  const tables = findTables(text).filter(
    ({ header, rows }) => header.includes('code') && header.includes('status') && rows.length > 0,
  );
  if (tables.length === 0) {
    throw new PageFormatError('No error table found: expected a Markdown table with "Code" and "Status" columns and at least one row.');
  }
  const parsed = tables.map(readTable);
  const layouts = new Set(parsed.map(({ layout }) => layout));
  const entries = parsed.flatMap((page) => page.entries);
  const seen = new Map<string, number>();
  for (const { code, status } of entries) {
    const earlier = seen.get(code);
    if (earlier !== undefined) {
      throw new PageFormatError(`Code ${code} is listed twice (statuses ${earlier} and ${status}).`);
    }
    seen.set(code, status);
  }
  return { entries, layout: layouts.size === 1 ? (parsed[0]?.layout ?? 'unnamed') : 'unnamed' };
}
