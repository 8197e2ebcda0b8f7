// 求助: the lines to call, in one read the app caches for offline use: the national lines and the
// what-to-say card (data in contracts/stations-catalog.ts), then station lines from the stations'
// own data (the nearest, when a position is given).
import type { Hotline, Hotlines } from '../../../contracts/stations';
import { NATIONAL_LINES, WHAT_TO_SAY } from '../../../contracts/stations-catalog';
import { nearby } from './nearby';

export async function hotlines(position: { lat?: number; lng?: number } | undefined, now: Date): Promise<Hotlines> {
  const lines: Hotline[] = NATIONAL_LINES.map((l) => ({ ...l }));
  if (position?.lat !== undefined && position.lng !== undefined) {
    const near = await nearby({ lat: position.lat, lng: position.lng, limit: 5 }, now);
    for (const s of near) {
      if (s.phone) lines.push({ name: `${s.name}${s.phone.label ? `（${s.phone.label}）` : ''}`, number: s.phone.number, note: `${s.distanceKm ?? ''} 公里 · ${s.statusLabel}`, scope: 'station', stationId: s.id });
    }
  }
  return { lines, whatToSay: WHAT_TO_SAY.map((w) => ({ ...w })), readAt: now.toISOString() };
}
