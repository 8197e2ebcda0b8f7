import type { PointsStandard } from '../../../contracts/points';

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
    ...standard.categories.map((c) => ({ categoryId: c.id, name: c.name, points: byCategory[c.id] ?? 0 })),
    ...Object.entries(byCategory)
      .filter(([id, points]) => !known.has(id) && points !== 0)
      .map(([id, points]) => ({ categoryId: id, name: '其他（已调整的类别）', points })),
  ];
}
