import dayjs from 'dayjs';
import type { ActivityView, Audience } from '@contracts/volunteer';

/** 11月30日 周日 09:00-11:30, or across days 11月30日 09:00 至 12月1日 17:00. */
export function timeRange(startAt: string, endAt: string): string {
  const s = dayjs(startAt);
  const e = dayjs(endAt);
  return s.isSame(e, 'day') ? `${s.format('M月D日 ddd HH:mm')}-${e.format('HH:mm')}` : `${s.format('M月D日 HH:mm')} 至 ${e.format('M月D日 HH:mm')}`;
}

export const deadlineText = (iso: string) => dayjs(iso).format('M月D日 HH:mm');

export const AUDIENCE: Record<Audience, string> = {
  branch: '本支部党员',
  members: '全体党员',
  public: '所有人（含船员）',
};

/** The sign-up button's words: 报名, 已报名, 候补第N位, 已满, 已截止. */
export function signupLabel(a: ActivityView): string {
  switch (a.signupState) {
    case 'open':
      return a.capacity > 0 && a.enrolled >= a.capacity ? '报名候补' : '报名';
    case 'enrolled':
      return '已报名';
    case 'waitlisted':
      return `候补第${a.mine?.waitlistPosition ?? '?'}位`;
    case 'full':
      return '已满';
    case 'closed':
      return '已截止';
    default:
      return a.status === 'cancelled' ? '已取消' : a.status === 'finished' ? '已结束' : '未发布';
  }
}

/** Local date and time pickers → the ISO time the server stores (China time). */
export function toIso(date: string, time: string): string {
  return `${date}T${time}:00+08:00`;
}

export function splitIso(iso: string): { date: string; time: string } {
  const d = dayjs(iso);
  return { date: d.format('YYYY-MM-DD'), time: d.format('HH:mm') };
}

/** 服务 3 小时 · 党员积分 +5 — hours are counted from check-in when no fixed length is set; points go to party members only. */
export function creditText(a: Pick<ActivityView, 'serviceHours' | 'points' | 'pointsItemName'>): string {
  const hours = a.serviceHours > 0 ? `服务 ${a.serviceHours} 小时` : '服务时长按签到签退计';
  return a.points > 0 ? `${hours} · 党员积分 +${a.points}` : hours;
}
