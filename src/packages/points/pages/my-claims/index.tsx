import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { AtList, AtListItem } from 'taro-ui';
import { call } from '@/api/client';
import { usePaged } from '@/hooks/use-paged';
import { PagedFooter } from '@/features/points/components/paged-footer';
import { CLAIM_STATUS, dayText, signed } from '@/features/points/format';

export default function MyClaimsPage() {
  const list = usePaged((cursor) => call('points', 'myClaims', { cursor }), []);
  return (
    <View className='page'>
      <AtList>
        {list.items.map((c) => (
          <AtListItem
            key={c.id}
            title={`${c.itemName} ${signed(c.points)}`}
            note={`${dayText(c.date)}${c.reason ? ` · ${c.reason}` : ''}`}
            extraText={CLAIM_STATUS[c.status]}
            arrow='right'
            onClick={() => Taro.navigateTo({ url: `/packages/points/pages/claim-detail/index?id=${c.id}` })}
          />
        ))}
      </AtList>
      <PagedFooter {...list} count={list.items.length} empty='还没有申报记录' onMore={list.loadMore} />
    </View>
  );
}
