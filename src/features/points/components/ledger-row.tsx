import { Text, View } from '@tarojs/components';
import type { LedgerEntry } from '@contracts/points';
import { dayText, signed, SOURCE_LABEL } from '@/features/points/format';
import './ledger-row.scss';

export function LedgerRow({ entry }: { entry: LedgerEntry }) {
  return (
    <View className='ledger-row'>
      <View className='ledger-row__main'>
        <Text className='ledger-row__name'>{entry.itemName}</Text>
        <Text className='ledger-row__meta'>
          {dayText(entry.date)} · {SOURCE_LABEL[entry.source]}
          {entry.reason ? ` · ${entry.reason}` : ''}
        </Text>
      </View>
      <Text className={`ledger-row__points ${entry.points < 0 ? 'ledger-row__points--minus' : ''}`}>{signed(entry.points)}</Text>
    </View>
  );
}
