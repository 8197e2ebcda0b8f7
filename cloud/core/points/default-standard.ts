/**
 * The standard an org uses until its admin saves its own: a 党支部党员量化积分参考标准 after the
 * 济宁港航 practice (source 001: 党员量化积分管理, 主题党日制度, 党员示范岗/责任区, 志愿服务,
 * 评星定级). Yearly scale: five stars at 100 points.
 */
import type { PointsCategory, PointsItem, PointsStandard, StarLevel } from '../../../contracts/points';

/** The 志愿服务 category: its items are the ones volunteer activities may grant. */
const VOLUNTEER = 'volunteer';

const CATEGORIES: PointsCategory[] = [
  { id: 'study', name: '政治学习' },
  { id: 'org_life', name: '组织生活' },
  { id: VOLUNTEER, name: '志愿服务' },
  { id: 'pioneer', name: '先锋作用' },
  { id: 'honor', name: '荣誉奖励' },
  { id: 'deduction', name: '扣分项' },
];

type Caps = PointsItem['caps'];

/** A member claims it, the branch approves. */
const claimable = (
  id: string,
  categoryId: string,
  name: string,
  points: number,
  caps: Caps,
  evidenceRequired = false,
): PointsItem => ({
  id,
  categoryId,
  name,
  points,
  caps,
  evidenceRequired,
  claimable: true,
  active: true,
  forActivities: categoryId === VOLUNTEER,
});

/** Only the branch (or the org) records it. */
const awarded = (id: string, categoryId: string, name: string, points: number, caps: Caps = {}): PointsItem => ({
  id,
  categoryId,
  name,
  points,
  caps,
  evidenceRequired: false,
  claimable: false,
  active: true,
  forActivities: categoryId === VOLUNTEER,
});

const ITEMS: PointsItem[] = [
  claimable('study_session', 'study', '参加集中学习（专题党课、理论学习）', 2, { month: 8 }),
  claimable('study_xxqg', 'study', '“学习强国”月度学习达标', 2, { month: 2 }, true),
  claimable('study_essay', 'study', '撰写学习心得或理论文章', 3, { month: 3, year: 12 }, true),
  claimable('org_meeting', 'org_life', '参加“三会一课”', 3, { month: 9 }),
  claimable('org_party_day', 'org_life', '参加主题党日活动', 3, { month: 3 }, true),
  // Volunteer activities grant this item too, once they exist.
  claimable('volunteer_service', 'volunteer', '参加志愿服务活动', 5, { month: 10, year: 40 }, true),
  claimable('volunteer_crew', 'volunteer', '红色驿站、海员之家服务船员', 3, { month: 9 }, true),
  awarded('pioneer_post', 'pioneer', '党员示范岗、党员责任区履职', 5, { month: 5 }),
  awarded('pioneer_task', 'pioneer', '急难险重任务中攻坚克难', 5, { year: 20 }),
  awarded('honor_city', 'honor', '获市级以上表彰', 10, { year: 30 }),
  awarded('honor_unit', 'honor', '获中心（单位）表彰', 5, { year: 15 }),
  awarded('deduct_absent', 'deduction', '无故缺席组织生活', -5),
  awarded('deduct_dues', 'deduction', '未按时足额交纳党费', -3),
  awarded('deduct_discipline', 'deduction', '违反纪律规定', -10),
];

const STARS: StarLevel[] = [
  { stars: 1, minPoints: 20 },
  { stars: 2, minPoints: 40 },
  { stars: 3, minPoints: 60 },
  { stars: 4, minPoints: 80 },
  { stars: 5, minPoints: 100 },
];

/**
 * Whether an item saved without the `forActivities` flag (by an older app, or before the flag
 * existed) is for activities: as in the default standard, the items of the 志愿服务 category.
 */
export function forActivitiesByDefault(categoryId: string, categories: readonly PointsCategory[]): boolean {
  return categoryId === VOLUNTEER || (categories.find((c) => c.id === categoryId)?.name.includes('志愿') ?? false);
}

/** Version 0: the first save by an org admin (baseVersion 0) makes version 1. */
export function defaultStandard(orgId: string): PointsStandard {
  return {
    orgId,
    version: 0,
    categories: CATEGORIES.map((c) => ({ ...c })),
    items: ITEMS.map((i) => ({ ...i, caps: { ...i.caps } })),
    stars: STARS.map((s) => ({ ...s })),
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}
