import { useEffect } from 'react';
import Taro from '@tarojs/taro';

export const LEAVE_MESSAGE = '填写的内容还没有保存，离开后将丢失';

/**
 * Asks before leaving a form with unsaved input: weapp's own prompt on back (swipe, button or the
 * navigation bar). The h5 build uses leave-guard.h5.ts.
 */
export function useLeaveGuard(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return undefined;
    Taro.enableAlertBeforeUnload({ message: LEAVE_MESSAGE });
    return () => Taro.disableAlertBeforeUnload();
  }, [dirty]);
}
