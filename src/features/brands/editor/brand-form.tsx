import { AtInput } from 'taro-ui';
import type { BrandContent, Carrier, GalleryImage, Honour, ResultSpec } from '@contracts/brands';
import { BlockEditor } from './block-editor';
import type { FieldErrors } from './field-errors';
import { blankHonour, HonourFields } from './honour-fields';
import { ImageField } from './image-field';
import { ListEditor } from './list-editor';
import { RESULT_OPTIONS, ResultFields, resultName } from './result-fields';
import { AreaField, TextField } from './text-fields';

/** Where a server refusal's words point in the brand form (“故事第 3 段…” → story.2). */
export const BRAND_LABELS = {
  品牌名称: 'name',
  标语: 'slogan',
  品牌内涵: 'meaning',
  故事: 'story',
  载体: 'carriers',
  成效: 'results',
  荣誉: 'honours',
  图集: 'gallery',
} as const;

/** Every part of a brand, in the order the brand page shows them. */
export function BrandForm({ value: c, set, errors }: { value: BrandContent; set: (patch: Partial<BrandContent>) => void; errors: FieldErrors }) {
  return (
    <>
      <TextField name='name' title='品牌名称' placeholder='如：红帆领航、生态卫士' value={c.name} onChange={(name) => set({ name })} error={errors['name']} />
      <TextField name='slogan' title='标语' placeholder='可不填' value={c.slogan} onChange={(slogan) => set({ slogan })} error={errors['slogan']} />
      <ImageField label='标志' value={c.logo} onChange={(logo) => set({ logo })} round />
      <ImageField label='封面' value={c.cover} onChange={(cover) => set({ cover })} />
      <AreaField title='品牌内涵' value={c.meaning} onChange={(meaning) => set({ meaning })} max={600} placeholder='品牌名称的含义、理念' error={errors['meaning']} />
      <BlockEditor title='品牌故事' field='story' blocks={c.story} onChange={(story) => set({ story })} max={60} errors={errors} />
      <ListEditor<Carrier>
        title='品牌载体'
        hint='品牌靠什么落地：活动、岗位、机制'
        field='carriers'
        items={c.carriers}
        onChange={(carriers) => set({ carriers })}
        add={[{ label: '载体', make: () => ({ title: '', text: '' }) }]}
        max={12}
        itemName={(_x, i) => `第 ${i + 1} 项`}
        errors={errors}
      >
        {(x, update, i) => (
          <>
            <AtInput name={`carrier-${i}`} title='名称' placeholder='如：党员先锋岗' value={x.title} onChange={(v: string | number) => update({ ...x, title: String(v) })} />
            <AtInput name={`carrier-${i}-text`} title='说明' placeholder='可不填' value={x.text} onChange={(v: string | number) => update({ ...x, text: String(v) })} />
          </>
        )}
      </ListEditor>
      <ListEditor<ResultSpec> title='创建成效' field='results' items={c.results} onChange={(results) => set({ results })} add={RESULT_OPTIONS} max={12} itemName={resultName} errors={errors}>
        {(r, update, i) => <ResultFields name={`result-${i}`} value={r} onChange={update} />}
      </ListEditor>
      <ListEditor<Honour> title='荣誉' field='honours' items={c.honours} onChange={(honours) => set({ honours })} add={[{ label: '荣誉', make: blankHonour }]} max={50} itemName={(_h, i) => `第 ${i + 1} 项`} errors={errors}>
        {(h, update, i) => <HonourFields name={`honour-${i}`} value={h} onChange={update} />}
      </ListEditor>
      <ListEditor<GalleryImage>
        title='图集'
        field='gallery'
        items={c.gallery}
        onChange={(gallery) => set({ gallery })}
        add={[{ label: '图片', make: () => ({ fileId: '', caption: '' }) }]}
        max={30}
        itemName={(_g, i) => `第 ${i + 1} 张`}
        errors={errors}
      >
        {(g, update, i) => (
          <>
            <ImageField label='图片' value={g.fileId || null} onChange={(id) => update({ ...g, fileId: id ?? '' })} />
            <AtInput name={`gallery-${i}`} title='说明' placeholder='可不填' value={g.caption} onChange={(v: string | number) => update({ ...g, caption: String(v) })} />
          </>
        )}
      </ListEditor>
    </>
  );
}
