import { Picker, Text } from '@tarojs/components';
import { AtInput, AtListItem } from 'taro-ui';
import { LIVE_METRICS, type LiveMetric, type ResultSpec } from '@contracts/brands';
import { blankFigure, FigureFields } from './figure-fields';
import type { AddOption } from './list-editor';

const METRICS = Object.keys(LIVE_METRICS) as LiveMetric[];

export const RESULT_OPTIONS: ReadonlyArray<AddOption<ResultSpec>> = [
  { label: '实时数据', make: () => ({ kind: 'live', metric: 'volunteerHours', label: '' }) },
  { label: '填写数据', make: () => ({ kind: 'static', figure: blankFigure() }) },
];

export const resultName = (r: ResultSpec, i: number) => `第 ${i + 1} 项 · ${r.kind === 'live' ? '实时数据' : '填写数据'}`;

/** A result: a figure typed in with its source, or a live number RedSail computes on every read. */
export function ResultFields({ value: r, onChange, name }: { value: ResultSpec; onChange: (r: ResultSpec) => void; name: string }) {
  if (r.kind === 'static') return <FigureFields name={name} value={r.figure} onChange={(figure) => onChange({ ...r, figure })} />;
  return (
    <>
      <Picker mode='selector' range={METRICS.map((m) => LIVE_METRICS[m].label)} value={METRICS.indexOf(r.metric)} onChange={(e) => onChange({ ...r, metric: METRICS[Number(e.detail.value)]! })}>
        <AtListItem title='统计' extraText={LIVE_METRICS[r.metric].label} arrow='right' />
      </Picker>
      <AtInput name={`${name}-label`} title='名称' placeholder={`默认：${LIVE_METRICS[r.metric].label}`} value={r.label} onChange={(v: string | number) => onChange({ ...r, label: String(v) })} />
      <Text className='editor-group__hint'>每次打开时按红帆记录实时计算，并注明依据</Text>
    </>
  );
}
