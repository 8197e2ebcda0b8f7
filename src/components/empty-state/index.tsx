import { Text, View } from '@tarojs/components';
import './index.scss';

interface EmptyStateProps {
  title: string;
  description?: string;
}

/** An honest "nothing here yet" block: says what will be here and why it is empty. */
export function EmptyState({ title, description }: EmptyStateProps) {
  return (
    <View className='empty-state'>
      <Text className='empty-state__title'>{title}</Text>
      {description ? <Text className='empty-state__desc'>{description}</Text> : null}
    </View>
  );
}
