// 导出我的数据: everything HOLDINGS lists about the caller, as an .xlsx workbook (one sheet per
// kind; the app saves it, and on weapp opens it), so a person can see what RedSail keeps.
import type * as ExcelJS from 'exceljs';
import { _, db, getList, MAX_LIMIT } from '../sdk';
import { HOLDINGS, type Holding } from './holdings';

/** A person's documents in one collection (at most 20,000: decades of use). */
export async function documentsOf(h: Holding, openid: string): Promise<Array<Record<string, unknown>>> {
  const out: Array<Record<string, unknown>> = [];
  for (let skip = 0; skip < 20 * MAX_LIMIT; skip += MAX_LIMIT) {
    const page = await getList<Record<string, unknown>>(
      db.collection(h.collection).where({ [h.by]: _.eq(openid) }).orderBy('_id', 'asc').skip(skip).limit(MAX_LIMIT),
    );
    out.push(...page);
    if (page.length < MAX_LIMIT) break;
  }
  return out;
}

const cell = (v: unknown): string | number | boolean =>
  v === null || v === undefined ? '' : v instanceof Date ? v.toISOString() : typeof v === 'object' ? JSON.stringify(v) : (v as string | number | boolean);

/** Keys that are the server's own bookkeeping, not data about the person. */
const INTERNAL = new Set(['traceId', 'seqKey', 'holders', 'deletionPending']);

export async function exportMine(openid: string, now: Date): Promise<{ fileName: string; base64: string; counts: Record<string, number> }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- exceljs is slow to load; only exports need it
  const { Workbook } = require('exceljs') as typeof ExcelJS;
  const book = new Workbook();
  const counts: Record<string, number> = {};
  for (const h of HOLDINGS) {
    const docs = await documentsOf(h, openid);
    counts[h.collection] = docs.length;
    const sheet = book.addWorksheet(h.title);
    const keys = [...new Set(docs.flatMap((d) => Object.keys(d)))].filter((k) => !INTERNAL.has(k));
    sheet.addRow(keys.length ? keys : ['（无）']).font = { bold: true };
    for (const d of docs) sheet.addRow(keys.map((k) => cell(d[k])));
  }
  const base64 = Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
  return { fileName: `红帆-我的数据-${now.toISOString().slice(0, 10)}.xlsx`, base64, counts };
}
