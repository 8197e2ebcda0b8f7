// 快递代收: a crew member tells the station a parcel is coming (name and phone tail on the label);
// staff mark it arrived — the crew member gets a message — and picked up.
import type * as z from 'zod/mini';
import type { ExpectParcelInput, Parcel } from '../../../contracts/stations';
import type { Actor } from '../access';
import { AppError } from '../errors';
import { sendMessage } from '../messages/messages';
import { requestDocId } from '../request-id';
import { db, findById, getList, isDuplicateKey, updatedCount } from '../sdk';
import { iso } from './docs';
import { loadManagedStation, loadVisibleStation } from './scope';
import { quoted } from '../../../contracts/quotes';

export const PARCELS = 'parcels';
const parcels = () => db.collection(PARCELS);

export interface ParcelDoc {
  _id: string;
  stationId: string;
  stationName: string;
  openid: string;
  name: string;
  phoneTail: string;
  note: string;
  status: Parcel['status'];
  arrivedAt: Date | null;
  pickedUpAt: Date | null;
  createdAt: Date;
}

const toParcel = (p: ParcelDoc): Parcel => ({
  id: p._id,
  stationId: p.stationId,
  stationName: p.stationName,
  openid: p.openid,
  name: p.name,
  phoneTail: p.phoneTail,
  note: p.note,
  status: p.status,
  arrivedAt: p.arrivedAt ? iso(p.arrivedAt) : null,
  createdAt: iso(p.createdAt),
});

export async function expectParcel(
  actor: Actor,
  who: { name: string; phone: string | null },
  input: z.output<typeof ExpectParcelInput>,
  now: Date,
): Promise<Parcel> {
  const s = await loadVisibleStation(actor, input.stationId);
  if (!s.parcel || !s.services.some((x) => x.serviceId === 'parcel')) throw new AppError('CONFLICT', '该驿站不提供快递代收');
  if (!who.name) throw new AppError('CONFLICT', '请先在“我的”中填写姓名');
  const doc: ParcelDoc = {
    _id: requestDocId('pc', actor.openid, input.requestId),
    stationId: s._id,
    stationName: s.name,
    openid: actor.openid,
    name: who.name,
    phoneTail: who.phone ? who.phone.slice(-4) : '',
    note: input.note,
    status: 'expected',
    arrivedAt: null,
    pickedUpAt: null,
    createdAt: now,
  };
  try {
    await parcels().add({ data: doc });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    return toParcel((await findById<ParcelDoc>(PARCELS, doc._id)) ?? doc);
  }
  return toParcel(doc);
}

export async function myParcels(actor: Actor): Promise<Parcel[]> {
  const rows = await getList<ParcelDoc>(parcels().where({ openid: actor.openid }).orderBy('createdAt', 'desc').limit(20));
  return rows.map(toParcel);
}

export async function stationParcels(actor: Actor, stationId: string, status: Parcel['status']): Promise<Parcel[]> {
  await loadManagedStation(actor, stationId);
  const rows = await getList<ParcelDoc>(parcels().where({ stationId, status }).orderBy('createdAt', 'desc').limit(200));
  return rows.map(toParcel);
}

export async function markParcel(actor: Actor, id: string, action: 'arrived' | 'picked_up', now: Date): Promise<Parcel> {
  const p = await findById<ParcelDoc>(PARCELS, id);
  if (!p) throw new AppError('NOT_FOUND', '快递记录不存在');
  await loadManagedStation(actor, p.stationId);
  const from = action === 'arrived' ? 'expected' : 'arrived';
  const patch = action === 'arrived' ? { status: 'arrived' as const, arrivedAt: now } : { status: 'picked_up' as const, pickedUpAt: now };
  const changed = await updatedCount(parcels().where({ _id: id, status: from }).update({ data: patch }));
  if (changed !== 1) throw new AppError('CONFLICT', action === 'arrived' ? '该快递已登记到件' : '该快递尚未到件或已领取');
  if (action === 'arrived') {
    await sendMessage({
      _id: `parcel_${id}`,
      openid: p.openid,
      kind: 'parcel_arrived',
      title: '快递已到驿站',
      body: `你的快递已到${quoted(p.stationName)}，请凭姓名${p.phoneTail ? `和手机尾号 ${p.phoneTail} ` : ''}领取。`,
      refId: id,
      read: false,
      createdAt: now,
    });
  }
  return toParcel({ ...p, ...patch });
}
