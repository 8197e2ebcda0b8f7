import type { ReactNode } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { AtButton } from 'taro-ui';
import type { Role } from '@contracts/account';
import { ROLE_LABELS } from '@contracts/account';
import { ApiCallError } from '@/api/errors';
import { ErrorState, Loading } from '@/components/page-state';
import { Screen } from '@/components/screen';
import { hasRole, useMe } from '@/features/account/me-store';

/**
 * Shows a work page only to those who hold the role, with one plain message for
 * everyone else. A courtesy: the server refuses the actions regardless.
 */
export function RequireRole({ role, children }: { role: Role | Role[]; children: ReactNode }) {
  const roles = Array.isArray(role) ? role : [role];
  const { me, loading, error, refresh } = useMe();
  // Before the page's own Screen: these states carry one themselves (the grey page, the 离线 banner).
  if (!me && loading) return <Screen><Loading /></Screen>;
  if (!me) return <Screen>{error ? <ErrorState error={error} onRetry={refresh} /> : <Loading />}</Screen>;
  if (!roles.some((r) => hasRole(me, r))) {
    const who = roles.map((r) => ROLE_LABELS[r]).join('或');
    return (
      <Screen>
        <ErrorState error={new ApiCallError('FORBIDDEN', `没有权限：此页面仅对${who}开放`)} />
        {/* A refused page is not a dead end: home is one tap away (a shared link may open it first). */}
        <View className='actions actions--page actions--stack'>
          <AtButton type='primary' onClick={() => void Taro.switchTab({ url: '/pages/home/index' })}>
            回到首页
          </AtButton>
        </View>
      </Screen>
    );
  }
  return <>{children}</>;
}
