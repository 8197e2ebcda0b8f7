import dayjs from 'dayjs';
import type { ClaimStatus, LedgerSource } from '@contracts/points';

export const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

export const starsText = (n: number) => (n > 0 ? '★'.repeat(n) + '☆'.repeat(Math.max(0, 5 - n)) : '暂未评星');

export const dayText = (date: string) => dayjs(date).format('M月D日');

export const today = () => dayjs().format('YYYY-MM-DD');

/** Points count by calendar year: a claim's or award's day is picked from 1 January on (not from 1970). */
export const startOfYear = () => dayjs().startOf('year').format('YYYY-MM-DD');

export const CLAIM_STATUS: Record<ClaimStatus, string> = {
  pending: '待审核',
  approved: '已通过',
  rejected: '已驳回',
  withdrawn: '已撤回',
};

export const SOURCE_LABEL: Record<LedgerSource, string> = {
  claim: '申报',
  activity: '志愿活动',
  award: '支部加分',
  deduction: '扣分',
  correction: '更正',
};
