import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { FieldError } from './field-error';
import type { FieldErrors } from './field-errors';
import './editor.scss';

export interface AddOption<T> {
  label: string;
  make: () => T;
}

/**
 * A list in a form (story blocks, 载体, honours, tasks …): each item in its own box with 上移,
 * 下移 and 删除, its error under it, and buttons to add more. `field` is the content's key, so
 * errors `${field}.${i}` land under item i.
 */
export function ListEditor<T>({
  title,
  hint,
  field,
  items,
  onChange,
  add,
  max,
  itemName,
  errors,
  children,
}: {
  title: string;
  hint?: string;
  field: string;
  items: readonly T[];
  onChange: (items: T[]) => void;
  add: ReadonlyArray<AddOption<T>>;
  max: number;
  itemName: (item: T, index: number) => string;
  errors: FieldErrors;
  children: (item: T, update: (next: T) => void, index: number) => ReactNode;
}) {
  const move = (i: number, by: number) => {
    const next = [...items];
    const [it] = next.splice(i, 1);
    next.splice(i + by, 0, it!);
    onChange(next);
  };
  return (
    <View className='editor-group'>
      <Text className='editor-group__title'>
        {title}（{items.length}/{max}）
      </Text>
      {hint ? <Text className='editor-group__hint'>{hint}</Text> : null}
      <FieldError message={errors[field]} />
      {items.map((item, i) => (
        <View key={i} className={`editor-item${errors[`${field}.${i}`] ? ' editor-item--error' : ''}`}>
          <View className='editor-item__bar'>
            <Text className='editor-item__name'>{itemName(item, i)}</Text>
            {i > 0 ? (
              <Text className='editor-action editor-action--quiet' data-tap='move-up' onClick={() => move(i, -1)}>
                上移
              </Text>
            ) : null}
            {i < items.length - 1 ? (
              <Text className='editor-action editor-action--quiet' data-tap='move-down' onClick={() => move(i, 1)}>
                下移
              </Text>
            ) : null}
            <Text className='editor-action' data-tap='remove' onClick={() => onChange(items.filter((_x, j) => j !== i))}>
              删除
            </Text>
          </View>
          {children(item, (next) => onChange(items.map((x, j) => (j === i ? next : x))), i)}
          <FieldError message={errors[`${field}.${i}`]} />
        </View>
      ))}
      {items.length < max ? (
        <View className='editor-group__add'>
          {add.map((a) => (
            <Text key={a.label} className='editor-action' data-tap='add' onClick={() => onChange([...items, a.make()])}>
              + {a.label}
            </Text>
          ))}
        </View>
      ) : null}
    </View>
  );
}
