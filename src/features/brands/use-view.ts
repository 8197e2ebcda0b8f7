import { useDidShow } from '@tarojs/taro';
import type { ShowcaseKind } from '@contracts/brands';
import { call } from '@/api/client';

/** Counts one view each time the page is shown (not on every render or refresh); a failed count is not worth a word. */
export function useCountView(kind: ShowcaseKind, id: string, enabled = true): void {
  useDidShow(() => {
    if (enabled && id) call('brands', 'view', { kind, id }).catch(() => undefined);
  });
}
