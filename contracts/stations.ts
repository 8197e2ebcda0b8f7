import * as z from 'zod/mini';
import './validation';
import { cursor, id, requestId, text } from './fields';
import { SERVICE_IDS, STATION_KIND_IDS, WATERWAY_IDS, type ServiceId, type StationKind } from './stations-catalog';
import type { Closure, HoursData, HoursException, OpenStatus, Span, WeekHours } from './stations-hours';
import type { Page } from './points';

/** 船员驿站: stations, their services and hours, finding them, booking a service, the staff console. */

export interface LatLng {
  /** GCJ-02, as the mini-program's map and openLocation use. */
  lat: number;
  lng: number;
}

export interface Phone {
  label: string;
  number: string;
}

/** How to arrive by water: where to moor, whether a 交通船 picks crew up, and how to ask for it. */
export interface Arrival {
  mooring: string;
  shuttle: string;
  note: string;
}

/** 快递代收: the address crew copy as their delivery address. */
export interface ParcelAddress {
  recipient: string;
  phone: string;
  address: string;
  note: string;
}

/** A station's weekly booking slots for one service: each weekday's times and how many people each takes. */
export interface SlotTemplate {
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  start: string;
  end: string;
  capacity: number;
}

export interface BookingRules {
  slots: SlotTemplate[];
  /** Bookings one person may hold for this service on one day. */
  perPersonPerDay: number;
  /** Cancelling is allowed until this many minutes before the slot starts. */
  cancelBeforeMinutes: number;
  /** People one booking may bring (a ship's crew). */
  maxPeople: number;
  /** How many days ahead slots open. */
  daysAhead: number;
  waitlist: boolean;
}

/** One service as a station offers it: its own hours (null: the station's) and when staff last confirmed it. */
export interface StationService {
  serviceId: ServiceId;
  name: string;
  hours: WeekHours | null;
  note: string;
  /** YYYY-MM-DD: "工作人员于 … 确认". */
  confirmedOn: string | null;
  booking: BookingRules | null;
}

/** What a list row shows, in one answer: no call per row. */
export interface StationSummary {
  id: string;
  /** The short key in the station's QR poster (scene). */
  key: string;
  name: string;
  kind: StationKind;
  kindName: string;
  orgId: string;
  address: string;
  port: string;
  location: LatLng;
  waterway: { id: string; name: string; km: number } | null;
  /** From the position asked about, when one was given. */
  distanceKm: number | null;
  status: OpenStatus;
  statusLabel: string;
  /**
   * The hours behind `status` (the week, exceptions from yesterday to two weeks ahead, a closure still
   * in force): the app recomputes the badge from them with openStatus(), so a stored row stays true as
   * time passes.
   */
  schedule: HoursData;
  serviceIds: ServiceId[];
  /** The first phone, for a call button on the row. */
  phone: Phone | null;
  photo: string | null;
  /** Demo data, not a real station. */
  demo: boolean;
}

/** A station ahead on a waterway, with when the ship gets there and whether it is open then. */
export interface StationAhead extends StationSummary {
  kmAway: number;
  etaMinutes: number;
  arriveAt: string;
  statusOnArrival: OpenStatus;
  statusOnArrivalLabel: string;
}

export interface Notice {
  id: string;
  title: string;
  body: string;
  createdAt: string;
  byName: string;
}

export interface StationActivity {
  id: string;
  title: string;
  startAt: string;
  endAt: string;
  capacity: number;
  enrolled: number;
}

export interface StationServiceView extends StationService {
  hint: string;
  status: OpenStatus;
  statusLabel: string;
}

/** The station page, in one call. */
export interface StationDetail extends StationSummary {
  hours: WeekHours;
  /** Today's and the coming two weeks' dated exceptions. */
  exceptions: HoursException[];
  todayException: HoursException | null;
  closure: Closure | null;
  phones: Phone[];
  photos: string[];
  arrival: Arrival;
  parcel: ParcelAddress | null;
  services: StationServiceView[];
  notices: Notice[];
  activities: StationActivity[];
  /** The caller is staff here or the org's admin. */
  canManage: boolean;
  active: boolean;
}

// ---- bookings ---------------------------------------------------------------

export type SlotState = 'open' | 'full' | 'waitlist' | 'blocked' | 'closed';

export interface SlotView {
  id: string;
  date: string;
  start: string;
  end: string;
  capacity: number;
  remaining: number;
  waitlisted: number;
  state: SlotState;
  blockReason: string | null;
}

export interface BookingDay {
  date: string;
  slots: SlotView[];
}

