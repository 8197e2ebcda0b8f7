import type { Booking, BookingStatus, SlotView } from '@contracts/stations';

/** 可约 3 / 候补 / 已满 / 已停约 / 已开始: what a slot offers now. */
export function slotStateText(s: SlotView): string {
  switch (s.state) {
    case 'open':
      return `可约 ${s.remaining}`;
    case 'waitlist':
      return s.waitlisted ? `候补（${s.waitlisted} 人在等）` : '候补';
    case 'full':
      return '已满';
    case 'blocked':
      return s.blockReason ? `已停约：${s.blockReason}` : '已停约';
    case 'closed':
      return '已开始';
  }
}

export const canPick = (s: SlotView) => s.state === 'open' || s.state === 'waitlist';

export const STATUS_TEXT: Record<BookingStatus, string> = {
  pending: '提交中',
  booked: '预约成功',
  waitlisted: '候补中',
  cancelled: '已取消',
  completed: '已核销',
  no_show: '未到',
  failed: '未成功',
};

/** 预约成功 · 驿站已确认 / 候补第 2 位 / 已核销. */
export function bookingStatusText(b: Pick<Booking, 'status' | 'waitlistPosition' | 'confirmed'>): string {
  if (b.status === 'waitlisted') return b.waitlistPosition ? `候补第 ${b.waitlistPosition} 位` : '候补中';
  if (b.status === 'booked' && b.confirmed) return '预约成功 · 驿站已确认';
  return STATUS_TEXT[b.status];
}

/** “济舟港湾”红色驿站 · 证书办理帮办 · 5月3日 09:00–10:00 */
export function bookingLabel(b: Pick<Booking, 'stationName' | 'serviceName' | 'date' | 'start' | 'end'>): string {
  const d = new Date(`${b.date}T00:00:00Z`);
  return `${b.stationName} · ${b.serviceName} · ${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${b.start}–${b.end}`;
}

/** A China wall-clock time on a day, as the ISO instant the contract takes. */
export const chinaIso = (date: string, hhmm: string) => `${date}T${hhmm}:00+08:00`;
