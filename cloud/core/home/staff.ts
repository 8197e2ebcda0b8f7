// What station staff need now: their station's bookings today (one read of the day's bookings, in
// start order, beside the station itself for its name and whether it is open).
import type { HomeSection } from '../../../contracts/home';
import { chinaDate } from '../../../contracts/stations-hours';
import { serviceName } from '../../../contracts/stations-catalog';
import { findById, getList } from '../sdk';
import { STATIONS, toSummary, type StationDoc } from '../stations/docs';
import { bookings, type BookingDoc } from '../stations/slot-docs';

/** A busy station's day fits in one read; the board (staff console) pages through more. */
const DAY_LIMIT = 500;

type DayRow = Pick<BookingDoc, '_id' | 'start' | 'end' | 'serviceId' | 'status' | 'name' | 'ship' | 'people'>;

export async function stationTodaySection(stationId: string, now: Date): Promise<HomeSection[]> {
  const date = chinaDate(now);
  const [station, rows] = await Promise.all([
    findById<StationDoc>(STATIONS, stationId),
    getList<DayRow>(
      bookings()
        .where({ stationId, date })
        .orderBy('startAt', 'asc')
        .limit(DAY_LIMIT)
        .field({ _id: true, start: true, end: true, serviceId: true, status: true, name: true, ship: true, people: true }),
    ),
  ]);
  if (!station) return [];
  const booked = rows.filter((b) => b.status === 'booked');
  return [
    {
      kind: 'stationToday',
      stationId,
      stationName: station.name,
      statusLabel: toSummary(station, null, now).statusLabel,
      date,
      waiting: booked.length,
      served: rows.filter((b) => b.status === 'completed').length,
      waitlisted: rows.filter((b) => b.status === 'waitlisted').length,
      next: booked.slice(0, 3).map((b) => ({
        id: b._id,
        start: b.start,
        end: b.end,
        serviceName: serviceName(b.serviceId),
        label: b.ship?.name ?? b.name,
        people: b.people,
      })),
    },
  ];
}
