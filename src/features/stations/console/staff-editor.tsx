import { useState, type ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { AtButton, AtInput } from 'taro-ui';
import { GRANTABLE_ROLES } from '@contracts/org';
import { ROLE_LABELS, type Role } from '@contracts/account';
import type { PersonRow, StationSummary } from '@contracts/stations';
import { call } from '@/api/client';
import { beforeData } from '@/components/page-state';
import { useBusy } from '@/hooks/use-busy';
import { useRemote } from '@/hooks/use-remote';
import { confirmAction, notify } from '@/ui/feedback';

type Grantable = (typeof GRANTABLE_ROLES)[number];
const grantable = (roles: readonly string[]) => GRANTABLE_ROLES.filter((r) => roles.includes(r));

/** Makes (or unmakes) someone staff of the station through org.setRoles, keeping the other roles they hold. */
async function setStaff(p: PersonRow, stationId: string, on: boolean): Promise<void> {
  const roles: Grantable[] = [...grantable(p.roles).filter((r) => r !== 'station_staff'), ...(on ? (['station_staff'] as const) : [])];
  await call('org', 'setRoles', {
    openid: p.openid,
    roles,
    branchId: roles.includes('branch_admin') ? p.branchId : null,
    stationId: on ? stationId : null,
  });
}

const roleText = (p: PersonRow) =>
  p.roles
    .filter((r) => r !== 'crew')
    .map((r) => ROLE_LABELS[r as Role] ?? '')
    .filter(Boolean)
    .join('、') || '船员';

function PersonLine({ p, children }: { p: PersonRow; children: ReactNode }) {
  return (
    <View className='console__booking' data-testid='person-row'>
      <Text className='console__who'>{p.name || '未设置姓名'}</Text>
      <Text className='console__line'>
        {roleText(p)}
        {p.phone ? ` · ${p.phone}` : ''}
      </Text>
      <View className='actions'>{children}</View>
    </View>
  );
}

/** 驿站工作人员: who works at the station, and finding anyone (crew included) by name or phone to add. */
export function StaffEditor({ station }: { station: StationSummary }) {
  const staff = useRemote(() => call('stations', 'staffOf', { stationId: station.id }), [station.id]);
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const found = useRemote(() => (q ? call('stations', 'searchPeople', { q }) : Promise.resolve({ items: [], cursor: null })), [q]);
  const { busy, run } = useBusy();
  const change = async (p: PersonRow, on: boolean) => {
    const elsewhere = on && p.roles.includes('station_staff') && p.stationId && p.stationId !== station.id;
    if (!on || elsewhere) {
      const content = on ? `${p.name}现在是另一个驿站的工作人员，改为${station.name}的工作人员？` : `${p.name}将不再是${station.name}的工作人员。`;
      if (!(await confirmAction({ title: on ? '调到本站' : '移出本站', content, confirmText: '确定' }))) return;
    }
    await run(async () => {
      await setStaff(p, station.id, on);
      notify(on ? '已设为本站工作人员' : '已移出', { done: true });
      await Promise.all([staff.reload(), found.reload()]);
    }, on ? '设为工作人员' : '移出');
  };
  return (
    <>
      <View className='card'>
        <Text className='card-title'>{station.name} 的工作人员</Text>
        {beforeData(staff) ??
          (staff.data!.length === 0 ? (
            <Text className='muted'>还没有工作人员</Text>
          ) : (
            staff.data!.map((p) => (
              <PersonLine key={p.openid} p={p}>
                <AtButton size='small' disabled={busy} onClick={() => void change(p, false)}>
                  移出本站
                </AtButton>
              </PersonLine>
            ))
          ))}
      </View>
      <View className='card'>
        <Text className='card-title'>添加工作人员</Text>
        <AtInput name='person-q' title='查找' placeholder='姓名开头或完整手机号' value={typed} onChange={(v: string | number) => setTyped(String(v))} onConfirm={() => setQ(typed.trim())} />
        <View className='actions'>
          <AtButton size='small' type='primary' onClick={() => setQ(typed.trim())}>
            查找
          </AtButton>
        </View>
        {q
          ? (beforeData(found) ??
            (found.data!.items.length === 0 ? (
              <Text className='muted'>没有找到，船员需先登录过红帆</Text>
            ) : (
              found.data!.items.map((p) => (
                <PersonLine key={p.openid} p={p}>
                  {p.stationId === station.id && p.roles.includes('station_staff') ? (
                    <Text className='muted'>已是本站工作人员</Text>
                  ) : (
                    <AtButton size='small' type='primary' disabled={busy} onClick={() => void change(p, true)}>
                      设为本站工作人员
                    </AtButton>
                  )}
                </PersonLine>
              ))
            )))
          : null}
      </View>
    </>
  );
}
