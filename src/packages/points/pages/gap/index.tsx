import { Text, View } from '@tarojs/components';
import { AtList, AtListItem } from 'taro-ui';
import { call } from '@/api/client';
import { DataAge } from '@/components/data-age';
import { beforeData } from '@/components/page-state';
import { Screen } from '@/components/screen';
import { useRemote } from '@/hooks/use-remote';
import { signed } from '@/features/points/format';

const PERIOD = { day: '今日', month: '本月', year: '今年' } as const;

/** 距下一星级: what is missing, and which items still have room under their caps. */
export default function GapPage() {
  const gap = useRemote(() => call('points', 'gap'), [], { cache: 'points.gap' });
  const gate = beforeData(gap);
  if (gate) return <Screen>{gate}</Screen>;
  const g = gap.data!;
  return (
    <Screen>
      <DataAge savedAt={gap.savedAt} />
      <View className='card'>
        <Text className='card-title'>
          {g.nextStar ? `距 ${g.nextStar.stars} 星（${g.nextStar.minPoints} 分）还差 ${g.nextStar.missing} 分` : '已达最高星级'}
        </Text>
        <Text className='muted'>今年已得 {g.total} 分。以下项目仍可申报：</Text>
      </View>
      <AtList>
        {g.items.map((i) => (
          <AtListItem
            key={i.itemId}
            title={`${i.name} ${signed(i.points)}`}
            note={i.categoryName}
            extraText={i.room === null ? '不限' : i.room > 0 ? `${PERIOD[i.period!]}还可得 ${i.room} 分` : `${PERIOD[i.period!]}已满`}
          />
        ))}
      </AtList>
    </Screen>
  );
}
