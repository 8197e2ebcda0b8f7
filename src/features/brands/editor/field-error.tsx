import { Text } from '@tarojs/components';
import './editor.scss';

/** The reason a field was refused, right under it. */
export function FieldError({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <Text className='field-error' data-testid='field-error'>
      {message}
    </Text>
  );
}
