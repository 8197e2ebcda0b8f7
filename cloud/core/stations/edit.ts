// The org admin creates stations of their org; the station's staff (or that admin) edit it: details,
// hours and dated exceptions, a temporary closure, the services with their hours, confirmation
// stamp and booking slots. Each edit rewrites the derived index rows (index-rows.ts).
import { randomInt } from 'node:crypto';
import type * as z from 'zod/mini';
import type { CreateStationInput, EditStationInput, SaveServiceInput, SetClosureInput, SetHoursInput, StationDetail } from '../../../contracts/stations';
import { chinaDate } from '../../../contracts/stations-hours';
import { requireOrgAdmin, type Actor } from '../access';
import { AppError } from '../errors';
import { requestDocId } from '../request-id';
import { _, findById, getList, isDuplicateKey, updatedCount } from '../sdk';
import { stationDetail } from './detail';
import { STATIONS, stations, type StationDoc } from './docs';
import { reindex } from './index-rows';
import { loadManagedStation } from './scope';
import { slots } from './slot-docs';
import { acceptImages } from '../content/images';
import { checkStationText } from './content';

type Fields = Omit<z.output<typeof EditStationInput>, 'stationId'>;

function fieldsOf(input: Fields) {
  return {
    name: input.name,
    kind: input.kind,
    address: input.address,
    port: input.port,
    location: input.location,
    waterwayId: input.waterway?.id ?? null,
    km: input.waterway?.km ?? null,
    arrival: input.arrival,
    phones: input.phones,
    photos: input.photos,
    parcel: input.parcel,
  };
}

const KEY_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';
export function newStationKey(): string {
  let out = '';
  for (let i = 0; i < 6; i++) out += KEY_ALPHABET[randomInt(KEY_ALPHABET.length)];
  return out;
}

/** Writes a change guarded by `updatedAt` (a concurrent edit makes this one retry), then reindexes. */
async function update(actor: Actor, s: StationDoc, patch: Partial<StationDoc>, now: Date): Promise<StationDetail> {
  const changed = await updatedCount(
    stations()
      .where({ _id: s._id, updatedAt: s.updatedAt })
      .update({ data: { ...patch, indexed: false, updatedAt: now } }),
  );
  if (changed !== 1) throw new AppError('CONFLICT', '驿站信息刚被其他人修改，请刷新后重试');
  const after: StationDoc = { ...s, ...patch, indexed: false, updatedAt: now };
  await reindex(after);
  return stationDetail(actor, after, now);
}

export async function createStation(actor: Actor, input: z.output<typeof CreateStationInput>, now: Date): Promise<StationDetail> {
  const orgId = requireOrgAdmin(actor);
  const _id = requestDocId('st', actor.openid, input.requestId).slice(0, 24);
  const existing = await findById<StationDoc>(STATIONS, _id);
  if (existing) return stationDetail(actor, existing, now);
  const { requestId: _r, ...fields } = input;
  await checkStationText(actor.openid, fields);
  await acceptImages(actor.openid, fields.photos, { noun: '驿站照片' }, now);
  for (let attempt = 0; attempt < 5; attempt++) {
    const key = newStationKey();
    // Keys are checked, not indexed unique: stations made before keys existed have none.
    if ((await getList<StationDoc>(stations().where({ key }).limit(1))).length) continue;
    const doc: StationDoc = {
      _id,
      orgId,
      key,
      ...fieldsOf(fields),
      hours: [[], [], [], [], [], [], []],
      exceptions: [],
      closure: null,
      services: [],
      active: true,
      demo: false,
      indexed: false,
      createdAt: now,
      updatedAt: now,
    };
    try {
      await stations().add({ data: doc });
      await reindex(doc);
      return stationDetail(actor, doc, now);
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      const same = await findById<StationDoc>(STATIONS, _id);
      if (same) return stationDetail(actor, same, now); // the same request, twice at once
    }
  }
  throw new AppError('CONFLICT');
}

