// Finding stations without a position: by waterway or port in name order, by name search, and the
// waterway view (the stations ahead of a ship by km along the water, with when it gets there).
import type { Page, StationAhead, StationSummary } from '../../../contracts/stations';
import { openStatus, statusLabel } from '../../../contracts/stations-hours';
import { AppError } from '../errors';
import { _, findByIds, getCount, getList } from '../sdk';
import { byName } from '../sort';
import { distanceKm } from './geo';
import { bigrams, nameRowKey, searchable, type IndexRow } from './index-rows';
import { STATIONS, stationIndex, stations, toSummary, type StationDoc } from './docs';

const PAGE = 20;

function decodeNameCursor(cursor: string): { name: string; id: string } {
  const [name, id] = cursor.split('\u0001');
  if (!name || !id) throw new AppError('INVALID_INPUT', '分页参数无效，请刷新后重试');
  return { name, id };
}

/** By waterway, by port, or all: active stations in name order, a page at a time. */
export async function listStations(
  q: { waterwayId?: string; port?: string; serviceId?: string; cursor?: string | null },
  now: Date,
): Promise<Page<StationSummary>> {
  const where: Record<string, unknown> = { active: true };
  if (q.waterwayId) where['waterwayId'] = q.waterwayId;
  if (q.port) where['port'] = q.port;
  const items: StationDoc[] = [];
  let after = q.cursor ? decodeNameCursor(q.cursor) : null;
  let more = true;
  // A service filter drops rows after reading: read on until the page is full (a few reads at most).
  for (let reads = 0; items.length < PAGE && more && reads < 5; reads++) {
    const filter = after
      ? _.and(where, { name: _.gte(after.name) }, _.or({ name: _.gt(after.name) }, { _id: _.gt(after.id) }))
      : where;
    const rows = await getList<StationDoc>(stations().where(filter).orderBy('name', 'asc').orderBy('_id', 'asc').limit(PAGE + 1));
    more = rows.length > PAGE;
    const page = rows.slice(0, PAGE);
    for (const s of page) {
      if (items.length < PAGE && (!q.serviceId || s.services.some((x) => x.serviceId === q.serviceId))) items.push(s);
      after = { name: s.name, id: s._id };
      if (items.length === PAGE) break;
    }
  }
  const last = items[items.length - 1];
  return {
    items: items.map((s) => toSummary(s, null, now)),
    cursor: more && last ? `${last.name}\u0001${last._id}` : null,
  };
}

const SEARCH_MAX = 20;

/**
 * Stations whose name or port contains the query: the rows of the query's rarest two-character
 * piece (each piece counted from the index), then the whole query checked on each.
 */
export async function searchStations(q: { q: string; lat?: number; lng?: number }, now: Date): Promise<StationSummary[]> {
  const pieces = bigrams(q.q).slice(0, 8);
  if (pieces.length === 0) return [];
  const counts = await Promise.all(pieces.map((b) => getCount(stationIndex().where({ k: nameRowKey(b) }))));
  const rarest = pieces[counts.indexOf(Math.min(...counts))]!;
  if (Math.min(...counts) === 0) return [];
  const rows = await getList<IndexRow>(stationIndex().where({ k: nameRowKey(rarest) }).orderBy('name', 'asc').limit(1000));
  const wanted = searchable(q.q);
  const ids = [...new Set(rows.map((r) => r.stationId))];
  const docs = (await findByIds<StationDoc>(STATIONS, ids.slice(0, 200))).filter(
    (s) => s.active && searchable(`${s.name}${s.port}`).includes(wanted),
  );
  const here = q.lat !== undefined && q.lng !== undefined ? { lat: q.lat, lng: q.lng } : null;
  const rowsOut = docs.map((s) => ({ s, km: here ? distanceKm(here, s.location) : null }));
  rowsOut.sort((a, b) => (a.km !== null && b.km !== null ? a.km - b.km : byName(a.s, b.s)));
  return rowsOut.slice(0, SEARCH_MAX).map(({ s, km }) => toSummary(s, km, now));
}

export interface AheadQuery {
  waterwayId: string;
  direction: 'up' | 'down';
  km: number;
  speedKmh: number;
  serviceId?: string;
  limit?: number;
}

/** The stations ahead on the waterway in the order the ship reaches them (km grows going 'up'). */
export async function stationsAhead(q: AheadQuery, now: Date): Promise<StationAhead[]> {
  const want = q.limit ?? 10;
  const up = q.direction === 'up';
  const out: StationAhead[] = [];
  let from = q.km;
  let seen = new Set<string>();
  for (let reads = 0; out.length < want && reads < 10; reads++) {
    const rows = await getList<StationDoc>(
      stations()
        .where({ waterwayId: q.waterwayId, active: true, km: up ? _.gte(from) : _.lte(from) })
        .orderBy('km', up ? 'asc' : 'desc')
        .limit(100),
    );
    const fresh = rows.filter((s) => !seen.has(s._id));
    for (const s of fresh) {
      if (out.length >= want) break;
      if (q.serviceId && !s.services.some((x) => x.serviceId === q.serviceId)) continue;
      out.push(ahead(s, q, now));
    }
    if (rows.length < 100 || fresh.length === 0) break;
    from = rows[rows.length - 1]!.km!;
    seen = new Set(rows.filter((s) => s.km === from).map((s) => s._id));
  }
  return out;
}

function ahead(s: StationDoc, q: AheadQuery, now: Date): StationAhead {
  const kmAway = Math.abs((s.km ?? 0) - q.km);
  const etaMinutes = Math.round((kmAway / q.speedKmh) * 60);
  const arriveAt = new Date(now.getTime() + etaMinutes * 60_000);
  const statusOnArrival = openStatus(s, arriveAt);
  return {
    ...toSummary(s, null, now),
    kmAway: Math.round(kmAway * 10) / 10,
    etaMinutes,
    arriveAt: arriveAt.toISOString(),
    statusOnArrival,
    statusOnArrivalLabel: statusLabel(statusOnArrival, arriveAt),
  };
}
