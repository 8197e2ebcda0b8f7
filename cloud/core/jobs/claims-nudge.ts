// 积分审核提醒: claims waiting more than 3 days nudge their branch's secretaries (the org's admins
// when the branch has none), once a China day per branch and person, in the daytime.
import { chinaDate } from '../../../contracts/stations-hours';
import { findUser } from '../account/users';
import { stableId } from '../points/ids';
import { claims, type ClaimDoc } from '../points/docs';
import { findBranch } from '../org/branches';
import { _, db, getList, MAX_LIMIT } from '../sdk';
import { chinaDayText } from '../subscribe/format';
import { DAY_MS, isDaytime } from './clock';
import type { Notice } from '../subscribe/deliver';
import { deliverAll, type TaskResult } from './notices';

export const WAITING_DAYS = 3;

interface Waiting {
  branchId: string;
  orgId: string;
  count: number;
  oldest: Date;
}

async function waitingByBranch(now: Date): Promise<Waiting[]> {
  const rows = await getList<Pick<ClaimDoc, 'branchId' | 'orgId' | 'createdAt'>>(
    claims()
      .where({ status: 'pending', createdAt: _.lt(new Date(now.getTime() - WAITING_DAYS * DAY_MS)) })
      .orderBy('createdAt', 'asc')
      .field({ branchId: true, orgId: true, createdAt: true })
      .limit(MAX_LIMIT),
  );
  const by = new Map<string, Waiting>();
  for (const r of rows) {
    const w = by.get(r.branchId) ?? { branchId: r.branchId, orgId: r.orgId, count: 0, oldest: new Date(r.createdAt) };
    w.count++;
    by.set(r.branchId, w);
  }
  return [...by.values()];
}

/** Who decides the branch's claims: its secretaries, or the org's admins when it has none. */
async function decidersOf(w: Waiting): Promise<string[]> {
  const users = () => db.collection('users');
  const secretaries = (await getList<{ _id: string; roles: string[] }>(users().where({ branchId: w.branchId }).field({ roles: true }).limit(MAX_LIMIT)))
    .filter((u) => u.roles.includes('branch_admin'))
    .map((u) => u._id);
  if (secretaries.length) return secretaries;
  const admins = await getList<{ _id: string; roles: string[] }>(users().where({ orgId: w.orgId }).field({ roles: true }).limit(MAX_LIMIT));
  const ids = admins.filter((u) => u.roles.includes('org_admin')).map((u) => u._id);
  // Still admins of this org (a stale orgId on someone who left is not enough).
  return (await Promise.all(ids.map(findUser))).filter((u) => u?.orgId === w.orgId).map((u) => u!._id);
}

export async function claimsNudge(now: Date): Promise<TaskResult> {
  if (!isDaytime(now)) return { skipped: '夜间不发送' };
  const today = chinaDate(now);
  const notices: Notice[] = [];
  for (const w of await waitingByBranch(now)) {
    const branch = await findBranch(w.branchId);
    const name = branch?.name ?? '本支部';
    for (const openid of await decidersOf(w)) {
      const key = `claimsWaiting_${w.branchId}_${openid}_${today}`;
      notices.push({
        key,
        kind: 'claimsWaiting',
        openid,
        message: {
          _id: stableId('msg_', key),
          openid,
          kind: 'claims_waiting' as const,
          title: '积分申报待审核',
          body: `${name}有 ${w.count} 条积分申报已等待超过 ${WAITING_DAYS} 天（最早 ${chinaDayText(w.oldest)} 提交），请到“我的 → 积分审核”及时处理。`,
          refId: w.branchId,
          read: false,
          createdAt: now,
        },
        push: { template: 'claimsWaiting' as const, values: { what: `${name}积分申报待审核`, count: w.count, since: w.oldest } },
      });
    }
  }
  return deliverAll(notices, now);
}