export async function editStation(actor: Actor, input: z.output<typeof EditStationInput>, now: Date): Promise<StationDetail> {
  const s = await loadManagedStation(actor, input.stationId);
  const { stationId: _s, ...fields } = input;
  await checkStationText(actor.openid, fields);
  await acceptImages(actor.openid, fields.photos, { noun: '驿站照片', kept: s.photos }, now);
  return update(actor, s, fieldsOf(fields), now);
}

/** Only the org admin opens or closes a station for good (a closed one leaves every list). */
export async function setActive(actor: Actor, stationId: string, active: boolean, now: Date): Promise<StationDetail> {
  const s = await loadManagedStation(actor, stationId);
  if (requireOrgAdmin(actor) !== s.orgId) throw new AppError('FORBIDDEN');
  return update(actor, s, { active }, now);
}

export async function setHours(actor: Actor, input: z.output<typeof SetHoursInput>, now: Date): Promise<StationDetail> {
  const s = await loadManagedStation(actor, input.stationId);
  const dates = input.exceptions.map((e) => e.date);
  if (new Set(dates).size !== dates.length) throw new AppError('INVALID_INPUT', '同一天只能设置一个例外');
  // Past exceptions are dropped: they no longer change anything.
  const today = chinaDate(now);
  const exceptions = input.exceptions.filter((e) => e.date >= today).sort((a, b) => a.date.localeCompare(b.date));
  return update(actor, s, { hours: input.hours, exceptions }, now);
}

export async function setClosure(actor: Actor, input: z.output<typeof SetClosureInput>, now: Date): Promise<StationDetail> {
  const s = await loadManagedStation(actor, input.stationId);
  if (!input.closure) return update(actor, s, { closure: null }, now);
  const until = Date.parse(input.closure.until);
  if (Number.isNaN(until) || until <= now.getTime()) throw new AppError('INVALID_INPUT', '预计恢复时间须晚于现在');
  if (until > now.getTime() + 30 * 86_400_000) throw new AppError('INVALID_INPUT', '临时关闭最长 30 天，更长请修改开放时间');
  return update(actor, s, { closure: { reason: input.closure.reason, since: now.toISOString(), until: new Date(until).toISOString() } }, now);
}

export async function saveService(actor: Actor, input: z.output<typeof SaveServiceInput>, now: Date): Promise<StationDetail> {
  const s = await loadManagedStation(actor, input.stationId);
  const before = s.services.find((x) => x.serviceId === input.serviceId);
  const svc = {
    serviceId: input.serviceId,
    hours: input.hours,
    note: input.note,
    confirmedOn: input.confirm ? chinaDate(now) : (before?.confirmedOn ?? null),
    booking: input.booking,
  };
  const services = before ? s.services.map((x) => (x.serviceId === input.serviceId ? svc : x)) : [...s.services, svc];
  const detail = await update(actor, s, { services }, now);
  if (JSON.stringify(before?.booking ?? null) !== JSON.stringify(input.booking)) await dropEmptySlots(s._id, input.serviceId, now);
  return detail;
}

export async function removeService(actor: Actor, stationId: string, serviceId: string, now: Date): Promise<StationDetail> {
  const s = await loadManagedStation(actor, stationId);
  if (!s.services.some((x) => x.serviceId === serviceId)) throw new AppError('NOT_FOUND', '该驿站没有这项服务');
  const detail = await update(actor, s, { services: s.services.filter((x) => x.serviceId !== serviceId) }, now);
  await dropEmptySlots(stationId, serviceId, now);
  return detail;
}

/** New slot templates apply to the days ahead: slots nobody booked are dropped and made again from them. */
async function dropEmptySlots(stationId: string, serviceId: string, now: Date): Promise<void> {
  await slots()
    .where({ stationId, serviceId, date: _.gte(chinaDate(now)), taken: 0, queued: 0, blocked: false })
    .remove();
}
