// The stored shapes of 志愿服务: activities and enrollments (one per person and activity).
import type { Activity, EnrollmentStatus } from '../../../contracts/volunteer';
import type { ItemSnapshot } from '../points/docs';
import { db } from '../sdk';

export const ACTIVITIES = 'activities';
export const ENROLLMENTS = 'enrollments';

export const activities = () => db.collection(ACTIVITIES);
export const enrollments = () => db.collection(ENROLLMENTS);

/**
 * An activity as stored: the shared Activity with real Dates, who made it, the check-in secret
 * (never leaves the server: toActivity lists what does), the points item's snapshot, and its seats
 * (a seat pool, see core/seats): `holders` who have a seat, `enrolled` == holders.length,
 * `remaining` free seats while capacity > 0, all three moved in one atomic update. How many wait
 * is counted from the enrollments, never stored.
 */
export type ActivityDoc = Omit<
  Activity,
  'id' | 'startAt' | 'endAt' | 'signupDeadline' | 'cancelDeadline' | 'createdAt' | 'waitlisted' | 'projectId' | 'allianceId'
> & {
  /** Absent on activities stored before brands linked them. */
  projectId?: string | null;
  allianceId?: string | null;
  _id: string;
  startAt: Date;
  endAt: Date;
  signupDeadline: Date;
  cancelDeadline: Date;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  remaining: number;
  /** Absent only on activities stored before seat holders existed (heal adds it). */
  holders?: string[];
  pointsItem: ItemSnapshot | null;
  secret: string;
  closedAt: Date | null;
  /** Hours credited to all attendees, set when closing (brands' live figures read it); absent before. */
  creditedHours?: number;
};

/**
 * One person's sign-up, `_id` = `<activityId>_<openid>`: a second sign-up is a duplicate `_id`.
 * `seqKey` orders the waitlist (arrival: server time, then a tiebreak); activity times are copied
 * so the caller's own list pages by them.
 */
export interface EnrollmentDoc {
  _id: string;
  activityId: string;
  openid: string;
  status: EnrollmentStatus;
  seqKey: string;
  signedUpAt: Date;
  startAt: Date;
  endAt: Date;
  checkedInAt: Date | null;
  checkedOutAt: Date | null;
  markedReason: string | null;
  markedBy: string | null;
  hours: number | null;
  points: number | null;
  /** Why close credited fewer points than the activity grants. */
  pointsNote?: string | null;
  credited: boolean;
  cancelledAt: Date | null;
}

export const enrollmentId = (activityId: string, openid: string) => `${activityId}_${openid}`;

/** A new sign-up's record: waiting in line until it takes a seat (see core/seats). */
export function newEnrollment(a: Pick<ActivityDoc, '_id' | 'startAt' | 'endAt'>, openid: string, seqKey: string, now: Date): EnrollmentDoc {
  return {
    _id: enrollmentId(a._id, openid),
    activityId: a._id,
    openid,
    status: 'waitlisted',
    seqKey,
    signedUpAt: now,
    startAt: a.startAt,
    endAt: a.endAt,
    checkedInAt: null,
    checkedOutAt: null,
    markedReason: null,
    markedBy: null,
    hours: null,
    points: null,
    pointsNote: null,
    credited: false,
    cancelledAt: null,
  };
}

/** What the app may see of an activity (never its secret or seat holders); `waitlisted` is counted by the caller. */
export function toActivity(a: ActivityDoc, waitlisted: number): Activity {
  return {
    id: a._id,
    orgId: a.orgId,
    branchId: a.branchId,
    branchName: a.branchName,
    title: a.title,
    cover: a.cover,
    description: a.description,
    place: a.place,
    startAt: iso(a.startAt),
    endAt: iso(a.endAt),
    signupDeadline: iso(a.signupDeadline),
    cancelDeadline: iso(a.cancelDeadline),
    capacity: a.capacity,
    waitlist: a.waitlist,
    serviceHours: a.serviceHours,
    pointsItemId: a.pointsItemId,
    pointsItemName: a.pointsItemName,
    points: a.points,
    audience: a.audience,
    status: a.status,
    enrolled: Math.max(0, a.enrolled),
    waitlisted,
    createdAt: iso(a.createdAt),
    createdByName: a.createdByName,
    cancelReason: a.cancelReason,
    projectId: a.projectId ?? null,
    allianceId: a.allianceId ?? null,
    stationId: a.stationId ?? null,
  };
}

export const iso = (d: Date | string) => new Date(d).toISOString();
export const ms = (d: Date | string) => new Date(d).getTime();
