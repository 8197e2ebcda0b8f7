import { Text, View } from '@tarojs/components';
import { AtButton } from 'taro-ui';
import type { Claim } from '@contracts/points';
import { signed } from '@/features/points/format';
import './bulk-bar.scss';

/** Kept at the bottom of the screen while claims are selected: how many, their points, and 通过 N 条. */
export function BulkBar({ selected, busy, onApprove, onClear }: { selected: readonly Claim[]; busy: boolean; onApprove: () => void; onClear: () => void }) {
  if (selected.length === 0) return null;
  const points = selected.reduce((s, c) => s + c.points, 0);
  return (
    <View className='bulk-bar' data-testid='bulk-bar'>
      <Text className='bulk-bar__count'>
        已选 {selected.length} 条 · {signed(points)} 分
      </Text>
      <View className='bulk-bar__actions'>
        <AtButton size='small' disabled={busy} onClick={onClear}>
          清除
        </AtButton>
        <AtButton size='small' type='primary' loading={busy} disabled={busy} onClick={onApprove}>
          {`通过 ${selected.length} 条`}
        </AtButton>
      </View>
    </View>
  );
}
