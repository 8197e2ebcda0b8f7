// Bringing the records in step with the seats after a crash (kill -9, or CloudBase stopping a
// function at its time limit) at any point of joining, leaving or promoting. The seat holders on
// the pool document are the truth of who has a seat; a record says what its person meant:
//   holder, record waitlisted        → they got the seat, the status change was lost: enrolled;
//   holder, record cancelled/missing → they left, the seat was not given back: give it back;
//   record enrolled, not a holder    → (stored before holders, or lost in a race) seat them, or back in line;
//   seats free and people in line    → promote, in arrival order;
//   no line, record waiting too long → the join stopped half-way: cancelled.
// The pool is read before the records, so a holder's record is never older than the seat it took.
// Every fix is a conditional single-document update, so heal may run beside live traffic and
// beside itself: it only ever does what the interrupted call would have done.
import { findById } from '../sdk';
import { fill } from './join';
import { allRecords, setStatus } from './line';
import { migrate } from './migrate';
import { readPool, release, take } from './pool';
import { arrivedAt, type SeatPool, type SeatRecord, type SeatSpec } from './spec';

/** Longer than any call may run (a CloudBase function's time limit is at most 60 s). */
export const GRACE_MS = 2 * 60_000;

export interface HealReport {
  /** Records or seats changed. */
  fixed: number;
  promoted: number;
}

export async function heal<P extends SeatPool>(spec: SeatSpec<P>, poolId: string, now: Date): Promise<HealReport> {
  let pool = await readPool<P>(spec, poolId);
  if (!pool) return { fixed: 0, promoted: 0 };
  if (!Array.isArray(pool.holders)) {
    await migrate(spec, pool);
    pool = (await readPool<P>(spec, poolId))!;
  }
  const holders = new Set(pool.holders);
  const records = await allRecords(spec, poolId);
  const byPerson = new Map(records.map((r) => [r.openid, r]));
  let fixed = 0;
  const count = (changed: boolean) => void (changed && fixed++);

  for (const openid of holders) {
    const r = byPerson.get(openid);
    if (!r || r.status === 'cancelled') count(await release(spec, poolId, openid));
    else if (r.status === 'waitlisted') count(await setStatus(spec, r._id, 'waitlisted', 'enrolled'));
  }
  for (const r of records) {
    if (r.status !== 'enrolled' || holders.has(r.openid)) continue;
    if (await take(spec, poolId, r.openid)) fixed++;
    else if (!(await readPool(spec, poolId))?.holders?.includes(r.openid)) count(await setStatus(spec, r._id, 'enrolled', 'waitlisted'));
  }
  const promoted = await fill(spec, pool, now);
  if (!pool.waitlist) {
    for (const r of records) {
      if (r.status !== 'waitlisted' || now.getTime() - arrivedAt(r.seqKey) < GRACE_MS) continue;
      const current = await findById<SeatRecord>(spec.records, r._id);
      if (current?.status === 'waitlisted' && !(await readPool(spec, poolId))?.holders?.includes(r.openid)) {
        count(await setStatus(spec, r._id, 'waitlisted', 'cancelled'));
      }
    }
  }
  return { fixed, promoted };
}
