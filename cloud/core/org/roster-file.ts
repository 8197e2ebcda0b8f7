import { Readable } from 'node:stream';
import type * as ExcelJS from 'exceljs';
import { AppError } from '../errors';
import { inflateXlsx } from './xlsx-guard';

/** One data row of a roster file, as written (trimmed), with its 1-based line number. */
export interface RosterFileRow {
  line: number;
  name: string;
  phone: string;
  branch: string;
}

type Column = 'name' | 'phone' | 'branch';

const HEADERS: Record<string, Column> = {
  姓名: 'name',
  name: 'name',
  手机号: 'phone',
  手机: 'phone',
  phone: 'phone',
  支部: 'branch',
  branch: 'branch',
};

const BAD_FILE = '文件无法读取，请上传 .csv 或 .xlsx 格式的名册';

/** Data rows a roster file may have (below its header). */
export const MAX_ROWS = 10_000;
const TOO_MANY_ROWS = `名册最多 ${MAX_ROWS} 行，请分成几个文件导入`;

/** Reads a roster from a .csv (UTF-8, with or without BOM, or GBK as Excel saves it) or .xlsx file. */
export async function readRosterFile(fileName: string, content: Buffer): Promise<RosterFileRow[]> {
  const csv = /\.csv$/i.test(fileName);
  // Counted before parsing: exceljs builds every row in memory.
  if ((csv ? csvLines(content) : xlsxRows(content)) > MAX_ROWS + 1) throw new AppError('INVALID_INPUT', TOO_MANY_ROWS);
  const sheet = await readSheet(csv, content);
  const columns = headerColumns(sheet);
  const rows: RosterFileRow[] = [];
  sheet.eachRow((row, line) => {
    if (line === 1) return;
    const text = (c: Column) => row.getCell(columns[c]).text.trim();
    const out = { line, name: text('name'), phone: text('phone'), branch: text('branch') };
    if (out.name || out.phone || out.branch) rows.push(out);
  });
  if (rows.length > MAX_ROWS) throw new AppError('INVALID_INPUT', TOO_MANY_ROWS);
  return rows;
}

/** Rows in the archive's sheets, from XML inflated within the archive's limits (see xlsx-guard). */
function xlsxRows(content: Buffer): number {
  let rows = 0;
  for (const [name, xml] of inflateXlsx(content)) {
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) rows += xml.toString('latin1').match(/<(?:\w+:)?row[\s>/]/g)?.length ?? 0;
  }
  return rows;
}

/** Lines with anything on them (a quoted line break counts as two: only a file near the limit cares). */
function csvLines(content: Buffer): number {
  return decodeText(content).split(/\r\n|\n|\r/).filter((line) => line.trim() !== '').length;
}

async function readSheet(csv: boolean, content: Buffer): Promise<ExcelJS.Worksheet> {
  // Required on first use: exceljs takes ~150 ms to load and no other org action needs it.
  // (A require, not import(): under tsx, import() of this CommonJS module exposes only `default`.)
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Workbook } = require('exceljs') as typeof ExcelJS;
  const workbook = new Workbook();
  try {
    if (csv) {
      // Keep every value a string: phone numbers must not turn into numbers or dates.
      return await workbook.csv.read(Readable.from([decodeText(content)]), { map: (v: unknown) => v });
    }
    // exceljs types its input as an ArrayBuffer: hand it a copy of exactly the file's bytes.
    await workbook.xlsx.load(new Uint8Array(content).buffer);
  } catch {
    throw new AppError('INVALID_INPUT', BAD_FILE);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError('INVALID_INPUT', BAD_FILE);
  return sheet;
}

/** UTF-8 without its BOM (fast-csv would keep it in the first header); else GB18030, Excel's Chinese CSV. */
function decodeText(content: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(content);
  } catch {
    return new TextDecoder('gb18030').decode(content);
  }
}

function headerColumns(sheet: ExcelJS.Worksheet): Record<Column, number> {
  const found: Partial<Record<Column, number>> = {};
  sheet.getRow(1).eachCell((cell, col) => {
    const column = HEADERS[cell.text.trim().toLowerCase()];
    if (column && !found[column]) found[column] = col;
  });
  if (found.name === undefined || found.phone === undefined || found.branch === undefined) {
    throw new AppError('INVALID_INPUT', '第 1 行应为表头：姓名、手机号、支部');
  }
  return { name: found.name, phone: found.phone, branch: found.branch };
}
