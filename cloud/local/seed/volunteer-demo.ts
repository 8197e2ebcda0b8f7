/**
 * The 志愿服务 demo for org_jining, with times relative to `now`: 水上安全知识进校园 (机关第一党支部,
 * all party members, 10 places with a waitlist), 植树 (open to all, unlimited), 夏送清凉 (冬送温暖 in winter) for crew at
 * the “济舟港湾” station, a finished 义诊 that 李红梅 attended (her hours, and the points in the ledger
 * and her totals when that year's totals exist), and a draft. Call `seedVolunteerDemo(db)` right after
 * `seedPointsDemo(db)` (it reads 李红梅's totals); it does nothing once the demo activities exist.
 */
import { randomBytes } from 'node:crypto';
import type { ActivityDoc, EnrollmentDoc } from '../../core/volunteer/docs';
import type { LedgerDoc, TotalsDoc } from '../../core/points/docs';
import { chinaToday } from '../../core/points/dates';
import { entryId, totalsId } from '../../core/points/ids';
import type { Database } from '../store/database';
import type { AnyObject } from '../store/types';
import { BRANCHES } from './demo-data';

const ORG = 'org_jining';
const DAY = 86_400_000;
const SERVICE = { itemId: 'volunteer_service', itemName: '参加志愿服务活动', categoryId: 'volunteer', categoryName: '志愿服务' };
const CREW_SERVICE = { itemId: 'volunteer_crew', itemName: '红色驿站、海员之家服务船员', categoryId: 'volunteer', categoryName: '志愿服务' };

/** `days` from today in China time, at hh:mm China time. */
function chinaAt(now: Date, days: number, hhmm: string): Date {
  return new Date(`${chinaToday(new Date(now.getTime() + days * DAY))}T${hhmm}:00+08:00`);
}

const asDoc = (doc: object): AnyObject => ({ ...doc });

/**
 * The station's crew-care day as the season has it (China time): 夏送清凉 only in summer,
 * 冬送温暖 in the cold months, a 船员服务日 in between. The id stays act_demo_summer.
 */
export function crewCare(startAt: Date): { title: string; description: string } {
  const month = Number(chinaToday(startAt).slice(5, 7));
  if (month >= 6 && month <= 9) return { title: '夏送清凉 · 情暖船员', description: '为过往船员送绿豆汤、防暑药品，提供证书办理帮办与法律咨询。' };
  if (month >= 11 || month <= 3) return { title: '冬送温暖 · 情暖船员', description: '为过往船员送姜茶、棉手套和防冻药品，提供证书办理帮办与法律咨询。' };
  return { title: '船员服务日 · 情暖船员', description: '为过往船员测血压、送常用药品，提供证书办理帮办与法律咨询。' };
}

