// 发布活动: an organiser creates (once per request id) or edits a draft or a published activity.
import { randomBytes } from 'node:crypto';
import type * as z from 'zod/mini';
import type { Activity, ActivityDraftInput } from '../../../contracts/volunteer';
import { requireBranchScope, type Actor } from '../access';
import { AppError } from '../errors';
import { findBranch } from '../org/branches';
import type { BranchDoc } from '../org/docs';
import type { ItemSnapshot } from '../points/docs';
import { categoryName, loadStandard } from '../points/standard';
import { requestDocId } from '../request-id';
import { countStatus, fill, resize } from '../seats';
import { _, isDuplicateKey, updatedCount } from '../sdk';
import { checkActivityLinks } from '../brands/activities';
import { checkContent } from './content-check';
import { acceptImages } from '../content/images';
import { activities, enrollments, ms, type ActivityDoc } from './docs';
import { ENROLLMENT_SEATS } from './seats';
import { requireActiveStation } from '../stations/scope';
import { parseTime } from './times';
import { loadActivity, loadManaged, publicActivity } from './views';
import { quoted } from '../../../contracts/quotes';

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

/**
 * A published activity's times: never moved to start in the past (closing it at once would credit
 * attendance that never happened), and fixed once it has started (hours are counted within them).
 */
function checkPublishedTimes(current: ActivityDoc, t: Times, now: Date): void {
  if (ms(current.startAt) === t.startAt.getTime() && ms(current.endAt) === t.endAt.getTime()) return;
  if (now.getTime() >= ms(current.startAt)) throw new AppError('CONFLICT', '活动已开始，不能再修改活动时间');
  if (t.startAt.getTime() <= now.getTime()) throw new AppError('INVALID_INPUT', '开始时间须晚于现在');
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
  if (!item.forActivities) throw new AppError('INVALID_INPUT', `${quoted(item.name)}不能用于志愿活动，请选择积分标准中标明可用于志愿活动的项目`);
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
    ...(input.projectId !== undefined && { projectId: input.projectId }),
    ...(input.allianceId !== undefined && { allianceId: input.allianceId }),
  };
}

export async function saveActivity(actor: Actor, name: string, input: Draft, now: Date): Promise<Activity> {
  const times = parseTimes(input);
  if (input.stationId) await requireActiveStation(input.stationId);
  const fields = draftFields(input, times, now);
  const texts = [input.title, input.description, input.place.name];
  if (!input.id) {
    const branch = await organiserBranch(actor);
    await checkActivityLinks(branch, links(input));
    await checkContent(actor.openid, texts);
    await acceptImages(actor.openid, input.cover ? [input.cover] : [], { noun: '封面图片' }, now);
    return publicActivity(await create(actor, name, branch, input, fields, now));
  }

  const current = await loadManaged(actor, input.id);
  if (current.status !== 'draft' && current.status !== 'published') {
    throw new AppError('CONFLICT', '活动已结束或已取消，不能修改');
  }
  const published = current.status === 'published';
  if (published) checkPublishedTimes(current, times, now);
  await checkActivityLinks({ _id: current.branchId, orgId: current.orgId }, links(input));
  await checkContent(actor.openid, texts);
  await acceptImages(actor.openid, input.cover ? [input.cover] : [], { noun: '封面图片', kept: current.cover ? [current.cover] : [] }, now);
  const points = await pointsChange(current, input.pointsItemId);
  const changed = await updatedCount(
    activities()
      // A new points item only while nobody holds a seat (checked again here, atomically).
      .where({ _id: current._id, status: _.in(['draft', 'published']), ...(points && published ? { enrolled: 0 } : {}) })
      .update({ data: { ...fields, ...points } }),
  );
  if (changed !== 1) throw new AppError('CONFLICT', points ? SIGNED_UP : '活动已结束或已取消，不能修改');
  const after = await resize<ActivityDoc>(ENROLLMENT_SEATS, current._id, input.capacity);
  if (after.status === 'published') {
    if (ms(current.startAt) !== times.startAt.getTime() || ms(current.endAt) !== times.endAt.getTime()) {
      // Each sign-up keeps the times its owner's list pages by.
      await enrollments()
        .where({ activityId: current._id })
        .update({ data: { startAt: times.startAt, endAt: times.endAt } });
    }
    if (input.capacity === 0 || input.capacity > current.capacity) await fill(ENROLLMENT_SEATS, after, now);
  }
  return publicActivity(await loadActivity(current._id));
}

const SIGNED_UP = '已有人报名，不能更换积分项目';

/**
 * The points item an edit sets: null when unchanged (people signed up for the snapshot they saw,
 * which later edits of the standard do not change); a new one only before anyone signed up.
 */
async function pointsChange(current: ActivityDoc, itemId: string | null): Promise<PointsSnapshot | null> {
  if (itemId === current.pointsItemId) return null;
  if (current.status === 'published') {
    const waiting = await countStatus(ENROLLMENT_SEATS, current._id, 'waitlisted');
    if (current.enrolled > 0 || waiting > 0) throw new AppError('CONFLICT', SIGNED_UP);
  }
  return snapshotItem(current.orgId, itemId);
}

const links = (input: Draft) => ({ projectId: input.projectId ?? null, allianceId: input.allianceId ?? null });

/** An activity belongs to the organiser's own branch (an org admin posts as their branch too). */
async function organiserBranch(actor: Actor): Promise<BranchDoc> {
  const branch = actor.branchId ? await findBranch(actor.branchId) : null;
  if (!branch) throw new AppError('FORBIDDEN', '没有权限：加入支部的支部书记或单位管理员才能发布活动');
  requireBranchScope(actor, branch);
  return branch;
}

/** A new draft, `_id` from the organiser's request id: a retried save answers with the first draft. */
async function create(
  actor: Actor,
  name: string,
  branch: BranchDoc,
  input: Draft,
  fields: ReturnType<typeof draftFields>,
  now: Date,
): Promise<ActivityDoc> {
  if (!input.requestId) throw new AppError('INVALID_INPUT', '请求编号无效');
  const doc: ActivityDoc = {
    _id: requestDocId('act', actor.openid, input.requestId),
    orgId: branch.orgId,
    branchId: branch._id,
    branchName: branch.name,
    ...fields,
    capacity: input.capacity,
    remaining: input.capacity,
    holders: [],
    ...(await snapshotItem(branch.orgId, input.pointsItemId)),
    status: 'draft',
    enrolled: 0,
    createdAt: now,
    createdBy: actor.openid,
    createdByName: name,
    cancelReason: null,
    secret: randomBytes(16).toString('hex'),
    closedAt: null,
  };
  try {
    await activities().add({ data: doc });
    return doc;
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    return loadActivity(doc._id);
  }
}
