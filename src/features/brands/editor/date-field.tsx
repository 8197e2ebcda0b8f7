import { Picker } from '@tarojs/components';
import { AtListItem } from 'taro-ui';

/** A day (YYYY-MM-DD) picked from a calendar; null shows 未定. */
export function DateField({ title, value, onChange }: { title: string; value: string | null; onChange: (day: string) => void }) {
  return (
    <Picker mode='date' value={value ?? ''} onChange={(e) => onChange(String(e.detail.value))}>
      <AtListItem title={title} extraText={value ?? '未定'} arrow='right' />
    </Picker>
  );
}
