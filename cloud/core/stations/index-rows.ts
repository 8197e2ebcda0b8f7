// The derived rows that let an index find stations, kept beside `stations` because the local cloud
// serves no multikey (array) index and CloudBase's geo index cannot be tested offline. One row per
// (service or '*') × cell size, and one per two-character piece of the name and port (search):
//   k = 'c:<serviceId|*>:<cell>'  → "stations offering X near here": k in (cells around)
//   k = 'n:<bigram>'              → "name contains 济舟": k = 'n:济舟', then the whole query checked
// A cell row also carries the station's schedule (hours, exceptions ahead, closure) as JSON, so that
// "open now" is decided from the rows and only the stations shown are read.
// Rows are rewritten whole when a station changes; readers check each row against its station, so
// a row left over by a crash is harmless, and `indexed: false` marks a rewrite still to finish.
import { findById, getList, isDuplicateKey } from '../sdk';
import { LEVELS, cellOf } from './geo';
import { STATIONS, scheduleOf, stationIndex, stations, type StationDoc } from './docs';

export interface IndexRow {
  _id: string;
  k: string;
  stationId: string;
  name: string;
  lat: number;
  lng: number;
  /** Cell rows: JSON of the station's HoursData as of its last change (see scheduleOf). */
  schedule?: string;
}

/** Search text as compared: no quotes, brackets or spaces, lower case. */
export function searchable(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s“”"'‘’「」『』《》（）()·、，,。.]/g, '')
    .toLowerCase();
}

export function bigrams(text: string): string[] {
  const t = [...searchable(text)];
  const out = new Set<string>();
  for (let i = 0; i + 1 < t.length; i++) out.add(`${t[i]}${t[i + 1]}`);
  return [...out];
}

export const cellRowKey = (serviceId: string, cell: string) => `c:${serviceId}:${cell}`;
export const nameRowKey = (bigram: string) => `n:${bigram}`;

export function rowsFor(s: StationDoc): IndexRow[] {
  if (!s.active) return [];
  const base = { stationId: s._id, name: s.name, lat: s.location.lat, lng: s.location.lng };
  const cells = new Set<string>();
  for (const level of LEVELS) {
    const cell = cellOf(level, s.location.lat, s.location.lng);
    cells.add(cellRowKey('*', cell));
    for (const svc of s.services) cells.add(cellRowKey(svc.serviceId, cell));
  }
  // Exceptions before the day of the change never matter again: the copy stays true until the next one.
  const schedule = JSON.stringify(scheduleOf(s, new Date(s.updatedAt), Infinity));
  const names = new Set(bigrams(`${s.name} ${s.port}`).map(nameRowKey));
  return [
    ...[...cells].map((k) => ({ _id: `${s._id}|${k}`, k, ...base, schedule })),
    ...[...names].map((k) => ({ _id: `${s._id}|${k}`, k, ...base })),
  ];
}

/** Rewrites a station's rows: removes them all, adds the current ones (one request each), marks it indexed. */
export async function reindex(s: StationDoc, attempt = 0): Promise<void> {
  await stationIndex().where({ stationId: s._id }).remove();
  const rows = rowsFor(s);
  try {
    if (rows.length) await stationIndex().add({ data: rows });
  } catch (err) {
    // Another rewrite of the same station ran alongside: run again on what is stored now.
    if (!isDuplicateKey(err) || attempt > 0) throw err;
    const fresh = await findById<StationDoc>(STATIONS, s._id);
    if (fresh) await reindex(fresh, attempt + 1);
    return;
  }
  // Only when nothing changed the station meanwhile: a later edit reindexes itself.
  await stations().where({ _id: s._id, updatedAt: s.updatedAt }).update({ data: { indexed: true } });
}

/** Finishes rewrites a crash left half-done for the stations of an org (the console calls this). */
export async function reindexPending(orgId: string): Promise<number> {
  const pending = await getList<StationDoc>(stations().where({ orgId, indexed: false }).limit(20));
  for (const s of pending) await reindex(s);
  return pending.length;
}

