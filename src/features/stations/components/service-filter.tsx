import { useState } from 'react';
import { View } from '@tarojs/components';
import { SERVICES, type ServiceId } from '@contracts/stations-catalog';
import { MAIN_SERVICES } from '../format';
import { Chips } from './chips';
import './service-filter.scss';

type Choice = ServiceId | 'more';

/** 服务: the ones crews ask for most, then 更多服务 for the whole catalogue; 营业中 beside them. */
export function ServiceFilter(p: { value: ServiceId | null; onChange: (v: ServiceId | null) => void; openNow: boolean; onOpenNow: (v: boolean) => void }) {
  const [all, setAll] = useState(p.value !== null && !MAIN_SERVICES.includes(p.value));
  const shown = all ? SERVICES.map((s) => s.id) : MAIN_SERVICES;
  const options = [
    ...shown.map((id) => ({ value: id as Choice, label: SERVICES.find((s) => s.id === id)!.name })),
    ...(all ? [] : [{ value: 'more' as Choice, label: '更多服务' }]),
  ];
  return (
    <View className='card'>
      <Chips options={[{ value: 'open', label: '营业中' }]} value={p.openNow ? 'open' : null} onChange={(v) => p.onOpenNow(v === 'open')} clearable />
      <View className='service-filter__gap' />
      <Chips
        options={options}
        value={p.value}
        clearable
        onChange={(v) => {
          if (v === 'more') setAll(true);
          else p.onChange(v);
        }}
      />
    </View>
  );
}
