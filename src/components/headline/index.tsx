import { Text, View } from '@tarojs/components';
import './index.scss';

/** A page's headline figure above its list: what it adds up to (2026 年度合计 44 分). Wraps in large type. */
export function Headline({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <View className='headline' data-testid={testId}>
      <Text className='headline__label'>{label}</Text>
      <Text className='headline__value'>{value}</Text>
    </View>
  );
}
