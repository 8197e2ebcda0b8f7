import { Picker } from '@tarojs/components';
import { AtInput, AtListItem } from 'taro-ui';
import { HONOUR_LEVELS, type Honour, type HonourLevel } from '@contracts/brands';
import { NumberInput } from './number-input';

const LEVELS = Object.keys(HONOUR_LEVELS) as HonourLevel[];

export const blankHonour = (): Honour => ({ name: '', level: 'municipal', year: null, issuer: '' });

/** An honour: its name, level, year and who awarded it. */
export function HonourFields({ value: h, onChange, name }: { value: Honour; onChange: (h: Honour) => void; name: string }) {
  return (
    <>
      <AtInput name={`${name}-name`} title='荣誉' placeholder='如：五星级党支部' value={h.name} onChange={(v: string | number) => onChange({ ...h, name: String(v) })} />
      <Picker mode='selector' range={LEVELS.map((l) => HONOUR_LEVELS[l])} value={LEVELS.indexOf(h.level)} onChange={(e) => onChange({ ...h, level: LEVELS[Number(e.detail.value)]! })}>
        <AtListItem title='级别' extraText={HONOUR_LEVELS[h.level]} arrow='right' />
      </Picker>
      <NumberInput name={`${name}-year`} title='年份' placeholder='可不填' value={h.year} onChange={(v) => onChange({ ...h, year: v === null ? null : Math.trunc(v) })} />
      <AtInput name={`${name}-issuer`} title='授予单位' placeholder='可不填' value={h.issuer} onChange={(v: string | number) => onChange({ ...h, issuer: String(v) })} />
    </>
  );
}
