// What crew need now: the nearest open station, 12395, and the certificate closest to expiry.
import type { HomeSection } from '../../../contracts/home';
import { NATIONAL_LINES } from '../../../contracts/stations-catalog';
import type { Actor } from '../access';
import { dueReminders } from '../certificates/reminders';
import { listStations } from '../stations/browse';
import { nearby } from '../stations/nearby';

export interface Position {
  lat?: number | undefined;
  lng?: number | undefined;
}

/**
 * By distance when the app sent its last known position (the stations index: a few requests), else
 * the first station open now in the list's name order (one request).
 */
export async function nearestStation(position: Position | undefined, now: Date): Promise<HomeSection> {
  if (position?.lat !== undefined && position.lng !== undefined) {
    const [station] = await nearby({ lat: position.lat, lng: position.lng, openNow: true, limit: 1 }, now);
    return { kind: 'nearestStation', station: station ?? null, byDistance: true };
  }
  const { items } = await listStations({}, now);
  const station = items.find((s) => s.status.state === 'open') ?? items[0] ?? null;
  return { kind: 'nearestStation', station, byDistance: false };
}

/** 12395 from the stations' hotline list: no database request. */
export function hotline(): HomeSection {
  const line = NATIONAL_LINES.find((l) => l.number === '12395') ?? NATIONAL_LINES[0]!;
  return { kind: 'hotline', name: line.name, number: line.number, note: line.note };
}

/** The reminder due soonest, if any (the wallet's two reads; no stations: the card links to them). */
export async function certificateSection(actor: Actor, now: Date): Promise<HomeSection[]> {
  const [first] = await dueReminders(actor, undefined, now);
  return first ? [{ kind: 'certificate', reminder: first }] : [];
}
