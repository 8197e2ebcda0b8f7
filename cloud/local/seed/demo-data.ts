/**
 * Demo data for the local cloud, from the articles in shared/domain/sources:
 * 济宁市港航事业发展中心's "济舟先锋" brand and its branch brands (source 001),
 * the 安庆 "船员驿站 宜心相伴" project and its 水上绿色综合服务区 (source 000),
 * the "济舟港湾" 红色驿站 and 海员之家 (source 001). People are invented.
 */
import type { DemoPersona } from '../../../contracts/auth';
import type { Role } from '../../../contracts/account';

export const SEED_VERSION = 1;
const at = new Date('2026-01-05T08:00:00+08:00');

export const ORGS = [{ _id: 'org_jining', name: '济宁市港航事业发展中心党委', createdAt: at }];

export const BRANCHES = [
  { _id: 'br_jiguan1', name: '机关第一党支部', brand: '红帆领航、生态卫士', inviteCode: 'HFLH26' },
  { _id: 'br_rencheng', name: '任城港航党支部', brand: '任城灯塔红、映耀运河清', inviteCode: 'RCDT26' },
  { _id: 'br_zhihui', name: '智慧港航党支部', brand: '齐聚合力 扬帆智慧', inviteCode: 'ZHGH26' },
  { _id: 'br_chuanjian', name: '船舶检验党支部', brand: '三好一强', inviteCode: 'CJSH26' },
  { _id: 'br_fuwu', name: '港航服务党支部', brand: '鱼水情深、阳光服务', inviteCode: 'YSQS26' },
].map((b) => ({ ...b, orgId: 'org_jining', memberCount: 0, createdAt: at }));

// Stations: stations-demo-data.ts (seeded by stations-demo.ts).

interface PersonaSeed extends DemoPersona {
  roles: Role[];
  branchId: string | null;
  stationId: string | null;
  phone: string | null;
}

export const PERSONAS: PersonaSeed[] = [
  {
    openid: 'demo_crew',
    name: '张海生',
    label: '船员',
    description: '货船大副，查找驿站、预约服务；不需要党员身份',
    roles: ['crew'],
    branchId: null,
    stationId: null,
    phone: '13900000001',
  },
  {
    openid: 'demo_member_a',
    name: '李红梅',
    label: '党员 · 机关第一党支部',
    description: '登记积分、报名志愿活动',
    roles: ['crew', 'member'],
    branchId: 'br_jiguan1',
    stationId: null,
    phone: '13900000002',
  },
  {
    openid: 'demo_member_b',
    name: '王建军',
    label: '党员 · 任城港航党支部',
    description: '另一个支部的党员：看不到机关第一党支部的审核队列',
    roles: ['crew', 'member'],
    branchId: 'br_rencheng',
    stationId: null,
    phone: '13900000003',
  },
  {
    openid: 'demo_secretary',
    name: '赵志刚',
    label: '支部书记 · 机关第一党支部',
    description: '审核入支部申请、发布活动、审批积分',
    roles: ['crew', 'member', 'branch_admin'],
    branchId: 'br_jiguan1',
    stationId: null,
    phone: '13900000004',
  },
  {
    openid: 'demo_staff',
    name: '孙丽',
    label: '驿站工作人员 · “济舟港湾”红色驿站',
    description: '处理船员的服务预约',
    roles: ['crew', 'station_staff'],
    branchId: null,
    stationId: 'st_jizhou',
    phone: '13900000005',
  },
  {
    openid: 'demo_admin',
    name: '刘强',
    label: '管理员 · 港航事业发展中心党委',
    description: '导入党员名册、设置角色',
    roles: ['crew', 'member', 'org_admin'],
    branchId: 'br_zhihui',
    stationId: null,
    phone: '13900000006',
  },
];

/** Someone waiting for the secretary, so the approval queue is not empty on first look. */
export const APPLICANT = { openid: 'demo_applicant', name: '周航', phone: '13900000007', branchId: 'br_jiguan1' };

/** Roster rows not yet claimed: join "by roster" with one of these names and phones. */
export const ROSTER = [
  { _id: 'ro_1', name: '陈晓航', phone: '13800000011', branchId: 'br_jiguan1' },
  { _id: 'ro_2', name: '郑运河', phone: '13800000012', branchId: 'br_rencheng' },
  { _id: 'ro_3', name: '孔灯塔', phone: '13800000013', branchId: 'br_rencheng' },
  { _id: 'ro_4', name: '吴智帆', phone: '13800000014', branchId: 'br_zhihui' },
].map((r) => ({ ...r, orgId: 'org_jining', claimedBy: null, importedAt: at, importedBy: 'demo_admin' }));

export function demoPersonas(): DemoPersona[] {
  return [
    ...PERSONAS.map(({ openid, name, label, description }) => ({ openid, name, label, description })),
    {
      openid: APPLICANT.openid,
      name: APPLICANT.name,
      label: '入支部申请人',
      description: '已用邀请码申请加入机关第一党支部，等待支部书记审核',
    },
  ];
}
