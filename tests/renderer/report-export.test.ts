import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseCsv, type ReportTable } from '../../shared/reports';
import { reportCsv, reportHtml, reportXlsx, type ReportDocument } from '../../renderer/desks/reports/exportTables';

const table: ReportTable = {
  id: 'services',
  title: 'Показатели по услугам: «особые» [1/2]',
  sheet: 'Қызметтер',
  columns: [
    { key: 'service', header: 'Қызмет', kind: 'text' },
    { key: 'received', header: 'Түсті', kind: 'integer' },
    { key: 'avg', header: 'Орташа', kind: 'decimal' },
  ],
  rows: [
    ['Мүгедектерге <протез>; "арнайы"', 5, 9.5],
    ['Барлығы', 8, undefined],
  ],
};
const doc: ReportDocument = { fileBase: 'Есеп 2026-04', title: 'Қызметтер статистикасы', subtitle: ['Кезең: 01.04.2026 — 30.04.2026'], tables: [table] };

describe('report exports (the same table model to CSV, XLSX and print)', () => {
  it('CSV: the title, the subtitle, then each table under its title; reads back cell by cell', () => {
    const rows = parseCsv(reportCsv(doc));
    expect(rows).toEqual([
      ['Қызметтер статистикасы'],
      ['Кезең: 01.04.2026 — 30.04.2026'],
      [''],
      ['Показатели по услугам: «особые» [1/2]'],
      ['Қызмет', 'Түсті', 'Орташа'],
      ['Мүгедектерге <протез>; "арнайы"', '5', '9,5'],
      ['Барлығы', '8', ''],
    ]);
  });

  it('XLSX: one sheet per table named by its short name, numbers as numbers', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await reportXlsx(doc)).buffer as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Қызметтер']);
    const sheet = book.worksheets[0]!;
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual(['Показатели по услугам: «особые» [1/2]']);
    expect(values(4)).toEqual(['Қызмет', 'Түсті', 'Орташа']);
    expect(values(5)).toEqual(['Мүгедектерге <протез>; "арнайы"', 5, 9.5]);
    expect(sheet.getColumn(3).numFmt).toBe('0.0');
  });

  it('print: escaped text, numbers in the UI format, landscape page', () => {
    const html = reportHtml(doc, 'kk', 'Әуезов ауданының бөлімі', (n) => String(n).replace('.', ','));
    expect(html).toContain('&lt;протез&gt;; &quot;арнайы&quot;');
    expect(html).not.toContain('<протез>');
    expect(html).toContain('>9,5<');
    expect(html).toContain('<html lang="kk">');
    expect(html).toContain('size:A4 landscape');
  });
});
