import { AtInput, AtTextarea } from 'taro-ui';
import type { Block } from '@contracts/brands';
import { blankFigure, FigureFields } from './figure-fields';
import type { FieldErrors } from './field-errors';
import { ImageField } from './image-field';
import { ListEditor, type AddOption } from './list-editor';

const KIND: Record<Block['type'], string> = { paragraph: '段落', heading: '小标题', image: '图片', figure: '数据' };

const ADD: ReadonlyArray<AddOption<Block>> = [
  { label: '段落', make: () => ({ type: 'paragraph', text: '' }) },
  { label: '小标题', make: () => ({ type: 'heading', text: '' }) },
  { label: '图片', make: () => ({ type: 'image', fileId: '', caption: '' }) },
  { label: '数据', make: () => ({ type: 'figure', figure: blankFigure() }) },
];

/** Rich content as blocks: paragraphs, headings, pictures with captions, figures — never HTML. */
export function BlockEditor({ title, field, blocks, onChange, max, errors }: { title: string; field: string; blocks: readonly Block[]; onChange: (b: Block[]) => void; max: number; errors: FieldErrors }) {
  return (
    <ListEditor
      title={title}
      hint='按顺序排列段落、小标题、图片和数据；图片点开可看大图'
      field={field}
      items={blocks}
      onChange={onChange}
      add={ADD}
      max={max}
      itemName={(b, i) => `第 ${i + 1} 段 · ${KIND[b.type]}`}
      errors={errors}
    >
      {(b, update, i) => {
        if (b.type === 'paragraph')
          return <AtTextarea value={b.text} onChange={(v: string) => update({ ...b, text: v })} maxLength={1000} placeholder='段落内容' />;
        if (b.type === 'heading')
          return <AtInput name={`${field}-${i}`} title='小标题' placeholder='不超过 30 个字' value={b.text} onChange={(v: string | number) => update({ ...b, text: String(v) })} />;
        if (b.type === 'image')
          return (
            <>
              <ImageField label='图片' value={b.fileId || null} onChange={(id) => update({ ...b, fileId: id ?? '' })} />
              <AtInput name={`${field}-${i}-caption`} title='说明' placeholder='图片说明（可不填）' value={b.caption} onChange={(v: string | number) => update({ ...b, caption: String(v) })} />
            </>
          );
        return <FigureFields name={`${field}-${i}`} value={b.figure} onChange={(figure) => update({ ...b, figure })} />;
      }}
    </ListEditor>
  );
}
