// 名额: seats with a waiting line, for anything with limited places (volunteer activities now,
// crew-station time slots next). A pool document holds the seats (see spec.ts); records, one per
// person, hold the line. The interface:
//   join(spec, pool, previous, record)   → 'enrolled' | 'waitlisted' (or CONFLICT: already / full)
//   leave(spec, pool, record, now, …)    → the record as it was; the seat goes to the first in line
//   fill(spec, pool, now)                → promotes while seats are free (after capacity grows)
//   resize(spec, poolId, capacity)       → never below the seats taken
//   heal(spec, poolId, now)              → records ⇔ seats after a crash at any point
//   countStatus / positionOf / firstWaiting / allRecords → the line as the records say
export { arrivalKey, arrivedAt, type SeatMessages, type SeatPool, type SeatRecord, type SeatSpec, type SeatStatus, type SeatStore } from './spec';
export { fill, join, leave } from './join';
export { heal, GRACE_MS, type HealReport } from './heal';
export { hasRoom, readPool, resize } from './pool';
export { allRecords, countStatus, firstWaiting, positionOf } from './line';
