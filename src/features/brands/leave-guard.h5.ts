import { useEffect } from 'react';
import { history } from '@tarojs/router';
import { confirmAction } from '@/ui/feedback';
import { LEAVE_MESSAGE } from './leave-guard';

/**
 * h5: the same question as weapp asks before leaving a form with unsaved input.
 * NOTE: Taro's h5 enableAlertBeforeUnload is "temporarily not supported"; its router runs on the
 * history package's hash history, whose block() holds back (the title bar's 返回, the browser's
 * back) until the person confirms, and asks the browser to warn before a reload or close.
 */
export function useLeaveGuard(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return undefined;
    let asking = false;
    const unblock = history.block((tx) => {
      if (asking) return;
      asking = true;
      void confirmAction({ title: '放弃修改？', content: LEAVE_MESSAGE, confirmText: '放弃' }).then((leave) => {
        asking = false;
        if (!leave) return;
        unblock();
        tx.retry();
      });
    });
    return unblock;
  }, [dirty]);
}
