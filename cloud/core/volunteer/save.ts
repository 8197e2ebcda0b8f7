// 发布活动: an organiser creates or edits a draft or a published activity.
import { randomBytes } from 'node:crypto';
import type * as z from 'zod/mini';
import type { Activity, ActivityDraftInput } from '../../../contracts/volunteer';
import { requireBranchScope, type Actor } from '../access';
import { AppError } from '../errors';
import { findBranch } from '../org/branches';
import type { BranchDoc } from '../org/docs';
import type { ItemSnapshot } from '../points/docs';
import { categoryName, loadStandard } from '../points/standard';
import { _, updatedCount } from '../sdk';
import { checkContent } from './content-check';
import { activities, enrollments, ms, toActivity, type ActivityDoc } from './docs';
import { fillSeats } from './seats';
import { requireActiveStation } from '../stations/scope';
import { parseTime } from './times';
import { loadActivity, loadManaged } from './views';

type Draft = z.output<typeof ActivityDraftInput>;

interface Times {
  startAt: Date;
  endAt: Date;
  signupDeadline: Date;
  cancelDeadline: Date;
}

function parseTimes(input: Draft): Times {
  const t = {
    startAt: parseTime(input.startAt, '开始时间'),
    endAt: parseTime(input.endAt, '结束时间'),
    signupDeadline: parseTime(input.signupDeadline, '报名截止时间'),
    cancelDeadline: parseTime(input.cancelDeadline, '取消截止时间'),
  };
  if (t.endAt <= t.startAt) throw new AppError('INVALID_INPUT', '结束时间须晚于开始时间');
  if (t.signupDeadline > t.startAt) throw new AppError('INVALID_INPUT', '报名截止须不晚于开始时间');
  if (t.cancelDeadline > t.startAt) throw new AppError('INVALID_INPUT', '取消截止须不晚于开始时间');
  return t;
}

interface PointsSnapshot {
  pointsItemId: string | null;
  pointsItemName: string | null;
  points: number;
  pointsItem: ItemSnapshot | null;
}

/** The points item attendance grants, as the org's standard has it now (later edits do not change it). */
async function snapshotItem(orgId: string, itemId: string | null): Promise<PointsSnapshot> {
  if (!itemId) return { pointsItemId: null, pointsItemName: null, points: 0, pointsItem: null };
  const standard = await loadStandard(orgId);
  const item = standard.items.find((i) => i.id === itemId);
  if (!item) throw new AppError('INVALID_INPUT', '积分项目不存在');
  if (!item.active) throw new AppError('INVALID_INPUT', '该积分项目已停用');
  if (item.points <= 0) throw new AppError('INVALID_INPUT', '请选择加分的积分项目');
  return {
    pointsItemId: item.id,
    pointsItemName: item.name,
    points: item.points,
    pointsItem: {
      itemId: item.id,
      itemName: item.name,
      categoryId: item.categoryId,
      categoryName: categoryName(standard, item.categoryId),
    },
  };
}

/** What an edit sets as the organiser typed it (capacity and points item go through their own checks). */
function draftFields(input: Draft, times: Times, now: Date) {
  return {
    title: input.title,
    cover: input.cover,
    description: input.description,
    place: input.place,
    ...times,
    waitlist: input.waitlist,
    serviceHours: input.serviceHours,
    audience: input.audience,
    stationId: input.stationId ?? null,
    updatedAt: now,
  };
}

export async function saveActivity(actor: Actor, name: string, input: Draft, now: Date): Promise<Activity> {
  const times = parseTimes(input);
  if (input.stationId) await requireActiveStation(input.stationId);
  const fields = draftFields(input, times, now);
  const texts = [input.title, input.description, input.place.name];
  if (!input.id) {
    const branch = await organiserBranch(actor);
    await checkContent(actor.openid, texts);
    return toActivity(await create(actor, name, branch, input, fields, now));
  }

  const current = await loadManaged(actor, input.id);
  if (current.status !== 'draft' && current.status !== 'published') {
    throw new AppError('CONFLICT', '活动已结束或已取消，不能修改');
  }
  await checkContent(actor.openid, texts);
  const points = await snapshotItem(current.orgId, input.pointsItemId);
  const changed = await updatedCount(
    activities()
      .where({ _id: current._id, status: _.in(['draft', 'published']) })
      .update({ data: { ...fields, ...points } }),
  );
  if (changed !== 1) throw new AppError('CONFLICT', '活动已结束或已取消，不能修改');
  const after = await setCapacity(current._id, input.capacity);
  if (after.status === 'published') {
    if (ms(current.startAt) !== times.startAt.getTime() || ms(current.endAt) !== times.endAt.getTime()) {
      // Each sign-up keeps the times its owner's list pages by.
      await enrollments()
        .where({ activityId: current._id })
        .update({ data: { startAt: times.startAt, endAt: times.endAt } });
    }
    if (input.capacity === 0 || input.capacity > current.capacity) await fillSeats(after, now);
  }
  return toActivity(await loadActivity(current._id));
}

/** An activity belongs to the organiser's own branch (an org admin posts as their branch too). */
async function organiserBranch(actor: Actor): Promise<BranchDoc> {
  const branch = actor.branchId ? await findBranch(actor.branchId) : null;
  if (!branch) throw new AppError('FORBIDDEN', '没有权限：加入支部的支部书记或单位管理员才能发布活动');
  requireBranchScope(actor, branch);
  return branch;
}

async function create(
  actor: Actor,
  name: string,
  branch: BranchDoc,
  input: Draft,
  fields: ReturnType<typeof draftFields>,
  now: Date,
): Promise<ActivityDoc> {
  const doc: ActivityDoc = {
    _id: `act${now.getTime().toString(36)}${randomBytes(4).toString('hex')}`,
    orgId: branch.orgId,
    branchId: branch._id,
    branchName: branch.name,
    ...fields,
    capacity: input.capacity,
    remaining: input.capacity,
    ...(await snapshotItem(branch.orgId, input.pointsItemId)),
    status: 'draft',
    enrolled: 0,
    waitlisted: 0,
    createdAt: now,
    createdBy: actor.openid,
    createdByName: name,
    cancelReason: null,
    secret: randomBytes(16).toString('hex'),
    closedAt: null,
  };
  await activities().add({ data: doc });
  return doc;
}

/**
 * Sets the capacity and the free seats with it: remaining == capacity - enrolled for a limited
 * activity (seats move both counters in one update), so the new remaining is exact as long as
 * `enrolled` has not moved since it was read, which the update's condition checks.
 */
async function setCapacity(id: string, capacity: number): Promise<ActivityDoc> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const a = await loadActivity(id);
    if (a.capacity === capacity) return a;
    if (capacity > 0 && capacity < a.enrolled) {
      throw new AppError('CONFLICT', `人数不能少于已报名的 ${a.enrolled} 人`);
    }
    const remaining = capacity > 0 ? capacity - a.enrolled : 0;
    const changed = await updatedCount(
      activities()
        .where({ _id: id, capacity: a.capacity, enrolled: a.enrolled })
        .update({ data: { capacity, remaining } }),
    );
    if (changed === 1) return { ...a, capacity, remaining };
  }
  throw new AppError('CONFLICT', '报名人数正在变化，请稍后重试');
}
