import { useEffect } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { call } from '@/api/client';
import { QrCode } from '@/components/qr-code';
import { beforeData } from '@/components/page-state';
import { Screen } from '@/components/screen';
import { useRemote } from '@/hooks/use-remote';
import './index.scss';

/** The organiser holds this up: participants scan the QR (weapp) or type the code (h5). It changes every 45 s. */
export default function CheckinCodePage() {
  const { params } = useRouter();
  const id = params['id'] ?? '';
  // Not stored: an old code would be refused, so offline this page says it needs the network.
  const code = useRemote(() => call('volunteer', 'checkinCode', { id }), [id]);
  const { reload } = code;
  useEffect(() => {
    const timer = setInterval(() => void reload(), 15_000); // well inside the 45 s window
    return () => clearInterval(timer);
  }, [reload]);
  const gate = beforeData(code);
  if (gate) return <Screen>{gate}</Screen>;
  const c = code.data!;
  return (
    <Screen className='checkin-code'>
      <QrCode text={c.qr} size={520} />
      <Text className='checkin-code__code' data-testid='checkin-code'>
        {c.code}
      </Text>
      <View className='checkin-code__hint'>
        <Text>请参与者打开活动页扫码签到；不方便扫码时可输入上面的签到码。签到码每 45 秒更新。</Text>
      </View>
    </Screen>
  );
}
