import dayjs from 'dayjs';
import type { DraftState, Figure } from '@contracts/brands';

/** 1,280 / 26.3 / 1.3 万: a figure's value the way a page prints it. */
export function figureValue(value: number): string {
  if (Math.abs(value) >= 100_000) return `${Number((value / 10_000).toFixed(1))} 万`;
  return Number.isInteger(value) ? value.toLocaleString('zh-CN') : String(Number(value.toFixed(2)));
}

/** 2022年 · 济宁港航: where a typed-in figure comes from. */
export function figureSource(f: Pick<Figure, 'year' | 'source'>): string {
  return [f.year ? `${f.year}年` : '', f.source].filter(Boolean).join(' · ');
}

export const day = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY年M月D日') : '');
export const shortDay = (iso: string | null | undefined) => (iso ? dayjs(iso).format('M月D日') : '');

export type PublishLabel = { text: string; tone: 'draft' | 'live' | 'changed' };

/** 草稿 / 已发布 / 已发布，有修改待发布: where a draft stands, said plainly. */
export function publishLabel(state: DraftState | null): PublishLabel {
  if (!state) return { text: '尚未创建', tone: 'draft' };
  if (state.publishedVersion === null) return { text: '草稿 · 未发布', tone: 'draft' };
  if (state.unpublishedChanges) return { text: '已发布 · 有修改待发布', tone: 'changed' };
  return { text: '已发布', tone: 'live' };
}
