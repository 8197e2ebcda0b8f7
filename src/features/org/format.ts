import dayjs from 'dayjs';

/** 11月24日 14:05 — this year's dates without the year, older ones with it. */
export function shortTime(iso: string): string {
  const d = dayjs(iso);
  return d.format(d.year() === dayjs().year() ? 'M月D日 HH:mm' : 'YYYY年M月D日');
}
