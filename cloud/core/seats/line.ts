// The records: one per person and pool, in arrival order. Every status change is conditional on
// the status it changes from, so two actors racing over one record change it once.
import { _, db, getCount, getList, MAX_LIMIT, updatedCount } from '../sdk';
import type { SeatRecord, SeatStatus, SeatStore } from './spec';

const records = (spec: SeatStore) => db.collection(spec.records);

/** Moves the record from one status to another; true if it was still `from`. */
export async function setStatus(
  spec: SeatStore,
  recordId: string,
  from: SeatStatus,
  to: SeatStatus,
  extra: Record<string, unknown> = {},
): Promise<boolean> {
  return (await updatedCount(records(spec).where({ _id: recordId, status: from }).update({ data: { status: to, ...extra } }))) === 1;
}

/** The first `n` waiting, in arrival order. */
export function firstWaiting<R extends SeatRecord>(spec: SeatStore, poolId: string, n = 1): Promise<R[]> {
  return getList<R>(
    records(spec)
      .where({ [spec.poolField]: poolId, status: 'waitlisted' })
      .orderBy('seqKey', 'asc')
      .limit(n),
  );
}

export function countStatus(spec: SeatStore, poolId: string, status: SeatStatus): Promise<number> {
  return getCount(records(spec).where({ [spec.poolField]: poolId, status }));
}

/** 1 + how many wait ahead (a smaller arrival key): positions are 1..n in arrival order, always. */
export async function positionOf(spec: SeatStore, poolId: string, seqKey: string): Promise<number> {
  return 1 + (await getCount(records(spec).where({ [spec.poolField]: poolId, status: 'waitlisted', seqKey: _.lt(seqKey) })));
}

/** Every record of the pool, a page at a time, in arrival order. */
export async function allRecords<R extends SeatRecord>(spec: SeatStore, poolId: string): Promise<R[]> {
  const out: R[] = [];
  for (;;) {
    const after = out.length ? out[out.length - 1]!.seqKey : '';
    const page = await getList<R>(
      records(spec)
        .where({ [spec.poolField]: poolId, seqKey: _.gt(after) })
        .orderBy('seqKey', 'asc')
        .limit(MAX_LIMIT),
    );
    out.push(...page);
    if (page.length < MAX_LIMIT) return out;
  }
}
