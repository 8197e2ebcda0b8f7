import { Text, View } from '@tarojs/components';
import { PROJECT_STAGES, type ProjectEntry, type ProjectTaskView } from '@contracts/brands-projects';
import { fileUrl } from '@/api/storage';
import { TapImage } from '@/components/tap-image';
import { previewImages } from '../preview';
import { day } from '../format';
import './entry-list.scss';

/** 进度台帐: dated entries with their evidence, newest first; the stage or task each one moved. */
export function EntryList({ entries, tasks }: { entries: readonly ProjectEntry[]; tasks: readonly ProjectTaskView[] }) {
  const taskName = new Map(tasks.map((t) => [t.id, t.title]));
  return (
    <View className='entry-list'>
      {entries.map((e) => (
        <View key={e.id} className='entry-list__entry'>
          <View className='entry-list__head'>
            <Text className='entry-list__date'>{day(e.date)}</Text>
            {e.stage ? <Text className='entry-list__tag'>{PROJECT_STAGES[e.stage]}</Text> : null}
            {e.taskId && taskName.has(e.taskId) ? (
              <Text className='entry-list__tag entry-list__tag--task'>
                {e.taskDone ? '完成：' : ''}
                {taskName.get(e.taskId)}
              </Text>
            ) : null}
          </View>
          <Text className='entry-list__text'>{e.text}</Text>
          {e.images.length ? (
            <View className='entry-list__images'>
              {e.images.map((img) => (
                <View key={img} className='entry-list__thumb' data-tap='preview-image' aria-label='查看佐证图片' onClick={() => previewImages(e.images, img)}>
                  <TapImage className='entry-list__img' src={fileUrl(img)} />
                </View>
              ))}
            </View>
          ) : null}
          <Text className='entry-list__by'>{e.byName}</Text>
        </View>
      ))}
    </View>
  );
}
