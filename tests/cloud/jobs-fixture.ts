// A day for the scheduled jobs, in China time: 2026-03-04, the job firing at 10:00 (02:00 UTC).
// Activities start tomorrow at 07:00 (23:00 UTC *today*: the 8-hour trap), 08:00 and 23:30 China
// time, and the day after; a booking starts at 12:00; a health certificate expires in 30 days, and
// a seafarer's passport holder turns 65 in 7 days; a claim has waited 4 days.
import path from 'node:path';
import type { LocalCloud } from '../../cloud/local/server';
import { newEnrollment, type ActivityDoc, type EnrollmentDoc } from '../../cloud/core/volunteer/docs';
import { activityDoc } from './volunteer-fixture';
import { actAs, ROOT, seedOrgFixture, startTestCloud, userDoc } from './helpers';

export const RUN_AT = new Date('2026-03-04T10:00:00+08:00');
const china = (s: string) => new Date(`${s}+08:00`);

export const TEMPLATE_IDS = {
  POINTS_RESULT_TEMPLATE_ID: 'tmpl-points-result-0000000000000000000000',
  VOLUNTEER_REMINDER_TEMPLATE_ID: 'tmpl-activity-reminder-00000000000000000000',
  BOOKING_REMINDER_TEMPLATE_ID: 'tmpl-booking-reminder-000000000000000000000',
  CERTIFICATE_REMINDER_TEMPLATE_ID: 'tmpl-certificate-reminder-0000000000000000',
  CLAIMS_WAITING_TEMPLATE_ID: 'tmpl-claims-waiting-00000000000000000000000',
} as const;

/** Sets the template ids the deployed functions would have in their environment (this process: the local cloud's). */
export function configureTemplates(): () => void {
  Object.assign(process.env, TEMPLATE_IDS);
  return () => {
    for (const k of Object.keys(TEMPLATE_IDS)) delete process.env[k];
  };
}

function enrollment(a: ActivityDoc, openid: string, status: EnrollmentDoc['status'], seq: number): Record<string, unknown> {
  return { ...newEnrollment(a, openid, `0000${seq}`, china('2026-03-01T09:00:00')), status };
}

export function seedJobsDay(cloud: LocalCloud): void {
  seedOrgFixture(cloud.db);
  cloud.db.insert('users', [userDoc('crew_c1', '张海生', ['crew'], { phone: '13800000011' })]);
  const created = china('2026-02-20T09:00:00');
  const act = (id: string, title: string, start: string) =>
    activityDoc(id, { title, audience: 'branch', startAt: china(start), endAt: new Date(china(start).getTime() + 7_200_000), createdAt: created, updatedAt: created });
  const acts = [
    act('act_early', '清晨护河', '2026-03-05T07:00:00'),
    act('act_main', '水上安全知识进校园', '2026-03-05T08:00:00'),
    act('act_late', '夜航安全宣讲', '2026-03-05T23:30:00'),
    act('act_after', '植树', '2026-03-06T09:00:00'),
    act('act_today', '今晚活动', '2026-03-04T23:30:00'),
  ];
  cloud.db.insert('activities', acts);
  cloud.db.insert('enrollments', [
    ...acts.map((a, i) => enrollment(a, 'mem_a1', 'enrolled', i)),
    enrollment(acts[1]!, 'mem_a2', 'enrolled', 10),
    enrollment(acts[1]!, 'sec_a1', 'waitlisted', 11),
  ]);
  // A booked slot at noon, booked yesterday by crew_c1.
  const slotStart = china('2026-03-04T12:00:00');
  cloud.db.insert('stationSlots', [
    {
      _id: 'slot_noon',
      stationId: 'st_a1',
      serviceId: 'shower',
      date: '2026-03-04',
      start: '12:00',
      end: '13:00',
      startAt: slotStart,
      endAt: new Date(slotStart.getTime() + 3_600_000),
      capacity: 4,
      remaining: 3,
      taken: 1,
      holders: [{ id: 'bk_noon', n: 1 }],
      queue: [],
      queued: 0,
      blocked: false,
      blockReason: null,
      createdAt: created,
    },
  ]);
  cloud.db.insert('bookings', [
    {
      _id: 'bk_noon',
      openid: 'crew_c1',
      name: '张海生',
      stationId: 'st_a1',
      stationName: '济舟港湾红色驿站',
      serviceId: 'shower',
      slotId: 'slot_noon',
      date: '2026-03-04',
      start: '12:00',
      end: '13:00',
      startAt: slotStart,
      cancelDeadline: slotStart,
      people: 1,
      ship: { name: '鲁济宁货1234', mmsi: '412345678' },
      eta: null,
      phone: '13800000011',
      note: '',
      reminderRequested: true,
      certificateIds: [],
      status: 'booked',
      code: 'K7M2QX',
      confirmed: false,
      usedAt: null,
      usedVia: null,
      usedBy: null,
      reuses: 0,
      reuseLog: [],
      failedReason: null,
      createdAt: china('2026-03-03T15:00:00'),
      updatedAt: china('2026-03-03T15:00:00'),
    },
  ]);
  const cert = (id: string, openid: string, kind: string, expiresOn: string) => ({
    _id: id,
    openid,
    kind,
    title: '',
    number: 'HC20240001',
    issuedOn: '2024-04-03',
    expiresOn,
    photo: null,
    archivedAt: null,
    dismissed: [],
    createdAt: created,
    updatedAt: created,
  });
  cloud.db.insert('certificates', [
    cert('cert_health', 'mem_a1', 'health', '2026-04-03'),
    cert('cert_passport', 'mem_a2', 'seafarer_passport', '2030-01-01'),
    cert('cert_later', 'mem_a1', 'training', '2026-05-01'),
  ]);
  cloud.db.insert('certProfiles', [{ _id: 'mem_a2', birthDate: '1961-03-11', updatedAt: created }]);
  const claim = (id: string, branchId: string, createdAt: Date) => ({
    _id: id,
    openid: 'mem_a1',
    memberName: '李红梅',
    orgId: 'org_a',
    branchId,
    itemId: 'study',
    itemName: '参加集中学习',
    categoryId: 'study',
    categoryName: '学习教育',
    points: 2,
    date: '2026-02-27',
    note: '',
    photos: [],
    status: 'pending',
    reason: null,
    createdAt,
    decidedAt: null,
    decidedByName: null,
  });
  cloud.db.insert('pointClaims', [claim('claim_old', 'br_a1', china('2026-02-28T09:00:00')), claim('claim_new', 'br_a2', china('2026-03-03T09:00:00'))]);
}

/** A local cloud with the real functions and the day above; mem_a1 accepts 3 activity reminders, crew_c1 one booking reminder. */
export async function jobsCloud(): Promise<LocalCloud> {
  const cloud = await startTestCloud({ functionsDir: path.join(ROOT, 'cloud', 'functions') });
  seedJobsDay(cloud);
  const mem = await actAs(cloud, 'mem_a1');
  for (let i = 0; i < 3; i++) await mem('messages', 'subscribed', { templateIds: [TEMPLATE_IDS.VOLUNTEER_REMINDER_TEMPLATE_ID] });
  await (await actAs(cloud, 'crew_c1'))('messages', 'subscribed', { templateIds: [TEMPLATE_IDS.BOOKING_REMINDER_TEMPLATE_ID] });
  return cloud;
}

export const fireAt = (cloud: LocalCloud, at: Date) => cloud.scheduler.fire('jobs', 'hourly', { at }) as Promise<{ ok: boolean; data: { tasks: Record<string, Record<string, unknown>> } }>;
