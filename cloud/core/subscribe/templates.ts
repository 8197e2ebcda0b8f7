// 订阅消息 templates, in one place: which environment variable holds each template's id (set on the
// deployed functions: config.json "env", and for the weapp build in config/index.ts), the page a
// message opens, and which of the template's fields carries what. Pick templates in the MP admin
// whose fields match these keys, or change the keys here; nothing else names a field.
//
// Field kinds, as WeChat checks them (47003 when a value breaks the rule):
//   thing   ≤ 20 characters        phrase  ≤ 5 characters (汉字)
//   time    2026年3月5日 09:30      date    2026年3月5日
//   number  digits                  character_string ≤ 32 letters, digits, symbols

export type FieldKind = 'thing' | 'phrase' | 'time' | 'date' | 'number' | 'character_string';

export interface TemplateField {
  /** The template's field name, e.g. thing1. */
  key: string;
  kind: FieldKind;
}

export interface TemplateSpec {
  env: string;
  page: string;
  fields: Readonly<Record<string, TemplateField>>;
}

const f = (key: string, kind: FieldKind): TemplateField => ({ key, kind });

export const TEMPLATES = {
  /** 审核结果通知: a claim decided. */
  claimResult: {
    env: 'POINTS_RESULT_TEMPLATE_ID',
    page: 'pages/points/index',
    fields: { item: f('thing1', 'thing'), result: f('phrase2', 'phrase'), detail: f('thing3', 'thing'), date: f('date4', 'date') },
  },
  /** 活动开始提醒: the day before a volunteer activity. */
  activityReminder: {
    env: 'VOLUNTEER_REMINDER_TEMPLATE_ID',
    page: 'pages/volunteer/index',
    fields: { title: f('thing1', 'thing'), time: f('time2', 'time'), place: f('thing3', 'thing'), note: f('thing4', 'thing') },
  },
  /** 预约提醒: a few hours before a booked slot at a crew station. */
  bookingReminder: {
    env: 'BOOKING_REMINDER_TEMPLATE_ID',
    page: 'pages/stations/index',
    fields: { station: f('thing1', 'thing'), service: f('thing2', 'thing'), time: f('time3', 'time'), note: f('thing4', 'thing') },
  },
  /** 证件到期提醒: 90, 30 and 7 days before a certificate expires. */
  certificateReminder: {
    env: 'CERTIFICATE_REMINDER_TEMPLATE_ID',
    page: 'pages/me/index',
    fields: { name: f('thing1', 'thing'), expiry: f('date2', 'date'), note: f('thing3', 'thing') },
  },
  /** 待办提醒: claims waiting over 3 days for the branch secretary. */
  claimsWaiting: {
    env: 'CLAIMS_WAITING_TEMPLATE_ID',
    page: 'packages/admin/pages/claims/index',
    fields: { what: f('thing1', 'thing'), count: f('number2', 'number'), since: f('date3', 'date') },
  },
} as const satisfies Record<string, TemplateSpec>;

export type TemplateKey = keyof typeof TEMPLATES;
export const TEMPLATE_KEYS = Object.keys(TEMPLATES) as TemplateKey[];

/** The values a notice gives, by the template's own names (item, result …). */
export type TemplateValues<K extends TemplateKey> = { [F in keyof (typeof TEMPLATES)[K]['fields']]: string | number | Date };

/** The template id configured for this function (empty: not configured, so never asked for nor sent). */
export function templateId(key: TemplateKey): string {
  return process.env[TEMPLATES[key].env] ?? '';
}

/** The template a configured id belongs to, or null (an id this deployment does not use). */
export function templateKeyOf(id: string): TemplateKey | null {
  return TEMPLATE_KEYS.find((k) => templateId(k) !== '' && templateId(k) === id) ?? null;
}
