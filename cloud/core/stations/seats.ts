// Seats of a slot, decided on the slot document alone (see SlotDoc). Every change is one conditional
// single-document update, so concurrent callers never overfill and a kill -9 between two writes
// leaves the slot whole. New bookings take a seat only while no one waits, and a freed seat goes to
// the head of the queue: the waitlist is strictly first come.
//
// Why not the shared seat module (cloud/core/seats, volunteer sign-ups): there a seat is one person
// (holders are openids, one record per person and pool, `take` moves one seat) and the line lives in
// the records, so a crash can leave records and seats apart and heal() reconciles them. A booking is
// different on each point: it takes `n` seats at once (a ship's crew), one person may hold several
// bookings (for themselves and for a ship, within the daily limit), and a big booking at the head of
// the line must not be overtaken by a smaller one behind it. Keeping holders and the queue, with
// their weights, on the slot itself makes each move one atomic update with nothing to heal; the
// generic module would need weighted seats, booking-keyed holders and head-of-line blocking in take,
// fill, heal and migrate — a rewrite of what the volunteer crash tests prove, for no gain here.
import { _, findById, updatedCount } from '../sdk';
import { SLOTS, slots, type Seat, type SlotDoc } from './slot-docs';

/** The longest waitlist of a slot. */
export const MAX_QUEUE = 100;

export type Claim = 'seated' | 'queued' | 'full' | 'blocked' | 'gone';

export function placeOf(slot: SlotDoc | null, bookingId: string): 'seated' | 'queued' | null {
  if (!slot) return null;
  if (slot.holders.some((h) => h.id === bookingId)) return 'seated';
  if (slot.queue.some((h) => h.id === bookingId)) return 'queued';
  return null;
}

/** Takes `seat.n` seats, or joins the queue when allowed; asking again for the same booking changes nothing. */
export async function claimSeat(id: string, seat: Seat, waitlist: boolean): Promise<Claim> {
  const notHere = { 'holders.id': _.neq(seat.id), 'queue.id': _.neq(seat.id) };
  const took = await updatedCount(
    slots()
      .where({ _id: id, blocked: false, queued: 0, remaining: _.gte(seat.n), ...notHere })
      .update({ data: { remaining: _.inc(-seat.n), taken: _.inc(seat.n), holders: _.push([seat]) } }),
  );
  if (took === 1) return 'seated';
  if (waitlist) {
    const queued = await updatedCount(
      slots()
        .where({ _id: id, blocked: false, queued: _.lt(MAX_QUEUE), ...notHere })
        .update({ data: { queued: _.inc(1), queue: _.push([seat]) } }),
    );
    if (queued === 1) {
      // Seats freed while we queued go to the head of the line now, not at the next cancellation.
      await promote(id);
    }
  }
  const slot = await findById<SlotDoc>(SLOTS, id);
  const place = placeOf(slot, seat.id);
  if (place) return place;
  if (!slot) return 'gone';
  return slot.blocked ? 'blocked' : 'full';
}

/** Gives the booking's seats back (or leaves the queue); true when it held a place. */
export async function releaseSeat(id: string, seat: Seat): Promise<boolean> {
  const freed = await updatedCount(
    slots()
      .where({ _id: id, 'holders.id': seat.id })
      .update({ data: { remaining: _.inc(seat.n), taken: _.inc(-seat.n), holders: _.pull({ id: seat.id }) } }),
  );
  if (freed === 1) return true;
  const left = await updatedCount(
    slots()
      .where({ _id: id, 'queue.id': seat.id })
      .update({ data: { queued: _.inc(-1), queue: _.pull({ id: seat.id }) } }),
  );
  return left === 1;
}

/** Moves the head of the queue to the seats while enough are free; returns the promoted booking ids. */
export async function promote(id: string): Promise<string[]> {
  const promoted: string[] = [];
  for (let i = 0; i < MAX_QUEUE; i++) {
    const slot = await findById<SlotDoc>(SLOTS, id);
    const head = slot?.queue[0];
    if (!slot || !head || slot.blocked || slot.remaining < head.n) break;
    const moved = await updatedCount(
      slots()
        .where({ _id: id, blocked: false, 'queue.0.id': head.id, remaining: _.gte(head.n) })
        .update({
          data: { queue: _.shift(), queued: _.inc(-1), remaining: _.inc(-head.n), taken: _.inc(head.n), holders: _.push([head]) },
        }),
    );
    if (moved === 1) promoted.push(head.id);
  }
  return promoted;
}
