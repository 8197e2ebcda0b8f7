// Where a person's data lives, in one table: what each collection holds about them, how to find
// it, and what deleting the account does with it. Export (export-mine.ts) and deletion
// (delete-mine.ts) both read this table, and docs/privacy.md describes the same rows.
//   remove     — theirs alone: deleted;
//   anonymise  — also a record of the organisation (points granted, hours served, a station's
//                visits): kept, with everything that names or reaches the person blanked.
export const FORMER_NAME = '已注销用户';

export interface Holding {
  collection: string;
  /** What it is, as the export's sheet names it. */
  title: string;
  /** The field holding the person's OPENID (an index leads with it, or it is `_id`). */
  by: '_id' | 'openid' | 'owner';
  onDelete: 'remove' | { anonymise: Record<string, unknown> };
}

export const HOLDINGS: readonly Holding[] = [
  { collection: 'users', title: '个人资料', by: '_id', onDelete: { anonymise: { name: FORMER_NAME, avatarUrl: '', phone: null, roles: ['crew'], branchId: null, orgId: null, stationId: null } } },
  { collection: 'joinRequests', title: '入支部申请', by: 'openid', onDelete: { anonymise: { name: FORMER_NAME, phone: null } } },
  { collection: 'pointClaims', title: '积分申报', by: 'openid', onDelete: { anonymise: { memberName: FORMER_NAME, note: '', photos: [] } } },
  { collection: 'pointLedger', title: '积分台账', by: 'openid', onDelete: { anonymise: { memberName: FORMER_NAME } } },
  { collection: 'enrollments', title: '志愿活动报名', by: 'openid', onDelete: { anonymise: { markedReason: null } } },
  { collection: 'bookings', title: '驿站预约', by: 'openid', onDelete: { anonymise: { name: FORMER_NAME, phone: '', note: '', ship: null, eta: null } } },
  { collection: 'parcels', title: '快递代收', by: 'openid', onDelete: { anonymise: { name: FORMER_NAME, phoneTail: '', note: '' } } },
  { collection: 'certificates', title: '证书', by: 'openid', onDelete: 'remove' },
  { collection: 'certProfiles', title: '证书资料（出生日期）', by: '_id', onDelete: 'remove' },
  { collection: 'messages', title: '消息', by: 'openid', onDelete: 'remove' },
  { collection: 'subscribeAccepts', title: '订阅消息授权', by: 'openid', onDelete: 'remove' },
  { collection: 'sends', title: '已发送的提醒', by: 'openid', onDelete: 'remove' },
  { collection: 'mediaChecks', title: '图片审核', by: 'owner', onDelete: 'remove' },
];
