/**
 * Demo crew stations. The first three are from the sources: 安庆"中长燃"水上绿色综合服务区 and its
 * services (source 000), "济舟港湾"红色驿站 (党群阵地、政策宣传、服务群众) and 梁山港海员之家
 * (source 001). The ones marked （演示） are invented for the demo at plausible places along the
 * 长江 and the 京杭运河; their 航道里程 are approximate. Coordinates are GCJ-02.
 */
import type { BookingRules, SlotTemplate } from '../../../contracts/stations';
import type { Span, WeekHours } from '../../../contracts/stations-hours';
import type { StationDoc, StationServiceDoc } from '../../core/stations/docs';

const every = (spans: Span[]): WeekHours => Array.from({ length: 7 }, () => spans.map((s) => ({ ...s })));
const weekdays = (spans: Span[], weekend: Span[] = []): WeekHours =>
  Array.from({ length: 7 }, (_v, d) => (d < 5 ? spans : weekend).map((s) => ({ ...s })));
const ALL_DAY: Span[] = [{ open: '00:00', close: '24:00' }];

function slotsOn(days: number[], times: Array<[string, string]>, capacity: number): SlotTemplate[] {
  return days.flatMap((weekday) => times.map(([start, end]) => ({ weekday, start, end, capacity })));
}

const rules = (slots: SlotTemplate[], over: Partial<BookingRules> = {}): BookingRules => ({
  slots,
  perPersonPerDay: 1,
  cancelBeforeMinutes: 60,
  maxPeople: 1,
  daysAhead: 7,
  waitlist: true,
  ...over,
});

const svc = (serviceId: StationServiceDoc['serviceId'], over: Partial<StationServiceDoc> = {}): StationServiceDoc => ({
  serviceId,
  hours: null,
  note: '',
  confirmedOn: null,
  booking: null,
  ...over,
});

type Seed = Omit<StationDoc, 'createdAt' | 'updatedAt' | 'indexed' | 'exceptions' | 'closure' | 'photos' | 'parcel'> &
  Partial<Pick<StationDoc, 'exceptions' | 'closure' | 'photos' | 'parcel'>>;

const noArrival = { mooring: '', shuttle: '', note: '' };

export const DEMO_ORGS = [{ _id: 'org_anqing', name: '安庆海事局党委' }];

