import { useEffect } from 'react';
import Taro from '@tarojs/taro';
import { confirmAction } from '@/ui/feedback';

export const LEAVE_MESSAGE = '填写的内容还没有提交，离开后将丢失。';

/**
 * Asks before leaving a form with input in it (a back tap would otherwise throw the input away).
 * weapp: WeChat's own prompt on back (enableAlertBeforeUnload). h5: the title bar's back asks
 * with our dialog, and a reload or closing the tab asks through the browser.
 */
export function useLeaveGuard(dirty: boolean, message: string = LEAVE_MESSAGE): void {
  useEffect(() => {
    if (!dirty) return undefined;
    if (process.env.TARO_ENV === 'weapp') {
      void Taro.enableAlertBeforeUnload({ message });
      return () => void Taro.disableAlertBeforeUnload();
    }
    // NOTE: h5 has no enableAlertBeforeUnload (Taro: not supported): catch the title bar's back
    // before Taro's router sees it, and the browser's own unload.
    const onBack = (e: MouseEvent) => {
      const target = e.target as Element | null;
      if (!target?.closest?.('.taro-navigation-bar-back')) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      void confirmAction({ title: '放弃填写？', content: message, confirmText: '放弃', cancelText: '继续填写' }).then((leave) => {
        if (leave) void Taro.navigateBack();
      });
    };
    const onUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = message;
    };
    document.addEventListener('click', onBack, true);
    window.addEventListener('beforeunload', onUnload);
    return () => {
      document.removeEventListener('click', onBack, true);
      window.removeEventListener('beforeunload', onUnload);
    };
  }, [dirty, message]);
}
