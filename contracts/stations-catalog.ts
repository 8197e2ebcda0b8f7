// The shared data behind stations: kinds, the one service catalogue every station picks from,
// and the waterways with their direction labels. Data, not code: adding a service is a line here.

export const STATION_KINDS = [
  { id: 'crew_station', name: '船员驿站' },
  { id: 'seafarers_home', name: '海员之家' },
  { id: 'service_area', name: '水上综合服务区' },
  { id: 'red_station', name: '红色驿站' },
  { id: 'crew_post', name: '服务船员阵地' },
] as const;
export type StationKind = (typeof STATION_KINDS)[number]['id'];
export const STATION_KIND_IDS = STATION_KINDS.map((k) => k.id) as [StationKind, ...StationKind[]];

export interface ServiceInfo {
  id: string;
  name: string;
  /** One line for the service's row. */
  hint: string;
}

export const SERVICES = [
  { id: 'cert_help', name: '证书办理帮办', hint: '船员证书申办、换发、补办的材料核对与代办指引' },
  { id: 'health', name: '健康问诊', hint: '测血压血糖、常见病问诊与基本药品' },
  { id: 'first_aid', name: '急救教学', hint: '心肺复苏、止血包扎与落水救助' },
  { id: 'legal', name: '法律咨询', hint: '劳动合同、工资与权益纠纷咨询' },
  { id: 'free_boat', name: '水上免费交通', hint: '交通船在锚地与码头之间免费接送' },
  { id: 'fuel', name: '燃油供送', hint: '水上加油与送油到船' },
  { id: 'repair', name: '航修保养', hint: '船舶小修、机电保养' },
  { id: 'shore_power', name: '岸电', hint: '靠泊期间使用岸电' },
  { id: 'study', name: '学习教育', hint: '阅览室、培训与政策学习' },
  { id: 'parcel', name: '快递代收', hint: '把驿站地址填作收件地址，到件后通知领取' },
  { id: 'rest_wifi', name: '休息/Wi-Fi', hint: '休息室、充电与免费无线网络' },
  { id: 'party', name: '党员活动', hint: '流动党员参加组织生活、党群阵地' },
  { id: 'living', name: '生活服务', hint: '超市、理发、洗衣、淋浴' },
  { id: 'policy', name: '政策宣传', hint: '海事政策与安全知识宣传' },
  { id: 'waste', name: '污染物接收', hint: '生活垃圾、生活污水与含油污水免费接收' },
] as const satisfies readonly ServiceInfo[];
export type ServiceId = (typeof SERVICES)[number]['id'];
export const SERVICE_IDS = SERVICES.map((s) => s.id) as [ServiceId, ...ServiceId[]];

export function serviceName(id: string): string {
  return SERVICES.find((s) => s.id === id)?.name ?? id;
}

export function kindName(id: string): string {
  return STATION_KINDS.find((k) => k.id === id)?.name ?? id;
}

/**
 * A waterway and its 航道里程 (km along the water from `kmFrom`). Kilometres grow in the 'up'
 * direction; each waterway says in words which way that is.
 */
export interface Waterway {
  id: string;
  name: string;
  kmFrom: string;
  directions: { up: { label: string; hint: string }; down: { label: string; hint: string } };
}

export const WATERWAYS = [
  {
    id: 'changjiang',
    name: '长江',
    kmFrom: '吴淞口',
    directions: {
      up: { label: '上行', hint: '往上游（安庆、武汉方向）' },
      down: { label: '下行', hint: '往下游（南京、上海方向）' },
    },
  },
  {
    id: 'jinghang',
    name: '京杭运河',
    kmFrom: '杭州',
    directions: {
      up: { label: '上行', hint: '往北（徐州、济宁方向）' },
      down: { label: '下行', hint: '往南（苏州、杭州方向）' },
    },
  },
] as const satisfies readonly Waterway[];
export type WaterwayId = (typeof WATERWAYS)[number]['id'];
export const WATERWAY_IDS = WATERWAYS.map((w) => w.id) as [WaterwayId, ...WaterwayId[]];

export function waterwayName(id: string): string {
  return WATERWAYS.find((w) => w.id === id)?.name ?? id;
}

/**
 * 求助: the national lines every crew member should reach, and the read-out card. Data shared by the
 * cloud (hotlines.ts) and the app (which shows them even before its first read). 12395 is the
 * national number (confirmed, field notes §1.1); the 长江 maritime service line comes from source 000.
 */
export const NATIONAL_LINES = [
  { name: '水上遇险求救', number: '12395', note: '中国海上搜救中心，全国统一；记住“123救我”。对方能看到来电号码', scope: 'national', stationId: null },
  { name: '长江海事服务电话', number: '027-82763333', note: '长江海事局（长江干线）', scope: 'organisation', stationId: null },
] as const;

export const WHAT_TO_SAY = [
  { label: '船名', hint: '船名、船舶识别号或 MMSI' },
  { label: '位置', hint: '经纬度，或航道名称与里程、附近的桥梁码头等标志' },
  { label: '船上人数', hint: '共几人，有无受伤或落水人员' },
  { label: '险情', hint: '碰撞、搁浅、进水、火灾、人员落水、急病……' },
  { label: '需要的帮助', hint: '拖带、医疗、救助落水人员……；保持电话畅通' },
] as const;
