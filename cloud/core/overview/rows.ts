// Shared shapes of the overview: the rows a table is made of (one per branch of the scope, and a
// 合计 row for a whole organisation), and the small numeric helpers the tables use.
import type { OverviewTable } from '../../../contracts/overview';
import type { Scope } from '../access';
import { listBranchDocs } from '../org/branches';
import type { BranchDoc } from '../org/docs';
import { byName } from '../sort';

export const MONTHS = Array.from({ length: 12 }, (_v, i) => `${i + 1}月`);
export const TOTAL = '合计';

/** The branches a scope covers, in the order Chinese readers expect. */
export async function scopeBranches(scope: Scope): Promise<BranchDoc[]> {
  return scope.branch ? [scope.branch] : (await listBranchDocs(scope.orgId)).sort(byName);
}

export const round1 = (n: number) => Math.round(n * 10) / 10;
export const percent = (part: number, whole: number) => (whole > 0 ? round1((part / whole) * 100) : null);

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Adds a 合计 row (column sums) when the scope is a whole organisation. */
export function withTotal(scope: Scope, rows: OverviewTable['rows']): OverviewTable['rows'] {
  if (scope.branch || rows.length === 0) return rows;
  const width = rows[0]!.values.length;
  const sums = Array.from({ length: width }, (_v, i) => round1(rows.reduce((s, r) => s + (r.values[i] ?? 0), 0)));
  return [...rows, { label: TOTAL, values: sums }];
}

/** The China-time month (1–12) of a moment. */
export const chinaMonth = (d: Date | string) => new Date(new Date(d).getTime() + 8 * 3600_000).getUTCMonth() + 1;
