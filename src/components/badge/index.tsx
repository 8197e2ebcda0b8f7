import { Text } from '@tarojs/components';
import './index.scss';

/** A red count pill (unread messages, items waiting): 99+ past 99, nothing at 0. */
export function CountBadge({ count, label }: { count: number; label: string }) {
  if (count <= 0) return null;
  return (
    <Text className='count-badge' aria-label={`${count} ${label}`}>
      {count > 99 ? '99+' : count}
    </Text>
  );
}
