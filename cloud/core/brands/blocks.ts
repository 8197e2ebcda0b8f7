// What the content check and the image check see of rich content: each block on its own, named
// as the editor counts them (故事第 3 段), so that a refusal points at the block to fix.
import type { Block, Figure } from '../../../contracts/brands';
import type { Field } from '../content/check';

export function figureFields(label: string, f: Figure): Field[] {
  return [
    { label: `${label}的名称`, text: f.label },
    { label: `${label}的单位`, text: f.unit },
    { label: `${label}的来源`, text: f.source },
  ];
}

/** `第 N 段` of a block list, 1-based, under the list's name (故事, 项目背景 …). */
export function blockFields(list: string, blocks: readonly Block[]): Field[] {
  return blocks.flatMap((b, i): Field[] => {
    const label = `${list}第 ${i + 1} 段`;
    if (b.type === 'paragraph' || b.type === 'heading') return [{ label, text: b.text }];
    if (b.type === 'image') return [{ label: `${label}的图片说明`, text: b.caption }];
    return figureFields(label, b.figure);
  });
}

/** `第 N 项` of a list of items, each with its own texts. */
export function itemFields<T>(list: string, items: readonly T[], texts: (item: T) => string[]): Field[] {
  return items.flatMap((item, i) => texts(item).map((text) => ({ label: `${list}第 ${i + 1} 项`, text })));
}

export function blockImages(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) => (b.type === 'image' ? [b.fileId] : []));
}