export type BookingStatus = 'pending' | 'booked' | 'waitlisted' | 'cancelled' | 'completed' | 'no_show' | 'failed';

export interface Ship {
  name: string;
  mmsi: string | null;
}

export interface Booking {
  id: string;
  stationId: string;
  stationName: string;
  serviceId: ServiceId;
  serviceName: string;
  slotId: string;
  date: string;
  start: string;
  end: string;
  startAt: string;
  people: number;
  ship: Ship | null;
  eta: { from: string; to: string } | null;
  phone: string;
  note: string;
  status: BookingStatus;
  /** 1-based, while waitlisted. */
  waitlistPosition: number | null;
  /** Staff acknowledged it (e.g. the boat will come). */
  confirmed: boolean;
  /** The typed code and the signed QR, while booked. */
  code: string | null;
  qr: string | null;
  cancelDeadline: string;
  canCancel: boolean;
  reminderRequested: boolean;
  usedAt: string | null;
  failedReason: string | null;
  createdAt: string;
}

/** A booking as station staff see it. */
export interface BoardBooking extends Omit<Booking, 'qr'> {
  name: string;
  /** Certificates the crew member chose to show for 证书办理帮办, numbers masked. */
  certificates: Array<{ kindName: string; number: string; expiresOn: string | null }>;
  /** Times someone tried to use this code again after it was used. */
  reuses: number;
}

export interface BoardSlot extends SlotView {
  serviceId: ServiceId;
  serviceName: string;
  bookings: BoardBooking[];
}

export interface DayBoard {
  stationId: string;
  date: string;
  slots: BoardSlot[];
  /** For offline verification on the staff device: the station's Ed25519 public key (base64url). */
  publicKey: string;
  /** The day's typed codes, for checking a code with no signal. */
  codes: Array<{ code: string; bookingId: string; label: string }>;
}

export type VerifyOutcome = 'verified' | 'already_used' | 'not_found' | 'invalid' | 'not_booked';

export interface VerifyResult {
  outcome: VerifyOutcome;
  message: string;
  booking: BoardBooking | null;
}

export interface Parcel {
  id: string;
  stationId: string;
  stationName: string;
  openid: string;
  name: string;
  phoneTail: string;
  note: string;
  status: 'expected' | 'arrived' | 'picked_up';
  arrivedAt: string | null;
  createdAt: string;
}

export interface PersonRow {
  openid: string;
  name: string;
  /** 138****0011 */
  phone: string | null;
  roles: string[];
  orgId: string | null;
  branchId: string | null;
  stationId: string | null;
}

/** The station's QR poster: a 小程序码 (deployed) or a plain QR of the same scene (local cloud). */
export interface StationPoster {
  scene: string;
  page: string;
  mime: 'image/png' | 'image/gif';
  base64: string;
  wxacode: boolean;
}

export interface Hotline {
  name: string;
  number: string;
  note: string;
  scope: 'national' | 'organisation' | 'station';
  stationId: string | null;
}

export interface Hotlines {
  lines: Hotline[];
  /** The 求助 read-out card: what to say, in order. */
  whatToSay: Array<{ label: string; hint: string }>;
  /** When the data was read: the app shows its age when offline. */
  readAt: string;
}

// ---- inputs -----------------------------------------------------------------

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const hhmm = z.string().check(z.regex(HHMM, '时间格式应为 HH:MM'));
const closeTime = z.string().check(z.regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, '时间格式应为 HH:MM'));
const date = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD'));
const isoTime = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/, '时间格式无效'));
const lat = z.number().check(z.gte(-90, '纬度无效'), z.lte(90, '纬度无效'));
const lng = z.number().check(z.gte(-180, '经度无效'), z.lte(180, '经度无效'));
const serviceId = z.enum(SERVICE_IDS, '服务项目不存在');
const phoneNumber = z.string().check(z.trim(), z.regex(/^(1\d{10}|0\d{2,3}-?\d{7,8}|\d{3,6}|400-?\d{3}-?\d{4})$/, '电话号码格式无效'));
const mobile = z.string().check(z.trim(), z.regex(/^1\d{10}$/, '请填写 11 位手机号'));
const fileId = (folder: string) =>
  z.string().check(z.regex(new RegExp(`^cloud://[^/]+/${folder}/[A-Za-z0-9_-]+/[A-Za-z0-9._-]+$`), '图片无效'));

export const span = z.strictObject({ open: hhmm, close: closeTime });
const daySpans = z.array(span).check(z.maxLength(4, '每天最多 4 个时段'));
export const weekHours = z.array(daySpans).check(z.length(7, '请填写周一到周日的开放时间'));
export const hoursException = z.strictObject({
  date,
  spans: daySpans,
  note: text({ label: '说明', max: 20 }),
});

