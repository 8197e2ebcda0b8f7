import type * as ExcelJS from 'exceljs';
import type { PointsStandard } from '../../../contracts/points';
import type { Scope } from '../access';
import { listUsers } from '../account/users';
import { AppError } from '../errors';
import { getList, MAX_LIMIT } from '../sdk';
import { byName } from '../sort';
import { totals, type TotalsDoc } from './docs';
import { pointsIn } from './categories';
import { loadStandard } from './standard';
import { starFor } from './stars';

interface Row {
  name: string;
  byCategory: Readonly<Record<string, number>>;
  total: number;
}

/** The branch's year as an .xlsx table: 姓名, a subtotal per category, 总分, 星级; highest total first. */
export async function exportBranch(scope: Scope, year: number): Promise<{ fileName: string; base64: string }> {
  const branch = scope.branch;
  if (!branch) throw new AppError('INVALID_INPUT', '请选择支部');
  const [standard, ranked, people] = await Promise.all([
    loadStandard(scope.orgId),
    getList<TotalsDoc>(
      totals().where({ branchId: branch._id, year }).orderBy('total', 'desc').orderBy('openid', 'asc').limit(MAX_LIMIT),
    ),
    listUsers({ branchId: branch._id }),
  ]);
  // Members without points this year are listed too, at 0: the table is the whole branch.
  const withPoints = new Set(ranked.map((t) => t.openid));
  const rows: Row[] = [
    ...ranked,
    ...people
      .filter((p) => p.roles.includes('member') && !withPoints.has(p._id))
      .sort(byName)
      .map((p) => ({ name: p.name, byCategory: {}, total: 0 })),
  ];
  const base64 = Buffer.from(await workbookFor(standard, year, rows)).toString('base64');
  return { fileName: `${branch.name}-${year}年党员积分.xlsx`, base64 };
}

async function workbookFor(standard: PointsStandard, year: number, rows: readonly Row[]): Promise<ArrayBuffer> {
  // Required on first use, as in roster-file.ts: exceljs is slow to load and only exports need it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Workbook } = require('exceljs') as typeof ExcelJS;
  const known = new Set(standard.categories.map((c) => c.id));
  // Points under categories the standard no longer has go to one 其他 column.
  const other = (r: Row) => Object.keys(r.byCategory).reduce((sum, id) => (known.has(id) ? sum : sum + pointsIn(r.byCategory, id)), 0);
  const hasOther = rows.some((r) => other(r) !== 0);

  const sheet = new Workbook().addWorksheet(`${year}年党员积分`);
  sheet.addRow([
    '姓名',
    ...standard.categories.map((c) => c.name),
    ...(hasOther ? ['其他'] : []),
    '总分',
    '星级',
  ]).font = { bold: true };
  for (const r of rows) {
    const star = starFor(standard.stars, r.total)?.stars ?? 0;
    sheet.addRow([
      r.name,
      ...standard.categories.map((c) => pointsIn(r.byCategory, c.id)),
      ...(hasOther ? [other(r)] : []),
      r.total,
      star ? '★'.repeat(star) : '—',
    ]);
  }
  sheet.columns.forEach((col, i) => (col.width = i === 0 ? 12 : 10));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return sheet.workbook.xlsx.writeBuffer();
}
