import { useState } from 'react';
import { Text } from '@tarojs/components';
import { AtList, AtListItem } from 'taro-ui';
import type { MemberSummary } from '@contracts/org';
import { call } from '@/api/client';
import { ErrorState, Loading } from '@/components/page-state';
import { useRemote } from '@/hooks/use-remote';
import { MemberList } from '@/features/org/components/member-list';
import { RoleEditor } from '@/features/org/components/role-editor';
import { RosterImport } from '@/features/org/components/roster-import';
import { RequireRole } from '@/features/account/components/require-role';
import { Screen } from '@/components/screen';
import '@/packages/admin/pages/branch/index.scss';

/** 组织管理: the org admin's roster and role settings. */
function OrgAdminPageBody() {
  const roster = useRemote(() => call('org', 'listRoster'), [], { cache: 'org.roster' });
  const members = useRemote(() => call('org', 'listMembers'), [], { cache: 'org.members' });
  const [editing, setEditing] = useState<MemberSummary | null>(null);

  return (
    <Screen className='admin-page'>
      <Text className='admin-page__title'>党员名册</Text>
      <RosterImport onImported={roster.reload} />
      {roster.loading && !roster.data ? <Loading /> : null}
      {roster.error && !roster.data ? <ErrorState error={roster.error} onRetry={roster.reload} /> : null}
      {roster.data ? (
        <AtList>
          {roster.data.map((r) => (
            <AtListItem
              key={r.id}
              title={r.name}
              note={`${r.branchName} · ${r.phone}`}
              extraText={r.claimedBy ? '已加入' : '未加入'}
            />
          ))}
        </AtList>
      ) : null}
      <Text className='admin-page__title'>成员与角色</Text>
      {editing ? (
        <RoleEditor
          member={editing}
          onDone={(changed) => {
            setEditing(null);
            if (changed) void members.reload();
          }}
        />
      ) : null}
      {members.loading && !members.data ? <Loading /> : null}
      {members.error && !members.data ? <ErrorState error={members.error} onRetry={members.reload} /> : null}
      {members.data ? <MemberList members={members.data} onPick={setEditing} /> : null}
    </Screen>
  );
}

export default function OrgAdminPage() {
  return (
    <RequireRole role='org_admin'>
      <OrgAdminPageBody />
    </RequireRole>
  );
}
