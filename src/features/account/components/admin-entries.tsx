import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { AtList, AtListItem } from 'taro-ui';
import type { Me } from '@contracts/account';
import { hasRole } from '@/features/account/me-store';

/** Work pages a person may open, by role. The server checks every action again. */
export function adminEntries(me: Me): Array<{ title: string; note: string; url: string }> {
  const entries: Array<{ title: string; note: string; url: string }> = [];
  if (hasRole(me, 'branch_admin')) {
    entries.push({ title: '积分审核', note: '党员积分申报审核、年度积分表导出', url: '/packages/admin/pages/claims/index' });
    entries.push({ title: '支部管理', note: '入党支部申请审核、支部邀请码', url: '/packages/admin/pages/branch/index' });
  }
  if (hasRole(me, 'org_admin')) {
    entries.push({ title: '组织管理', note: '党员名册导入、角色设置', url: '/packages/admin/pages/org/index' });
    entries.push({ title: '积分标准', note: '积分项目、分值、上限与评星标准', url: '/packages/admin/pages/standard/index' });
    entries.push({ title: '驿站与工作人员', note: '新建驿站、指定驿站工作人员、进入各驿站管理', url: '/packages/admin/pages/stations/index' });
  }
  if (hasRole(me, 'station_staff')) {
    entries.push({ title: '驿站管理', note: '今日预约、核销、开放时间、公告、快递与导出', url: '/packages/admin/pages/station/index' });
  }
  return entries;
}

export function AdminEntries({ me }: { me: Me }) {
  const entries = adminEntries(me);
  if (entries.length === 0) return null;
  return (
    <View className='admin-entries'>
      <AtList>
        {entries.map((e) => (
          <AtListItem key={e.url} title={e.title} note={e.note} arrow='right' onClick={() => Taro.navigateTo({ url: e.url })} />
        ))}
      </AtList>
    </View>
  );
}
