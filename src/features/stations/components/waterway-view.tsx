import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { AtButton, AtInput, AtSegmentedControl } from 'taro-ui';
import { WATERWAYS, type WaterwayId } from '@contracts/stations-catalog';
import { notify } from '@/ui/feedback';
import { AheadList } from './ahead-list';
import { Chips } from './chips';
import './waterway-view.scss';

export interface Voyage {
  waterwayId: WaterwayId;
  direction: 'up' | 'down';
  km: number;
  speedKmh: number;
}

const KEY = 'rs.voyage';
const DIRECTIONS = ['up', 'down'] as const;

function storedVoyage(): Voyage | null {
  try {
    const v = Taro.getStorageSync(KEY) as Voyage | '';
    return v && typeof v.km === 'number' ? v : null;
  } catch {
    return null;
  }
}

/**
 * 沿航道: the stations ahead along the water by 航道里程, from the km and speed the crew types
 * (no GPS needed), with the time to reach each and whether it will be open then.
 */
export function WaterwayView() {
  const [voyage, setVoyage] = useState<Voyage | null>(storedVoyage);
  const [waterwayId, setWaterwayId] = useState<WaterwayId>(voyage?.waterwayId ?? 'changjiang');
  const [direction, setDirection] = useState<'up' | 'down'>(voyage?.direction ?? 'up');
  const [km, setKm] = useState(voyage ? String(voyage.km) : '');
  const [speed, setSpeed] = useState(voyage ? String(voyage.speedKmh) : '15');
  const waterway = WATERWAYS.find((w) => w.id === waterwayId)!;

  const show = () => {
    const v = { waterwayId, direction, km: Number(km), speedKmh: Number(speed) };
    if (km.trim() === '' || !(v.km >= 0) || v.km > 10000) return notify('请填写当前所在的航道里程（公里）');
    if (!(v.speedKmh > 0) || v.speedKmh > 60) return notify('航速请填写 1 到 60 公里每小时');
    setVoyage(v);
    try {
      Taro.setStorageSync(KEY, v);
    } catch {
      // not kept: shown this time all the same
    }
  };

  return (
    <>
      <View className='card waterway-view'>
        <Text className='card-title'>航道</Text>
        <Chips options={WATERWAYS.map((w) => ({ value: w.id as WaterwayId, label: w.name }))} value={waterwayId} onChange={(v) => v && setWaterwayId(v)} />
        <Text className='card-title waterway-view__label'>航向</Text>
        <AtSegmentedControl
          values={DIRECTIONS.map((d) => waterway.directions[d].label)}
          current={DIRECTIONS.indexOf(direction)}
          onClick={(i: number) => setDirection(DIRECTIONS[i]!)}
        />
        <Text className='muted waterway-view__hint'>
          {waterway.directions[direction].hint}；里程从{waterway.kmFrom}起算
        </Text>
        <AtInput name='km' title='当前里程' type='digit' placeholder='公里' value={km} onChange={(v: string | number) => setKm(String(v))} />
        <AtInput name='speed' title='航速' type='digit' placeholder='公里每小时' value={speed} onChange={(v: string | number) => setSpeed(String(v))} />
        <View className='actions'>
          <AtButton type='primary' className='waterway-view__go' onClick={show}>
            查看前方驿站
          </AtButton>
        </View>
      </View>
      {voyage ? <AheadList voyage={voyage} /> : null}
    </>
  );
}
