// 附近的驿站: the nearest (open) stations offering a service, from the derived cell rows.
// Query shape: stationIndex where k in [the cells around] — an equality/in query on one indexed
// field, which CloudBase and the local cloud both answer from the index [k, name]. The block of
// cells widens step by step (fine grid, then coarse) until enough stations are surely the nearest.
// The rows carry each station's schedule, so "open now" is decided on them and only the stations
// shown are read (each checked again: a row may be a moment stale).
import type { StationSummary } from '../../../contracts/stations';
import { isOpenAt, type HoursData } from '../../../contracts/stations-hours';
import { _, getList, MAX_LIMIT } from '../sdk';
import { LEVELS, cellsAround, coveredKm, distanceKm } from './geo';
import { cellRowKey, type IndexRow } from './index-rows';
import { NOT_IN_SUMMARY, stationIndex, stations, toSummary, type SummaryDoc } from './docs';

export interface NearbyQuery {
  lat: number;
  lng: number;
  serviceId?: string;
  openNow?: boolean;
  limit?: number;
}

/**
 * (cell size, block radius) in the order tried: blocks ~0.3°, then 3°, 5°, 9° and 17° across. One
 * fine block serves "the nearest few" in a port city; past it, coarse cells cost fewer requests
 * than more fine ones (a row costs far less than a request).
 */
const STEPS: ReadonlyArray<[number, number]> = [
  [0, 1],
  [1, 1],
  [1, 2],
  [1, 4],
  [1, 8],
];

interface Candidate {
  stationId: string;
  km: number;
  schedule: string | undefined;
  /** Decided once, when first needed. */
  open?: boolean;
}

/** A list longer than this skips the fine block, which seldom holds that many stations. */
const FINE_FOR_AT_MOST = 5;

/** Whether a station, as stored, still answers the query (rows may be stale for a moment). */
function fits(s: SummaryDoc, q: NearbyQuery, now: Date): boolean {
  if (!s.active) return false;
  if (q.serviceId && !s.services.some((x) => x.serviceId === q.serviceId)) return false;
  return !q.openNow || isOpenAt(s, now);
}

/** What a row's copy of the schedule says of now: open, closed, or (a row written before rows carried one) nothing. */
function openByRow(c: Candidate, now: Date): boolean | undefined {
  if (c.schedule === undefined) return undefined;
  c.open ??= isOpenAt(JSON.parse(c.schedule) as HoursData, now);
  return c.open;
}

export async function nearby(q: NearbyQuery, now: Date): Promise<StationSummary[]> {
  const want = q.limit ?? 20;
  const service = q.serviceId ?? '*';
  const candidates = new Map<string, Candidate>();
  const queried = new Set<string>();
  /** Worth reading: it may fit. A row with no copy of the schedule may. */
  const mayFit = (c: Candidate) => !q.openNow || openByRow(c, now) !== false;
  /** Counts towards "enough": it surely fits (a row with no copy promises nothing, so the search widens past it). */
  const surelyFits = (c: Candidate) => !q.openNow || openByRow(c, now) === true;
  /** Whether `want` candidates surely fit (schedules parsed only as far as needed). */
  const enough = (list: readonly Candidate[]) => {
    let n = 0;
    return list.some((c) => surelyFits(c) && ++n >= want);
  };
  let sure: Candidate[] = [];
  let sureEnough = false;

  const steps = want > FINE_FOR_AT_MOST ? STEPS.slice(1) : STEPS;
  for (const [step, [levelIndex, k]] of steps.entries()) {
    const level = LEVELS[levelIndex]!;
    const keys = cellsAround(level, q.lat, q.lng, 0, k)
      .map((c) => cellRowKey(service, c))
      .filter((key) => !queried.has(key));
    keys.forEach((key) => queried.add(key));
    for (let i = 0; i < keys.length; i += 200) {
      const query = stationIndex()
        .where({ k: _.in(keys.slice(i, i + 200)) })
        .field({ _id: false, stationId: true, lat: true, lng: true, schedule: true })
        .limit(MAX_LIMIT);
      for (const r of await getList<IndexRow>(query)) {
        if (!candidates.has(r.stationId)) candidates.set(r.stationId, { stationId: r.stationId, km: distanceKm(q, r), schedule: r.schedule });
      }
    }
    const covered = coveredKm(level, q.lat, q.lng, k);
    sure = [...candidates.values()].filter((c) => c.km <= covered).sort((a, b) => a.km - b.km);
    sureEnough = enough(sure);
    if (sureEnough || step === steps.length - 1) break;
  }
  // Enough sure ones; or the widest block did not hold enough, and then the best of all seen.
  const ranked = sureEnough ? sure : [...candidates.values()].sort((a, b) => a.km - b.km);
  const found = await firstFitting(ranked, mayFit, want, q, now);
  return found.map(({ doc, km }) => toSummary(doc, km, now));
}

/** The first `want` candidates (by distance) that may fit and whose station does, reading stations in batches as needed. */
async function firstFitting(
  sorted: readonly Candidate[],
  mayFit: (c: Candidate) => boolean,
  want: number,
  q: NearbyQuery,
  now: Date,
): Promise<Array<{ doc: SummaryDoc; km: number }>> {
  const out: Array<{ doc: SummaryDoc; km: number }> = [];
  let i = 0;
  for (let reads = 0; out.length < want && i < sorted.length; reads++) {
    // Rows promise a fit, so the first read is all but always the last; a stale row costs a few more.
    const batch: Candidate[] = [];
    const size = want - out.length + (reads === 0 ? 0 : 4);
    while (batch.length < size && i < sorted.length) {
      const c = sorted[i++]!;
      if (mayFit(c)) batch.push(c);
    }
    if (batch.length === 0) break;
    const ids = batch.map((c) => c.stationId);
    const read = await getList<SummaryDoc>(stations().where({ _id: _.in(ids) }).field(NOT_IN_SUMMARY).limit(ids.length));
    const byId = new Map(read.map((d) => [d._id, d]));
    for (const c of batch) {
      const doc = byId.get(c.stationId);
      if (doc && fits(doc, q, now) && out.length < want) out.push({ doc, km: c.km });
    }
  }
  return out;
}
