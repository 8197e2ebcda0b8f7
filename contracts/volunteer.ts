import * as z from 'zod/mini';
import { cursor, id, requestId, text } from './fields';
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
  /** The 书记项目 or 党建联盟 it is held under (brands), or null. */
  projectId: string | null;
  allianceId: string | null;
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
  /** Points credited at close; null before close or when none. */
  points: number | null;
  /** Why close credited fewer points than the activity grants (a cap, or the organiser's own activity). */
  pointsNote: string | null;
  signedUpAt: string;
}

/** An attendee close credited fewer points than the activity grants, and why. */
export interface PointsShortfall {
  openid: string;
  name: string;
  /** Points credited (0 when skipped). */
  points: number;
  reason: string;
}

export interface CloseResult {
  activity: Activity;
  /** Attendees whose hours were recorded. */
  credited: number;
  shortfalls: PointsShortfall[];
}

// ---- inputs ---------------------------------------------------------------

const isoTime = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/, '时间格式无效'));
const reason = text({ label: '原因', min: 1, max: 200 });

export const ActivityDraftInput = z
  .strictObject({
    /** Absent: a new draft. */
    id: z.optional(id),
    /** With a new draft, chosen once per attempt: a retry creates the draft once. */
    requestId: z.optional(requestId),
    title: text({ label: '标题', min: 2, max: 40 }),
    cover: z.nullable(z.string().check(z.regex(/^cloud:\/\/[^/]+\/activities\/[A-Za-z0-9_-]+\/[A-Za-z0-9._-]+$/, '封面图片无效'))),
    description: text({ label: '介绍', max: 2000, multiline: true }),
    place: z.strictObject({
      name: text({ label: '地点', min: 1, max: 60 }),
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
    /** Held under a 书记项目 of the organisation or a 党建联盟 the branch is in; absent: unchanged. */
    projectId: z.optional(z.nullable(id)),
    allianceId: z.optional(z.nullable(id)),
    /** Held at a crew station: listed on its page. */
    stationId: z.optional(z.nullable(id)),
  })
  .check(
    z.refine((v) => !!v.id || !!v.requestId, { message: '请求编号无效', path: ['requestId'] }),
    z.refine((v) => v.endAt > v.startAt, { message: '结束时间须晚于开始时间', path: ['endAt'] }),
    z.refine((v) => v.signupDeadline <= v.startAt, { message: '报名截止须不晚于开始时间', path: ['signupDeadline'] }),
    z.refine((v) => v.cancelDeadline <= v.startAt, { message: '取消截止须不晚于开始时间', path: ['cancelDeadline'] }),
  );

export const ListActivitiesInput = z.strictObject({ filter: z.enum(['open', 'mine', 'past']), cursor });
export const ActivityIdInput = z.strictObject({ id });
export const CancelActivityInput = z.strictObject({ id, reason });
export const MyActivitiesInput = z.strictObject({ when: z.enum(['upcoming', 'ongoing', 'past']), cursor });
export const MyHoursInput = z.optional(z.strictObject({}));

/** 我的活动's headline: service hours credited to the caller, in all, and over how many activities. */
export interface MyHours {
  hours: number;
  activities: number;
}
/** Check-in opens an hour before the start and closes two hours after the end (the app shows the box only then). */
export const CHECKIN_WINDOW = { opensBeforeMs: 3600_000, closesAfterMs: 2 * 3600_000 } as const;

/** Where now is against an activity's check-in window. */
export function checkinPhase(a: { startAt: string | Date; endAt: string | Date }, now: number): 'early' | 'open' | 'closed' {
  if (now < new Date(a.startAt).getTime() - CHECKIN_WINDOW.opensBeforeMs) return 'early';
  if (now > new Date(a.endAt).getTime() + CHECKIN_WINDOW.closesAfterMs) return 'closed';
  return 'open';
}

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
