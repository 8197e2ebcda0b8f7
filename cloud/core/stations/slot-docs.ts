// The stored shapes of booking: slots (one per service, day and time, generated from the weekly
// templates when first needed), bookings, and each person's daily quota per service.
import type { BookingStatus, Ship } from '../../../contracts/stations';
import type { ServiceId } from '../../../contracts/stations-catalog';
import { db } from '../sdk';

export const SLOTS = 'stationSlots';
export const BOOKINGS = 'bookings';
export const QUOTAS = 'bookingQuotas';

export const slots = () => db.collection(SLOTS);
export const bookings = () => db.collection(BOOKINGS);
export const quotas = () => db.collection(QUOTAS);

/** A seat holder or a waiting booking: the booking id and how many people it brings. */
export interface Seat {
  id: string;
  n: number;
}

/**
 * One bookable time. The seats are decided on this one document only, by conditional single-document
 * updates: `holders` are the bookings with seats, `queue` the waitlist in order, and
 * remaining + taken == capacity with taken == the people in `holders`. A crash between two writes
 * of a booking therefore never leaves seats and holders apart; the booking's own status is a copy
 * that is settled from here (settle.ts).
 */
export interface SlotDoc {
  _id: string;
  stationId: string;
  serviceId: ServiceId;
  date: string;
  start: string;
  end: string;
  startAt: Date;
  endAt: Date;
  capacity: number;
  remaining: number;
  taken: number;
  holders: Seat[];
  queue: Seat[];
  queued: number;
  blocked: boolean;
  blockReason: string | null;
  createdAt: Date;
}

export interface BookingDoc {
  _id: string;
  openid: string;
  name: string;
  stationId: string;
  stationName: string;
  serviceId: ServiceId;
  slotId: string;
  date: string;
  start: string;
  end: string;
  startAt: Date;
  cancelDeadline: Date;
  people: number;
  ship: Ship | null;
  eta: { from: Date; to: Date } | null;
  phone: string;
  note: string;
  reminderRequested: boolean;
  certificateIds: string[];
  status: BookingStatus;
  /** The 6-character typed code. */
  code: string;
  confirmed: boolean;
  usedAt: Date | null;
  usedVia: 'scan' | 'typed' | 'offline_scan' | 'offline_typed' | 'staff' | null;
  usedBy: string | null;
  reuses: number;
  reuseLog: Array<{ at: Date; via: string; by: string }>;
  failedReason: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** One person's bookings of one service at one station on one day: the per-person limit. */
export interface QuotaDoc {
  _id: string;
  held: string[];
  n: number;
  cancels: number;
}

export const slotId = (stationId: string, serviceId: string, date: string, start: string) =>
  `${stationId}_${serviceId}_${date.replace(/-/g, '')}_${start.replace(':', '')}`;

export const quotaId = (b: Pick<BookingDoc, 'stationId' | 'serviceId' | 'date' | 'openid'>) =>
  `${b.stationId}_${b.serviceId}_${b.date}_${b.openid}`;
