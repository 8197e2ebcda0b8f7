import Taro from '@tarojs/taro';
import { TOKENS } from '@/styles/tokens';

/**
 * Toasts and confirmations the one way: never a mask over actionable UI (a toast must not
 * swallow the next tap), a check mark only for short words (WeChat cuts an icon toast at
 * 7 characters), and modal buttons in the brand red instead of the platform green or blue.
 */
export function notify(title: string, options: { done?: boolean; duration?: number } = {}): void {
  const icon = options.done && [...title].length <= 7 ? 'success' : 'none';
  void Taro.showToast({ title, icon, mask: false, duration: options.duration ?? (icon === 'none' ? 2500 : 1500) });
}

export interface ConfirmOptions {
  title: string;
  content: string;
  /** At most 4 characters: WeChat refuses a longer one (and Taro h5 throws). */
  confirmText?: string;
  cancelText?: string;
}

/** Asks before an action that cannot be undone; resolves true when the person confirms. */
export async function confirmAction({ title, content, confirmText = '确定', cancelText = '取消' }: ConfirmOptions): Promise<boolean> {
  const r = await Taro.showModal({ title, content, confirmText, cancelText, confirmColor: TOKENS.red, cancelColor: '#333333' });
  return r.confirm;
}
