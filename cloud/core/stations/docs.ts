// The stored shapes of 船员驿站. `stations` holds each station with its hours and services; the
// derived `stationIndex` rows let CloudBase find stations by place and by name from an index
// (index-rows.ts); notices, slots, bookings and parcels are collections of their own.
import type { Arrival, BookingRules, ParcelAddress, Phone, StationSummary } from '../../../contracts/stations';
import { kindName, waterwayName, type ServiceId, type StationKind } from '../../../contracts/stations-catalog';
import { addDays, chinaDate, openStatus, statusLabel, type Closure, type HoursData, type HoursException, type WeekHours } from '../../../contracts/stations-hours';
import { db } from '../sdk';

export const STATIONS = 'stations';
export const STATION_INDEX = 'stationIndex';
export const STATION_NOTICES = 'stationNotices';
export const STATION_KEYS = 'stationKeys';

export const stations = () => db.collection(STATIONS);
export const stationIndex = () => db.collection(STATION_INDEX);
export const stationNotices = () => db.collection(STATION_NOTICES);

export interface StationServiceDoc {
  serviceId: ServiceId;
  hours: WeekHours | null;
  note: string;
  confirmedOn: string | null;
  booking: BookingRules | null;
}

export interface StationDoc {
  _id: string;
  orgId: string;
  /** Short, unique: the QR poster's scene (s=<key>). */
  key: string;
  name: string;
  kind: StationKind;
  address: string;
  port: string;
  location: { lat: number; lng: number };
  /** Flat, so that an index serves "stations ahead on this waterway, by km". */
  waterwayId: string | null;
  km: number | null;
  arrival: Arrival;
  phones: Phone[];
  photos: string[];
  parcel: ParcelAddress | null;
  hours: WeekHours;
  exceptions: HoursException[];
  closure: Closure | null;
  services: StationServiceDoc[];
  active: boolean;
  demo: boolean;
  /** False while the derived index rows are being rewritten; a reader that manages the station finishes the job. */
  indexed: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** Only the server ever reads this collection: the station's Ed25519 private key. */
export interface StationKeyDoc {
  _id: string;
  privateKey: string;
  publicKey: string;
  createdAt: Date;
}

export interface NoticeDoc {
  _id: string;
  stationId: string;
  title: string;
  body: string;
  createdAt: Date;
  by: string;
  byName: string;
}

/** What openStatus() needs for the coming `days` (two weeks), small enough for every list row. */
export function scheduleOf(s: Pick<StationDoc, 'hours' | 'exceptions' | 'closure'>, now: Date, days = 15): HoursData {
  const today = chinaDate(now);
  const from = addDays(today, -1);
  const to = Number.isFinite(days) ? addDays(today, days) : '9999-12-31';
  return {
    hours: s.hours,
    exceptions: s.exceptions.filter((e) => e.date >= from && e.date <= to),
    closure: s.closure && Date.parse(s.closure.until) > now.getTime() ? s.closure : null,
  };
}

/** What list rows leave out of a station when they read it (the arrival notes, the parcel address, times). */
export const NOT_IN_SUMMARY = { arrival: false, parcel: false, createdAt: false, updatedAt: false, indexed: false } as const;

export type SummaryDoc = Omit<StationDoc, keyof typeof NOT_IN_SUMMARY>;

export function toSummary(s: SummaryDoc, distanceKm: number | null, now: Date): StationSummary {
  const status = openStatus(s, now);
  return {
    id: s._id,
    key: s.key,
    name: s.name,
    kind: s.kind,
    kindName: kindName(s.kind),
    orgId: s.orgId,
    address: s.address,
    port: s.port,
    location: s.location,
    waterway: s.waterwayId !== null && s.km !== null ? { id: s.waterwayId, name: waterwayName(s.waterwayId), km: s.km } : null,
    distanceKm: distanceKm === null ? null : Math.round(distanceKm * 10) / 10,
    status,
    statusLabel: statusLabel(status, now),
    schedule: scheduleOf(s, now),
    serviceIds: s.services.map((x) => x.serviceId),
    phone: s.phones[0] ?? null,
    photo: s.photos[0] ?? null,
    demo: s.demo,
  };
}

export const iso = (d: Date | string) => new Date(d).toISOString();