export const DEMO_STATIONS: Seed[] = [
  {
    _id: 'st_jizhou',
    orgId: 'org_jining',
    key: 'jzgw26',
    name: '“济舟港湾”红色驿站',
    kind: 'red_station',
    address: '山东省济宁市任城区 济宁港区',
    port: '济宁港',
    location: { lat: 35.402, lng: 116.587 },
    waterwayId: 'jinghang',
    km: 880,
    arrival: { mooring: '港区 3 号泊位上游 200 米，靠泊点有“红色驿站”标牌', shuttle: '', note: '步行 5 分钟到驿站，入港请听从港区调度' },
    phones: [
      { label: '驿站值班', number: '0537-2345678' },
      { label: '港航服务', number: '0537-2345600' },
    ],
    parcel: { recipient: '济舟港湾红色驿站 转（船名+姓名）', phone: '0537-2345678', address: '山东省济宁市任城区 济宁港区 “济舟港湾”红色驿站', note: '写明船名和姓名，到件后在小程序通知' },
    hours: every([{ open: '08:00', close: '20:00' }]),
    services: [
      svc('party', { note: '党群阵地：流动党员在这里参加组织生活' }),
      svc('policy', { note: '港航政策、防污染宣传' }),
      svc('cert_help', {
        hours: weekdays([{ open: '09:00', close: '11:30' }, { open: '14:00', close: '16:30' }]),
        note: '证书办理帮办：材料核对、网上申办指导',
        booking: rules(slotsOn([0, 1, 2, 3, 4], [['09:00', '10:00'], ['10:00', '11:00'], ['14:00', '15:00'], ['15:00', '16:00']], 3)),
      }),
      svc('legal', { hours: weekdays([], [{ open: '09:00', close: '11:00' }]), note: '每周末上午律师志愿者值班' }),
      svc('parcel'),
      svc('rest_wifi'),
    ],
    active: true,
    demo: false,
  },
  {
    _id: 'st_anqing',
    orgId: 'org_anqing',
    key: 'aqzcr1',
    name: '安庆“中长燃”水上绿色综合服务区',
    kind: 'service_area',
    address: '安徽省安庆市 长江安庆段',
    port: '安庆港',
    location: { lat: 30.508, lng: 117.063 },
    waterwayId: 'changjiang',
    km: 646,
    arrival: {
      mooring: '服务区趸船外档靠泊，夜间请开启锚灯',
      shuttle: '水上免费交通：交通船在锚地与服务区之间接送，请在小程序预约或 VHF 呼叫',
      note: '靠泊前请与服务区值班联系',
    },
    phones: [
      { label: '服务区值班', number: '0556-5201234' },
      { label: '长江海事服务电话', number: '027-82763333' },
    ],
    hours: every(ALL_DAY),
    services: [
      svc('study', { hours: every([{ open: '08:00', close: '21:00' }]), note: '学习教育：阅览室与船员课堂' }),
      svc('living', { hours: every([{ open: '07:00', close: '22:00' }]), note: '生活服务：超市、理发、洗衣' }),
      svc('fuel', { note: '燃油供送：加油与送油到船' }),
      svc('repair', { hours: every([{ open: '08:00', close: '18:00' }]), note: '航修保养' }),
      svc('free_boat', {
        note: '水上免费交通：交通船每次最多 8 人',
        booking: rules(slotsOn([0, 1, 2, 3, 4, 5, 6], [['08:00', '09:00'], ['10:00', '11:00'], ['14:00', '15:00'], ['16:00', '17:00']], 12), {
          maxPeople: 8,
          perPersonPerDay: 2,
          cancelBeforeMinutes: 30,
          daysAhead: 3,
        }),
      }),
      svc('health', { hours: [[], [], [{ open: '09:00', close: '11:30' }], [], [], [], []], note: '健康问诊：每周三上午定期开展' }),
      svc('first_aid', { hours: [[], [], [], [], [{ open: '14:30', close: '16:30' }], [], []], note: '急救教学：每周五下午' }),
      svc('legal', { hours: [[], [], [], [], [], [{ open: '09:00', close: '11:00' }], []], note: '法律咨询：每周六上午' }),
      svc('cert_help', {
        hours: weekdays([{ open: '08:30', close: '17:00' }]),
        note: '“满宜”帮办：船员证书“无纸办理”、远程双向寄递',
        booking: rules(slotsOn([0, 1, 2, 3, 4], [['09:00', '10:00'], ['10:00', '11:00'], ['14:30', '15:30']], 4)),
      }),
      svc('waste', { note: '生活垃圾、生活污水免费接收' }),
      svc('rest_wifi'),
    ],
    active: true,
    demo: false,
  },
  {
    _id: 'st_liangshan',
    orgId: 'org_jining',
    key: 'lsghyj',
    name: '梁山港海员之家',
    kind: 'seafarers_home',
    address: '山东省济宁市梁山县 梁山港',
    port: '梁山港',
    location: { lat: 35.803, lng: 116.096 },
    waterwayId: 'jinghang',
    km: 960,
    arrival: { mooring: '梁山港作业区待泊区靠泊', shuttle: '', note: '沿码头栈桥步行到海员之家' },
    phones: [{ label: '海员之家', number: '0537-7321000' }],
    parcel: { recipient: '梁山港海员之家 转（船名+姓名）', phone: '0537-7321000', address: '山东省济宁市梁山县 梁山港 海员之家', note: '' },
    hours: weekdays([{ open: '09:00', close: '18:00' }], [{ open: '09:00', close: '12:00' }]),
    services: [
      svc('cert_help', { note: '证书办理帮办' }),
      svc('health', {
        hours: [[], [{ open: '09:00', close: '11:00' }], [], [{ open: '09:00', close: '11:00' }], [], [], []],
        note: '每周二、周四上午医生坐诊',
        booking: rules(slotsOn([1, 3], [['09:00', '10:00'], ['10:00', '11:00']], 6)),
      }),
      svc('legal'),
      svc('study'),
      svc('shore_power', { note: '岸电：靠泊后向值班人员申请' }),
      svc('parcel'),
      svc('rest_wifi'),
    ],
    active: true,
    demo: false,
  },
  {
    _id: 'st_demo_nanjing',
    orgId: 'org_anqing',
    key: 'njcyz1',
    name: '南京长江船员驿站（演示）',
    kind: 'crew_station',
    address: '江苏省南京市 长江南京段 下关',
    port: '南京港',
    location: { lat: 32.088, lng: 118.728 },
    waterwayId: 'changjiang',
    km: 347,
    arrival: noArrival,
    phones: [{ label: '驿站值班', number: '025-58001234' }],
    hours: every([{ open: '08:00', close: '22:00' }]),
    services: [svc('rest_wifi'), svc('living'), svc('cert_help'), svc('parcel')],
    active: true,
    demo: true,
  },
  {
    _id: 'st_demo_wuhu',
    orgId: 'org_anqing',
    key: 'whhyzj',
    name: '芜湖港海员之家（演示）',
    kind: 'seafarers_home',
    address: '安徽省芜湖市 三山港区',
    port: '芜湖港',
    location: { lat: 31.232, lng: 118.268 },
    waterwayId: 'changjiang',
    km: 440,
    arrival: noArrival,
    phones: [{ label: '海员之家', number: '0553-3801234' }],
    hours: every([{ open: '08:30', close: '17:30' }]),
    services: [svc('health'), svc('legal'), svc('study'), svc('shore_power')],
    active: true,
    demo: true,
  },
  {
    _id: 'st_demo_jiujiang',
    orgId: 'org_anqing',
    key: 'jjfwq1',
    name: '九江水上综合服务区（演示）',
    kind: 'service_area',
    address: '江西省九江市 长江九江段',
    port: '九江港',
    location: { lat: 29.745, lng: 116.04 },
    waterwayId: 'changjiang',
    km: 790,
    arrival: { mooring: '服务区趸船', shuttle: '交通船接送', note: '' },
    phones: [{ label: '服务区值班', number: '0792-8501234' }],
    hours: every(ALL_DAY),
    services: [svc('fuel'), svc('free_boat'), svc('waste'), svc('living'), svc('rest_wifi')],
    active: true,
    demo: true,
  },
  {
    _id: 'st_demo_wuhan',
    orgId: 'org_anqing',
    key: 'whylcy',
    name: '武汉阳逻船员驿站（演示）',
    kind: 'crew_station',
    address: '湖北省武汉市新洲区 阳逻港',
    port: '武汉港',
    location: { lat: 30.686, lng: 114.573 },
    waterwayId: 'changjiang',
    km: 1010,
    arrival: noArrival,
    phones: [{ label: '驿站值班', number: '027-86901234' }],
    hours: every([{ open: '08:00', close: '20:00' }]),
    services: [svc('party'), svc('study'), svc('health'), svc('rest_wifi')],
    active: true,
    demo: true,
  },
  {
    _id: 'st_demo_huaian',
    orgId: 'org_jining',
    key: 'hadzfw',
    name: '淮安船闸待闸服务点（演示）',
    kind: 'crew_post',
    address: '江苏省淮安市 京杭运河淮安船闸',
    port: '淮安港',
    location: { lat: 33.571, lng: 119.035 },
    waterwayId: 'jinghang',
    km: 480,
    arrival: { mooring: '船闸下游待闸锚地', shuttle: '', note: '待闸期间可上岸休息' },
    phones: [{ label: '服务点值班', number: '0517-83001234' }],
    // 待闸 crews arrive at night: open 20:00–次日 06:00 and in the day.
    hours: every([{ open: '08:00', close: '17:00' }, { open: '20:00', close: '06:00' }]),
    services: [svc('rest_wifi'), svc('living'), svc('parcel')],
    active: true,
    demo: true,
  },
  {
    _id: 'st_demo_xuzhou',
    orgId: 'org_jining',
    key: 'xzljb1',
    name: '徐州蔺家坝船员驿站（演示）',
    kind: 'crew_station',
    address: '江苏省徐州市铜山区 蔺家坝船闸',
    port: '徐州港',
    location: { lat: 34.41, lng: 117.199 },
    waterwayId: 'jinghang',
    km: 700,
    arrival: noArrival,
    phones: [{ label: '驿站值班', number: '0516-87001234' }],
    hours: every([{ open: '08:00', close: '18:00' }]),
    services: [svc('rest_wifi'), svc('policy'), svc('party')],
    active: true,
    demo: true,
  },
];
