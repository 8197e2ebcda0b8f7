// The seats themselves: each change is one atomic conditional update of the pool document, so
// concurrent takers never overbook, and taking or giving back is once per person however often
// it is retried (a holder cannot be pushed twice nor pulled twice).
import { AppError } from '../errors';
import { _, db, findById, updatedCount } from '../sdk';
import type { SeatPool, SeatStore } from './spec';

export function readPool<P extends SeatPool>(spec: SeatStore, poolId: string): Promise<P | null> {
  return findById<P>(spec.pools, poolId);
}

/** Gives `openid` a seat if one is free (always, when unlimited) and they hold none; true if taken now. */
export async function take(spec: SeatStore, poolId: string, openid: string): Promise<boolean> {
  const where = _.and([
    // `exists`: a pool stored before holders existed is migrated by heal() first, never half-filled here.
    { _id: poolId, holders: _.neq(openid).and(_.exists(true)) },
    _.or([{ capacity: 0 }, { remaining: _.gt(0) }]),
  ]);
  const n = await updatedCount(
    db
      .collection(spec.pools)
      .where(where)
      .update({ data: { remaining: _.inc(-1), enrolled: _.inc(1), holders: _.push(openid) } }),
  );
  return n === 1;
}

/** Takes `openid`'s seat back; true if they held one. */
export async function release(spec: SeatStore, poolId: string, openid: string): Promise<boolean> {
  const n = await updatedCount(
    db
      .collection(spec.pools)
      .where({ _id: poolId, holders: openid })
      .update({ data: { remaining: _.inc(1), enrolled: _.inc(-1), holders: _.pull(openid) } }),
  );
  return n === 1;
}

/** Whether a seat is free (when the pool says so: an unlimited one always has room). */
export const hasRoom = (p: SeatPool) => p.capacity === 0 || p.remaining > 0;

/**
 * Sets the capacity, never below the seats taken. `remaining` is set from `enrolled` as read, so
 * the update is conditional on `enrolled` not having moved meanwhile (seats move it in the same
 * update as the holders), and tries again when it has.
 */
export async function resize<P extends SeatPool>(spec: SeatStore, poolId: string, capacity: number): Promise<P> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const p = await readPool<P>(spec, poolId);
    if (!p) throw new AppError('NOT_FOUND');
    if (p.capacity === capacity) return p;
    if (capacity > 0 && capacity < p.enrolled) throw new AppError('CONFLICT', spec.messages.belowTaken(p.enrolled));
    const remaining = capacity > 0 ? capacity - p.enrolled : 0;
    const changed = await updatedCount(
      db
        .collection(spec.pools)
        .where({ _id: poolId, capacity: p.capacity, enrolled: p.enrolled })
        .update({ data: { capacity, remaining } }),
    );
    if (changed === 1) return { ...p, capacity, remaining };
  }
  throw new AppError('CONFLICT', '人数正在变化，请稍后重试');
}
