import Taro from '@tarojs/taro';
import { notify } from './feedback';

/**
 * Opens a page. When it cannot open — a subpackage not yet downloaded and no network (weapp),
 * a chunk that could not load (h5) — the person is told so instead of being left on a blank screen.
 */
export function go(url: string): void {
  Taro.navigateTo({ url }).catch(() => notify('网络不可用，页面未能打开，请联网后重试'));
}
