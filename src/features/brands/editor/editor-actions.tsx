import { View } from '@tarojs/components';
import { AtButton } from 'taro-ui';
import { go } from '@/ui/navigate';

/** 保存草稿 and 预览 at the foot of an editor. `preview` is the page that shows the saved draft. */
export function EditorActions({ busy, onSave, preview, saveText = '保存草稿', previewText = '预览已保存的草稿' }: { busy: boolean; onSave: () => void; preview?: string | null; saveText?: string; previewText?: string }) {
  return (
    <View className='actions actions--page'>
      <AtButton type='primary' loading={busy} disabled={busy} onClick={onSave}>
        {saveText}
      </AtButton>
      {preview ? <AtButton onClick={() => go(preview)}>{previewText}</AtButton> : null}
    </View>
  );
}
