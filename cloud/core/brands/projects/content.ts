// A project's content: the texts the content check reads (each named) and its images.
import type { ProjectContent } from '../../../../contracts/brands-projects';
import type { Field } from '../../content/check';
import { blockFields, blockImages, itemFields } from '../blocks';

export function projectFields(c: ProjectContent): Field[] {
  return [
    { label: '项目名称', text: c.title },
    { label: '项目负责人', text: c.leader },
    ...blockFields('项目背景', c.background),
    { label: '拟解决的问题', text: c.problem },
    ...blockFields('内容措施', c.measures),
    { label: '预期成效', text: c.expected },
    ...itemFields('任务', c.tasks, (t) => [t.title, t.lead, ...t.support]),
    ...itemFields('成效', c.results, (r) => [r.label, r.unit, r.source]),
  ];
}

export function projectImages(c: ProjectContent | null): string[] {
  if (!c) return [];
  return [c.cover, ...blockImages(c.background), ...blockImages(c.measures)].filter((x): x is string => !!x);
}
