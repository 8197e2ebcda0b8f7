// A brand's results as shown: figures its editors typed in, and live metrics computed now with the
// sentence that says how (the basis), so a reader can tell a claim from a count.
import { LIVE_METRICS, type LiveMetric, type ResultFigure, type ResultSpec } from '../../../contracts/brands';
import type { LiveNumbers } from './live';

const BASIS: Record<LiveMetric, (scope: string) => string> = {
  members: (s) => `${s}在红帆登记的党员人数（入支部申请审核通过后计入）`,
  volunteerHours: (s) => `${s}今年已结项的志愿活动中，参加者签到签退计得的服务时长合计`,
  activitiesHeld: (s) => `${s}今年组织并已结项的志愿活动场次`,
  averagePoints: (s) => `${s}今年有积分的党员的年度积分平均值（与支部积分排行一致）`,
};

export const LIVE_SOURCE = '红帆实时统计';

export function liveFigure(
  metric: LiveMetric,
  live: LiveNumbers,
  scope: string,
  year: number,
  now: Date,
  label = '',
): ResultFigure {
  return {
    live: true,
    metric,
    label: label || LIVE_METRICS[metric].label,
    value: live[metric],
    unit: LIVE_METRICS[metric].unit,
    year,
    source: LIVE_SOURCE,
    basis: BASIS[metric](scope),
    asOf: now.toISOString(),
  };
}

/** Every live metric, in the matrix's order. */
export function allLiveFigures(live: LiveNumbers, scope: string, year: number, now: Date): ResultFigure[] {
  return (Object.keys(LIVE_METRICS) as LiveMetric[]).map((m) => liveFigure(m, live, scope, year, now));
}

export const hasLive = (specs: readonly ResultSpec[]) => specs.some((s) => s.kind === 'live');

/** The results in the editor's order; live ones need `live` (null shows them as 0 — only for previews without data). */
export function resolveResults(
  specs: readonly ResultSpec[],
  live: LiveNumbers | null,
  scope: string,
  year: number,
  now: Date,
): ResultFigure[] {
  const zero: LiveNumbers = { members: 0, volunteerHours: 0, activitiesHeld: 0, averagePoints: 0 };
  return specs.map((s) =>
    s.kind === 'static' ? { ...s.figure, live: false } : liveFigure(s.metric, live ?? zero, scope, year, now, s.label),
  );
}
