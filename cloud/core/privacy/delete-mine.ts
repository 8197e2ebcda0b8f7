// 注销账号: what HOLDINGS says — the person's own data removed, organisation records kept with
// nothing left that names or reaches them. Refused while the person still holds a role others
// depend on, or a sign-up or booking that has not happened yet (cancelling those frees seats for
// others, which their own actions do properly): the message says what to do first.
import { AppError } from '../errors';
import { _, db, getCount, getList } from '../sdk';
import { findUser, users } from '../account/users';
import { ENROLLMENTS } from '../volunteer/docs';
import { BOOKINGS } from '../stations/slot-docs';
import { HOLDINGS } from './holdings';
import { documentsOf } from './export-mine';
import { fileIdsIn } from '../content/media-docs';
import { fileOwner } from '../storage/uploads';
import { cloud } from '../sdk';

/**
 * The person's own uploads their records cite: claim and certificate photos (claims/ and
 * certificates/<openid>/…) and avatars (avatars/<openid>-…). Showcase pictures (brands/) stay:
 * published, they are the organisation's.
 */
function ownFiles(openid: string, docs: unknown): string[] {
  return [...fileIdsIn(docs)].filter(
    (f) => (/\/(claims|certificates)\//.test(f) && fileOwner(f) === openid) || /\/avatars\/([^/]+)-\d+\.\w+$/.exec(f)?.[1] === openid,
  );
}

/** Deletes the files before the records that cite them are blanked (a retry finds them again until then). */
async function deleteFiles(openid: string): Promise<number> {
  const cited = await Promise.all(
    HOLDINGS.filter((h) => ['users', 'pointClaims', 'certificates'].includes(h.collection)).map((h) => documentsOf(h, openid)),
  );
  const files = ownFiles(openid, cited);
  for (let i = 0; i < files.length; i += 50) {
    await cloud.deleteFile({ fileList: files.slice(i, i + 50) });
  }
  return files.length;
}

const ROLES_OTHERS_NEED = ['branch_admin', 'org_admin', 'station_staff'];

async function refuseWhileOwed(openid: string, now: Date): Promise<void> {
  const user = await findUser(openid);
  if (user?.roles.some((r) => ROLES_OTHERS_NEED.includes(r))) {
    throw new AppError('CONFLICT', '您仍担任支部书记、管理员或驿站工作人员，请先请管理员移交职务后再注销');
  }
  const upcoming = await getCount(
    db.collection(ENROLLMENTS).where({ openid, status: _.in(['enrolled', 'waitlisted']), startAt: _.gt(now) }),
  );
  if (upcoming > 0) throw new AppError('CONFLICT', '您还有未开始的志愿活动报名，请先取消报名后再注销');
  const booked = await getCount(
    db.collection(BOOKINGS).where({ openid, status: _.in(['pending', 'booked', 'waitlisted']), startAt: _.gt(now) }),
  );
  if (booked > 0) throw new AppError('CONFLICT', '您还有未到期的驿站预约，请先取消预约后再注销');
}

export interface Deleted {
  removed: number;
  anonymised: number;
  files: number;
}

/**
 * The person's user document says `deletionPending` from before the first deletion until after the
 * last: a call cut short (a crash, CloudBase's time limit) leaves it set, and the hourly job
 * (finishDeletions) completes what the person asked for even if they never come back.
 */
export async function deleteMine(openid: string, now: Date): Promise<Deleted> {
  await refuseWhileOwed(openid, now);
  await markDeletion(openid, { deletionPending: true, updatedAt: now });
  return erase(openid, now);
}

async function markDeletion(openid: string, data: { deletionPending: boolean; updatedAt?: Date }): Promise<void> {
  await users().where({ _id: openid }).update({ data });
}

/** Deletes and blanks everything HOLDINGS names, then clears the mark. Each step is idempotent: running it again finishes the rest. */
async function erase(openid: string, now: Date): Promise<Deleted> {
  const files = await deleteFiles(openid);
  let removed = 0;
  let anonymised = 0;
  for (const h of HOLDINGS) {
    const mine = db.collection(h.collection).where({ [h.by]: _.eq(openid) });
    if (h.onDelete === 'remove') {
      removed += ((await mine.remove()) as { stats?: { removed?: number } }).stats?.removed ?? 0;
    } else {
      const data = h.collection === 'users' ? { ...h.onDelete.anonymise, deletedAt: now, updatedAt: now } : h.onDelete.anonymise;
      anonymised += ((await mine.update({ data })) as { stats?: { updated?: number } }).stats?.updated ?? 0;
    }
  }
  await markDeletion(openid, { deletionPending: false });
  return { removed, anonymised, files };
}

/** Most deletions one run finishes; the next run goes on. */
const FINISH_PER_RUN = 50;

/**
 * 注销 cut short: finishes each deletion still marked pending. One whose person has since taken a
 * role or a sign-up (they went on using the app) is not finished: the mark is cleared and their
 * later choice stands; they can ask again.
 */
export async function finishDeletions(now: Date): Promise<{ finished: number; lapsed: number }> {
  const pending = await getList<{ _id: string }>(users().where({ deletionPending: true }).field({ _id: true }).limit(FINISH_PER_RUN));
  let finished = 0;
  let lapsed = 0;
  for (const { _id: openid } of pending) {
    try {
      await refuseWhileOwed(openid, now);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      await markDeletion(openid, { deletionPending: false });
      lapsed++;
      continue;
    }
    await erase(openid, now);
    finished++;
  }
  return { finished, lapsed };
}
