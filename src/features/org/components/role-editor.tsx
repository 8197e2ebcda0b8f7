import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { AtButton, AtCheckbox } from 'taro-ui';
import { GRANTABLE_ROLES, type MemberSummary } from '@contracts/org';
import { ROLE_LABELS } from '@contracts/account';
import { call } from '@/api/client';
import { useBusy } from '@/hooks/use-busy';
import { notify } from '@/ui/feedback';
import './role-editor.scss';

type Grantable = (typeof GRANTABLE_ROLES)[number];

/** 角色设置 for one person: 支部书记 of their own branch, 驿站工作人员 of their station, 管理员 (members of the org only). */
export function RoleEditor({ member, onDone }: { member: MemberSummary; onDone: (changed: boolean) => void }) {
  const [roles, setRoles] = useState<Grantable[]>(GRANTABLE_ROLES.filter((r) => member.roles.includes(r)));
  const { busy, run } = useBusy();
  const options = GRANTABLE_ROLES.map((r) => ({
    value: r,
    label: ROLE_LABELS[r],
    desc:
      r === 'branch_admin'
        ? member.branchId
          ? '管理本人所在支部'
          : '需先加入一个支部'
        : r === 'station_staff'
          ? member.stationId
            ? '处理所在驿站的预约'
            : '需先指定所在驿站'
          : member.branchId || member.roles.includes('org_admin')
            ? '管理整个组织'
            : '只能任命本单位的党员',
    disabled:
      (r === 'branch_admin' && !member.branchId) ||
      (r === 'station_staff' && !member.stationId) ||
      (r === 'org_admin' && !member.branchId && !member.roles.includes('org_admin')),
  }));

  const save = async () => {
    await run(async () => {
      await call('org', 'setRoles', {
        openid: member.openid,
        roles,
        branchId: roles.includes('branch_admin') ? member.branchId : null,
        stationId: roles.includes('station_staff') ? member.stationId : null,
      });
      notify('已保存', { done: true });
      onDone(true);
    });
  };

  return (
    <View className='role-editor'>
      <Text className='role-editor__name'>{member.name || '未设置昵称'}</Text>
      <AtCheckbox options={options} selectedList={roles} onChange={(v: Grantable[]) => setRoles(v)} />
      <View className='role-editor__actions'>
        <AtButton type='primary' size='small' loading={busy} disabled={busy} onClick={save}>
          保存
        </AtButton>
        <AtButton size='small' disabled={busy} onClick={() => onDone(false)}>
          取消
        </AtButton>
      </View>
    </View>
  );
}
