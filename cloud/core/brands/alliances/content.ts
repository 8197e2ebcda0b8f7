// An alliance's content: the texts the content check reads (each named) and its images.
import type { AllianceContent } from '../../../../contracts/brands-alliances';
import type { Field } from '../../content/check';
import { blockFields, blockImages, figureFields, itemFields } from '../blocks';

export function allianceFields(c: AllianceContent): Field[] {
  return [
    { label: '联盟名称', text: c.name },
    { label: '联盟宗旨', text: c.purpose },
    ...blockFields('联盟介绍', c.story),
    ...itemFields('成员单位', c.members, (m) => [m.unit, m.branchName]),
    ...itemFields('联动机制', c.mechanisms, (m) => [m.name, m.text]),
    ...itemFields('平台', c.platforms, (p) => [p.name, p.text]),
    ...c.results.flatMap((f, i) => figureFields(`成效第 ${i + 1} 项`, f)),
  ];
}

export function allianceImages(c: AllianceContent | null): string[] {
  if (!c) return [];
  return [c.cover, c.logo, ...blockImages(c.story)].filter((x): x is string => !!x);
}
