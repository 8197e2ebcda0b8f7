import type { PointsStandard } from '../../../contracts/points';

/**
 * A member's points in one category. Stored maps are keyed by category id, and an id such as
 * `constructor` or `toString` must read as 0, never as what Object.prototype holds under that name.
 */
export function pointsIn(byCategory: Readonly<Record<string, number>>, categoryId: string): number {
  if (!Object.hasOwn(byCategory, categoryId)) return 0;
  const n = byCategory[categoryId];
  return typeof n === 'number' && Number.isFinite(n) ? n : 0;
}

/**
 * The standard's categories with the member's points in each, then any category the member has
 * points in that the standard no longer lists (points granted under an earlier version stay theirs).
 */
export function categoryPoints(
  standard: PointsStandard,
  byCategory: Readonly<Record<string, number>>,
): Array<{ categoryId: string; name: string; points: number }> {
  const known = new Set(standard.categories.map((c) => c.id));
  return [
    ...standard.categories.map((c) => ({ categoryId: c.id, name: c.name, points: pointsIn(byCategory, c.id) })),
    ...Object.keys(byCategory)
      .map((id) => [id, pointsIn(byCategory, id)] as const)
      .filter(([id, points]) => !known.has(id) && points !== 0)
      .map(([id, points]) => ({ categoryId: id, name: '其他（已调整的类别）', points })),
  ];
}