export const NearbyInput = z.strictObject({
  lat,
  lng,
  serviceId: z.optional(serviceId),
  openNow: z.optional(z.boolean()),
  limit: z.optional(z.int().check(z.gte(1), z.lte(50))),
});

export const ListStationsInput = z.strictObject({
  waterwayId: z.optional(z.enum(WATERWAY_IDS)),
  port: z.optional(text({ label: '港口', min: 1, max: 20 })),
  serviceId: z.optional(serviceId),
  cursor,
});

export const SearchStationsInput = z.strictObject({
  q: text({ label: '搜索词', min: 2, max: 20, minMessage: '请至少输入 2 个字' }),
  lat: z.optional(lat),
  lng: z.optional(lng),
});

export const AheadInput = z.strictObject({
  waterwayId: z.enum(WATERWAY_IDS),
  direction: z.enum(['up', 'down']),
  km: z.number().check(z.gte(0), z.lte(10000)),
  speedKmh: z.number().check(z.gt(0, '航速须大于 0'), z.lte(60, '航速过大')),
  serviceId: z.optional(serviceId),
  limit: z.optional(z.int().check(z.gte(1), z.lte(50))),
});

export const StationIdInput = z.strictObject({ stationId: id });
export const StationIdOptionalInput = z.optional(z.strictObject({ stationId: z.optional(id) }));
export const SceneInput = z.strictObject({ scene: z.string().check(z.trim(), z.regex(/^s=[a-z0-9]{4,12}$/, '二维码无效')) });

export const SlotsInput = z.strictObject({ stationId: id, serviceId });

export const BookInput = z
  .strictObject({
    requestId,
    slotId: id,
    people: z.int().check(z.gte(1, '人数至少 1 人'), z.lte(50, '人数过多')),
    ship: z.nullable(
      z.strictObject({
        name: text({ label: '船名', min: 1, max: 30 }),
        mmsi: z.nullable(z.string().check(z.regex(/^\d{9}$/, 'MMSI 为 9 位数字'))),
      }),
    ),
    eta: z.nullable(z.strictObject({ from: isoTime, to: isoTime })),
    phone: mobile,
    note: text({ label: '备注', max: 200, multiline: true }),
    /** The app asked for the reminder subscription (wx.requestSubscribeMessage) and it was accepted. */
    reminder: z.boolean(),
    /** 证书办理帮办: certificates from the caller's wallet to show the staff, masked. */
    certificateIds: z.optional(z.array(id).check(z.maxLength(5, '最多选择 5 本证书'))),
  })
  .check(z.refine((v) => !v.eta || v.eta.from < v.eta.to, { message: '预计到达时间段无效', path: ['eta'] }));

export const BookingIdInput = z.strictObject({ id });
export const MyBookingsInput = z.strictObject({ when: z.enum(['upcoming', 'past']), cursor });

// staff console

export const BoardInput = z.strictObject({ stationId: id, date });

export const VerifyInput = z.union([
  z.strictObject({ stationId: id, qr: z.string().check(z.trim(), z.minLength(10), z.maxLength(1000, '二维码内容过长')) }),
  z.strictObject({ stationId: id, code: z.string().check(z.trim(), z.toUpperCase(), z.regex(/^[A-Z0-9]{6}$/, '预约码为 6 位字母或数字')) }),
]);

export const SyncVerificationsInput = z.strictObject({
  stationId: id,
  items: z
    .array(
      z.strictObject({
        /** The booking the device matched the QR or typed code to. */
        bookingId: id,
        code: z.string().check(z.trim(), z.toUpperCase(), z.regex(/^[A-Z0-9]{6}$/, '预约码为 6 位字母或数字')),
        at: isoTime,
        via: z.enum(['scan', 'typed']),
      }),
    )
    .check(z.minLength(1, '没有要同步的核销记录'), z.maxLength(200, '一次最多同步 200 条')),
});

export const StaffBookingInput = z.strictObject({ id, action: z.enum(['confirm', 'complete', 'no_show']) });

