import type * as z from 'zod/mini';
import type { SaveStandardInput } from '../../../contracts/points';
import { AppError } from '../errors';
import { quoted } from '../../../contracts/quotes';

const invalid = (message: string) => new AppError('INVALID_INPUT', message);

function checkUnique(values: readonly string[], what: string): void {
  const seen = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) throw invalid(`${what}${quoted(v)}重复`);
    seen.add(v);
  }
}

/**
 * What the schema cannot say about a standard: unique ids and names, references between its parts,
 * caps, star order. (The schema's `id` already keeps ids safe as field names: totals.byCategory.<id>.)
 */
export function checkStandard(input: z.output<typeof SaveStandardInput>): void {
  const { categories, items, stars } = input;
  checkUnique(
    categories.map((c) => c.id),
    '类别编号',
  );
  checkUnique(
    categories.map((c) => c.name),
    '类别名称',
  );
  checkUnique(
    items.map((i) => i.id),
    '项目编号',
  );
  const categoryIds = new Set(categories.map((c) => c.id));
  for (const item of items) {
    if (!categoryIds.has(item.categoryId)) throw invalid(`项目${quoted(item.name)}的类别不存在`);
    if (item.claimable && item.points < 0) throw invalid(`扣分项目${quoted(item.name)}不能由党员自行申报`);
    if (item.forActivities && item.points < 0) throw invalid(`扣分项目${quoted(item.name)}不能用于志愿活动`);
    for (const cap of Object.values(item.caps)) {
      if (cap !== undefined && cap < Math.abs(item.points)) throw invalid(`项目${quoted(item.name)}的上限不能小于单项分值`);
    }
  }
  const levels = [...stars].sort((a, b) => a.stars - b.stars);
  checkUnique(
    levels.map((s) => String(s.stars)),
    '星级',
  );
  for (let i = 1; i < levels.length; i++) {
    if (levels[i]!.minPoints <= levels[i - 1]!.minPoints) throw invalid('星级越高，所需积分应越多');
  }
}
