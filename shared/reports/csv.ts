/**
 * CSV for spreadsheets. UTF-8 with a byte-order mark, because Excel reads a CSV without one in the machine's ANSI code
 * page and shows Cyrillic (and ә ғ қ ң ө ұ ү һ і) as mojibake. The separator is `;` by default: Excel in the ru-RU and
 * kk-KZ locales uses `;` as its list separator (the decimal separator is the comma), so a comma-separated file would
 * open as one column. Fields are quoted per RFC 4180 when they hold the separator, a quote, CR/LF or edge spaces;
 * quotes are doubled; records end with CRLF.
 */
export type CsvCell = string | number | null | undefined;
export type CsvOptions = {
  readonly delimiter?: string;
  /** Write the BOM (default true). */
  readonly bom?: boolean;
  /** Write decimals with a comma (default true: the locales this app serves). */
  readonly decimalComma?: boolean;
};

export const BOM = '\uFEFF';

function field(cell: CsvCell, delimiter: string, decimalComma: boolean): string {
  if (cell === null || cell === undefined) return '';
  const text = typeof cell === 'number' ? (Number.isFinite(cell) ? (decimalComma ? String(cell).replace('.', ',') : String(cell)) : '') : cell;
  const needsQuotes = text.includes(delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r') || text !== text.trim();
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  const delimiter = options.delimiter ?? ';';
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') throw new RangeError('CSV: the separator must be one character other than a quote or a line break');
  const decimalComma = options.decimalComma ?? true;
  const body = rows.map((row) => row.map((cell) => field(cell, delimiter, decimalComma)).join(delimiter)).join('\r\n');
  return `${options.bom === false ? '' : BOM}${body}\r\n`;
}

/** Reads CSV back (RFC 4180; a leading BOM is skipped). For checks and imports of what toCsv wrote. */
export function parseCsv(text: string, delimiter = ';'): string[][] {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  while (i < source.length) {
    const ch = source[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      cell += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && cell === '') {
      quoted = true;
      i += 1;
    } else if (ch === delimiter) {
      endCell();
      i += 1;
    } else if (ch === '\r' || ch === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i += ch === '\r' && source[i + 1] === '\n' ? 2 : 1;
    } else {
      cell += ch;
      i += 1;
    }
  }
  if (quoted) throw new SyntaxError('CSV: a quoted field is not closed');
  if (cell !== '' || row.length > 0) {
    endCell();
    rows.push(row);
  }
  return rows;
}
