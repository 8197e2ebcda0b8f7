import { Text, View } from '@tarojs/components';
import '../editor/editor.scss';
import './pick-row.scss';

export interface PickAction {
  label: string;
  onTap: () => void;
  quiet?: boolean;
}

/** A row with its name, a note and a few small actions (上移, 移除, 加入) that wrap under it in large type. */
export function PickRow({ title, note, actions, testId }: { title: string; note: string; actions: PickAction[]; testId?: string }) {
  return (
    <View className='pick-row' data-testid={testId}>
      <View className='pick-row__words'>
        <Text className='pick-row__title'>{title}</Text>
        <Text className='pick-row__note'>{note}</Text>
      </View>
      <View className='pick-row__actions'>
        {actions.map((a) => (
          <Text key={a.label} className={`editor-action${a.quiet ? ' editor-action--quiet' : ''}`} data-tap='pick' onClick={a.onTap}>
            {a.label}
          </Text>
        ))}
      </View>
    </View>
  );
}
