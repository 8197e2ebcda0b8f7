// Joining, leaving and moving the line up. The record is written before the seat is taken and
// marked cancelled before the seat is given back, so whatever point a crash stops at, heal() can
// tell what was meant (see heal.ts). A sign-up is a small constant number of requests: the record,
// the seat, the record's status.
import { AppError } from '../errors';
import { db, findById, isDuplicateKey, updatedCount } from '../sdk';
import { firstWaiting, setStatus } from './line';
import { migrate } from './migrate';
import { readPool, release, take } from './pool';
import type { SeatPool, SeatRecord, SeatSpec, SeatStore } from './spec';

/** Most promotions one call makes; heal() and the next change go on from there. */
const MAX_PROMOTIONS = 200;

/** Inserts the record, or revives the person's cancelled one (at the back of the line); false if another got there first. */
async function writeArrival(spec: SeatStore, record: SeatRecord, previous: SeatRecord | null): Promise<boolean> {
  const { _id, ...fields } = record;
  if (previous) {
    const where = { _id, status: 'cancelled', seqKey: previous.seqKey };
    return (await updatedCount(db.collection(spec.records).where(where).update({ data: fields }))) === 1;
  }
  try {
    await db.collection(spec.records).add({ data: record });
    return true;
  } catch (err) {
    if (isDuplicateKey(err)) return false;
    throw err;
  }
}

/**
 * Joins the pool: a seat if one is free, else the line (or, without a line, refused as full).
 * `previous` is the person's record as read (null: none yet); `record` the new one, any status.
 */
export async function join<P extends SeatPool>(
  spec: SeatSpec<P>,
  pool: P,
  previous: SeatRecord | null,
  record: SeatRecord,
): Promise<'enrolled' | 'waitlisted'> {
  if (previous && previous.status !== 'cancelled') throw new AppError('CONFLICT', spec.messages.already);
  if (!pool.waitlist && pool.capacity > 0 && pool.remaining <= 0) throw new AppError('CONFLICT', spec.messages.full);
  if (!Array.isArray(pool.holders)) await migrate(spec, pool);
  if (!(await writeArrival(spec, { ...record, status: 'waitlisted' }, previous))) {
    throw new AppError('CONFLICT', spec.messages.already);
  }
  if (await take(spec, pool._id, record.openid)) {
    await setStatus(spec, record._id, 'waitlisted', 'enrolled');
    return 'enrolled';
  }
  if (!pool.waitlist) {
    // No line: the record goes (a seat freed since is for the next person to ask).
    await setStatus(spec, record._id, 'waitlisted', 'cancelled');
    throw new AppError('CONFLICT', spec.messages.full);
  }
  return 'waitlisted';
}

/**
 * Leaves the pool: the record is cancelled (guarded by the status it had, so a promotion meanwhile
 * makes this look again), then the seat, if held, goes back and the line moves up.
 * Returns the record as it was. `extra` is stored with the cancellation (cancelledAt …).
 */
export async function leave<P extends SeatPool, R extends SeatRecord>(
  spec: SeatSpec<P>,
  pool: P,
  current: R,
  now: Date,
  extra: Record<string, unknown>,
  notJoined: string,
): Promise<R> {
  let rec: R | null = current;
  for (let attempt = 0; attempt < 5; attempt++) {
    if (!rec || rec.status === 'cancelled') throw new AppError('CONFLICT', notJoined);
    if (await setStatus(spec, rec._id, rec.status, 'cancelled', extra)) {
      if (rec.status === 'enrolled' && (await release(spec, pool._id, rec.openid))) await fill(spec, pool, now);
      return rec;
    }
    rec = await findById<R>(spec.records, rec._id);
  }
  throw new AppError('CONFLICT');
}

/**
 * Moves the line up while seats are free, first come first served. Safe to run by several callers
 * at once: each promotion is a conditional seat for that person, then a conditional status change.
 * Returns how many were promoted.
 */
export async function fill<P extends SeatPool>(spec: SeatSpec<P>, pool: P, now: Date): Promise<number> {
  if (!pool.waitlist) return 0;
  let promoted = 0;
  for (let i = 0; i < MAX_PROMOTIONS; i++) {
    const [first] = await firstWaiting(spec, pool._id);
    if (!first) return promoted;
    if (await take(spec, pool._id, first.openid)) {
      if (await setStatus(spec, first._id, 'waitlisted', 'enrolled')) {
        promoted++;
        await spec.onPromoted?.(pool, first.openid, now);
      } else {
        // They left the line meanwhile: the seat goes back, and the next one is asked.
        const rec = await findById<SeatRecord>(spec.records, first._id);
        if (rec?.status !== 'enrolled') await release(spec, pool._id, first.openid);
      }
      continue;
    }
    // No seat for them: full, or they already hold one (another caller is promoting them).
    const now_ = await readPool<P>(spec, pool._id);
    if (!now_?.holders?.includes(first.openid)) return promoted;
    await setStatus(spec, first._id, 'waitlisted', 'enrolled');
  }
  return promoted;
}
