// 流动党员: a party member of another organisation who attends an activity held at a crew station
// (驿站) gets its points in their own branch's ledger, as their own organisation's standard values
// them — the standard, its caps and its ranking are per organisation, so the points must be too.
// The item: the one of the same id in their standard (standards start from the same default),
// else of the same name, else of the same category, else their first item usable by volunteer
// activities; none usable, no points (the hours are recorded all the same).
import type { PointsItem } from '../../../contracts/points';
import type { ItemSnapshot } from '../points/docs';
import { categoryName, loadStandard } from '../points/standard';

export interface OwnItem {
  item: PointsItem;
  snapshot: ItemSnapshot;
  points: number;
}

/** The activity's item as the member's own organisation has it, or null when it has none for activities. */
export async function visitingItem(orgId: string, activityItem: ItemSnapshot): Promise<OwnItem | null> {
  const standard = await loadStandard(orgId);
  const usable = standard.items.filter((i) => i.active && i.forActivities && i.points > 0);
  const item =
    usable.find((i) => i.id === activityItem.itemId) ??
    usable.find((i) => i.name === activityItem.itemName) ??
    usable.find((i) => i.categoryId === activityItem.categoryId) ??
    usable[0];
  if (!item) return null;
  return {
    item,
    snapshot: { itemId: item.id, itemName: item.name, categoryId: item.categoryId, categoryName: categoryName(standard, item.categoryId) },
    points: item.points,
  };
}
