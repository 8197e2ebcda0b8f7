import { SERVICES, type ServiceId } from '@contracts/stations-catalog';

/** 0.8 公里, 12 公里: tenths only under ten. */
export function distanceText(km: number | null): string {
  if (km === null) return '';
  return km < 10 ? `${km.toFixed(1)} 公里` : `${Math.round(km)} 公里`;
}

/** 约 40 分钟, 约 2 小时 40 分. */
export function durationText(minutes: number): string {
  if (minutes < 60) return `约 ${Math.max(1, minutes)} 分钟`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? `约 ${h} 小时 ${m} 分` : `约 ${h} 小时`;
}

export function serviceNames(ids: readonly string[], most = ids.length): string {
  const names = ids.map((id) => SERVICES.find((s) => s.id === id)?.name ?? id);
  return names.length > most ? `${names.slice(0, most).join('、')} 等 ${names.length} 项` : names.join('、');
}

/** The services crews ask for most (field notes §1.5), first in the filter. */
export const MAIN_SERVICES: ServiceId[] = ['health', 'cert_help', 'free_boat', 'parcel', 'shore_power', 'legal'];

const WEEKDAYS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];
export const weekdayName = (i: number) => WEEKDAYS[i] ?? '';

/** 5月3日 周六 from YYYY-MM-DD. */
export function dayLabel(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${weekdayName((d.getUTCDay() + 6) % 7)}`;
}

/** 08:00–20:00; 全天 for 00:00–24:00; 20:00–次日 06:00 for overnight. */
export function spanText(s: { open: string; close: string }): string {
  if (s.open === '00:00' && s.close === '24:00') return '全天';
  return s.close <= s.open ? `${s.open}–次日 ${s.close}` : `${s.open}–${s.close}`;
}

export function spansText(spans: ReadonlyArray<{ open: string; close: string }>): string {
  return spans.length ? spans.map(spanText).join('，') : '休息';
}

/** 5月3日 09:00 in China time, from an ISO instant. */
export function momentText(iso: string): string {
  const d = new Date(Date.parse(iso) + 8 * 3600_000);
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${hh}:${mm}`;
}
