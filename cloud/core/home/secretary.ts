// Waiting work at a glance, for a branch (a secretary) or a whole organisation (the org admin): claims
// to decide and join requests (a count each, on the queues' own indexes), and the branch's published
// activities that have ended and wait to be closed (one read of the started ones).
import type { HomeSection } from '../../../contracts/home';
import { joinRequests } from '../join/requests';
import { claims as claimDocs } from '../points/docs';
import { _, getCount, getList } from '../sdk';
import { activities, type ActivityDoc } from '../volunteer/docs';

type Where = { branchId: string } | { orgId: string };

/** How many claims and join requests wait for a decision (two counts). */
export async function waitingCounts(where: Where): Promise<{ claims: number; joins: number }> {
  const [claims, joins] = await Promise.all([
    getCount(claimDocs().where({ ...where, status: 'pending' })),
    getCount(joinRequests().where({ ...where, status: 'pending' })),
  ]);
  return { claims, joins };
}

/** How many of the branch's activities to look at for closing: more than anyone leaves open. */
const TO_CLOSE_LIMIT = 50;

async function activitiesToClose(branchId: string, now: Date): Promise<Array<Pick<ActivityDoc, '_id' | 'title' | 'endAt'>>> {
  const started = await getList<Pick<ActivityDoc, '_id' | 'title' | 'endAt'>>(
    activities()
      .where({ branchId, status: 'published', startAt: _.lt(now) })
      .orderBy('startAt', 'asc')
      .limit(TO_CLOSE_LIMIT)
      .field({ _id: true, title: true, endAt: true }),
  );
  return started.filter((a) => new Date(a.endAt).getTime() < now.getTime());
}

export async function branchTodoSection(branchId: string, now: Date): Promise<HomeSection> {
  const [counts, ended] = await Promise.all([waitingCounts({ branchId }), activitiesToClose(branchId, now)]);
  const first = ended[0];
  return {
    kind: 'branchTodo',
    branchId,
    ...counts,
    toClose: ended.length,
    firstToClose: first ? { id: first._id, title: first.title } : null,
  };
}
