// Pools stored before seat holders existed (counters only): their holders are taken from the
// enrolled records once, in arrival order, up to the capacity.
import { _, db } from '../sdk';
import { allRecords, setStatus } from './line';
import type { SeatPool, SeatStore } from './spec';

export async function migrate(spec: SeatStore, pool: SeatPool): Promise<void> {
  const enrolled = (await allRecords(spec, pool._id)).filter((r) => r.status === 'enrolled');
  const kept = pool.capacity > 0 ? enrolled.slice(0, pool.capacity) : enrolled;
  const holders = kept.map((r) => r.openid);
  const migrated = await db
    .collection(spec.pools)
    .where({ _id: pool._id, holders: _.exists(false) })
    .update({
      data: { holders, enrolled: holders.length, remaining: pool.capacity > 0 ? pool.capacity - holders.length : 0 },
    });
  // Over capacity (the counters had drifted): the latest arrivals wait in line instead.
  if ((migrated as { stats: { updated: number } }).stats.updated === 1) {
    for (const r of enrolled.slice(kept.length)) await setStatus(spec, r._id, 'enrolled', 'waitlisted');
  }
}
