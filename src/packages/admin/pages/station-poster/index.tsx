import { Image, Text, View } from '@tarojs/components';
import { AtButton } from 'taro-ui';
import type { StationDetail } from '@contracts/stations';
import { call } from '@/api/client';
import { beforeData } from '@/components/page-state';
import { useBusy } from '@/hooks/use-busy';
import { useRemote } from '@/hooks/use-remote';
import { ConsolePage } from '@/features/stations/console/console-page';
import { savePoster } from '@/features/stations/console/save-poster';
import { notify } from '@/ui/feedback';
import './index.scss';

/** The wall poster: the station's name, what it offers and the code that opens its page. */
function Poster({ s }: { s: StationDetail }) {
  const poster = useRemote(() => call('stations', 'poster', { stationId: s.id }), [s.id], { cache: 'stations.poster' });
  const { busy, run } = useBusy();
  const gate = beforeData(poster);
  if (gate) return gate;
  const p = poster.data!;
  const save = () =>
    run(async () => {
      await savePoster(s.name, p);
      notify('已保存', { done: true });
    }, '保存');
  return (
    <>
      <View className='card station-poster' data-testid='station-poster'>
        <Text className='station-poster__name'>{s.name}</Text>
        <Text className='station-poster__kind'>{s.kindName}</Text>
        <Image className='station-poster__code' src={`data:${p.mime};base64,${p.base64}`} mode='aspectFit' />
        <Text className='station-poster__hint'>微信扫一扫，查看开放时间、服务，预约与求助</Text>
        {s.phones[0] ? (
          <Text className='station-poster__hint'>
            {s.phones[0].label} {s.phones[0].number}
          </Text>
        ) : null}
      </View>
      {!p.wxacode ? <Text className='load-more'>本地演示环境生成的是普通二维码；正式环境为小程序码，扫码直接打开本驿站。</Text> : null}
      <View className='actions actions--page'>
        <AtButton type='primary' loading={busy} disabled={busy} onClick={() => void save()}>
          {process.env.TARO_ENV === 'weapp' ? '保存到相册' : '下载图片'}
        </AtButton>
      </View>
    </>
  );
}

export default function StationPosterPage() {
  return <ConsolePage>{(s) => <Poster s={s} />}</ConsolePage>;
}
