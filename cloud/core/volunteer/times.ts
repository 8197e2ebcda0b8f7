import { AppError } from '../errors';

/** Times from the app without a zone are China time (UTC+8), as the organiser typed them. */
export function parseTime(s: string, label: string): Date {
  const zoned = /(Z|[+-]\d{2}:?\d{2})$/i.test(s);
  const t = Date.parse(zoned ? s : `${s.length === 16 ? `${s}:00` : s}+08:00`);
  if (Number.isNaN(t)) throw new AppError('INVALID_INPUT', `${label}格式无效`);
  return new Date(t);
}

export const HOUR_MS = 3600 * 1000;
