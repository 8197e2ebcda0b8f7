import { View } from '@tarojs/components';
import { AtTag } from 'taro-ui';
import { ROLE_LABELS, type Role } from '@contracts/account';

/** The person's roles, most senior first; plain crew shows only when it is all they are. */
const ORDER: Role[] = ['org_admin', 'branch_admin', 'station_staff', 'member', 'crew'];

export function RoleTags({ roles }: { roles: Role[] }) {
  const shown = ORDER.filter((r) => roles.includes(r) && (r !== 'crew' || roles.length === 1));
  return (
    <View className='role-tags'>
      {shown.map((r) => (
        <AtTag key={r} size='small' type='primary' active={r !== 'crew'} className='role-tags__tag'>
          {ROLE_LABELS[r]}
        </AtTag>
      ))}
    </View>
  );
}
