// 对账: for the scheduled job (a timer trigger, wired later). Heals every published activity, so
// that one left out of step by a crash is put right even if nobody opens it.
import type { Audience } from '../../../contracts/volunteer';
import { pageOf } from '../paging';
import { activities, type ActivityDoc } from './docs';
import { healActivity } from './seats';

const AUDIENCES: Audience[] = ['branch', 'members', 'public'];

export async function reconcileActivities(now: Date): Promise<{ activities: number; fixed: number; promoted: number }> {
  const out = { activities: 0, fixed: 0, promoted: 0 };
  // One audience at a time: each is a range on the (audience, status, startAt, _id) index.
  for (const audience of AUDIENCES) {
    let cursor: string | null = null;
    do {
      const page: { items: ActivityDoc[]; cursor: string | null } = await pageOf<ActivityDoc>(activities(), {
        where: { audience, status: 'published' },
        field: 'startAt',
        order: 'asc',
        cursor,
        limit: 100,
      });
      for (const a of page.items) {
        const r = await healActivity(a._id, now);
        out.activities++;
        out.fixed += r.fixed;
        out.promoted += r.promoted;
      }
      cursor = page.cursor;
    } while (cursor);
  }
  return out;
}
