import { Text } from '@tarojs/components';
import { call } from '@/api/client';
import { ErrorState, Loading } from '@/components/page-state';
import { useRemote } from '@/hooks/use-remote';
import { InviteCode } from '@/features/org/components/invite-code';
import { JoinQueue } from '@/features/org/components/join-queue';
import { MemberList } from '@/features/org/components/member-list';
import { RequireRole } from '@/features/account/components/require-role';
import { Screen } from '@/components/screen';
import './index.scss';

/** 支部管理: the secretary's own branch — invite code, join requests, members. */
function BranchAdminPageBody() {
  const members = useRemote(() => call('org', 'listMembers'), [], { cache: 'org.members' });
  return (
    <Screen className='admin-page'>
      <InviteCode />
      <Text className='admin-page__title'>待审核的入支部申请</Text>
      <JoinQueue onDecided={members.reload} />
      <Text className='admin-page__title'>支部党员{members.data ? `（${members.data.length}）` : ''}</Text>
      {members.loading && !members.data ? <Loading /> : null}
      {members.error && !members.data ? <ErrorState error={members.error} onRetry={members.reload} /> : null}
      {members.data ? <MemberList members={members.data} /> : null}
    </Screen>
  );
}

export default function BranchAdminPage() {
  return (
    <RequireRole role='branch_admin'>
      <BranchAdminPageBody />
    </RequireRole>
  );
}
