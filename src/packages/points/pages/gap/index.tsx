import { Text, View } from '@tarojs/components';
import type { GapMeter } from '@contracts/points';
import { call } from '@/api/client';
import { DataAge } from '@/components/data-age';
import { beforeData } from '@/components/page-state';
import { Screen } from '@/components/screen';
import { useRemote } from '@/hooks/use-remote';
import { PointsRow } from '@/features/points/components/points-row';
import { signed } from '@/features/points/format';
import { go } from '@/ui/navigate';
import './index.scss';

const PERIOD = { day: '今日', month: '本月', year: '今年' } as const;

type GapItem = GapMeter['items'][number];

/** How much more this item can bring now: the number, with the cap's period. */
function roomText(i: GapItem): string {
  if (i.room === null) return '不限次数';
  return i.room > 0 ? `${PERIOD[i.period!]}还可得 ${i.room} 分` : `${PERIOD[i.period!]}已满`;
}

/** 距下一星级: what is missing, and which items still have room — each opens a claim of it. */
export default function GapPage() {
  const gap = useRemote(() => call('points', 'gap'), [], { cache: 'points.gap' });
  const gate = beforeData(gap);
  if (gate) return <Screen>{gate}</Screen>;
  const g = gap.data!;
  // Items with room first: those are the answer; the full ones follow, greyed and not offered.
  const open = g.items.filter((i) => i.room === null || i.room > 0);
  const full = g.items.filter((i) => i.room !== null && i.room <= 0);
  return (
    <Screen className='gap-page'>
      <DataAge savedAt={gap.savedAt} />
      <View className='card'>
        <Text className='gap-page__title' data-testid='gap-title'>
          {g.nextStar ? `距 ${g.nextStar.stars} 星还差 ${g.nextStar.missing} 分` : '已达最高星级'}
        </Text>
        <Text className='gap-page__sentence'>
          今年已得 {g.total} 分{g.nextStar ? `，${g.nextStar.stars} 星需 ${g.nextStar.minPoints} 分` : ''}。点下面的项目直接申报：
        </Text>
      </View>
      <Text className='section-title'>还可申报（{open.length} 项）</Text>
      {open.map((i) => (
        <PointsRow
          key={i.itemId}
          testId='gap-row'
          title={i.name}
          meta={
            <Text>
              {i.categoryName} · <Text className='gap-page__room'>{roomText(i)}</Text>
            </Text>
          }
          value={signed(i.points)}
          onClick={() => go(`/packages/points/pages/claim/index?item=${encodeURIComponent(i.itemId)}`)}
        />
      ))}
      {full.length ? <Text className='section-title'>已达上限</Text> : null}
      {full.map((i) => (
        <PointsRow key={i.itemId} title={i.name} meta={`${i.categoryName} · ${roomText(i)}`} value={signed(i.points)} tone='none' />
      ))}
    </Screen>
  );
}
