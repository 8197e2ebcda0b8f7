import { Picker } from '@tarojs/components';
import { AtList, AtListItem } from 'taro-ui';
import { chinaDate } from '@contracts/stations-hours';
import { call } from '@/api/client';
import { useBusy } from '@/hooks/use-busy';
import { notify } from '@/ui/feedback';

/** 出生日期: the 海员证 and 值班水手 certificates end at the holder's 65th birthday at the latest. */
export function BirthDateRow({ value, onSaved }: { value: string | null; onSaved: () => void }) {
  const { run } = useBusy();
  const save = (birthDate: string) =>
    run(async () => {
      await call('certificates', 'setBirthDate', { birthDate });
      notify('已保存', { done: true });
      onSaved();
    }, '保存');
  return (
    <AtList>
      <Picker mode='date' value={value ?? '1980-01-01'} start='1940-01-01' end={chinaDate(Date.now())} onChange={(e) => void save(String(e.detail.value))}>
        <AtListItem title='出生日期' note='用于核对海员证等不超过 65 周岁的规定' extraText={value ?? '未填写'} arrow='right' />
      </Picker>
    </AtList>
  );
}
