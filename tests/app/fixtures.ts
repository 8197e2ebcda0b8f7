import type { Me, Role } from '../../contracts/account';

export function makeMe(roles: Role[], extra: Partial<Me> = {}): Me {
  const branchId = roles.includes('member') ? 'br_jiguan1' : null;
  return {
    profile: {
      openid: 'o_1',
      name: '李红梅',
      avatarUrl: '',
      phone: null,
      roles,
      branchId,
      orgId: branchId ? 'org_jining' : null,
      stationId: roles.includes('station_staff') ? 'st_jizhou' : null,
      createdAt: '2026-01-05T00:00:00.000Z',
      updatedAt: '2026-01-05T00:00:00.000Z',
    },
    branch: branchId ? { id: branchId, name: '机关第一党支部' } : null,
    org: null,
    station: null,
    pendingJoin: null,
    ...extra,
  };
}
