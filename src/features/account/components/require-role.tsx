import type { ReactNode } from 'react';
import type { Role } from '@contracts/account';
import { ROLE_LABELS } from '@contracts/account';
import { ApiCallError } from '@/api/errors';
import { ErrorState, Loading } from '@/components/page-state';
import { hasRole, useMe } from '@/features/account/me-store';

/**
 * Shows a work page only to those who hold the role, with one plain message for
 * everyone else. A courtesy: the server refuses the actions regardless.
 */
export function RequireRole({ role, children }: { role: Role | Role[]; children: ReactNode }) {
  const roles = Array.isArray(role) ? role : [role];
  const { me, loading, error, refresh } = useMe();
  if (!me && loading) return <Loading />;
  if (!me) return error ? <ErrorState error={error} onRetry={refresh} /> : <Loading />;
  if (!roles.some((r) => hasRole(me, r))) {
    const who = roles.map((r) => ROLE_LABELS[r]).join('或');
    return <ErrorState error={new ApiCallError('FORBIDDEN', `没有权限：此页面仅对${who}开放`)} />;
  }
  return <>{children}</>;
}
