import { AtList, AtListItem } from 'taro-ui';
import { ROLE_LABELS, type Role } from '@contracts/account';
import type { MemberSummary } from '@contracts/org';

const SHOWN: Role[] = ['org_admin', 'branch_admin', 'station_staff', 'member'];

export function rolesText(roles: Role[]): string {
  return SHOWN.filter((r) => roles.includes(r)).map((r) => ROLE_LABELS[r]).join('、') || ROLE_LABELS.crew;
}

export function MemberList({ members, onPick }: { members: MemberSummary[]; onPick?: (m: MemberSummary) => void }) {
  return (
    <AtList>
      {members.map((m) => (
        <AtListItem
          key={m.openid}
          title={m.name || '未设置昵称'}
          note={rolesText(m.roles)}
          extraText={m.phone ?? ''}
          arrow={onPick ? 'right' : undefined}
          onClick={onPick ? () => onPick(m) : undefined}
        />
      ))}
    </AtList>
  );
}
