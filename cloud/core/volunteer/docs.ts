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
 * (never leaves the server), the points item's snapshot, and `remaining`: free seats while
 * capacity > 0 (capacity == enrolled + remaining, up to a seat in flight), taken by a conditional
 * decrement so that concurrent sign-ups never overbook.
 */
export type ActivityDoc = Omit<
  Activity,
  'id' | 'startAt' | 'endAt' | 'signupDeadline' | 'cancelDeadline' | 'createdAt'
> & {
  _id: string;
  startAt: Date;
  endAt: Date;
  signupDeadline: Date;
  cancelDeadline: Date;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  remaining: number;
  pointsItem: ItemSnapshot | null;
  secret: string;
  closedAt: Date | null;
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
  credited: boolean;
  cancelledAt: Date | null;
}

export const enrollmentId = (activityId: string, openid: string) => `${activityId}_${openid}`;

export function toActivity(a: ActivityDoc): Activity {
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
    waitlisted: Math.max(0, a.waitlisted),
    createdAt: iso(a.createdAt),
    createdByName: a.createdByName,
    cancelReason: a.cancelReason,
    stationId: a.stationId ?? null,
  };
}

export const iso = (d: Date | string) => new Date(d).toISOString();
export const ms = (d: Date | string) => new Date(d).getTime();
