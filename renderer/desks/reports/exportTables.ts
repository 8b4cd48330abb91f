import { escapeHtml } from '../../../shared/documents/fillTemplate';
import { messages } from '../../../shared/i18n/languages';
import { toCsv, tableCells, type CsvCell, type ReportTable } from '../../../shared/reports';
import type { SaveResult } from '../../../shared/ipc/contract';
import type { Lang } from '../../../shared/regulations/types';
import { templateCss } from '../../documents/templates';
import { platform } from '../../platform/bridge';

/**
 * Every report leaves the screen the same three ways — CSV, XLSX, print — from the same table models
 * (shared/reports/reportTables.ts), through the platform bridge like backups and print-outs: Electron's save dialog,
 * or a download in a plain browser.
 */
export type ReportDocument = {
  /** File name without extension (no path characters). */
  readonly fileBase: string;
  readonly title: string;
  /** Lines under the title: period, office… */
  readonly subtitle: readonly string[];
  readonly tables: readonly ReportTable[];
};

// eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
const safeName = (name: string) => name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').slice(0, 120) || 'report';

/** One CSV for the whole report: each table under its title, a blank record between tables. */
export function reportCsv(doc: ReportDocument): string {
  const rows: CsvCell[][] = [[doc.title], ...doc.subtitle.map((s) => [s])];
  for (const table of doc.tables) rows.push([], [table.title], ...tableCells(table));
  return toCsv(rows);
}

export function saveReportCsv(doc: ReportDocument, lang: Lang): Promise<SaveResult> {
  return platform.saveFile({
    suggestedName: `${safeName(doc.fileBase)}.csv`,
    filters: [{ name: 'CSV', extensions: ['csv'] }, { name: messages[lang].reports.export.fileName, extensions: ['*'] }],
    content: { kind: 'text', text: reportCsv(doc) },
  });
}

/** An XLSX workbook: one sheet per table, headers bold, numbers as numbers. exceljs loads on first use only. */
export async function reportXlsx(doc: ReportDocument): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = doc.title;
  const used = new Set<string>();
  for (const table of doc.tables) {
    // Sheet names: at most 31 characters, none of : \ / ? * [ ], unique.
    let name = (table.sheet ?? table.title).replace(/[:\\/?*[\]]/g, ' ').slice(0, 31).trim() || table.id;
    for (let i = 2; used.has(name); i++) name = `${name.slice(0, 28)} ${i}`;
    used.add(name);
    const sheet = workbook.addWorksheet(name);
    sheet.addRow([table.title]).font = { bold: true, size: 12 };
    for (const line of doc.subtitle) sheet.addRow([line]);
    sheet.addRow([]);
    const header = sheet.addRow(table.columns.map((c) => c.header));
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: 'top' };
    for (const row of table.rows) sheet.addRow(row.map((cell) => (cell === undefined ? null : cell)));
    table.columns.forEach((column, i) => {
      const col = sheet.getColumn(i + 1);
      col.width = column.kind === 'text' ? 40 : 14;
      if (column.kind === 'decimal') col.numFmt = '0.0';
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function saveReportXlsx(doc: ReportDocument): Promise<SaveResult> {
  return platform.saveFile({
    suggestedName: `${safeName(doc.fileBase)}.xlsx`,
    filters: [{ name: 'Excel', extensions: ['xlsx'] }],
    content: { kind: 'bytes', bytes: await reportXlsx(doc) },
  });
}

const cellHtml = (cell: CsvCell, format: (n: number) => string) => (cell === null || cell === undefined ? '' : typeof cell === 'number' ? format(cell) : escapeHtml(cell));

/** The printable page: the office, the title, the period, every table; A4 landscape. */
export function reportHtml(doc: ReportDocument, lang: Lang, officeName: string, format: (n: number) => string): string {
  const tables = doc.tables
    .map((t) => {
      const head = t.columns.map((c) => `<th>${escapeHtml(c.header)}</th>`).join('');
      const body = t.rows.map((r) => `<tr>${r.map((cell, i) => `<td class="${t.columns[i]?.kind === 'text' ? '' : 'num'}">${cellHtml(cell, format)}</td>`).join('')}</tr>`).join('');
      return `<h2>${escapeHtml(t.title)}</h2><table class="register"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
    })
    .join('');
  const css = `${templateCss} table.register{width:100%;border-collapse:collapse;font-size:8.5pt;margin-bottom:10pt} table.register th,table.register td{border:1px solid #000;padding:2px 4px;vertical-align:top} td.num{text-align:right;white-space:nowrap} h2{font-size:11pt;margin:10pt 0 4pt} tr{page-break-inside:avoid} @page{size:A4 landscape}`;
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(doc.title)}</title><style>${css}</style></head><body><div class="head"><div class="office">${escapeHtml(officeName)}</div></div><h1>${escapeHtml(doc.title)}</h1>${doc.subtitle.map((s) => `<div class="subtitle">${escapeHtml(s)}</div>`).join('')}${tables}</body></html>`;
}

export function printReport(doc: ReportDocument, lang: Lang, officeName: string, format: (n: number) => string): Promise<SaveResult> {
  return platform.savePdf({ source: { kind: 'html', html: reportHtml(doc, lang, officeName, format) }, suggestedName: `${safeName(doc.fileBase)}.pdf`, landscape: true });
}
