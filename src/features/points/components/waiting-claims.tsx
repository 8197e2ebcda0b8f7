import { Text, View } from '@tarojs/components';
import { AtButton } from 'taro-ui';
import { useOutbox } from '@/offline/outbox';
import { discardWrite } from '@/offline/outbox';
import { useNetwork } from '@/offline/network';
import { confirmAction } from '@/ui/feedback';
import { dayText, signed } from '@/features/points/format';
import '@/features/points/claim-outbox';
import './waiting-claims.scss';

/** Claims in the outbox, at the top of 我的申报: 待发送 until the signal returns, or why the server refused one. */
export function WaitingClaims() {
  const entries = useOutbox('points.claim');
  const { online } = useNetwork();
  if (entries.length === 0) return null;
  return (
    <View className='waiting-claims' data-testid='waiting-claims'>
      {entries.map((e) => (
        <View key={e.id} className='waiting-claims__item'>
          <View className='waiting-claims__head'>
            <Text className='waiting-claims__title'>
              {e.input.itemName} {signed(e.input.points)}
            </Text>
            <Text className={`waiting-claims__status waiting-claims__status--${e.status}`}>{e.status === 'waiting' ? '待发送' : '未能提交'}</Text>
          </View>
          <Text className='waiting-claims__meta'>
            {dayText(e.input.date)}
            {e.files.length ? ` · ${e.files.length} 张照片` : ''}
            {e.status === 'waiting' ? (online ? ' · 正在发送…' : ' · 联网后自动提交') : ''}
          </Text>
          {e.status === 'refused' ? (
            <>
              <Text className='waiting-claims__error'>{e.error}</Text>
              <View className='actions'>
                <AtButton
                  size='small'
                  onClick={async () => {
                    if (await confirmAction({ title: '删除这条申报', content: '它没有提交成功，删除后需要重新填写。', confirmText: '删除' })) discardWrite(e.id);
                  }}
                >
                  删除
                </AtButton>
              </View>
            </>
          ) : null}
        </View>
      ))}
    </View>
  );
}
