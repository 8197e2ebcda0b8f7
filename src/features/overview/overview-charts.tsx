import { Text, View } from '@tarojs/components';
import type { Overview, OverviewTable } from '@contracts/overview';
import { Section } from '@/features/brands/components/section';
import { HBar, Legend, MonthColumns, StackedBar } from './charts';

const TOTAL = '合计';
const branchRows = (t: OverviewTable) => t.rows.filter((r) => r.label !== TOTAL);
/** The row that speaks for the whole scope: 合计 for an organisation, the branch's own row for a branch. */
const wholeRow = (t: OverviewTable) => t.rows.find((r) => r.label === TOTAL) ?? t.rows[0];
const sum = (values: ReadonlyArray<number | null>) => values.reduce<number>((s, v) => s + (v ?? 0), 0);

function Note({ text }: { text: string }) {
  return <Text className='chart__note'>{text}</Text>;
}

/** 组织概况's four charts: stars per branch, volunteer hours by month and per branch, claim turnaround by month, participation. */
export function OverviewCharts({ overview: o }: { overview: Overview }) {
  const stars = o.starsByBranch;
  const hours = o.hoursByMonth;
  const turn = o.claimTurnaround;
  const part = o.participation;
  const hourTotals = branchRows(hours).map((r) => ({ label: r.label, value: sum(r.values) }));
  const hourMax = Math.max(0, ...hourTotals.map((r) => r.value));
  return (
    <>
      <Section title={`${stars.title}（${stars.unit}）`}>
        <View className='chart' data-testid='chart-stars'>
          <Legend names={stars.columns} />
          {stars.rows.map((r) => (
            <StackedBar key={r.label} label={r.label} values={r.values} columns={stars.columns} />
          ))}
          <Note text={stars.note} />
        </View>
      </Section>
      <Section title={`${hours.title}（${hours.unit}）`}>
        <View className='chart' data-testid='chart-hours'>
          <MonthColumns values={wholeRow(hours)?.values ?? []} unit={hours.unit} />
          {hourTotals.length > 1 ? hourTotals.map((r) => <HBar key={r.label} label={r.label} value={r.value} max={hourMax} unit={hours.unit} />) : null}
          <Note text={hours.note} />
        </View>
      </Section>
      <Section title={`${turn.title}（${turn.unit}）`}>
        <View className='chart' data-testid='chart-turnaround'>
          <MonthColumns values={wholeRow(turn)?.values ?? []} unit={turn.unit} />
          <Note text={turn.note} />
        </View>
      </Section>
      <Section title={part.title}>
        <View className='chart' data-testid='chart-participation'>
          {part.rows.map((r) => (
            <View key={r.label} className='chart'>
              <HBar label={`${r.label} · 积分参与`} value={r.values[3] ?? null} max={100} unit='%' />
              <HBar label={`${r.label} · 志愿参与`} value={r.values[4] ?? null} max={100} unit='%' alt />
            </View>
          ))}
          <Note text={part.note} />
        </View>
      </Section>
    </>
  );
}
