import { Text, View } from '@tarojs/components';
import './charts.scss';

// The bars' sizes are the data itself: the one place a style is set inline.
const pct = (part: number, whole: number) => `${whole > 0 ? Math.max(0, Math.min(100, (part / whole) * 100)) : 0}%`;
const num = (n: number) => (Number.isInteger(n) ? n.toLocaleString('zh-CN') : n.toFixed(1));

/** One horizontal bar: its label and value above, the bar scaled to `max`. */
export function HBar({ label, value, max, unit, alt = false }: { label: string; value: number | null; max: number; unit: string; alt?: boolean }) {
  return (
    <View className='hbar'>
      <View className='hbar__head'>
        <Text className='hbar__label'>{label}</Text>
        <Text className='hbar__value'>{value === null ? '—' : `${num(value)} ${unit}`}</Text>
      </View>
      <View className='hbar__track'>
        <View className={`hbar__fill${alt ? ' hbar__fill--alt' : ''}`} style={{ width: pct(value ?? 0, max) }} />
      </View>
    </View>
  );
}

/** A row as a bar split into its columns (members by star): each segment its share of the row, named under it. */
export function StackedBar({ label, values, columns }: { label: string; values: ReadonlyArray<number | null>; columns: readonly string[] }) {
  const total = values.reduce<number>((s, v) => s + (v ?? 0), 0);
  const parts = values.flatMap((v, i) => (v ? [`${columns[i]} ${v}`] : []));
  return (
    <View className='hbar'>
      <View className='hbar__head'>
        <Text className='hbar__label'>{label}</Text>
        <Text className='hbar__value'>共 {total} 人</Text>
      </View>
      <View className='hbar__track'>
        {values.map((v, i) => (v ? <View key={i} className={`seg--${Math.min(i, 5)}`} style={{ width: pct(v, total) }} /> : null))}
      </View>
      <Text className='hbar__parts'>{parts.length ? parts.join(' · ') : '暂无党员'}</Text>
    </View>
  );
}

export function Legend({ names }: { names: readonly string[] }) {
  return (
    <View className='legend'>
      {names.map((n, i) => (
        <View key={n} className='legend__item'>
          <View className={`legend__swatch seg--${Math.min(i, 5)}`} />
          <Text>{n}</Text>
        </View>
      ))}
    </View>
  );
}

/** Twelve months as columns; an empty month has no column. The highest is named in words below. */
export function MonthColumns({ values, unit }: { values: ReadonlyArray<number | null>; unit: string }) {
  const max = Math.max(0, ...values.map((v) => v ?? 0));
  const peak = values.indexOf(max);
  return (
    <View className='chart'>
      <View className='columns'>
        {values.map((v, i) => (
          <View key={i} className='columns__col'>
            <View className={`columns__bar${v === null ? ' columns__bar--none' : ''}`} style={{ height: pct(v ?? 0, max) }} />
          </View>
        ))}
      </View>
      <View className='columns-axis'>
        {values.map((_v, i) => (
          <Text key={i} className='columns-axis__tick'>
            {i + 1}
          </Text>
        ))}
      </View>
      <Text className='columns-peak'>{max > 0 ? `最高：${peak + 1}月 ${num(max)} ${unit}` : '本年还没有数据'}</Text>
    </View>
  );
}
