// The station page in one call: hours and today's exception, services with their own hours and
// confirmation dates, phones, arrival by water, notices, parcel address and activities held there.
import type { Notice, StationActivity, StationDetail, StationServiceView } from '../../../contracts/stations';
import { SERVICES, serviceName } from '../../../contracts/stations-catalog';
import { addDays, chinaDate, openStatus, statusLabel } from '../../../contracts/stations-hours';
import type { Actor } from '../access';
import { _, getList } from '../sdk';
import { inAudience } from '../volunteer/visibility';
import type { ActivityDoc } from '../volunteer/docs';
import { activities } from '../volunteer/docs';
import { iso, stationNotices, toSummary, type NoticeDoc, type StationDoc } from './docs';
import { canManageStation } from './scope';

export function toServiceViews(s: StationDoc, now: Date): StationServiceView[] {
  return s.services.map((svc) => {
    // A service keeps its own hours but never outlasts a station closure.
    const status = openStatus({ hours: svc.hours ?? s.hours, exceptions: s.exceptions, closure: s.closure }, now);
    return {
      ...svc,
      name: serviceName(svc.serviceId),
      hint: SERVICES.find((x) => x.id === svc.serviceId)?.hint ?? '',
      status,
      statusLabel: statusLabel(status, now),
    };
  });
}

export function toNotice(n: NoticeDoc): Notice {
  return { id: n._id, title: n.title, body: n.body, createdAt: iso(n.createdAt), byName: n.byName };
}

export async function stationDetail(actor: Actor, s: StationDoc, now: Date): Promise<StationDetail> {
  const today = chinaDate(now);
  const [notices, acts] = await Promise.all([
    getList<NoticeDoc>(stationNotices().where({ stationId: s._id }).orderBy('createdAt', 'desc').limit(10)),
    getList<ActivityDoc>(
      activities()
        .where({ stationId: s._id, status: 'published', startAt: _.gte(new Date(now.getTime() - 12 * 3600_000)) })
        .orderBy('startAt', 'asc')
        .limit(20),
    ),
  ]);
  const horizon = addDays(today, 14);
  return {
    ...toSummary(s, null, now),
    hours: s.hours,
    exceptions: s.exceptions.filter((e) => e.date >= today && e.date <= horizon),
    todayException: s.exceptions.find((e) => e.date === today) ?? null,
    closure: s.closure && Date.parse(s.closure.until) > now.getTime() ? s.closure : null,
    phones: s.phones,
    photos: s.photos,
    arrival: s.arrival,
    parcel: s.parcel,
    services: toServiceViews(s, now),
    notices: notices.map(toNotice),
    activities: acts
      .filter((a) => new Date(a.endAt).getTime() > now.getTime() && inAudience(actor, a))
      .slice(0, 10)
      .map(
        (a): StationActivity => ({
          id: a._id,
          title: a.title,
          startAt: iso(a.startAt),
          endAt: iso(a.endAt),
          capacity: a.capacity,
          enrolled: Math.max(0, a.enrolled),
        }),
      ),
    canManage: canManageStation(actor, s),
    active: s.active,
  };
}
