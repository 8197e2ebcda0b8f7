import { useEffect, useState } from 'react';
import { openStatus, statusLabel, type HoursData, type OpenStatus, type WeekHours } from '@contracts/stations-hours';

/**
 * The open-now badge recomputed on the phone from a station's hours (contracts/stations-hours.ts,
 * the function the cloud uses), so a list or page stored hours ago still says what is true now.
 */
export function liveStatus(schedule: HoursData, at: number = Date.now()): { status: OpenStatus; label: string } {
  const status = openStatus(schedule, at);
  return { status, label: statusLabel(status, at) };
}

/** A service with its own hours keeps the station's exceptions and closure. */
export function serviceSchedule(schedule: HoursData, hours: WeekHours | null): HoursData {
  return hours ? { ...schedule, hours } : schedule;
}

/** Now, moving on every minute: badges and countdowns re-render as time passes. */
export function useClock(stepMs = 60_000): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), stepMs);
    return () => clearInterval(timer);
  }, [stepMs]);
  return now;
}