export function seedVolunteerDemo(db: Database, now: Date = new Date()): { seeded: boolean } {
  if (db.find('activities', { _id: 'act_demo_school' }).length > 0) return { seeded: false };
  const branchName = (id: string) => BRANCHES.find((b) => b._id === id)?.name ?? '';
  const base = (
    id: string,
    branchId: string,
    day: number,
    from: string,
    to: string,
    over: Partial<ActivityDoc>,
  ): ActivityDoc => {
    const startAt = chinaAt(now, day, from);
    const deadline = new Date(startAt.getTime() - DAY);
    const capacity = over.capacity ?? 0;
    return {
      _id: id,
      orgId: ORG,
      branchId,
      branchName: branchName(branchId),
      title: '',
      cover: null,
      description: '',
      place: { name: '', lat: null, lng: null },
      startAt,
      endAt: chinaAt(now, day, to),
      signupDeadline: deadline,
      cancelDeadline: deadline,
      capacity,
      remaining: capacity,
      holders: [],
      waitlist: false,
      serviceHours: 0,
      pointsItemId: SERVICE.itemId,
      pointsItemName: SERVICE.itemName,
      points: 5,
      pointsItem: SERVICE,
      audience: 'members',
      status: 'published',
      enrolled: 0,
      createdAt: new Date(now.getTime() - 20 * DAY),
      createdBy: 'demo_secretary',
      createdByName: '赵志刚',
      updatedAt: new Date(now.getTime() - 20 * DAY),
      cancelReason: null,
      // Random, as save() makes them: nothing the API shows (ids, times) may let anyone compute the codes.
      secret: randomBytes(16).toString('hex'),
      closedAt: null,
      ...over,
    };
  };

  const clinic = base('act_demo_clinic', 'br_jiguan1', -12, '08:30', '11:30', {
    title: '梁山港海员之家 党员义诊',
    description: '联合市第一人民医院医生，为到港船员测血压、查血糖、讲解急救常识。',
    place: { name: '梁山港海员之家', lat: 35.803, lng: 116.096 },
    capacity: 15,
    audience: 'public',
    serviceHours: 3,
    status: 'finished',
    closedAt: chinaAt(now, -12, '17:00'),
  });
  const activities: ActivityDoc[] = [
    base('act_demo_school', 'br_jiguan1', 6, '14:30', '16:30', {
      title: '水上安全知识进校园',
      description: '走进济宁港航小学，讲解防溺水与水上安全知识，演示救生衣穿戴。“红帆领航、生态卫士”志愿服务队。',
      place: { name: '济宁市任城区港航小学', lat: 35.41, lng: 116.58 },
      capacity: 10,
      waitlist: true,
    }),
    base('act_demo_trees', 'br_zhihui', 9, '08:30', '11:30', {
      title: '“爱港护航添新绿”植树',
      description: '政企共建心连心，在南四湖岸线种植水杉与垂柳。自带手套，铁锹由组织方提供。',
      place: { name: '南四湖 微山湖岸线', lat: 34.92, lng: 116.95 },
      capacity: 0,
      audience: 'public',
      createdBy: 'demo_admin',
      createdByName: '刘强',
    }),
    base('act_demo_summer', 'br_fuwu', 4, '09:00', '12:00', {
      ...crewCare(chinaAt(now, 4, '09:00')),
      place: { name: '“济舟港湾”红色驿站', lat: 35.402, lng: 116.587 },
      capacity: 20,
      audience: 'public',
      pointsItemId: CREW_SERVICE.itemId,
      pointsItemName: CREW_SERVICE.itemName,
      points: 3,
      pointsItem: CREW_SERVICE,
    }),
    { ...clinic, enrolled: 2, remaining: 13, holders: ['demo_member_a', 'demo_crew'] },
    base('act_demo_draft', 'br_jiguan1', 20, '09:00', '11:00', {
      title: '运河清洁志愿行',
      description: '“红帆领航”主题党日：清理运河岸线垃圾，宣传船舶防污染。',
      place: { name: '京杭运河 济宁城区段', lat: null, lng: null },
      capacity: 30,
      waitlist: true,
      status: 'draft',
    }),
  ];

  const attended = (openid: string, hours: number, points: number | null): EnrollmentDoc => ({
    _id: `${clinic._id}_${openid}`,
    activityId: clinic._id,
    openid,
    status: 'enrolled',
    seqKey: `${String(clinic.createdAt.getTime() + DAY).padStart(15, '0')}-${openid}`,
    signedUpAt: new Date(clinic.createdAt.getTime() + DAY),
    startAt: clinic.startAt,
    endAt: clinic.endAt,
    checkedInAt: chinaAt(now, -12, '08:20'),
    checkedOutAt: chinaAt(now, -12, '11:40'),
    markedReason: null,
    markedBy: null,
    hours,
    points,
    credited: true,
    cancelledAt: null,
  });
  const credit = creditLedger(db, clinic, now);
  db.insert('activities', activities.map(asDoc));
  db.insert('enrollments', [attended('demo_member_a', 3, credit ? clinic.points : null), attended('demo_crew', 3, null)].map(asDoc));
  if (credit) {
    db.insert('pointLedger', [asDoc(credit.entry)]);
    db.modify('pointTotals', { _id: credit.totals._id }, asDoc(credit.totals), { multi: false, merge: false, upsert: false });
  }
  return { seeded: true };
}

/** 李红梅's points for the 义诊, as grant() writes them: the entry and her year's totals moved by it. */
function creditLedger(db: Database, a: ActivityDoc, now: Date): { entry: LedgerDoc; totals: TotalsDoc } | null {
  const openid = 'demo_member_a';
  const date = chinaToday(a.startAt);
  const year = Number(date.slice(0, 4));
  const totals = db.find('pointTotals', { _id: totalsId(year, openid) })[0] as unknown as TotalsDoc | undefined;
  // Without her totals for that year (a fresh year), the demo keeps to hours: a grant would also count her in the rankings.
  if (!totals || !a.pointsItem) return null;
  const entry: LedgerDoc = {
    _id: entryId('activity', a._id, openid),
    openid,
    memberName: totals.name,
    orgId: ORG,
    branchId: totals.branchId,
    year,
    date,
    points: a.points,
    ...a.pointsItem,
    source: 'activity',
    sourceId: a._id,
    reason: `志愿服务“${a.title}”3 小时`,
    by: 'demo_secretary',
    byName: '赵志刚',
    at: a.closedAt ?? now,
    reverses: null,
  };
  return {
    entry,
    totals: {
      ...totals,
      total: totals.total + a.points,
      byCategory: { ...totals.byCategory, volunteer: (totals.byCategory['volunteer'] ?? 0) + a.points },
      updatedAt: a.closedAt ?? now,
    },
  };
}
