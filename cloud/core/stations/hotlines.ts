// 求助: the lines to call, in one read the app caches for offline use. 12395 is the national number
// (confirmed, field notes §1.1); the 长江 maritime service line comes from source 000; station and
// organisation lines come from the stations' own data (the nearest, when a position is given).
import type { Hotline, Hotlines } from '../../../contracts/stations';
import { nearby } from './nearby';

export const NATIONAL_LINES: Hotline[] = [
  { name: '水上遇险求救', number: '12395', note: '中国海上搜救中心，全国统一；记住“123救我”。对方能看到来电号码', scope: 'national', stationId: null },
  { name: '长江海事服务电话', number: '027-82763333', note: '长江海事局（长江干线）', scope: 'organisation', stationId: null },
];

export const WHAT_TO_SAY = [
  { label: '船名', hint: '船名、船舶识别号或 MMSI' },
  { label: '位置', hint: '经纬度，或航道名称与里程、附近的桥梁码头等标志' },
  { label: '船上人数', hint: '共几人，有无受伤或落水人员' },
  { label: '险情', hint: '碰撞、搁浅、进水、火灾、人员落水、急病……' },
  { label: '需要的帮助', hint: '拖带、医疗、救助落水人员……；保持电话畅通' },
];

export async function hotlines(position: { lat?: number; lng?: number } | undefined, now: Date): Promise<Hotlines> {
  const lines = [...NATIONAL_LINES];
  if (position?.lat !== undefined && position.lng !== undefined) {
    const near = await nearby({ lat: position.lat, lng: position.lng, limit: 5 }, now);
    for (const s of near) {
      if (s.phone) lines.push({ name: `${s.name}${s.phone.label ? `（${s.phone.label}）` : ''}`, number: s.phone.number, note: `${s.distanceKm ?? ''} 公里 · ${s.statusLabel}`, scope: 'station', stationId: s.id });
    }
  }
  return { lines, whatToSay: WHAT_TO_SAY, readAt: now.toISOString() };
}