const stationFields = {
  name: text({ label: '驿站名称', min: 2, max: 40 }),
  kind: z.enum(STATION_KIND_IDS, '驿站类型无效'),
  address: text({ label: '地址', min: 2, max: 100 }),
  port: text({ label: '港口', max: 20 }),
  location: z.strictObject({ lat, lng }),
  waterway: z.nullable(z.strictObject({ id: z.enum(WATERWAY_IDS), km: z.number().check(z.gte(0), z.lte(10000)) })),
  arrival: z.strictObject({
    mooring: text({ label: '靠泊说明', max: 200, multiline: true }),
    shuttle: text({ label: '交通船说明', max: 200, multiline: true }),
    note: text({ label: '到达说明', max: 200, multiline: true }),
  }),
  phones: z
    .array(z.strictObject({ label: text({ label: '电话名称', min: 1, max: 12 }), number: phoneNumber }))
    .check(z.maxLength(6, '最多 6 个电话')),
  photos: z.array(fileId('stations')).check(z.maxLength(9, '最多 9 张照片')),
  parcel: z.nullable(
    z.strictObject({
      recipient: text({ label: '收件人', min: 1, max: 20 }),
      phone: phoneNumber,
      address: text({ label: '收件地址', min: 5, max: 100 }),
      note: text({ label: '代收说明', max: 100 }),
    }),
  ),
};

/** Org admin: a new station of their org. */
export const CreateStationInput = z.strictObject({ requestId, ...stationFields });
/** Staff of the station or the org admin: edit it. */
export const EditStationInput = z.strictObject({ stationId: id, ...stationFields });
export const SetActiveInput = z.strictObject({ stationId: id, active: z.boolean() });

export const SetHoursInput = z.strictObject({
  stationId: id,
  hours: weekHours,
  exceptions: z.array(hoursException).check(z.maxLength(60, '例外日期最多 60 个')),
});

export const SetClosureInput = z.strictObject({
  stationId: id,
  /** null: reopen now. */
  closure: z.nullable(z.strictObject({ reason: text({ label: '关闭原因', min: 2, max: 40 }), until: isoTime })),
});

const slotTemplate = z
  .strictObject({
    weekday: z.int().check(z.gte(0), z.lte(6)),
    start: hhmm,
    end: hhmm,
    capacity: z.int().check(z.gte(1, '名额至少 1 个'), z.lte(200, '名额最多 200 个')),
  })
  .check(z.refine((s) => s.start < s.end, { message: '时段结束须晚于开始', path: ['end'] }));

export const bookingRules = z.strictObject({
  slots: z.array(slotTemplate).check(z.minLength(1, '请至少设置一个预约时段'), z.maxLength(70, '预约时段过多')),
  perPersonPerDay: z.int().check(z.gte(1), z.lte(10)),
  cancelBeforeMinutes: z.int().check(z.gte(0), z.lte(2880)),
  maxPeople: z.int().check(z.gte(1), z.lte(50)),
  daysAhead: z.int().check(z.gte(1), z.lte(30)),
  waitlist: z.boolean(),
});

export const SaveServiceInput = z.strictObject({
  stationId: id,
  serviceId,
  hours: z.nullable(weekHours),
  note: text({ label: '服务说明', max: 200, multiline: true }),
  /** Stamp "工作人员于今天确认". */
  confirm: z.boolean(),
  booking: z.nullable(bookingRules),
});
export const RemoveServiceInput = z.strictObject({ stationId: id, serviceId });

export const BlockInput = z.strictObject({
  stationId: id,
  serviceId,
  date,
  /** A slot's start; absent: the whole day. */
  start: z.optional(hhmm),
  blocked: z.boolean(),
  reason: text({ label: '原因', max: 40 }),
});

export const PostNoticeInput = z.strictObject({
  stationId: id,
  requestId,
  title: text({ label: '标题', min: 2, max: 30 }),
  body: text({ label: '内容', max: 500, multiline: true }),
});
export const RemoveNoticeInput = z.strictObject({ stationId: id, id });

export const ExpectParcelInput = z.strictObject({ stationId: id, requestId, note: text({ label: '备注', max: 60 }) });
export const ParcelIdInput = z.strictObject({ id, action: z.enum(['arrived', 'picked_up']) });
export const StationParcelsInput = z.strictObject({ stationId: id, status: z.enum(['expected', 'arrived', 'picked_up']) });
export const MyParcelsInput = z.optional(z.strictObject({}));

export const ExportBookingsInput = z.strictObject({
  stationId: id,
  /** A day (YYYY-MM-DD) or a month (YYYY-MM). */
  period: z.string().check(z.regex(/^\d{4}-\d{2}(-\d{2})?$/, '请选择日期或月份')),
});

export const SearchPeopleInput = z.strictObject({
  /** A name's beginning, or a whole 11-digit phone number. */
  q: text({ label: '姓名或手机号', min: 1, max: 20 }),
  cursor,
});

export const HotlinesInput = z.optional(z.strictObject({ lat: z.optional(lat), lng: z.optional(lng) }));

export type { Closure, HoursData, HoursException, OpenStatus, Page, Span, WeekHours };
