import { Text, View } from '@tarojs/components';
import { AtTextarea } from 'taro-ui';

/** A labelled multi-line field for the longer texts (arrival by water, a service's note): a one-line input would hide most of them. */
export function TextAreaField(p: { label: string; value: string; placeholder: string; max: number; onChange: (v: string) => void }) {
  return (
    <View className='console__field'>
      <Text className='console__label'>{p.label}</Text>
      <AtTextarea value={p.value} onChange={(v: string) => p.onChange(v)} maxLength={p.max} height={120} placeholder={p.placeholder} />
    </View>
  );
}
