import { call } from '@/api/client';
import { useRemote } from '@/hooks/use-remote';
import { lastPosition } from '@/features/stations/location';

/**
 * Certificate reminders due today (90/30/7 days before expiry, and once expired), with the
 * nearest stations offering 证书办理帮办 from the last position the phone knew (never asked for here:
 * 我的 and 首页 show this without a location prompt).
 */
export function useReminders() {
  const p = lastPosition();
  const where = p ? { lat: Math.round(p.lat * 10) / 10, lng: Math.round(p.lng * 10) / 10 } : {};
  return useRemote(() => call('certificates', 'reminders', where), [where.lat ?? null, where.lng ?? null], { cache: 'certificates.reminders' });
}
