import type { ReactNode } from 'react';
import type { Role } from '../../../../contracts/account';
import { ROLE_LABELS } from '../../../../contracts/account';
import { ApiCallError } from '../../../api/errors';
import { ErrorState, Loading } from '../../../components/page-state';
import { hasRole, useMe } from '../me-store';

/**
 * Shows a work page only to those who hold the role, with one plain message for
 * everyone else. A courtesy: the server refuses the actions regardless.
 */
export function RequireRole({ role, children }: { role: Role; children: ReactNode }) {
  const { me, loading, error, refresh } = useMe();
  if (!me && loading) return <Loading />;
  if (!me) return error ? <ErrorState error={error} onRetry={refresh} /> : <Loading />;
  if (!hasRole(me, role)) {
    return <ErrorState error={new ApiCallError('FORBIDDEN', `没有权限：此页面仅对${ROLE_LABELS[role]}开放`)} />;
  }
  return <>{children}</>;
}
