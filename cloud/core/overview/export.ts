import type * as ExcelJS from 'exceljs';
import type { Overview, OverviewTable } from '../../../contracts/overview';

/** The overview as an .xlsx workbook: one sheet per table, its note under it. */
export async function exportOverview(o: Overview): Promise<{ fileName: string; base64: string }> {
  // Required on first use, as in points/export.ts: exceljs is slow to load and only exports need it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Workbook } = require('exceljs') as typeof ExcelJS;
  const book = new Workbook();
  const tables: OverviewTable[] = [o.starsByBranch, o.hoursByMonth, o.claimTurnaround, o.participation];
  for (const t of tables) {
    const sheet = book.addWorksheet(t.title.replace(/[\\/?*[\]:]/g, ''));
    sheet.addRow([`${t.title}（${t.unit}）`, ...t.columns]).font = { bold: true };
    for (const r of t.rows) sheet.addRow([r.label, ...r.values.map((v) => v ?? '')]);
    sheet.addRow([]);
    sheet.addRow([t.note]);
    sheet.columns.forEach((col, i) => (col.width = i === 0 ? 18 : 10));
    sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 1 }];
  }
  const base64 = Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
  return { fileName: `${o.scopeName}-${o.year}年组织概况.xlsx`, base64 };
}
