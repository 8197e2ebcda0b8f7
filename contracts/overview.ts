import * as z from 'zod/mini';
import './validation';
import { id } from './fields';

/**
 * 组织概况: the org admin's whole organisation, or a secretary's own branch, as small tables the
 * app draws as charts and exports as .xlsx.
 */

/** A table: one row per branch (or per month), one value per column; null where nothing is known. */
export interface OverviewTable {
  key: 'starsByBranch' | 'hoursByMonth' | 'claimTurnaround' | 'participation';
  title: string;
  /** What the values count: 人, 小时, 小时（中位数）, %. */
  unit: string;
  columns: string[];
  rows: Array<{ label: string; values: Array<number | null> }>;
  /** How the numbers are made, in a sentence the page shows under the chart. */
  note: string;
}

export interface Overview {
  orgId: string;
  /** null: the whole organisation. */
  branchId: string | null;
  scopeName: string;
  year: number;
  asOf: string;
  /** 党员星级分布：每个支部各星级人数（0 = 未达一星）. */
  starsByBranch: OverviewTable;
  /** 志愿服务时长：每个支部每月（本年，按活动所属支部与开始月份）. */
  hoursByMonth: OverviewTable;
  /** 积分审核用时：提交到审核的中位数（小时），每个支部每月. */
  claimTurnaround: OverviewTable;
  /** 参与率：有积分、参加志愿活动的党员占比（%）. */
  participation: OverviewTable;
}

const year = z.optional(z.int().check(z.gte(2000, '年份无效'), z.lte(2100, '年份无效')));

/** Org admin: the whole org, or one branch of it; secretary: their own branch (branchId may be omitted). */
export const OverviewInput = z.optional(z.strictObject({ branchId: z.optional(id), year }));
