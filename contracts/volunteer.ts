import * as z from 'zod/mini';
import './validation';

/** 志愿服务: activities posted by branches; sign-up with a waitlist; check-in; hours and points once. */

export type ActivityStatus = 'draft' | 'published' | 'cancelled' | 'finished';
/** branch: the posting branch's members; members: every party member of the org; public: anyone, crew included. */
export type Audience = 'branch' | 'members' | 'public';

export interface Activity {
  id: string;
  orgId: string;
  branchId: string;
  branchName: string;
  title: string;
  /** cloud:// file ID, or null. */
  cover: string | null;
  description: string;
  place: { name: string; lat: number | null; lng: number | null };
  startAt: string;
  endAt: string;
  signupDeadline: string;
  cancelDeadline: string;
  /** 0 = unlimited. */
  capacity: number;
  waitlist: boolean;
  serviceHours: number;
  /** The points item attendance grants, from the org's standard; null = no points. */
  pointsItemId: string | null;
  pointsItemName: string | null;
  points: number;
  audience: Audience;
  status: ActivityStatus;
  enrolled: number;
  waitlisted: number;
  createdAt: string;
  createdByName: string;
  cancelReason: string | null;
  /** The crew station it is held at, if any (shown on the station's page). */
  stationId?: string | null;
}

export type EnrollmentStatus = 'enrolled' | 'waitlisted' | 'cancelled';

export interface MyEnrollment {
  activityId: string;
  status: EnrollmentStatus;
  /** 1-based place in the waitlist, while waitlisted. */
  waitlistPosition: number | null;
  checkedInAt: string | null;
  checkedOutAt: string | null;
  /** Service hours credited when the activity was closed. */
  hours: number | null;
  points: number | null;
}

/** The sign-up button: 报名, 已报名, 候补第N位, 已满, 已截止 (and for drafts/cancelled/finished, 不可报名). */
export type SignupState = 'open' | 'enrolled' | 'waitlisted' | 'full' | 'closed' | 'unavailable';

export interface ActivityView extends Activity {
  mine: MyEnrollment | null;
  signupState: SignupState;
  /** The caller organises it (branch admin of its branch, or org admin): may edit, check people in, close. */
  canManage: boolean;
}

export interface RosterEntry {
  openid: string;
  name: string;
  phone: string | null;
  status: EnrollmentStatus;
  waitlistPosition: number | null;
  checkedInAt: string | null;
  checkedOutAt: string | null;
  /** Set when attendance was marked by hand. */
  markedReason: string | null;
  hours: number | null;
  signedUpAt: string;
}

// ---- inputs ---------------------------------------------------------------

const id = z.string().check(z.trim(), z.minLength(1, '缺少编号'), z.maxLength(64, '编号过长'));
const cursor = z.optional(z.nullable(z.string().check(z.maxLength(200))));
const isoTime = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/, '时间格式无效'));
const reason = z.string().check(z.trim(), z.minLength(1, '请填写原因'), z.maxLength(200, '原因最多 200 个字'));

export const ActivityDraftInput = z
  .strictObject({
    /** Absent: a new draft. */
    id: z.optional(id),
    title: z.string().check(z.trim(), z.minLength(2, '标题至少 2 个字'), z.maxLength(40, '标题最多 40 个字')),
    cover: z.nullable(z.string().check(z.regex(/^cloud:\/\/[^/]+\/activities\/[A-Za-z0-9_-]+\/[A-Za-z0-9._-]+$/, '封面图片无效'))),
    description: z.string().check(z.trim(), z.maxLength(2000, '介绍最多 2000 字')),
    place: z.strictObject({
      name: z.string().check(z.trim(), z.minLength(1, '请填写地点'), z.maxLength(60, '地点最多 60 个字')),
      lat: z.nullable(z.number().check(z.gte(-90), z.lte(90))),
      lng: z.nullable(z.number().check(z.gte(-180), z.lte(180))),
    }),
    startAt: isoTime,
    endAt: isoTime,
    signupDeadline: isoTime,
    cancelDeadline: isoTime,
    capacity: z.int().check(z.gte(0, '人数不能为负'), z.lte(10000, '人数过多')),
    waitlist: z.boolean(),
    serviceHours: z.number().check(z.gte(0), z.lte(24, '单次服务时长不超过 24 小时')),
    pointsItemId: z.nullable(id),
    audience: z.enum(['branch', 'members', 'public']),
    /** Held at a crew station: listed on its page. */
    stationId: z.optional(z.nullable(id)),
  })
  .check(
    z.refine((v) => v.endAt > v.startAt, { message: '结束时间须晚于开始时间', path: ['endAt'] }),
    z.refine((v) => v.signupDeadline <= v.startAt, { message: '报名截止须不晚于开始时间', path: ['signupDeadline'] }),
    z.refine((v) => v.cancelDeadline <= v.startAt, { message: '取消截止须不晚于开始时间', path: ['cancelDeadline'] }),
  );

export const ListActivitiesInput = z.strictObject({ filter: z.enum(['open', 'mine', 'past']), cursor });
export const ActivityIdInput = z.strictObject({ id });
export const CancelActivityInput = z.strictObject({ id, reason });
export const MyActivitiesInput = z.strictObject({ when: z.enum(['upcoming', 'ongoing', 'past']), cursor });
export const CheckInInput = z.strictObject({
  id,
  /** The code shown by the organiser (typed on h5, scanned from the QR on weapp). */
  code: z.string().check(z.trim(), z.regex(/^[A-Z0-9]{6}$/i, '签到码为 6 位字母或数字')),
  kind: z.enum(['in', 'out']),
});
export const MarkAttendanceInput = z.strictObject({
  id,
  openid: id,
  checkedInAt: isoTime,
  checkedOutAt: isoTime,
  reason,
});
