// What a seat pool is, for any kind of limited place: a volunteer activity's places, a crew
// station's time slot. One pool document holds the seats; one record per person holds their place
// in line (arrival order) and their status.
import { randomBytes } from 'node:crypto';

export type SeatStatus = 'enrolled' | 'waitlisted' | 'cancelled';

/**
 * The pool document's seat fields. `holders` is the truth of who has a seat: it changes only in
 * the same atomic single-document update as `enrolled` (== holders.length) and `remaining`
 * (== capacity - enrolled while capacity > 0), so those three always agree.
 */
export interface SeatPool {
  _id: string;
  /** 0 = unlimited. */
  capacity: number;
  remaining: number;
  enrolled: number;
  /** Absent only on pools stored before holders existed; heal() fills it in. */
  holders?: string[];
  /** Whether people may wait in line when it is full. */
  waitlist: boolean;
}

/**
 * One person's record for one pool. Written (as `waitlisted`) before a seat is taken, so a crash at
 * any point leaves either a person in line without a seat (heal promotes or keeps them waiting) or
 * a seat holder whose record heal() can bring in step.
 */
export interface SeatRecord {
  _id: string;
  openid: string;
  status: SeatStatus;
  /** Arrival order; starts with the arrival time in ms (see arrivalKey). */
  seqKey: string;
}

export interface SeatMessages {
  /** The person already holds a place or waits for one (你已报名). */
  already: string;
  /** Full, and no waiting line (名额已满). */
  full: string;
  /** Capacity below the seats already taken. */
  belowTaken: (taken: number) => string;
}

/** Where a kind of pool keeps its seats and records. */
export interface SeatStore {
  /** Collection of pool documents (activities, station slots). */
  pools: string;
  /** Collection of records, one per person and pool. */
  records: string;
  /** The record field that names its pool (activityId, slotId). */
  poolField: string;
  recordId: (poolId: string, openid: string) => string;
  messages: SeatMessages;
}

export interface SeatSpec<P extends SeatPool = SeatPool> extends SeatStore {
  /** Someone moved from the line to a seat: tell them (best effort, after the move). */
  onPromoted?: (pool: P, openid: string, now: Date) => Promise<void>;
}

let arrivals = 0;
const INSTANCE = randomBytes(3).toString('hex');

/**
 * The line's order: the server's arrival time, then this instance's arrival counter, then the
 * instance (several CloudBase instances may serve one pool). Strings compare in that order.
 */
export function arrivalKey(now: Date): string {
  arrivals = (arrivals + 1) % 1e9;
  return `${String(now.getTime()).padStart(15, '0')}-${String(arrivals).padStart(9, '0')}-${INSTANCE}`;
}

/** When the record's holder arrived, from its arrival key (0 when the key has no time). */
export function arrivedAt(seqKey: string): number {
  return Number(/^(\d{15})-/.exec(seqKey)?.[1] ?? 0);
}
