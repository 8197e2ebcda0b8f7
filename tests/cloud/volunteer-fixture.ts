// Volunteer activities for tests: as the app sends a draft, and as stored (for times the API would not allow now).
import type { ActivityDoc } from '../../cloud/core/volunteer/docs';

export const HOUR = 3600 * 1000;
export const at = (offsetMs: number) => new Date(Date.now() + offsetMs);
export const isoAt = (offsetMs: number) => at(offsetMs).toISOString();

let requests = 0;

/** A draft as the app sends it: starts in a day, sign-up open till then; a new one carries a fresh request id. */
export function draftInput(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...(over['id'] ? {} : { requestId: `draft-request-${Date.now().toString(36)}-${++requests}` }),
    title: '水上安全知识进校园',
    cover: null,
    description: '走进济宁港航小学，讲解防溺水与水上安全知识。',
    place: { name: '济宁市任城区港航小学', lat: null, lng: null },
    startAt: isoAt(24 * HOUR),
    endAt: isoAt(27 * HOUR),
    signupDeadline: isoAt(20 * HOUR),
    cancelDeadline: isoAt(22 * HOUR),
    capacity: 10,
    waitlist: true,
    serviceHours: 0,
    pointsItemId: 'volunteer_service',
    audience: 'branch',
    ...over,
  };
}

/** A published activity of br_a1 (org_a) as stored, starting in an hour, granting 志愿服务 points. */
export function activityDoc(id: string, over: Partial<ActivityDoc> = {}): ActivityDoc {
  const capacity = over.capacity ?? 10;
  return {
    _id: id,
    orgId: 'org_a',
    branchId: 'br_a1',
    branchName: '机关第一党支部',
    title: '植树',
    cover: null,
    description: '',
    place: { name: '南四湖湿地', lat: null, lng: null },
    startAt: at(HOUR),
    endAt: at(3 * HOUR),
    signupDeadline: at(HOUR),
    cancelDeadline: at(HOUR),
    capacity,
    remaining: capacity,
    holders: [],
    waitlist: true,
    serviceHours: 0,
    pointsItemId: 'volunteer_service',
    pointsItemName: '参加志愿服务活动',
    points: 5,
    pointsItem: { itemId: 'volunteer_service', itemName: '参加志愿服务活动', categoryId: 'volunteer', categoryName: '志愿服务' },
    audience: 'public',
    status: 'published',
    enrolled: 0,
    createdAt: at(-48 * HOUR),
    createdBy: 'sec_a1',
    createdByName: '赵志刚',
    updatedAt: at(-48 * HOUR),
    cancelReason: null,
    secret: `secret-${id}`,
    closedAt: null,
    ...over,
  };
}
