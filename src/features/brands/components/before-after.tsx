import { Text, View } from '@tarojs/components';
import type { BeforeAfter } from '@contracts/brands-projects';
import { figureSource, figureValue } from '../format';
import './before-after.scss';

const withUnit = (v: number, unit: string) => `${figureValue(v)}${unit ? ` ${unit}` : ''}`;

/** 办理时限：10 天 → 5 天 (or the result alone when there was no before). */
export function beforeAfterText(r: BeforeAfter): string {
  return r.before === null ? `${r.label}：${withUnit(r.after, r.unit)}` : `${r.label}：${withUnit(r.before, r.unit)} → ${withUnit(r.after, r.unit)}`;
}

/** How much it moved, as people say it: 提升 26.3% / 压缩 50%. */
function change(r: BeforeAfter): string | null {
  if (r.before === null || r.before === 0) return null;
  const pct = ((r.after - r.before) / Math.abs(r.before)) * 100;
  return `${pct >= 0 ? '增加' : '减少'} ${Math.abs(Number(pct.toFixed(1)))}%`;
}

/** Results before and after the project, each with its bars drawn to scale. */
export function BeforeAfterList({ results }: { results: readonly BeforeAfter[] }) {
  return (
    <View className='before-after'>
      {results.map((r, i) => {
        const top = Math.max(Math.abs(r.after), Math.abs(r.before ?? 0)) || 1;
        const bar = (v: number) => `${Math.max(4, (Math.abs(v) / top) * 100)}%`;
        return (
          <View key={`${r.label}-${i}`} className='before-after__row'>
            <Text className='before-after__label'>{r.label}</Text>
            {r.before !== null ? (
              <View className='before-after__line'>
                <Text className='before-after__which'>之前</Text>
                <View className='before-after__track'>
                  <View className='before-after__bar before-after__bar--before' style={{ width: bar(r.before) }} />
                </View>
                <Text className='before-after__value'>{withUnit(r.before, r.unit)}</Text>
              </View>
            ) : null}
            <View className='before-after__line'>
              <Text className='before-after__which'>{r.before !== null ? '之后' : '成效'}</Text>
              <View className='before-after__track'>
                <View className='before-after__bar' style={{ width: bar(r.after) }} />
              </View>
              <Text className='before-after__value before-after__value--after'>{withUnit(r.after, r.unit)}</Text>
            </View>
            <Text className='before-after__note'>{[change(r), figureSource(r)].filter(Boolean).join(' · ')}</Text>
          </View>
        );
      })}
    </View>
  );
}
