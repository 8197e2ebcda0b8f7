// 附近的驿站: the nearest (open) stations offering a service, from the derived cell rows.
// Query shape: stationIndex where k in [the cells around] — an equality/in query on one indexed
// field, which CloudBase and the local cloud both answer from the index [k, name]. The block of
// cells widens step by step (fine grid, then coarse) until enough stations are surely the nearest.
import type { StationSummary } from '../../../contracts/stations';
import { openStatus } from '../../../contracts/stations-hours';
import { _, findByIds, getList, MAX_LIMIT } from '../sdk';
import { LEVELS, cellsAround, coveredKm, distanceKm } from './geo';
import { cellRowKey, type IndexRow } from './index-rows';
import { STATIONS, stationIndex, toSummary, type StationDoc } from './docs';

export interface NearbyQuery {
  lat: number;
  lng: number;
  serviceId?: string;
  openNow?: boolean;
  limit?: number;
}

/** (cell size, block radius) in the order tried: ~11 km, ~33 km, ~110 km, ~330 km, ~900 km. */
const STEPS: ReadonlyArray<[number, number]> = [
  [0, 1],
  [0, 3],
  [1, 1],
  [1, 3],
  [1, 8],
];

interface Candidate {
  stationId: string;
  km: number;
}

/** Whether a station, as stored, still answers the query (rows may be stale for a moment). */
function fits(s: StationDoc, q: NearbyQuery, now: Date): boolean {
  if (!s.active) return false;
  if (q.serviceId && !s.services.some((x) => x.serviceId === q.serviceId)) return false;
  return !q.openNow || openStatus(s, now).state === 'open';
}

export async function nearby(q: NearbyQuery, now: Date): Promise<StationSummary[]> {
  const want = q.limit ?? 20;
  const service = q.serviceId ?? '*';
  const candidates = new Map<string, Candidate>();
  const docs = new Map<string, StationDoc | null>();
  const queried = new Set<string>();
  let found: Array<{ doc: StationDoc; km: number }> = [];

  for (const [step, [levelIndex, k]] of STEPS.entries()) {
    const level = LEVELS[levelIndex]!;
    const keys = cellsAround(level, q.lat, q.lng, 0, k)
      .map((c) => cellRowKey(service, c))
      .filter((key) => !queried.has(key));
    keys.forEach((key) => queried.add(key));
    for (let i = 0; i < keys.length; i += 200) {
      const rows = await getList<IndexRow>(stationIndex().where({ k: _.in(keys.slice(i, i + 200)) }).limit(MAX_LIMIT));
      for (const r of rows) {
        if (!candidates.has(r.stationId)) candidates.set(r.stationId, { stationId: r.stationId, km: distanceKm(q, r) });
      }
    }
    const covered = coveredKm(level, q.lat, k);
    const sure = [...candidates.values()].filter((c) => c.km <= covered).sort((a, b) => a.km - b.km);
    // Stations are read only once the rows promise enough (most stations are open): fewer reads.
    if (step < STEPS.length - 1 && sure.length < want * (q.openNow ? 1.5 : 1)) continue;
    found = await firstFitting(sure, want, q, now, docs);
    if (found.length >= want) break;
  }
  // The widest block did not yield enough sure ones: take the best of what was seen.
  if (found.length < want) {
    const all = [...candidates.values()].sort((a, b) => a.km - b.km);
    found = await firstFitting(all, want, q, now, docs);
  }
  return found.map(({ doc, km }) => toSummary(doc, km, now));
}

/** The first `want` candidates (by distance) whose station fits, reading stations in batches as needed. */
async function firstFitting(
  sorted: readonly Candidate[],
  want: number,
  q: NearbyQuery,
  now: Date,
  docs: Map<string, StationDoc | null>,
): Promise<Array<{ doc: StationDoc; km: number }>> {
  const out: Array<{ doc: StationDoc; km: number }> = [];
  let i = 0;
  while (out.length < want && i < sorted.length) {
    const batch = sorted.slice(i, i + Math.max(want * 2, 20));
    const missing = batch.map((c) => c.stationId).filter((id) => !docs.has(id));
    if (missing.length) {
      const read = await findByIds<StationDoc>(STATIONS, missing);
      for (const id of missing) docs.set(id, read.find((d) => d._id === id) ?? null);
    }
    for (const c of batch) {
      const doc = docs.get(c.stationId);
      if (doc && fits(doc, q, now) && out.length < want) out.push({ doc, km: c.km });
    }
    i += batch.length;
  }
  return out;
}
