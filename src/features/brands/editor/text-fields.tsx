import { View } from '@tarojs/components';
import { AtInput, AtTextarea } from 'taro-ui';
import { FieldError } from './field-error';
import './editor.scss';

/** One line of text with its error under it. */
export function TextField({ name, title, value, onChange, placeholder, error }: { name: string; title: string; value: string; onChange: (v: string) => void; placeholder?: string; error?: string }) {
  return (
    <View className='text-field'>
      <AtInput name={name} title={title} placeholder={placeholder} value={value} onChange={(v: string | number) => onChange(String(v))} />
      <FieldError message={error} />
    </View>
  );
}

/** A paragraph of text under its title, with its error under it. */
export function AreaField({ title, value, onChange, placeholder, error, max }: { title: string; value: string; onChange: (v: string) => void; placeholder?: string; error?: string; max: number }) {
  return (
    <View className='editor-group'>
      <View className='editor-group__title'>{title}</View>
      <AtTextarea value={value} onChange={(v: string) => onChange(v)} maxLength={max} placeholder={placeholder} />
      <FieldError message={error} />
    </View>
  );
}
