import { API } from '../../../contracts/api';
import { AppError } from '../errors';
import { loadActor, loadActorUser } from '../access';
import { implement } from '../handler';
import { book, cancelBooking } from './book';
import { getBooking, myBookings, toBooking } from './booking-views';
import { dayBoard, staffBooking } from './board';
import { searchStations, listStations, stationsAhead } from './browse';
import { blockSlots, postNotice, removeNotice } from './console';
import { stationDetail } from './detail';
import { toSummary } from './docs';
import { createStation, editStation, removeService, saveService, setActive, setClosure, setHours } from './edit';
import { exportBookings } from './export';
import { hotlines } from './hotlines';
import { myStations, staffOf } from './mine';
import { nearby } from './nearby';
import { expectParcel, markParcel, myParcels, stationParcels } from './parcels';
import { searchPeople } from './people';
import { loadManagedStation, loadVisibleStation } from './scope';
import { bookingDays } from './slots';
import { stations } from './docs';
import { getList } from '../sdk';
import type { StationDoc } from './docs';
import { syncVerifications, verifyOnline } from './verify';
import { stationCode } from './wxacode';
import { findById } from '../sdk';
import { SLOTS, type SlotDoc } from './slot-docs';
import { checkTexts } from './content';
import { checkFields } from '../content/check';

// Identity from the context only; every console action checks the station through scope.ts.
export const stationsActions = {
  nearby: implement(API.stations.nearby, async ({ now }, input) => nearby(input, now)),
  list: implement(API.stations.list, async ({ now }, input) => listStations(input, now)),
  search: implement(API.stations.search, async ({ now }, input) => searchStations(input, now)),
  ahead: implement(API.stations.ahead, async ({ now }, input) => stationsAhead(input, now)),
  get: implement(API.stations.get, async ({ caller, now }, input) => {
    const actor = await loadActor(caller.openid);
    return stationDetail(actor, await loadVisibleStation(actor, input.stationId), now);
  }),
  resolveScene: implement(API.stations.resolveScene, async ({ caller, now }, input) => {
    const [s] = await getList<StationDoc>(stations().where({ key: input.scene.slice(2) }).limit(1));
    if (!s) throw new AppError('NOT_FOUND', '驿站不存在或已停用');
    await loadVisibleStation(await loadActor(caller.openid), s._id);
    return toSummary(s, null, now);
  }),
  hotlines: implement(API.stations.hotlines, async ({ now }, input) => hotlines(input, now)),

  slots: implement(API.stations.slots, async ({ caller, now }, input) =>
    bookingDays(await loadVisibleStation(await loadActor(caller.openid), input.stationId), input.serviceId, now),
  ),
  book: implement(API.stations.book, async ({ caller, now }, input) => {
    await checkTexts(caller.openid, { 船名: input.ship?.name, 备注: input.note });
    const { actor, user } = await loadActorUser(caller.openid);
    const b = await book(actor, user?.name || '船员', input, now);
    return toBooking(b, await findById<SlotDoc>(SLOTS, b.slotId), now);
  }),
  cancelBooking: implement(API.stations.cancelBooking, async ({ caller, now }, input) => {
    const b = await cancelBooking(await loadActor(caller.openid), input.id, now);
    return toBooking(b, null, now);
  }),
  getBooking: implement(API.stations.getBooking, async ({ caller, now }, input) => getBooking(await loadActor(caller.openid), input.id, now)),
  myBookings: implement(API.stations.myBookings, async ({ caller, now }, input) =>
    myBookings(await loadActor(caller.openid), input.when, input.cursor, now),
  ),
  expectParcel: implement(API.stations.expectParcel, async ({ caller, now }, input) => {
    await checkTexts(caller.openid, { 备注: input.note });
    const { actor, user } = await loadActorUser(caller.openid);
    return expectParcel(actor, { name: user?.name ?? '', phone: user?.phone ?? null }, input, now);
  }),
  myParcels: implement(API.stations.myParcels, async ({ caller }) => myParcels(await loadActor(caller.openid))),

  myStations: implement(API.stations.myStations, async ({ caller, now }) => myStations(await loadActor(caller.openid), now)),
  board: implement(API.stations.board, async ({ caller, now }, input) => dayBoard(await loadActor(caller.openid), input.stationId, input.date, now)),
  verify: implement(API.stations.verify, async ({ caller, now }, input) => verifyOnline(await loadActor(caller.openid), input, now)),
  syncVerifications: implement(API.stations.syncVerifications, async ({ caller, now }, input) =>
    syncVerifications(await loadActor(caller.openid), input, now),
  ),
  staffBooking: implement(API.stations.staffBooking, async ({ caller, now }, input) =>
    staffBooking(await loadActor(caller.openid), input.id, input.action, now),
  ),
  edit: implement(API.stations.edit, async ({ caller, now }, input) => editStation(await loadActor(caller.openid), input, now)),
  setHours: implement(API.stations.setHours, async ({ caller, now }, input) => {
    await checkFields(
      caller.openid,
      input.exceptions.map((e) => ({ label: '例外日期说明', text: e.note })),
    );
    return setHours(await loadActor(caller.openid), input, now);
  }),
  setClosure: implement(API.stations.setClosure, async ({ caller, now }, input) => {
    await checkTexts(caller.openid, { 关闭原因: input.closure?.reason });
    return setClosure(await loadActor(caller.openid), input, now);
  }),
  saveService: implement(API.stations.saveService, async ({ caller, now }, input) => {
    await checkTexts(caller.openid, { 服务说明: input.note });
    return saveService(await loadActor(caller.openid), input, now);
  }),
  removeService: implement(API.stations.removeService, async ({ caller, now }, input) =>
    removeService(await loadActor(caller.openid), input.stationId, input.serviceId, now),
  ),
  block: implement(API.stations.block, async ({ caller, now }, input) => {
    await checkTexts(caller.openid, { 原因: input.reason });
    return blockSlots(await loadActor(caller.openid), input, now);
  }),
  postNotice: implement(API.stations.postNotice, async ({ caller, now }, input) => {
    await checkTexts(caller.openid, { 标题: input.title, 内容: input.body });
    const { actor, user } = await loadActorUser(caller.openid);
    return postNotice(actor, user?.name ?? '', input, now);
  }),
  removeNotice: implement(API.stations.removeNotice, async ({ caller }, input) => removeNotice(await loadActor(caller.openid), input.stationId, input.id)),
  parcels: implement(API.stations.parcels, async ({ caller }, input) => stationParcels(await loadActor(caller.openid), input.stationId, input.status)),
  markParcel: implement(API.stations.markParcel, async ({ caller, now }, input) => markParcel(await loadActor(caller.openid), input.id, input.action, now)),
  exportBookings: implement(API.stations.exportBookings, async ({ caller }, input) =>
    exportBookings(await loadActor(caller.openid), input.stationId, input.period),
  ),
  poster: implement(API.stations.poster, async ({ caller }, input) => {
    const s = await loadManagedStation(await loadActor(caller.openid), input.stationId);
    return stationCode(`s=${s.key}`);
  }),
  create: implement(API.stations.create, async ({ caller, now }, input) => createStation(await loadActor(caller.openid), input, now)),
  setActive: implement(API.stations.setActive, async ({ caller, now }, input) =>
    setActive(await loadActor(caller.openid), input.stationId, input.active, now),
  ),
  searchPeople: implement(API.stations.searchPeople, async ({ caller }, input) => searchPeople(await loadActor(caller.openid), input.q, input.cursor)),
  staffOf: implement(API.stations.staffOf, async ({ caller }, input) => staffOf(await loadActor(caller.openid), input.stationId)),
};
