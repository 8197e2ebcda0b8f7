import { Text } from '@tarojs/components';
import type { DraftState } from '@contracts/brands';
import { publishLabel } from '../format';
import './publish-badge.scss';

/** 草稿 · 未发布 / 已发布 / 已发布 · 有修改待发布, in the colour of where it stands. */
export function PublishBadge({ state }: { state: DraftState | null }) {
  const label = publishLabel(state);
  return <Text className={`publish-badge publish-badge--${label.tone}`}>{label.text}</Text>;
}
