import { AtInput } from 'taro-ui';
import type { Figure } from '@contracts/brands';
import { NumberInput } from './number-input';

export const blankFigure = (): Figure => ({ label: '', value: 0, unit: '', year: null, source: '' });

const str = (v: string | number) => String(v);

/** A figure's parts: what it counts, the number, its unit, year and source. */
export function FigureFields({ value: f, onChange, name }: { value: Figure; onChange: (f: Figure) => void; name: string }) {
  return (
    <>
      <AtInput name={`${name}-label`} title='名称' placeholder='如：协议码头货物吞吐量增长' value={f.label} onChange={(v: string | number) => onChange({ ...f, label: str(v) })} />
      <NumberInput name={`${name}-value`} title='数值' value={f.value} onChange={(v) => onChange({ ...f, value: v ?? 0 })} />
      <AtInput name={`${name}-unit`} title='单位' placeholder='如：%、艘次、小时' value={f.unit} onChange={(v: string | number) => onChange({ ...f, unit: str(v) })} />
      <NumberInput name={`${name}-year`} title='年份' placeholder='可不填' value={f.year} onChange={(v) => onChange({ ...f, year: v === null ? null : Math.trunc(v) })} />
      <AtInput name={`${name}-source`} title='来源' placeholder='可不填' value={f.source} onChange={(v: string | number) => onChange({ ...f, source: str(v) })} />
    </>
  );
}
